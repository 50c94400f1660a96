import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as CalendarDate from "../src/CalendarDate.js"
import * as Indicator from "../src/Indicator.js"
import * as Target from "../src/Target.js"
import { UnitId } from "../src/Unit.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)
const u = (s: string) => UnitId.make(s)

const hanoi = u("01")
const chuongMy = u("01-277")
const chucSon = u("01-277-10015")
const path = [chucSon, chuongMy, hanoi]

const target = (
  id: string,
  unitId: UnitId,
  value: number,
  deadline: string,
  indicator: Indicator.IndicatorId = "adults-basic",
) => Target.Target.make({ id: Target.TargetId.make(id), indicator, unitId, value, deadline: d(deadline) })

describe("Target", () => {
  describe("effectiveTarget", () => {
    it("falls back to the plans' default milestones when no unit set a target", () => {
      const t = Target.effectiveTarget("adults-basic", path, [], d("2025-06-01"))
      assert.deepStrictEqual(t, {
        indicator: "adults-basic",
        value: 0.8,
        deadline: d("2025-12-31"),
        source: { _tag: "Default" },
      })
      assert.strictEqual(Target.effectiveTarget("adults-basic", path, [], d("2026-01-01")).value, 1)
    })

    it("keeps the last default milestone once every deadline has passed", () => {
      const t = Target.effectiveTarget("adults-basic", path, [], d("2027-03-01"))
      assert.deepStrictEqual([t.value, t.deadline], [1, "2026-12-31"])
    })

    it("prefers the most specific unit's target", () => {
      const targets = [
        target("hn", hanoi, 0.85, "2025-12-31"),
        target("cm", chuongMy, 0.9, "2025-12-31"),
        target("cs", chucSon, 0.95, "2025-10-31"),
      ]
      const t = Target.effectiveTarget("adults-basic", path, targets, d("2025-06-01"))
      assert.deepStrictEqual(t.source, {
        _tag: "Unit",
        targetId: Target.TargetId.make("cs"),
        unitId: chucSon,
      })
      assert.strictEqual(t.value, 0.95)
      const district = Target.effectiveTarget("adults-basic", [chuongMy, hanoi], targets, d("2025-06-01"))
      assert.strictEqual(district.value, 0.9)
    })

    it("ignores other indicators' targets", () => {
      const targets = [target("cs", chucSon, 0.95, "2025-10-31", "students")]
      assert.deepStrictEqual(Target.effectiveTarget("adults-basic", path, targets, d("2025-06-01")).source, {
        _tag: "Default",
      })
    })

    it("takes a unit's next milestone, then its later one", () => {
      const targets = [target("a", chuongMy, 0.9, "2025-12-31"), target("b", chuongMy, 1, "2026-06-30")]
      assert.strictEqual(Target.effectiveTarget("adults-basic", path, targets, d("2025-12-31")).value, 0.9)
      assert.strictEqual(Target.effectiveTarget("adults-basic", path, targets, d("2026-01-01")).value, 1)
    })

    it("moves on to a wider scope with a deadline ahead when the unit's own have passed", () => {
      const targets = [target("cs", chucSon, 0.95, "2025-10-31"), target("cm", chuongMy, 1, "2026-06-30")]
      const t = Target.effectiveTarget("adults-basic", path, targets, d("2025-11-15"))
      assert.deepStrictEqual(t.source, {
        _tag: "Unit",
        targetId: Target.TargetId.make("cm"),
        unitId: chuongMy,
      })
    })

    it("keeps judging a missed deadline against the unit's own last target", () => {
      const targets = [target("cs", chucSon, 0.95, "2025-10-31")]
      const t = Target.effectiveTarget("adults-basic", path, targets, d("2027-01-01"))
      assert.deepStrictEqual(t.source, {
        _tag: "Unit",
        targetId: Target.TargetId.make("cs"),
        unitId: chucSon,
      })
    })

    const targetArbitrary = Arbitrary.map(
      Arbitrary.all([
        Arbitrary.schema(Schema.Literals(["a", "b", "c", "d"])),
        Arbitrary.schema(Schema.Literals([0, 1, 2])),
        Arbitrary.schema(Indicator.Ratio),
        Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 700 }))),
      ]),
      ([id, level, value, day]) =>
        target(id, path[level]!, value, CalendarDate.addDays(d("2025-03-01"), day)),
    )

    it.prop(
      "never depends on the order of the targets",
      [
        Arbitrary.array(targetArbitrary, { maxLength: 8 }),
        Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 800 })),
      ],
      ([targets, day]) => {
        const date = CalendarDate.addDays(d("2025-03-01"), day)
        const expected = Target.effectiveTarget("adults-basic", path, targets, date)
        assert.deepStrictEqual(
          Target.effectiveTarget("adults-basic", path, [...targets].reverse(), date),
          expected,
        )
      },
    )
  })

  it("round-trips targets and effective targets through encode and decode", async () => {
    await new TestSchema.Asserts(Target.Target).verifyRoundTrip()
    await new TestSchema.Asserts(Target.Effective).verifyRoundTrip()
  })
})
