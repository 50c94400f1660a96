import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as Disclosure from "../src/Disclosure.js"
import * as Indicator from "../src/Indicator.js"

const fractionArbitrary = Arbitrary.flatMap(
  Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 200 }))),
  (denominator) =>
    Arbitrary.map(
      Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: denominator }))),
      (numerator) => ({ numerator, denominator }),
    ),
)

/** The exact counts a reader can learn from a published indicator, with the denominator when exact. */
const revealed = (p: Disclosure.PublicIndicator): ReadonlyArray<number> => {
  const exact = (c: Disclosure.PublicCount) => (c._tag === "Exact" ? c.count : undefined)
  const numerator = exact(p.numerator)
  const denominator = exact(p.denominator)
  const out = [numerator, denominator]
  if (numerator !== undefined && denominator !== undefined) out.push(denominator - numerator)
  if (p.value._tag === "Exact" && denominator !== undefined) {
    const fromShare = Math.round(p.value.value * denominator)
    out.push(fromShare, denominator - fromShare)
  }
  return out.filter((n): n is number => n !== undefined)
}

describe("Disclosure", () => {
  describe("discloseCount", () => {
    it("shows any count under 5 as “< 5”, zero included", () => {
      for (const n of [0, 1, 4])
        assert.strictEqual(Disclosure.countToText(Disclosure.discloseCount(n), "vi"), "< 5")
      assert.deepStrictEqual(Disclosure.discloseCount(5), { _tag: "Exact", count: 5 })
    })

    it("writes exact counts the way each language groups digits", () => {
      assert.strictEqual(Disclosure.countToText(Disclosure.discloseCount(1875), "vi"), "1.875")
      assert.strictEqual(Disclosure.countToText(Disclosure.discloseCount(1875), "en"), "1,875")
    })
  })

  describe("discloseFraction", () => {
    it("shows a large share exactly", () => {
      const p = Disclosure.discloseFraction({ numerator: 1875, denominator: 2310 })
      assert.deepStrictEqual(p.numerator, { _tag: "Exact", count: 1875 })
      assert.strictEqual(Disclosure.shareToText(p.value, "vi"), "81,1%")
      assert.strictEqual(Disclosure.shareToText(p.value, "en"), "81.1%")
    })

    it("hides a numerator under 5 and bounds the share accordingly", () => {
      const p = Disclosure.discloseFraction({ numerator: 3, denominator: 60 })
      assert.strictEqual(Disclosure.countToText(p.numerator, "vi"), "< 5")
      assert.strictEqual(Disclosure.countToText(p.denominator, "vi"), "60")
      assert.strictEqual(Disclosure.shareToText(p.value, "en"), "< 8.4%")
    })

    it("hides the numerator when fewer than 5 are left out, so the remainder cannot be recovered", () => {
      // 3 households of 60 still without a skilled member.
      const p = Disclosure.discloseFraction({ numerator: 57, denominator: 60 })
      assert.strictEqual(Disclosure.countToText(p.numerator, "vi"), "> 55")
      assert.strictEqual(Disclosure.shareToText(p.value, "en"), "> 91.6%")
      const complete = Disclosure.discloseFraction({ numerator: 60, denominator: 60 })
      assert.deepStrictEqual(complete, p)
    })

    it("withholds everything but the size of a population under 5", () => {
      const p = Disclosure.discloseFraction({ numerator: 2, denominator: 3 })
      assert.deepStrictEqual(p, {
        numerator: { _tag: "Withheld" },
        denominator: { _tag: "FewerThan", bound: 5 },
        value: { _tag: "Withheld" },
      })
      assert.strictEqual(Disclosure.shareToText(p.value, "vi"), "—")
    })

    it("withholds the share of a population of 5 to 9 split into two small groups", () => {
      const p = Disclosure.discloseFraction({ numerator: 4, denominator: 8 })
      assert.deepStrictEqual([p.numerator._tag, p.value._tag], ["Withheld", "Withheld"])
    })

    it("never shows 100% unless everybody is counted", () => {
      const p = Disclosure.discloseFraction({ numerator: 19_990, denominator: 20_000 })
      assert.strictEqual(Disclosure.shareToText(p.value, "en"), "99.9%")
    })

    it.prop("never reveals a group of fewer than 5", [fractionArbitrary], ([fraction]) => {
      for (const n of revealed(Disclosure.discloseFraction(fraction)))
        assert.isAtLeast(n, Disclosure.THRESHOLD)
    })

    it.prop(
      "states bounds that hold for the true figures",
      [fractionArbitrary],
      ([{ numerator, denominator }]) => {
        const p = Disclosure.discloseFraction({ numerator, denominator })
        const holds = (c: Disclosure.PublicCount, n: number) =>
          c._tag === "Exact"
            ? c.count === n
            : c._tag === "FewerThan"
              ? n < c.bound
              : c._tag === "MoreThan"
                ? n > c.bound
                : true
        assert.isTrue(holds(p.numerator, numerator) && holds(p.denominator, denominator))
        if (p.value._tag === "FewerThan") assert.isBelow(numerator / denominator, p.value.bound)
        if (p.value._tag === "MoreThan") assert.isAbove(numerator / denominator, p.value.bound)
      },
    )
  })

  describe("disclose", () => {
    it("publishes every indicator of an aggregate row", () => {
      const zero = Object.fromEntries(
        Object.keys(Indicator.Aggregates.fields).map((k) => [k, 0]),
      ) as Indicator.Aggregates
      const published = Disclosure.disclose({
        ...zero,
        households: 2310,
        householdsWithSkilledMember: 1875,
        householdsVisited: 2,
      })
      assert.deepStrictEqual(Object.keys(published), [...Indicator.ids])
      assert.deepStrictEqual(published["digital-family"].numerator, { _tag: "Exact", count: 1875 })
      assert.deepStrictEqual(published["door-to-door"].numerator, { _tag: "FewerThan", bound: 5 })
      assert.deepStrictEqual(published.students.value, { _tag: "Withheld" })
    })
  })

  it("round-trips published figures through encode and decode", async () => {
    await new TestSchema.Asserts(Disclosure.PublicCount).verifyRoundTrip()
    await new TestSchema.Asserts(Disclosure.PublicShare).verifyRoundTrip()
    await new TestSchema.Asserts(Disclosure.PublicIndicator).verifyRoundTrip()
  })
})
