import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, DateTime, Result, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as CalendarDate from "../src/CalendarDate.js"
import * as Class from "../src/Class.js"
import { OrganizationId } from "../src/Organization.js"
import * as Person from "../src/Person.js"
import * as Topic from "../src/Topic.js"
import { UnitId } from "../src/Unit.js"
import * as ValidationMessage from "../src/ValidationMessage.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)
const u = (s: string) => UnitId.make(s)
const org = (s: string) => OrganizationId.make(s)

const makeClass = (overrides: Partial<Class.Class> = {}): Class.Class =>
  Class.Class.make({
    id: Class.ClassId.make("lop-1"),
    unitId: u("xa-dong-son"),
    title: "Cài đặt và sử dụng VNeID",
    audience: "community",
    topicIds: [Topic.ids.vneid],
    startsAt: DateTime.makeUnsafe("2025-07-07T01:00:00Z"),
    durationMinutes: 90,
    mode: "in_person",
    venue: "Nhà văn hóa thôn Đông",
    capacity: 30,
    instructorIds: [],
    organizationId: null,
    status: "held",
    ...overrides,
  })

const candidate = (birth: Person.Birth, groups: ReadonlyArray<Person.Group> = []): Class.Candidate => ({
  birth,
  groups,
})
const asOf = d("2025-07-07")

describe("Class", () => {
  describe("the Class schema", () => {
    it("requires a venue for a class held in person, in Vietnamese and English", () => {
      const encoded = Schema.encodeSync(Class.Class)(makeClass())
      const result = ValidationMessage.decodeWithMessages(Class.Class, { ...encoded, venue: null })
      assert.isTrue(Result.isFailure(result))
      if (Result.isFailure(result)) {
        assert.deepStrictEqual(result.failure, [
          {
            path: "venue",
            message: {
              vi: "Vui lòng nhập địa điểm cho lớp học trực tiếp",
              en: "Enter the venue of a class held in person",
            },
          },
        ])
      }
      assert.isTrue(
        Result.isSuccess(
          ValidationMessage.decodeWithMessages(Class.Class, { ...encoded, venue: null, mode: "online" }),
        ),
      )
    })

    it("requires the party cell of a pioneer session and the enterprise of a workers' class", () => {
      const encoded = Schema.encodeSync(Class.Class)(makeClass())
      for (const audience of ["party_members", "workers"] as const) {
        const result = ValidationMessage.decodeWithMessages(Class.Class, { ...encoded, audience })
        assert.isTrue(Result.isFailure(result) && result.failure[0]?.path === "organizationId", audience)
      }
    })

    it("requires a title and at least one topic", () => {
      const encoded = Schema.encodeSync(Class.Class)(makeClass())
      const result = ValidationMessage.decodeWithMessages(Class.Class, {
        ...encoded,
        title: "",
        topicIds: [],
      })
      assert.isTrue(Result.isFailure(result))
      if (Result.isFailure(result)) {
        assert.deepStrictEqual(
          result.failure.map((m) => [m.path, m.message.vi]),
          [
            ["title", "Vui lòng nhập tên lớp"],
            ["topicIds", "Chọn ít nhất một chủ đề"],
          ],
        )
      }
    })

    it("round-trips classes, periods and registration errors through encode and decode", async () => {
      await new TestSchema.Asserts(Class.Class).verifyRoundTrip()
      await new TestSchema.Asserts(Class.Eligibility).verifyRoundTrip()
      await new TestSchema.Asserts(Class.CommuneWeek).verifyRoundTrip()
      await new TestSchema.Asserts(Class.Period).verifyRoundTrip()
      await new TestSchema.Asserts(Class.Full).verifyRoundTrip()
      await new TestSchema.Asserts(Class.Closed).verifyRoundTrip()
      await new TestSchema.Asserts(Class.NotEligible).verifyRoundTrip()
    })
  })

  describe("dates", () => {
    it("puts a class at 23:30 UTC on a Sunday on Monday in Vietnam, and in Monday's week", () => {
      const c = makeClass({ startsAt: DateTime.makeUnsafe("2025-07-06T23:30:00Z") })
      assert.strictEqual(Class.dateOf(c), "2025-07-07")
      assert.strictEqual(Class.weekOf(c), "2025-W28")
    })
  })

  describe("isCommunityClass", () => {
    it("counts classes open to residents and held with people in the room", () => {
      assert.isTrue(Class.isCommunityClass(makeClass()))
      assert.isTrue(Class.isCommunityClass(makeClass({ audience: "elderly", mode: "hybrid" })))
      assert.isFalse(Class.isCommunityClass(makeClass({ mode: "online", venue: null })))
      assert.isFalse(Class.isCommunityClass(makeClass({ audience: "civil_servants" })))
      assert.isFalse(
        Class.isCommunityClass(makeClass({ audience: "workers", organizationId: org("cty-may") })),
      )
    })
  })

  describe("byEligibility", () => {
    it("puts the people a class is for first, then the warned, then the refused, each in search order", () => {
      const c = makeClass({ audience: "students", organizationId: org("thcs-dong-son") })
      const adult = { ...candidate(Person.bornIn(1990)), name: "adult" }
      const otherSchool = {
        ...candidate(Person.bornIn(2012), [
          { _tag: "student", schoolLevel: "lower_secondary", schoolId: org("thcs-khac") },
        ]),
        name: "other school",
      }
      const own1 = {
        ...candidate(Person.bornIn(2012), [
          { _tag: "student", schoolLevel: "lower_secondary", schoolId: org("thcs-dong-son") },
        ]),
        name: "own 1",
      }
      const own2 = {
        ...candidate(Person.bornIn(2011), [{ _tag: "student", schoolLevel: "lower_secondary" }]),
        name: "own 2",
      }
      const ordered = Class.byEligibility([adult, own1, otherSchool, own2], c, asOf)
      assert.deepStrictEqual(
        ordered.map(({ candidate, eligibility }) => [candidate.name, eligibility._tag]),
        [
          ["own 1", "Eligible"],
          ["own 2", "Eligible"],
          ["other school", "Warning"],
          ["adult", "Rejected"],
        ],
      )
    })
  })

  describe("eligibility", () => {
    it("opens a community class to everyone", () => {
      assert.deepStrictEqual(Class.eligibility(candidate(Person.bornIn(2010)), makeClass(), asOf), {
        _tag: "Eligible",
      })
    })

    it("warns about a 55-year-old in a class for the elderly, saying the age", () => {
      const c = makeClass({ audience: "elderly" })
      assert.deepStrictEqual(Class.eligibility(candidate(Person.bornOn(d("1970-03-01"))), c, asOf), {
        _tag: "Warning",
        reason: {
          vi: "Lớp dành cho người cao tuổi (từ 60 tuổi); người này 55 tuổi",
          en: "The class is for the elderly (60 or over); this person is 55",
        },
      })
      assert.deepStrictEqual(Class.eligibility(candidate(Person.bornOn(d("1965-07-07"))), c, asOf), {
        _tag: "Eligible",
      })
    })

    it("rejects a person who is not a party member from the pioneer session", () => {
      const c = makeClass({ audience: "party_members", organizationId: org("chi-bo-thon-dong") })
      assert.strictEqual(Class.eligibility(candidate(Person.bornIn(1980)), c, asOf)._tag, "Rejected")
      const member = candidate(Person.bornIn(1980), [{ _tag: "party_member" }])
      assert.strictEqual(Class.eligibility(member, c, asOf)._tag, "Eligible")
    })

    it("takes only the workers of the enterprise into its class", () => {
      const c = makeClass({ audience: "workers", organizationId: org("htx-rau-sach") })
      const own = candidate(Person.bornIn(1990), [{ _tag: "worker", organizationId: org("htx-rau-sach") }])
      const other = candidate(Person.bornIn(1990), [{ _tag: "worker", organizationId: org("cty-may") }])
      assert.strictEqual(Class.eligibility(own, c, asOf)._tag, "Eligible")
      assert.strictEqual(Class.eligibility(other, c, asOf)._tag, "Rejected")
    })

    it("rejects a non-student from a students' class and warns about a student of another school", () => {
      const c = makeClass({ audience: "students", organizationId: org("thcs-dong-son") })
      assert.strictEqual(Class.eligibility(candidate(Person.bornIn(1990)), c, asOf)._tag, "Rejected")
      const elsewhere = candidate(Person.bornIn(2012), [
        { _tag: "student", schoolLevel: "lower_secondary", schoolId: org("thcs-thuy-xuan-tien") },
      ])
      assert.strictEqual(Class.eligibility(elsewhere, c, asOf)._tag, "Warning")
      const unknownSchool = candidate(Person.bornIn(2012), [
        { _tag: "student", schoolLevel: "lower_secondary" },
      ])
      assert.strictEqual(Class.eligibility(unknownSchool, c, asOf)._tag, "Eligible")
    })

    it("warns, without rejecting, about others in the disability, civil-servant, 4T and youth classes", () => {
      const adult = candidate(Person.bornIn(1975))
      for (const audience of ["disability", "civil_servants", "four_t", "youth"] as const) {
        assert.strictEqual(Class.eligibility(adult, makeClass({ audience }), asOf)._tag, "Warning", audience)
      }
      const trader = candidate(Person.bornIn(1975), [{ _tag: "small_trader" }])
      assert.strictEqual(Class.eligibility(trader, makeClass({ audience: "four_t" }), asOf)._tag, "Eligible")
      const unionMember = candidate(Person.bornIn(1990), [{ _tag: "youth_union_member" }])
      assert.strictEqual(
        Class.eligibility(unionMember, makeClass({ audience: "youth" }), asOf)._tag,
        "Eligible",
      )
      assert.strictEqual(
        Class.eligibility(candidate(Person.bornIn(2000)), makeClass({ audience: "youth" }), asOf)._tag,
        "Eligible",
      )
    })

    it.prop(
      "never turns an elderly-class warning into a rejection, whatever the age",
      [Person.BirthYear],
      ([year]) =>
        Class.eligibility(candidate(Person.bornIn(year)), makeClass({ audience: "elderly" }), asOf)._tag !==
        "Rejected",
    )
  })

  describe("seats", () => {
    it("has a seat until the capacity is reached", () => {
      const c = makeClass({ capacity: 2 })
      assert.isTrue(Class.hasSeat(c, 1))
      assert.isFalse(Class.hasSeat(c, 2))
      assert.strictEqual(Class.seatsLeft(c, 1), 1)
      assert.strictEqual(Class.seatsLeft(c, 5), 0)
    })

    it("takes registrations only while scheduled", () => {
      assert.isTrue(Class.isOpen(makeClass({ status: "scheduled" })))
      assert.isFalse(Class.isOpen(makeClass({ status: "held" })))
      assert.isFalse(Class.isOpen(makeClass({ status: "cancelled" })))
    })

    it("explains a full class in Vietnamese and English", () => {
      const error = new Class.Full({ classId: Class.ClassId.make("lop-1"), capacity: 30 })
      assert.strictEqual(error._tag, "Class/Full")
      assert.deepStrictEqual(error.text, { vi: "Lớp đã đủ 30 chỗ", en: "The class is full (30 seats)" })
      assert.strictEqual(error.message, "The class is full (30 seats)")
    })
  })

  describe("weeklyCompliance", () => {
    const communes = [u("xa-dong-son"), u("xa-phu-nghia")]
    // Monday 30 June to Sunday 13 July 2025: ISO weeks 27 and 28.
    const period = { from: d("2025-06-30"), to: d("2025-07-13") }
    const at = (iso: string, unit = "xa-dong-son", overrides: Partial<Class.Class> = {}) =>
      makeClass({ unitId: u(unit), startsAt: DateTime.makeUnsafe(iso), ...overrides })

    it("counts each (commune, week) pair with a community class held", () => {
      const result = Class.weeklyCompliance(
        communes,
        [at("2025-07-01T01:00:00Z"), at("2025-07-08T01:00:00Z"), at("2025-07-02T01:00:00Z", "xa-phu-nghia")],
        period,
      )
      assert.strictEqual(result.pairs, 4)
      assert.strictEqual(result.compliant, 3)
      assert.deepStrictEqual(result.missing, [
        { communeId: u("xa-phu-nghia"), week: Schema.decodeSync(CalendarDate.IsoWeek)("2025-W28") },
      ])
      assert.deepStrictEqual(result.value, { _tag: "Measured", numerator: 3, denominator: 4, value: 0.75 })
    })

    it("does not count a cancelled, scheduled, online or institutional class", () => {
      const result = Class.weeklyCompliance(
        [communes[0]!],
        [
          at("2025-07-01T01:00:00Z", "xa-dong-son", { status: "cancelled" }),
          at("2025-07-01T01:00:00Z", "xa-dong-son", { status: "scheduled" }),
          at("2025-07-01T01:00:00Z", "xa-dong-son", { mode: "online", venue: null }),
          at("2025-07-01T01:00:00Z", "xa-dong-son", { audience: "civil_servants" }),
        ],
        { from: d("2025-06-30"), to: d("2025-07-06") },
      )
      assert.strictEqual(result.compliant, 0)
    })

    it("counts a class at 23:30 UTC on Sunday for Monday's week", () => {
      const result = Class.weeklyCompliance([communes[0]!], [at("2025-07-06T23:30:00Z")], period)
      assert.deepStrictEqual(
        result.missing.map((m) => m.week),
        ["2025-W27"].map((w) => Schema.decodeSync(CalendarDate.IsoWeek)(w)),
      )
    })

    it("counts a class held in a village for its commune", () => {
      const communeOf = (unitId: UnitId) => (unitId === "thon-dong" ? u("xa-dong-son") : unitId)
      const result = Class.weeklyCompliance(
        [communes[0]!],
        [at("2025-07-01T01:00:00Z", "thon-dong")],
        period,
        communeOf,
      )
      assert.strictEqual(result.compliant, 1)
    })

    it("has no data for a period without communes", () => {
      assert.deepStrictEqual(Class.weeklyCompliance([], [], period).value, { _tag: "NoData" })
    })

    const classesArbitrary = Arbitrary.array(
      Arbitrary.map(
        Arbitrary.all([
          Arbitrary.schema(Schema.Literals(["xa-dong-son", "xa-phu-nghia"])),
          Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 20 * 24 }))),
          Arbitrary.schema(Class.ClassStatus),
        ]),
        ([unit, hours, status]) =>
          at(new Date(Date.parse("2025-06-28T00:00:00Z") + hours * 3_600_000).toISOString(), unit, {
            status,
          }),
      ),
      { maxLength: 10 },
    )

    it.prop(
      "keeps the value between 0 and 1 and never loses a pair when a class is added",
      [classesArbitrary, classesArbitrary],
      ([a, b]) => {
        const before = Class.weeklyCompliance(communes, a, period)
        const after = Class.weeklyCompliance(communes, [...a, ...b], period)
        assert.isTrue(before.value._tag === "Measured" && before.value.value >= 0 && before.value.value <= 1)
        assert.isAtLeast(after.compliant, before.compliant)
        assert.strictEqual(before.compliant + before.missing.length, before.pairs)
      },
    )

    it.prop("never depends on the order of the classes", [classesArbitrary], ([classes]) => {
      assert.deepStrictEqual(
        Class.weeklyCompliance(communes, [...classes].reverse(), period),
        Class.weeklyCompliance(communes, classes, period),
      )
    })
  })
})
