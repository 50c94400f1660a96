import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as CalendarDate from "../src/CalendarDate.js"
import { HouseholdId } from "../src/Household.js"
import { UnitId } from "../src/Unit.js"
import * as Worklist from "../src/Worklist.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)

const household = (
  id: string,
  flags: {
    elderly?: boolean
    disability?: boolean
    remote?: boolean
    lastVisitedOn?: string
    unit?: string
  } = {},
) =>
  Worklist.HouseholdEntry.make({
    householdId: HouseholdId.make(id),
    name: `Hộ ${id}`,
    address: null,
    members: 3,
    unitId: UnitId.make(flags.unit ?? "thon-1"),
    elderly: flags.elderly ?? false,
    disability: flags.disability ?? false,
    remote: flags.remote ?? false,
    lastVisitedOn: flags.lastVisitedOn === undefined ? null : d(flags.lastVisitedOn),
  })

const ids = (entries: ReadonlyArray<Worklist.HouseholdEntry>) => entries.map((e) => e.householdId)

const householdArbitrary = Arbitrary.map(
  Arbitrary.all([
    Arbitrary.schema(Schema.Literals(["h1", "h2", "h3", "h4", "h5", "h6"])),
    Arbitrary.schema(Schema.Boolean),
    Arbitrary.schema(Schema.Boolean),
    Arbitrary.schema(Schema.Boolean),
    Arbitrary.schema(Schema.Literals(["never", "2025-05-01", "2025-06-01"])),
    Arbitrary.schema(Schema.Literals(["thon-1", "thon-2"])),
  ]),
  ([id, elderly, disability, remote, visited, unit]) =>
    household(id, {
      elderly,
      disability,
      remote,
      unit,
      ...(visited === "never" ? {} : { lastVisitedOn: visited }),
    }),
)

describe("Worklist", () => {
  it("puts the elderly first, then people with disabilities, then remote households", () => {
    const list = Worklist.sort([
      household("a"),
      household("b", { remote: true }),
      household("c", { disability: true }),
      household("d", { elderly: true }),
    ])
    assert.deepStrictEqual(ids(list), ["d", "c", "b", "a"])
  })

  it("places an entry in the first tier that applies", () => {
    assert.strictEqual(Worklist.tier(household("a", { elderly: true, disability: true, remote: true })), 0)
    assert.strictEqual(Worklist.tier(household("a", { disability: true, remote: true })), 1)
    assert.strictEqual(Worklist.tier(household("a", { remote: true })), 2)
    assert.strictEqual(Worklist.tier(household("a")), 3)
  })

  it("visits the never-visited first, then those visited longest ago", () => {
    const list = Worklist.sort([
      household("a", { lastVisitedOn: "2025-06-01" }),
      household("b", { lastVisitedOn: "2025-05-01" }),
      household("c"),
    ])
    assert.deepStrictEqual(ids(list), ["c", "b", "a"])
  })

  it("breaks ties by unit, then by id", () => {
    const list = Worklist.sort([
      household("b", { unit: "thon-2" }),
      household("c"),
      household("a", { unit: "thon-2" }),
    ])
    assert.deepStrictEqual(ids(list), ["c", "a", "b"])
  })

  it("writes the same order as SQL", () => {
    assert.strictEqual(
      Worklist.orderBySql({
        elderly: "h.has_elderly",
        disability: "h.has_disability",
        remote: "h.remote",
        lastVisitedOn: "h.last_visited_on",
        unitId: "h.unit_id",
        id: "h.id",
      }),
      "CASE WHEN h.has_elderly THEN 0 WHEN h.has_disability THEN 1 WHEN h.remote THEN 2 ELSE 3 END, " +
        'h.last_visited_on ASC NULLS FIRST, h.unit_id COLLATE "C", h.id COLLATE "C"',
    )
  })

  it.prop(
    "never depends on the order of the input",
    [Arbitrary.array(householdArbitrary, { maxLength: 10 })],
    ([entries]) => {
      // Entries are identified by (unit, id), as in the database.
      const unique = [...new Map(entries.map((e) => [`${e.unitId}/${e.householdId}`, e])).values()]
      assert.deepStrictEqual(Worklist.sort([...unique].reverse()), Worklist.sort(unique))
    },
  )

  it.prop(
    "never puts a lower tier after a higher one",
    [Arbitrary.array(householdArbitrary, { maxLength: 10 })],
    ([entries]) => {
      const tiers = Worklist.sort(entries).map(Worklist.tier)
      assert.deepStrictEqual(
        tiers,
        [...tiers].sort((a, b) => a - b),
      )
    },
  )

  it("round-trips entries through encode and decode", async () => {
    await new TestSchema.Asserts(Worklist.HouseholdEntry).verifyRoundTrip()
    await new TestSchema.Asserts(Worklist.PersonEntry).verifyRoundTrip()
  })
})
