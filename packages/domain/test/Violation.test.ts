import { assert, describe, it } from "@effect/vitest"
import { DateTime, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as CalendarDate from "../src/CalendarDate.js"
import * as Class from "../src/Class.js"
import * as Guide from "../src/Guide.js"
import * as Organization from "../src/Organization.js"
import { PersonId } from "../src/Person.js"
import * as SupportStaff from "../src/SupportStaff.js"
import * as Target from "../src/Target.js"
import * as Topic from "../src/Topic.js"
import { UnitId } from "../src/Unit.js"
import * as Violation from "../src/Violation.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)
const u = (s: string) => UnitId.make(s)
const p = (s: string) => PersonId.make(s)

describe("Violation", () => {
  describe("the catalogue", () => {
    it("lists every rule once, with its severity and words in Vietnamese and English", () => {
      assert.deepStrictEqual(Object.keys(Violation.catalogue), [...Violation.RuleId.literals])
      for (const [id, rule] of Object.entries(Violation.catalogue)) {
        assert.strictEqual(rule.id, id)
        for (const text of [rule.title, rule.source]) {
          assert.isAbove(text.vi.length, 0)
          assert.isAbove(text.en.length, 0)
        }
      }
    })
  })

  describe("guide-below-quota", () => {
    const guide = Guide.Guide.make({
      id: Guide.GuideId.make("g1"),
      personId: p("lan"),
      unitId: u("xa-dong-son"),
      since: d("2025-04-01"),
    })
    const link = (learner: string) =>
      Guide.GuideLink.make({ guideId: guide.id, learnerId: p(learner), date: d("2025-05-01") })

    it("flags a guide with three learners, saying how many", () => {
      const [v, ...rest] = Violation.guidesBelowQuota([guide], ["a", "b", "c", "c"].map(link))
      assert.deepStrictEqual(rest, [])
      assert.strictEqual(v!.rule, "guide-below-quota")
      assert.strictEqual(v!.severity, "warning")
      assert.strictEqual(v!.unitId, "xa-dong-son")
      assert.deepStrictEqual(v!.message, {
        vi: "Người hướng dẫn mới hướng dẫn 3/5 Người học",
        en: "The guide has taught 3 of 5 learners",
      })
      assert.deepStrictEqual(v!.involved, [
        { kind: "guide", id: "g1" },
        { kind: "person", id: "lan" },
      ])
    })

    it("leaves a guide with five learners alone", () => {
      assert.deepStrictEqual(Violation.guidesBelowQuota([guide], ["a", "b", "c", "d", "e"].map(link)), [])
    })
  })

  describe("commune-without-support-staff", () => {
    it("flags each commune with nobody on duty as an error", () => {
      const staff = [
        SupportStaff.SupportStaff.make({
          id: SupportStaff.SupportStaffId.make("s1"),
          personId: p("hoa"),
          unitId: u("xa-phu-nghia"),
          validFrom: d("2025-07-01"),
          validTo: null,
          active: true,
        }),
      ]
      const violations = Violation.communesWithoutSupportStaff(
        [u("xa-phu-nghia"), u("xa-xuan-mai")],
        staff,
        d("2025-07-15"),
      )
      assert.deepStrictEqual(
        violations.map((v) => [v.rule, v.unitId, v.severity]),
        [["commune-without-support-staff", "xa-xuan-mai", "error"]],
      )
      assert.strictEqual(
        violations[0]!.message.vi,
        "Ngày 15/07/2025: chưa có nhân sự hỗ trợ người dân tại bộ phận một cửa",
      )
    })
  })

  const session = (cell: string, startsAt: string, status: Class.ClassStatus = "held") =>
    Class.Class.make({
      id: Class.ClassId.make(`sh-${cell}`),
      unitId: u("xa-dong-son"),
      title: "Đảng viên tiên phong học tập kỹ năng số",
      audience: "party_members",
      topicIds: [Topic.ids.usingAi],
      startsAt: DateTime.makeUnsafe(startsAt),
      durationMinutes: 120,
      mode: "in_person",
      venue: "Hội trường UBND xã",
      capacity: 40,
      instructorIds: [],
      organizationId: Organization.OrganizationId.make(cell),
      status,
    })

  describe("commune-week-without-community-class", () => {
    it("flags each commune week without a community class, naming the week", () => {
      const compliance = Class.weeklyCompliance([u("xa-dong-son")], [], {
        from: d("2025-07-07"),
        to: d("2025-07-13"),
      })
      const [v, ...rest] = Violation.communeWeeksWithoutCommunityClass(compliance)
      assert.deepStrictEqual(rest, [])
      assert.strictEqual(v!.rule, "commune-week-without-community-class")
      assert.strictEqual(v!.unitId, "xa-dong-son")
      assert.deepStrictEqual(v!.message, {
        vi: "Tuần 28/2025 (07/07–13/07/2025): chưa tổ chức buổi học cộng đồng nào",
        en: "Week 2025-W28 (2025-07-07 to 2025-07-13): no community class held",
      })
      assert.deepStrictEqual(v!.involved[1], { kind: "week", id: "2025-W28" })
    })
  })

  describe("party-cell-without-pioneer-session", () => {
    const cell = (id: string, kind: Organization.OrganizationKind = "party_cell") =>
      Organization.Organization.make({
        id: Organization.OrganizationId.make(id),
        name: `Chi bộ ${id}`,
        kind,
        unitId: u("xa-dong-son"),
      })

    it("flags a party cell that has not held the session", () => {
      const violations = Violation.partyCellsWithoutPioneerSession(
        [cell("thon-dong"), cell("thon-doai"), cell("htx", "cooperative")],
        [
          session("thon-dong", "2025-06-10T01:00:00Z"),
          session("thon-doai", "2025-06-10T01:00:00Z", "cancelled"),
        ],
        d("2025-07-01"),
      )
      assert.deepStrictEqual(
        violations.map((v) => [v.rule, v.involved[0]!.id]),
        [["party-cell-without-pioneer-session", "thon-doai"]],
      )
      assert.strictEqual(
        violations[0]!.message.vi,
        "Chi bộ thon-doai: chưa tổ chức sinh hoạt chuyên đề “Đảng viên tiên phong học tập kỹ năng số”",
      )
    })

    it("does not count a session after the reference date", () => {
      const violations = Violation.partyCellsWithoutPioneerSession(
        [cell("thon-dong")],
        [session("thon-dong", "2025-08-10T01:00:00Z")],
        d("2025-07-01"),
      )
      assert.strictEqual(violations.length, 1)
    })
  })

  describe("indicator-off-track and indicator-deadline-missed", () => {
    const unit = u("xa-tran-phu")
    const target = Target.effectiveTarget("adults-basic", [unit], [], d("2025-06-01"))
    const slow = [
      { date: d("2025-05-01"), value: 0.3 },
      { date: d("2025-09-01"), value: 0.31 },
    ]

    it("warns when the trend ends far short of the target", () => {
      const [v] = Violation.indicatorBehind(unit, target, slow, d("2025-09-01"))
      assert.strictEqual(v!.rule, "indicator-off-track")
      assert.strictEqual(v!.severity, "warning")
      assert.strictEqual(
        v!.message.vi,
        "Người trưởng thành có kỹ năng số cơ bản: đạt 31%, theo xu hướng chỉ đạt 31,9% vào ngày 31/12/2025 (mục tiêu 80%)",
      )
    })

    it("is an error once the deadline has passed", () => {
      const [v] = Violation.indicatorBehind(unit, target, slow, d("2026-01-05"))
      assert.strictEqual(v!.rule, "indicator-deadline-missed")
      assert.strictEqual(v!.severity, "error")
      assert.strictEqual(
        v!.message.en,
        "Adults with basic digital skills: 31%, below the target of 80% due 2025-12-31",
      )
    })

    it("says nothing while the indicator is on track or at risk", () => {
      const fast = [
        { date: d("2025-05-01"), value: 0.3 },
        { date: d("2025-09-01"), value: 0.7 },
      ]
      assert.deepStrictEqual(Violation.indicatorBehind(unit, target, fast, d("2025-09-01")), [])
    })
  })

  it("orders errors first", () => {
    const warning = Violation.Violation.make({
      rule: "guide-below-quota",
      unitId: u("a"),
      severity: "warning",
      message: { vi: "x", en: "x" },
      involved: [],
    })
    const error = Violation.Violation.make({
      ...warning,
      rule: "commune-without-support-staff",
      unitId: u("b"),
      severity: "error",
    })
    assert.deepStrictEqual([warning, error].sort(Violation.compare), [error, warning])
  })

  it("round-trips violations through encode and decode", async () => {
    await new TestSchema.Asserts(Violation.Violation).verifyRoundTrip()
  })
})
