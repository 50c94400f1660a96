/**
 * Examples taken straight from the seed text ("Chương Mỹ: 7 nhiệm vụ giải pháp triển khai phong trào
 * “Bình dân học vụ số”", 21/05/2025): each test quotes the sentence it checks.
 */
import { assert, describe, it } from "@effect/vitest"
import { DateTime, Result, Schema } from "effect"
import * as CalendarDate from "../src/CalendarDate.js"
import * as Campaign from "../src/Campaign.js"
import * as Class from "../src/Class.js"
import * as Communication from "../src/Communication.js"
import * as Disclosure from "../src/Disclosure.js"
import * as Enrollment from "../src/Enrollment.js"
import * as Guide from "../src/Guide.js"
import { HouseholdId } from "../src/Household.js"
import * as Indicator from "../src/Indicator.js"
import * as Organization from "../src/Organization.js"
import * as Person from "../src/Person.js"
import * as SupportStaff from "../src/SupportStaff.js"
import * as Target from "../src/Target.js"
import * as Team from "../src/Team.js"
import * as Topic from "../src/Topic.js"
import { UnitId } from "../src/Unit.js"
import * as Violation from "../src/Violation.js"
import * as Worklist from "../src/Worklist.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)
const u = (s: string) => UnitId.make(s)
const p = (s: string) => Person.PersonId.make(s)
const org = (s: string) => Organization.OrganizationId.make(s)

const zero = Object.fromEntries(
  Object.keys(Indicator.Aggregates.fields).map((k) => [k, 0]),
) as Indicator.Aggregates

const makeClass = (overrides: Partial<Class.Class>) =>
  Class.Class.make({
    id: Class.ClassId.make("lop"),
    unitId: u("xa-dong-son"),
    title: "Bình dân học vụ số",
    audience: "community",
    topicIds: [Topic.ids.internetUse],
    startsAt: DateTime.makeUnsafe("2025-07-08T01:00:00Z"),
    durationMinutes: 90,
    mode: "in_person",
    venue: "Nhà văn hóa",
    capacity: 40,
    instructorIds: [],
    organizationId: null,
    status: "held",
    ...overrides,
  })

describe("Seed", () => {
  it("“Ban thường vụ Huyện ủy đã chỉ rõ 7 nhiệm vụ giải pháp chủ yếu”", () => {
    assert.strictEqual(Campaign.taskGroups.length, 7)
    assert.strictEqual(Campaign.taskGroup(4).name.vi, "Giáo dục kỹ năng số cho học sinh")
    assert.strictEqual(Campaign.taskGroup(5).name.en, "Workers in enterprises and cooperatives")
  })

  it("“trên các kênh thông tin của huyện (Cổng thông tin điện tử huyện, Zalo OA, Facebook, Tài liệu Thông tin nội bộ,...)”", () => {
    for (const channel of ["district_portal", "zalo_oa", "facebook", "internal_bulletin"] as const) {
      assert.isTrue(Communication.Channel.literals.includes(channel))
    }
  })

  it("“Tích cực hưởng ứng “Ngày hội toàn dân học tập số” vào ngày 10/10 hàng năm (Ngày Chuyển đổi số quốc gia)”", () => {
    // The article is dated 21/05/2025.
    assert.strictEqual(Communication.nextDigitalLearningDay(d("2025-05-21")), "2025-10-10")
    assert.isTrue(Communication.isDigitalLearningDay(d("2026-10-10")))
  })

  it("“Xây dựng hướng dẫn về việc tổ chức sinh hoạt chuyên đề “Đảng viên tiên phong học tập kỹ năng số” trong các tổ chức cơ sở đảng”", () => {
    const cell = Organization.Organization.make({
      id: org("chi-bo-thon-dong"),
      name: "Chi bộ thôn Đông",
      kind: "party_cell",
      unitId: u("xa-dong-son"),
    })
    const session = makeClass({ audience: "party_members", organizationId: cell.id })
    const asOf = d("2025-07-31")
    assert.strictEqual(Violation.partyCellsWithoutPioneerSession([cell], [], asOf).length, 1)
    assert.deepStrictEqual(Violation.partyCellsWithoutPioneerSession([cell], [session], asOf), [])
    const member = { birth: Person.bornIn(1970), groups: [{ _tag: "party_member" as const }] }
    assert.strictEqual(Class.eligibility(member, session, asOf)._tag, "Eligible")
    assert.strictEqual(
      Class.eligibility({ birth: Person.bornIn(1970), groups: [] }, session, asOf)._tag,
      "Rejected",
    )
  })

  it("“Phổ cập kỹ năng số cho người lao động trong các doanh nghiệp, hợp tác xã: Tổ chức các lớp đào tạo kỹ năng số để công nhân và người lao động …”", () => {
    const course = makeClass({
      audience: "workers",
      organizationId: org("htx-nong-nghiep-dong-son"),
      topicIds: [Topic.ids.productionSoftware, Topic.ids.eCommerce],
    })
    const worker = {
      birth: Person.bornIn(1988),
      groups: [{ _tag: "worker" as const, organizationId: org("htx-nong-nghiep-dong-son") }],
    }
    assert.strictEqual(Class.eligibility(worker, course, d("2025-07-08"))._tag, "Eligible")
    assert.strictEqual(Campaign.taskGroupOf("workers").id, 5)
  })

  it("“Định kỳ hàng tuần, tổ chức các buổi học cộng đồng cho người dân trên địa bàn xã, thị trấn”", () => {
    // Two weeks of July 2025 in two communes; Phú Nghĩa held no class in the second week.
    const classes = [
      makeClass({ startsAt: DateTime.makeUnsafe("2025-07-01T01:00:00Z") }),
      makeClass({ startsAt: DateTime.makeUnsafe("2025-07-08T01:00:00Z") }),
      makeClass({ unitId: u("xa-phu-nghia"), startsAt: DateTime.makeUnsafe("2025-07-03T01:00:00Z") }),
    ]
    const compliance = Class.weeklyCompliance([u("xa-dong-son"), u("xa-phu-nghia")], classes, {
      from: d("2025-06-30"),
      to: d("2025-07-13"),
    })
    assert.deepStrictEqual(compliance.value, { _tag: "Measured", numerator: 3, denominator: 4, value: 0.75 })
    const [violation] = Violation.communeWeeksWithoutCommunityClass(compliance)
    assert.strictEqual(violation!.unitId, "xa-phu-nghia")
  })

  it("“Tổ chức các lóp học “Bình dân học vụ số” cho người cao tuổi về sử dụng Internet, dịch vụ công trực tuyến, thanh toán số, nhất là an toàn số và chăm sóc sức khỏe trực tuyến”", () => {
    const elderlyClass = makeClass({
      audience: "elderly",
      status: "scheduled",
      topicIds: [
        Topic.ids.internetUse,
        Topic.ids.onlinePublicServices,
        Topic.ids.digitalPayment,
        Topic.ids.digitalSafety,
        Topic.ids.onlineHealthcare,
      ],
    })
    const r = Enrollment.register({
      id: Enrollment.EnrollmentId.make("e1"),
      personId: p("cu-hoa"),
      person: { birth: Person.bornOn(d("1948-02-02")), groups: [] },
      class: elderlyClass,
      enrollments: [],
      date: d("2025-07-01"),
    })
    assert.isTrue(Result.isSuccess(r) && r.success.warning === undefined)
    assert.isTrue(Class.isCommunityClass(elderlyClass))
  })

  it("“Tổ chức các lớp phổ cập công nghệ, kỹ năng số chuyên biệt cho người khuyết tật”", () => {
    const c = makeClass({ audience: "disability" })
    const person = { birth: Person.bornIn(1990), groups: [{ _tag: "disability" as const }] }
    assert.strictEqual(Class.eligibility(person, c, d("2025-07-08"))._tag, "Eligible")
    const reached = Indicator.measureAll({
      ...zero,
      personsWithDisability: 40,
      personsWithDisabilityReached: 10,
    })
    assert.deepStrictEqual(reached["disability-reached"], {
      _tag: "Measured",
      numerator: 10,
      denominator: 40,
      value: 0.25,
    })
  })

  it("“Mỗi “Người hướng dẫn” hướng dẫn kỹ năng số cho ít nhất 5 “Người học””", () => {
    assert.isTrue(Guide.meetsQuota(["a", "b", "c", "d", "e"].map(p)))
    assert.isFalse(Guide.meetsQuota(["a", "b", "c", "d"].map(p)))
    assert.isFalse(Guide.meetsQuota(["a", "b", "c", "d", "a"].map(p)))
  })

  it("“Mỗi xã, thị trấn bố trí ít nhất một nhân sự hỗ trợ, hướng dẫn khi người dân đến làm thủ tục hành chính …”", () => {
    const staff = SupportStaff.SupportStaff.make({
      id: SupportStaff.SupportStaffId.make("s1"),
      personId: p("chi-mai"),
      unitId: u("phuong-chuong-my"),
      validFrom: d("2025-07-01"),
      validTo: null,
      active: true,
    })
    assert.deepStrictEqual(
      SupportStaff.uncoveredCommunes([u("phuong-chuong-my"), u("xa-quang-bi")], [staff], d("2025-07-01")),
      [u("xa-quang-bi")],
    )
  })

  it("“Phong trào “Gia đình số”: Mỗi hộ gia đình có ít nhất một thành viên tham gia học tập, có hiểu biết về chuyển đổi số, kỹ năng số”", () => {
    // One member with every core topic is enough for the household.
    const members = [[...Topic.defaultCoreTopics], [Topic.ids.internetUse]]
    assert.isTrue(members.some((achieved) => Topic.hasBasicSkills(achieved)))
    const values = Indicator.measureAll({ ...zero, households: 2310, householdsWithSkilledMember: 1875 })
    assert.strictEqual(Indicator.definition("digital-family").name.vi, "Gia đình số")
    assert.isTrue(
      values["digital-family"]._tag === "Measured" &&
        Math.abs(values["digital-family"].value - 0.8117) < 1e-4,
    )
  })

  it("“Mô hình “Chợ số - Nông thôn số”: Đào tạo tiểu thương, nông dân … qua mô hình học tập 4T (Tiểu thương - Thương mại điện tử - Thanh toán không dùng tiền mặt - Tiết kiệm số)”", () => {
    assert.isTrue(Topic.isFourTComplete(Topic.fourTModules))
    assert.isFalse(Topic.isFourTComplete(Topic.fourTModules.slice(0, 3)))
    const farmer = { birth: Person.bornIn(1975), groups: [{ _tag: "farmer" as const }] }
    assert.strictEqual(
      Class.eligibility(farmer, makeClass({ audience: "four_t" }), d("2025-07-08"))._tag,
      "Eligible",
    )
  })

  it("“Mô hình “Mỗi công dân - Một danh tính số”: Bảo đảm 100% công dân từ 16 tuổi có danh tính số”", () => {
    const target = Target.effectiveTarget("digital-identity", [u("xa-dong-son")], [], d("2025-07-01"))
    assert.strictEqual(target.value, 1)
    assert.isTrue(Person.needsDigitalIdentityAt({ birth: Person.bornOn(d("2009-07-01")) }, d("2025-07-01")))
    assert.isFalse(Person.needsDigitalIdentityAt({ birth: Person.bornOn(d("2009-07-02")) }, d("2025-07-01")))
    assert.strictEqual(Indicator.counts["digital-identity"].denominator, "personsAged16Plus")
  })

  it("“hỗ trợ người dân cài đặt và sử dụng ứng dụng VNelD, tài khoản ngân hàng số”", () => {
    const visit = Team.Visit.make({
      id: Team.VisitId.make("v1"),
      teamId: Team.TeamId.make("to-cds-thon-dong"),
      householdId: HouseholdId.make("ho-1"),
      date: d("2025-07-05"),
      helpedIds: [p("ba-tu")],
      topicIds: [Topic.ids.vneid, Topic.ids.digitalPayment],
      vneidLevel2Ids: [p("ba-tu")],
      digitalBankIds: [p("ba-tu")],
    })
    assert.deepStrictEqual(visit.vneidLevel2Ids, [p("ba-tu")])
    assert.strictEqual(Indicator.counts["digital-bank"].numerator, "personsAged16PlusWithDigitalBank")
  })

  it("“Tổ chuyển đổi số cộng đồng … với phương châm “đi từng ngõ, gõ từng nhà, hướng dẫn từng người”, nhất là ở vùng nông thôn, vùng xa trung tâm”", () => {
    const entry = (id: string, flags: { elderly?: boolean; remote?: boolean }) =>
      Worklist.HouseholdEntry.make({
        householdId: HouseholdId.make(id),
        name: id,
        address: null,
        members: 2,
        unitId: u("thon-dong"),
        elderly: flags.elderly ?? false,
        disability: false,
        remote: flags.remote ?? false,
        lastVisitedOn: null,
      })
    // "hướng dẫn người dân, nhất là người cao tuổi": the elderly first, then remote households.
    const order = Worklist.sort([
      entry("gan-trung-tam", {}),
      entry("vung-xa", { remote: true }),
      entry("cu-ba", { elderly: true }),
    ])
    assert.deepStrictEqual(
      order.map((e) => e.householdId),
      ["cu-ba", "vung-xa", "gan-trung-tam"].map((id) => HouseholdId.make(id)),
    )
  })

  it("“Các cơ sở đoàn … lồng ghép vào hoạt động của Tổ chuyển đổi số cộng đồng, Tổ thanh niên chuyển đổi số”", () => {
    assert.strictEqual(Team.teamKindNames.community.vi, "Tổ chuyển đổi số cộng đồng")
    assert.strictEqual(Team.teamKindNames.youth.vi, "Tổ thanh niên chuyển đổi số")
  })

  it("“Đặc biệt coi trọng kỹ năng sử dụng trí tuệ nhân tạo (AI) trong giáo dục và đào tạo”", () => {
    const aiClass = makeClass({ audience: "students", topicIds: [Topic.ids.usingAi] })
    const student = {
      birth: Person.bornIn(2009),
      groups: [{ _tag: "student" as const, schoolLevel: "upper_secondary" as const }],
    }
    assert.strictEqual(Class.eligibility(student, aiClass, d("2025-07-08"))._tag, "Eligible")
  })

  it("“Lượt xem: 18” — a count that small is published as it is, one under 5 as “< 5”", () => {
    assert.strictEqual(Disclosure.countToText(Disclosure.discloseCount(18), "vi"), "18")
    assert.strictEqual(Disclosure.countToText(Disclosure.discloseCount(3), "vi"), "< 5")
  })
})
