import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Schema } from "effect"
import * as Unit from "../src/Unit.js"
import * as Violation from "../src/Violation.js"

const v = (
  rule: Violation.RuleId,
  unitId: string,
  unitLevel: Unit.Level | null = "commune",
): Violation.Listed & { readonly id: string } => ({
  rule,
  unitId,
  unitLevel,
  severity: Violation.catalogue[rule].severity,
  id: `${rule}@${unitId}`,
})

// As a commune officer met them: many village-level indicators off track, and the few real breaches.
const list = [
  v("indicator-off-track", "thon-1", "village"),
  v("indicator-off-track", "thon-1", "village"),
  v("indicator-off-track", "thon-2", "village"),
  v("indicator-deadline-missed", "xa-a"),
  v("commune-week-without-community-class", "xa-a"),
  v("commune-week-without-community-class", "xa-b"),
  v("commune-week-without-community-class", "xa-b"),
  v("guide-below-quota", "thon-2", "village"),
  v("commune-without-support-staff", "xa-b"),
]

describe("Violation groups", () => {
  it("files the seed's standing rules as breaches and indicators behind schedule as progress", () => {
    assert.deepStrictEqual(
      Violation.RuleId.literals.filter((rule) => Violation.categoryOf(rule) === "breach"),
      [
        "guide-below-quota",
        "commune-without-support-staff",
        "commune-week-without-community-class",
        "party-cell-without-pioneer-session",
      ],
    )
  })

  it("groups by rule then unit: breaches first, errors first, the unit with the most first", () => {
    const groups = Violation.group(list)
    assert.deepStrictEqual(
      groups.map((g) => [g.category, g.rule, g.count, g.units.map((u) => `${u.unitId}×${u.items.length}`)]),
      [
        ["breach", "commune-without-support-staff", 1, ["xa-b×1"]],
        ["breach", "guide-below-quota", 1, ["thon-2×1"]],
        ["breach", "commune-week-without-community-class", 3, ["xa-b×2", "xa-a×1"]],
        ["progress", "indicator-deadline-missed", 1, ["xa-a×1"]],
        ["progress", "indicator-off-track", 3, ["thon-1×2", "thon-2×1"]],
      ],
    )
  })

  it("filters by category, rule, severity and unit level, an empty list letting everything through", () => {
    const ids = (filter: Violation.Filter) => list.filter((x) => Violation.matches(x, filter)).length
    assert.strictEqual(ids({}), list.length)
    assert.strictEqual(ids({ categories: ["breach"] }), 5)
    assert.strictEqual(ids({ rules: ["commune-week-without-community-class"] }), 3)
    assert.strictEqual(ids({ severities: ["error"] }), 2)
    assert.strictEqual(ids({ levels: ["village"] }), 4)
    assert.strictEqual(ids({ categories: ["progress"], levels: ["commune"] }), 1)
    assert.strictEqual(ids({ levels: [] }), list.length)
    // A violation whose unit is unknown has no level to match.
    assert.isFalse(Violation.matches(v("guide-below-quota", "gone", null), { levels: ["commune"] }))
  })

  it("counts by category, rule, severity and level", () => {
    const counts = Violation.countsOf(list)
    assert.strictEqual(counts.total, 9)
    assert.deepStrictEqual(counts.categories, { breach: 5, progress: 4 })
    assert.deepStrictEqual(counts.severities, { error: 2, warning: 7 })
    assert.deepStrictEqual(counts.levels, { province: 0, district: 0, commune: 5, village: 4 })
    assert.strictEqual(counts.rules["indicator-off-track"], 3)
  })

  const arbitrary = Arbitrary.schema(
    Schema.Array(
      Schema.Struct({
        rule: Violation.RuleId,
        unitId: Schema.Literals(["a", "b", "c"]),
        unitLevel: Schema.NullOr(Unit.Level),
      }),
    ),
  )

  it.prop(
    "loses and invents no violation, and the group counts add up to the total",
    [arbitrary],
    ([raw]) => {
      const items = raw.map((r) => ({ ...r, severity: Violation.catalogue[r.rule].severity }))
      const groups = Violation.group(items)
      const regrouped = groups.flatMap((g) => g.units.flatMap((u) => u.items))
      assert.strictEqual(regrouped.length, items.length)
      assert.strictEqual(
        groups.reduce((sum, g) => sum + g.count, 0),
        Violation.countsOf(items).total,
      )
      for (const g of groups)
        for (const u of g.units) for (const item of u.items) assert.strictEqual(item.rule, g.rule)
    },
  )
})
