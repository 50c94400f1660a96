import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Result, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as Campaign from "../src/Campaign.js"
import * as CalendarDate from "../src/CalendarDate.js"
import * as Indicator from "../src/Indicator.js"
import * as ValidationMessage from "../src/ValidationMessage.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)

const zeroAggregates: Indicator.Aggregates = Object.fromEntries(
  Object.keys(Indicator.Aggregates.fields).map((k) => [k, 0]),
) as Indicator.Aggregates

/** Aggregates whose every numerator is at most its denominator, as the API's SQL produces them. */
const aggregatesArbitrary = Arbitrary.map(
  Arbitrary.schema(Schema.Struct(Indicator.Aggregates.fields)),
  (raw) => {
    const fixed: Record<string, number> = { ...raw }
    for (const id of Indicator.ids) {
      const { numerator, denominator } = Indicator.counts[id]
      fixed[numerator] = Math.min(fixed[numerator]!, fixed[denominator]!)
    }
    return fixed as Indicator.Aggregates
  },
)

const smallCount = Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 10_000 }))
const fractionArbitrary = Arbitrary.flatMap(Arbitrary.schema(smallCount), (denominator) =>
  Arbitrary.map(
    Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: denominator }))),
    (numerator) => ({ numerator, denominator }),
  ),
)

/** A series of observations within the campaign, 2025-03-26 to 2026-12-31. */
const observationArbitrary = Arbitrary.map(
  Arbitrary.all([
    Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 645 }))),
    Arbitrary.schema(Indicator.Ratio),
  ]),
  ([day, value]) => ({ date: CalendarDate.addDays(d("2025-03-26"), day), value }),
)
const seriesArbitrary = Arbitrary.array(observationArbitrary, { minLength: 1, maxLength: 12 })
const milestoneArbitrary = Arbitrary.map(
  Arbitrary.all([
    Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 645 }))),
    Arbitrary.schema(Indicator.Ratio),
  ]),
  ([day, value]) => ({ date: CalendarDate.addDays(d("2025-03-26"), day), value }),
)
const asOfArbitrary = Arbitrary.map(
  Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 700 }))),
  (day) => CalendarDate.addDays(d("2025-03-26"), day),
)

const rank = (status: Indicator.Status) => (status === "no_data" ? -1 : Indicator.statusRank[status])

describe("Indicator", () => {
  describe("the catalogue", () => {
    it("has exactly the fifteen indicators of DESIGN §3, in order", () => {
      assert.deepStrictEqual(
        [...Indicator.ids],
        [
          "digital-family",
          "adults-basic",
          "digital-identity",
          "digital-bank",
          "civil-servants",
          "students",
          "workers",
          "elderly-reached",
          "disability-reached",
          "guides-quota",
          "support-desk",
          "weekly-classes",
          "door-to-door",
          "four-t",
          "party-cells",
        ],
      )
      assert.deepStrictEqual(Object.keys(Indicator.definitions), [...Indicator.ids])
    })

    it("names each indicator, its numerator and its denominator in Vietnamese and English", () => {
      for (const id of Indicator.ids) {
        const def = Indicator.definition(id)
        assert.strictEqual(def.id, id)
        for (const text of [def.name, def.numerator, def.denominator]) {
          assert.isAbove(text.vi.length, 0, id)
          assert.isAbove(text.en.length, 0, id)
          assert.notStrictEqual(text.vi, text.en, id)
        }
      }
      assert.strictEqual(Indicator.definition("digital-family").name.vi, "Gia đình số")
      assert.strictEqual(Indicator.definition("digital-identity").name.vi, "Mỗi công dân một danh tính số")
    })

    it("belongs each indicator to exactly one task group, the one Campaign lists it under", () => {
      for (const id of Indicator.ids) {
        const groups = Campaign.taskGroups.filter((g) => g.indicators.includes(id))
        assert.strictEqual(groups.length, 1, id)
        assert.strictEqual(Indicator.definition(id).taskGroup, groups[0]!.id)
      }
      assert.deepStrictEqual(Indicator.ofTaskGroup(3), ["civil-servants", "party-cells"])
    })

    it("sets the 2025 goals of the national and Hanoi plans", () => {
      const first = (id: Indicator.IndicatorId) => Indicator.definition(id).milestones[0]
      assert.deepStrictEqual(first("civil-servants"), { value: 1, deadline: "2025-12-31" })
      assert.deepStrictEqual(first("students"), { value: 1, deadline: "2025-12-31" })
      assert.deepStrictEqual(first("adults-basic"), { value: 0.8, deadline: "2025-12-31" })
      assert.deepStrictEqual(first("workers"), { value: 0.8, deadline: "2025-12-31" })
    })

    it("aims at 100% for every indicator by the end of 2026 at the latest", () => {
      for (const id of Indicator.ids) {
        const milestones = Indicator.definition(id).milestones
        const last = milestones.at(-1)!
        assert.strictEqual(last.value, 1, id)
        assert.isTrue(last.deadline <= "2026-12-31", id)
        const deadlines = milestones.map((m) => m.deadline)
        assert.deepStrictEqual(deadlines, [...deadlines].sort(), id)
      }
    })
  })

  describe("measure", () => {
    it("gives the share of households with a skilled member", () => {
      const m = Indicator.measure("digital-family", { numerator: 1875, denominator: 2310 })
      assert.strictEqual(m._tag, "Measured")
      if (m._tag === "Measured") assert.closeTo(m.value, 0.8117, 0.0001)
    })

    it("gives no data, not 0% nor 100%, when the denominator is 0", () => {
      assert.deepStrictEqual(Indicator.measure("guides-quota", { numerator: 0, denominator: 0 }), {
        _tag: "NoData",
      })
    })

    it("gives 0% when nobody is counted yet and 100% when everybody is", () => {
      const none = Indicator.measure("students", { numerator: 0, denominator: 40 })
      const all = Indicator.measure("students", { numerator: 40, denominator: 40 })
      assert.deepStrictEqual(none, { _tag: "Measured", numerator: 0, denominator: 40, value: 0 })
      assert.deepStrictEqual(all, { _tag: "Measured", numerator: 40, denominator: 40, value: 1 })
    })

    it.prop("keeps every value between 0 and 1", [fractionArbitrary], ([fraction]) => {
      const m = Indicator.measureFraction(fraction)
      if (fraction.denominator === 0) return m._tag === "NoData"
      return m._tag === "Measured" && m.value >= 0 && m.value <= 1
    })

    it.prop(
      "never lowers coverage when a household gains its first skilled member",
      [fractionArbitrary],
      ([{ numerator, denominator }]) => {
        if (numerator === denominator) return true
        const before = Indicator.measure("digital-family", { numerator, denominator })
        const after = Indicator.measure("digital-family", { numerator: numerator + 1, denominator })
        return before._tag === "Measured" && after._tag === "Measured" && after.value >= before.value
      },
    )

    it.prop(
      "never lowers coverage when a new household with a skilled member is added",
      [fractionArbitrary],
      ([{ numerator, denominator }]) => {
        const before = Indicator.measure("digital-family", { numerator, denominator })
        const after = Indicator.measure("digital-family", {
          numerator: numerator + 1,
          denominator: denominator + 1,
        })
        return after._tag === "Measured" && (before._tag === "NoData" || after.value >= before.value)
      },
    )
  })

  describe("measureAll", () => {
    it("computes every indicator from one row of aggregate counts", () => {
      const values = Indicator.measureAll({
        ...zeroAggregates,
        households: 2310,
        householdsWithSkilledMember: 1875,
        householdsVisited: 1155,
        guides: 12,
        guidesMeetingQuota: 9,
      })
      assert.deepStrictEqual(Object.keys(values), [...Indicator.ids])
      assert.deepStrictEqual(values["door-to-door"], {
        _tag: "Measured",
        numerator: 1155,
        denominator: 2310,
        value: 0.5,
      })
      assert.deepStrictEqual(values["guides-quota"], {
        _tag: "Measured",
        numerator: 9,
        denominator: 12,
        value: 0.75,
      })
      assert.deepStrictEqual(values.students, { _tag: "NoData" })
    })

    it.prop(
      "keeps every indicator of any aggregate row between 0 and 1",
      [aggregatesArbitrary],
      ([aggregates]) => {
        for (const [id, m] of Object.entries(Indicator.measureAll(aggregates))) {
          const { denominator } = Indicator.counts[id as Indicator.IndicatorId]
          if (aggregates[denominator] === 0) assert.strictEqual(m._tag, "NoData", id)
          else assert.isTrue(m._tag === "Measured" && m.value >= 0 && m.value <= 1, id)
        }
      },
    )
  })

  describe("the Aggregates schema", () => {
    it("rejects a numerator above its denominator, in Vietnamese and English", () => {
      const result = ValidationMessage.decodeWithMessages(Indicator.Aggregates, {
        ...zeroAggregates,
        households: 10,
        householdsWithSkilledMember: 11,
      })
      assert.isTrue(Result.isFailure(result))
      if (Result.isFailure(result)) {
        assert.deepStrictEqual(result.failure, [
          {
            path: "householdsWithSkilledMember",
            message: {
              vi: "householdsWithSkilledMember (11) lớn hơn households (10)",
              en: "householdsWithSkilledMember (11) exceeds households (10)",
            },
          },
        ])
      }
    })

    it("rejects a negative or fractional count", () => {
      const decode = Schema.decodeUnknownOption(Indicator.Aggregates)
      assert.isTrue(decode({ ...zeroAggregates, guides: -1 })._tag === "None")
      assert.isTrue(decode({ ...zeroAggregates, guides: 1.5 })._tag === "None")
    })

    it.prop("round-trips any valid row through encode and decode", [aggregatesArbitrary], ([aggregates]) => {
      const encoded = Schema.encodeSync(Indicator.Aggregates)(aggregates)
      assert.deepStrictEqual(Schema.decodeUnknownSync(Indicator.Aggregates)(encoded), aggregates)
    })
  })

  describe("status", () => {
    const target = { value: 0.8, deadline: d("2025-12-31") }
    const obs = (date: string, value: number) => ({ date: d(date), value })

    it("is met when the latest value reaches the target", () => {
      assert.strictEqual(
        Indicator.status([obs("2025-06-01", 0.5), obs("2025-09-01", 0.8)], target, d("2025-09-02")),
        "met",
      )
    })

    it("is on track when the trend reaches the target by the deadline", () => {
      // +0.1 a month from June: 0.7 on 1 Sep, about 1.0 by 31 Dec.
      const series = [
        obs("2025-06-01", 0.4),
        obs("2025-07-01", 0.5),
        obs("2025-08-01", 0.6),
        obs("2025-09-01", 0.7),
      ]
      const judgement = Indicator.judge(series, target, d("2025-09-05"))
      assert.strictEqual(judgement.status, "on_track")
      assert.strictEqual(judgement.current, 0.7)
      assert.isAbove(judgement.projected!, 0.8)
    })

    it("is at risk when the trend ends within 10 points of the target", () => {
      // +0.12 in the 121 days to 1 September, and 121 days left: 0.72 at the deadline.
      const series = [obs("2025-05-03", 0.48), obs("2025-09-01", 0.6)]
      const judgement = Indicator.judge(series, target, d("2025-09-01"))
      assert.strictEqual(judgement.status, "at_risk")
      assert.closeTo(judgement.projected!, 0.72, 1e-9)
    })

    it("is off track when the trend ends more than 10 points short", () => {
      const series = [obs("2025-05-01", 0.3), obs("2025-09-01", 0.31)]
      assert.strictEqual(Indicator.status(series, target, d("2025-09-01")), "off_track")
    })

    it("is off track once the deadline has passed without reaching the target", () => {
      const series = [obs("2025-06-01", 0.4), obs("2025-12-01", 0.79)]
      assert.strictEqual(Indicator.status(series, target, d("2026-01-01")), "off_track")
      assert.strictEqual(Indicator.status(series, target, d("2025-12-31")), "on_track")
    })

    it("draws the trend from 0% at the launch of the movement when there is one observation", () => {
      // 40% reached in the 68 days since 26 March: the pace reaches 80% long before 31 December.
      assert.strictEqual(Indicator.status([obs("2025-06-02", 0.4)], target, d("2025-06-02")), "on_track")
      // 5% in the same time is far too slow.
      assert.strictEqual(Indicator.status([obs("2025-06-02", 0.05)], target, d("2025-06-02")), "off_track")
    })

    it("ignores observations after the reference date and has no data without any", () => {
      assert.strictEqual(Indicator.status([], target, d("2025-06-02")), "no_data")
      assert.strictEqual(Indicator.status([obs("2025-07-01", 0.9)], target, d("2025-06-30")), "no_data")
    })

    it.prop(
      "never depends on the order of the series",
      [seriesArbitrary, milestoneArbitrary, asOfArbitrary],
      ([series, m, asOf]) => {
        const milestone = { value: m.value, deadline: m.date }
        const reversed = [...series].reverse()
        const rotated = [...series.slice(1), ...series.slice(0, 1)]
        const expected = Indicator.judge(series, milestone, asOf)
        assert.deepStrictEqual(Indicator.judge(reversed, milestone, asOf), expected)
        assert.deepStrictEqual(Indicator.judge(rotated, milestone, asOf), expected)
      },
    )

    it.prop(
      "never worsens when the latest value is higher",
      [seriesArbitrary, milestoneArbitrary, asOfArbitrary, Indicator.Ratio],
      ([series, m, asOf, raise]) => {
        const milestone = { value: m.value, deadline: m.date }
        const latest = [...series]
          .filter((o) => o.date <= asOf)
          .sort((a, b) => (a.date < b.date ? -1 : 1))
          .at(-1)
        if (latest === undefined) return true
        const higher = series.map((o) => (o === latest ? { ...o, value: Math.min(1, o.value + raise) } : o))
        return (
          rank(Indicator.status(higher, milestone, asOf)) >= rank(Indicator.status(series, milestone, asOf))
        )
      },
    )

    it.prop(
      "never worsens when every value is higher",
      [seriesArbitrary, milestoneArbitrary, asOfArbitrary, Indicator.Ratio],
      ([series, m, asOf, raise]) => {
        const milestone = { value: m.value, deadline: m.date }
        const shift = Math.min(raise, ...series.map((o) => 1 - o.value))
        const higher = series.map((o) => ({ ...o, value: o.value + shift }))
        return (
          rank(Indicator.status(higher, milestone, asOf)) >= rank(Indicator.status(series, milestone, asOf))
        )
      },
    )
  })

  describe("schemas", () => {
    it("round-trip through encode and decode", async () => {
      await new TestSchema.Asserts(Indicator.IndicatorId).verifyRoundTrip()
      await new TestSchema.Asserts(Indicator.Ratio).verifyRoundTrip()
      await new TestSchema.Asserts(Indicator.Milestone).verifyRoundTrip()
      await new TestSchema.Asserts(Indicator.Measurement).verifyRoundTrip()
      await new TestSchema.Asserts(Indicator.Observation).verifyRoundTrip()
      await new TestSchema.Asserts(Indicator.Status).verifyRoundTrip()
    })

    it.prop("round-trip fractions through encode and decode", [fractionArbitrary], ([fraction]) => {
      const encoded = Schema.encodeSync(Indicator.Fraction)(fraction)
      assert.deepStrictEqual(Schema.decodeUnknownSync(Indicator.Fraction)(encoded), fraction)
    })
  })

  it("names every status in Vietnamese and English, each name distinct", () => {
    const statuses = ["met", "on_track", "at_risk", "off_track", "no_data"] as const
    assert.deepStrictEqual(Object.keys(Indicator.statusNames).sort(), [...statuses].sort())
    for (const lang of ["vi", "en"] as const) {
      assert.strictEqual(new Set(statuses.map((s) => Indicator.statusNames[s][lang])).size, statuses.length)
    }
    assert.strictEqual(Indicator.statusNames.at_risk.vi, "Có nguy cơ chậm")
  })
})
