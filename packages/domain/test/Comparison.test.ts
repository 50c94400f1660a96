import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Schema } from "effect"
import * as CalendarDate from "../src/CalendarDate.js"
import * as Comparison from "../src/Comparison.js"

const d = (s: string) => CalendarDate.CalendarDate.make(s)

describe("Comparison", () => {
  it("compares this month so far with the whole of last month", () => {
    assert.deepStrictEqual(Comparison.boundsOf(d("2026-11-20"), "month"), {
      start: d("2026-11-01"),
      previousEnd: d("2026-10-31"),
      previousStart: d("2026-10-01"),
      beforeEnd: d("2026-09-30"),
    })
    // Across a new year, and from a leap February.
    assert.deepStrictEqual(Comparison.boundsOf(d("2026-01-05"), "month").beforeEnd, d("2025-11-30"))
    assert.deepStrictEqual(Comparison.boundsOf(d("2028-03-01"), "month").previousEnd, d("2028-02-29"))
  })

  it("compares this calendar quarter with the previous one", () => {
    assert.deepStrictEqual(Comparison.boundsOf(d("2026-11-20"), "quarter"), {
      start: d("2026-10-01"),
      previousEnd: d("2026-09-30"),
      previousStart: d("2026-07-01"),
      beforeEnd: d("2026-06-30"),
    })
    assert.deepStrictEqual(Comparison.boundsOf(d("2026-02-14"), "quarter").beforeEnd, d("2025-09-30"))
  })

  it("measures the gains in points between the shares as shown, and whether this period is faster", () => {
    const change = Comparison.compare(
      { numerator: 40, denominator: 100 },
      { numerator: 50, denominator: 100 },
      { numerator: 641, denominator: 1000 },
    )
    assert.deepStrictEqual(change, {
      before: 0.4,
      previous: 0.5,
      now: 0.641,
      thisPeriod: 14.1,
      lastPeriod: 10,
      pace: "faster",
    })
    const slower = Comparison.compare(
      { numerator: 0, denominator: 10 },
      { numerator: 5, denominator: 10 },
      { numerator: 5, denominator: 10 },
    )
    assert.strictEqual(slower.pace, "slower")
    assert.strictEqual(slower.thisPeriod, 0)
  })

  it("has no change where either end has nothing to measure", () => {
    const change = Comparison.compare(
      { numerator: 0, denominator: 0 },
      { numerator: 2, denominator: 4 },
      { numerator: 3, denominator: 4 },
    )
    assert.strictEqual(change.lastPeriod, null)
    assert.strictEqual(change.thisPeriod, 25)
    assert.strictEqual(change.pace, null)
  })

  const days = Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 3650 })))
  const period = Arbitrary.schema(Schema.Literals(["month", "quarter"]))

  it.prop(
    "orders the dates: before end < previous start ≤ previous end < start ≤ as at",
    [days, period],
    ([n, p]) => {
      const asOf = CalendarDate.addDays(d("2025-01-01"), n)
      const b = Comparison.boundsOf(asOf, p)
      assert.isTrue(b.beforeEnd < b.previousStart)
      assert.strictEqual(CalendarDate.addDays(b.beforeEnd, 1), b.previousStart)
      assert.isTrue(b.previousStart <= b.previousEnd)
      assert.strictEqual(CalendarDate.addDays(b.previousEnd, 1), b.start)
      assert.isTrue(b.start <= asOf)
    },
  )
})
