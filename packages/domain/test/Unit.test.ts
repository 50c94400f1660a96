import { assert, describe, it } from "@effect/vitest"
import { Result, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as CalendarDate from "../src/CalendarDate.js"
import * as Unit from "../src/Unit.js"
import * as ValidationMessage from "../src/ValidationMessage.js"
import { mergeScenario, type VillageFacts } from "./arbitraries/UnitHistory.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)
const id = (s: string) => Unit.UnitId.make(s)

let nextCode = 10_000
const unit = (
  unitId: string,
  kind: Unit.UnitKind,
  validFrom: string,
  validTo: string | null = null,
  successorIds: ReadonlyArray<string> = [],
) =>
  Unit.Unit.make({
    id: id(unitId),
    code: Unit.isVillageLevel(kind) ? null : String(nextCode++),
    name: unitId,
    kind,
    validFrom: d(validFrom),
    validTo: validTo === null ? null : d(validTo),
    successorIds: successorIds.map(id),
  })

const link = (childId: string, parentId: string, validFrom: string, validTo: string | null = null) =>
  Unit.UnitLink.make({
    childId: id(childId),
    parentId: id(parentId),
    validFrom: d(validFrom),
    validTo: validTo === null ? null : d(validTo),
  })

// A district with two communes that merge on 1 July 2025; village "a1" keeps its identity.
const history: Unit.History = {
  units: [
    unit("hn", "province", "2008-08-01"),
    unit("district", "district", "2008-08-01", "2025-06-30"),
    unit("a", "xa", "2008-08-01", "2025-06-30", ["ab"]),
    unit("b", "thi_tran", "2008-08-01", "2025-06-30", ["ab"]),
    unit("ab", "phuong", "2025-07-01"),
    unit("a1", "thon", "2008-08-01"),
    unit("b1", "to_dan_pho", "2008-08-01"),
  ],
  links: [
    link("district", "hn", "2008-08-01", "2025-06-30"),
    link("a", "district", "2008-08-01", "2025-06-30"),
    link("b", "district", "2008-08-01", "2025-06-30"),
    link("ab", "hn", "2025-07-01"),
    link("a1", "a", "2008-08-01", "2025-06-30"),
    link("a1", "ab", "2025-07-01"),
    link("b1", "b", "2008-08-01", "2025-06-30"),
    link("b1", "ab", "2025-07-01"),
  ],
}

const sumOf = (facts: Iterable<readonly [unknown, VillageFacts]>) => {
  let households = 0
  let skilled = 0
  for (const [, f] of facts) {
    households += f.households
    skilled += f.skilled
  }
  return { households, skilled }
}

describe("Unit", () => {
  describe("kinds and levels", () => {
    it("puts xã, phường, thị trấn and đặc khu at commune level, thôn and tổ dân phố at the leaves", () => {
      assert.deepStrictEqual((["xa", "phuong", "thi_tran", "dac_khu"] as const).map(Unit.level), [
        "commune",
        "commune",
        "commune",
        "commune",
      ])
      assert.strictEqual(Unit.level("thon"), "village")
      assert.strictEqual(Unit.level("to_dan_pho"), "village")
      assert.strictEqual(Unit.level("district"), "district")
      assert.isTrue(Unit.isCommuneLevel("dac_khu"))
      assert.isFalse(Unit.isCommuneLevel("district"))
      assert.isTrue(Unit.isVillageLevel("to_dan_pho"))
    })

    it("names every kind in Vietnamese and English", () => {
      assert.strictEqual(Unit.kindNames.thi_tran.vi, "Thị trấn")
      assert.strictEqual(Unit.kindNames.phuong.en, "Ward")
    })
  })

  describe("the Unit and UnitLink schemas", () => {
    it("round-trip every unit through encode and decode", async () => {
      await new TestSchema.Asserts(Unit.Unit).verifyRoundTrip()
    })

    it("round-trip every link through encode and decode", async () => {
      await new TestSchema.Asserts(Unit.UnitLink).verifyRoundTrip()
    })

    it("reject a validity that ends before it starts, at the end date", () => {
      const result = ValidationMessage.decodeWithMessages(Unit.UnitLink, {
        childId: "a1",
        parentId: "a",
        validFrom: "2025-07-01",
        validTo: "2025-06-30",
      })
      assert.deepStrictEqual(Result.isFailure(result) ? result.failure : [], [
        {
          path: "validTo",
          message: {
            vi: "Ngày kết thúc phải từ ngày bắt đầu trở đi",
            en: "The end date must not be before the start date",
          },
        },
      ])
    })

    it("count validTo as the last valid day", () => {
      const a = history.units.find((u) => u.id === "a")!
      assert.isTrue(Unit.isValidAt(a, d("2025-06-30")))
      assert.isFalse(Unit.isValidAt(a, d("2025-07-01")))
      assert.isFalse(Unit.isValidAt(a, d("2008-07-31")))
    })
  })

  describe("treeAt", () => {
    it("gives the tree of the day: district and old communes before the reform", () => {
      const tree = Unit.treeAt(history, d("2025-06-30"))
      assert.deepStrictEqual([...tree.units.keys()].sort(), ["a", "a1", "b", "b1", "district", "hn"])
      assert.deepStrictEqual<unknown>(tree.roots, ["hn"])
      assert.deepStrictEqual<unknown>(tree.childrenOf.get(id("district")), ["a", "b"])
      assert.strictEqual(tree.parentOf.get(id("a1")), "a")
    })

    it("gives the new commune straight under the province after it", () => {
      const tree = Unit.treeAt(history, d("2025-07-01"))
      assert.deepStrictEqual([...tree.units.keys()].sort(), ["a1", "ab", "b1", "hn"])
      assert.strictEqual(tree.parentOf.get(id("a1")), "ab")
      assert.deepStrictEqual<unknown>(tree.childrenOf.get(id("ab")), ["a1", "b1"])
    })

    it.prop("does not depend on the order of the records", [mergeScenario], ([s]) => {
      for (const date of [CalendarDate.addDays(s.mergeDate, -1), s.mergeDate]) {
        const a = Unit.treeAt(s.history, date)
        const b = Unit.treeAt(s.shuffled.history, date)
        assert.deepStrictEqual([...a.units.keys()], [...b.units.keys()])
        assert.deepStrictEqual([...a.parentOf].sort(), [...b.parentOf].sort())
        assert.deepStrictEqual([...a.childrenOf], [...b.childrenOf])
        assert.deepStrictEqual(a.roots, b.roots)
      }
    })
  })

  describe("ancestorsAt and communeOfAt", () => {
    it("follow the village to its new commune", () => {
      assert.deepStrictEqual(
        Unit.ancestorsAt(history, id("a1"), d("2025-06-30")).map((u) => u.id),
        ["a", "district", "hn"],
      )
      assert.deepStrictEqual(
        Unit.ancestorsAt(history, id("a1"), d("2025-07-01")).map((u) => u.id),
        ["ab", "hn"],
      )
      assert.strictEqual(Unit.communeOfAt(history, id("b1"), d("2025-06-30"))?.id, "b")
      assert.strictEqual(Unit.communeOfAt(history, id("b1"), d("2025-07-01"))?.id, "ab")
    })

    it("find nothing for a unit not valid on the date", () => {
      assert.isUndefined(Unit.communeOfAt(history, id("a"), d("2025-07-01")))
      assert.deepStrictEqual(Unit.ancestorsAt(history, id("nowhere"), d("2025-07-01")), [])
    })

    it("list the units below a commune", () => {
      const tree = Unit.treeAt(history, d("2025-07-01"))
      assert.deepStrictEqual(
        Unit.descendants(tree, id("hn")).map((u) => u.id),
        ["ab", "a1", "b1"],
      )
    })
  })

  describe("rollUp", () => {
    const facts = new Map<Unit.UnitId, VillageFacts>([
      [id("a1"), { households: 120, skilled: 80 }],
      [id("b1"), { households: 200, skilled: 150 }],
    ])

    it("sums village facts to the old communes before the merge and to the new one after", () => {
      const before = Unit.rollUp(facts, Unit.treeAt(history, d("2025-06-30")), "commune")
      assert.deepStrictEqual(
        [...before.totals],
        [
          ["a", { households: 120, skilled: 80 }],
          ["b", { households: 200, skilled: 150 }],
        ],
      )
      const after = Unit.rollUp(facts, Unit.treeAt(history, d("2025-07-01")), "commune")
      assert.deepStrictEqual([...after.totals], [["ab", { households: 320, skilled: 230 }]])
      assert.deepStrictEqual(after.unplaced, [])
    })

    it("rolls up to the district only while districts exist", () => {
      const before = Unit.rollUp(facts, Unit.treeAt(history, d("2025-06-30")), "district")
      assert.deepStrictEqual([...before.totals], [["district", { households: 320, skilled: 230 }]])
      const after = Unit.rollUp(facts, Unit.treeAt(history, d("2025-07-01")), "district")
      assert.strictEqual(after.totals.size, 0)
      assert.deepStrictEqual<unknown>(after.unplaced, ["a1", "b1"])
    })

    it.prop("preserves totals at every level and date", [mergeScenario], ([s]) => {
      const all = sumOf(s.facts)
      for (const date of [CalendarDate.addDays(s.mergeDate, -1), s.mergeDate]) {
        const tree = Unit.treeAt(s.history, date)
        for (const atLevel of ["commune", "province"] as const) {
          const { totals, unplaced } = Unit.rollUp(s.facts, tree, atLevel)
          assert.deepStrictEqual(unplaced, [])
          assert.deepStrictEqual(sumOf(totals), all)
        }
      }
    })

    it.prop(
      "preserves totals through a merge: the new commune has what its predecessors had",
      [mergeScenario],
      ([s]) => {
        const before = Unit.rollUp(
          s.facts,
          Unit.treeAt(s.history, CalendarDate.addDays(s.mergeDate, -1)),
          "commune",
        )
        const after = Unit.rollUp(s.facts, Unit.treeAt(s.history, s.mergeDate), "commune")
        const predecessors = s.merged.flatMap((m) => {
          const total = before.totals.get(m)
          return total === undefined ? [] : [[m, total] as const]
        })
        assert.deepStrictEqual(
          after.totals.get(s.newCommuneId) ?? { households: 0, skilled: 0 },
          sumOf(predecessors),
        )
        for (const [communeId, total] of before.totals) {
          if (!s.merged.includes(communeId)) assert.deepStrictEqual(after.totals.get(communeId), total)
        }
      },
    )

    it.prop("does not depend on the order of records and facts", [mergeScenario], ([s]) => {
      for (const date of [CalendarDate.addDays(s.mergeDate, -1), s.mergeDate]) {
        const a = Unit.rollUp(s.facts, Unit.treeAt(s.history, date), "commune")
        const b = Unit.rollUp(s.shuffled.facts, Unit.treeAt(s.shuffled.history, date), "commune")
        assert.deepStrictEqual([...a.totals], [...b.totals])
      }
    })

    it("adds up facts given twice for one unit, and keeps unknown units apart", () => {
      const { totals, unplaced } = Unit.rollUp(
        [
          [id("a1"), { households: 1, skilled: 1 }],
          [id("a1"), { households: 2, skilled: 0 }],
          [id("ghost"), { households: 5, skilled: 5 }],
        ],
        Unit.treeAt(history, d("2025-07-01")),
        "commune",
      )
      assert.deepStrictEqual([...totals], [["ab", { households: 3, skilled: 1 }]])
      assert.deepStrictEqual<unknown>(unplaced, ["ghost"])
    })
  })

  describe("successors", () => {
    const split: ReadonlyArray<Unit.Unit> = [
      unit("old", "xa", "2008-08-01", "2025-06-30", ["east", "west"]),
      unit("east", "xa", "2025-07-01", "2030-12-31", ["later"]),
      unit("west", "xa", "2025-07-01"),
      unit("later", "phuong", "2031-01-01"),
    ]

    it("lists the units a split commune became", () => {
      assert.deepStrictEqual(
        Unit.successorsOf(split, id("old")).map((u) => u.id),
        ["east", "west"],
      )
    })

    it("follows successors to the units valid on a date", () => {
      assert.deepStrictEqual(
        Unit.successorsAt(split, id("old"), d("2025-07-01")).map((u) => u.id),
        ["east", "west"],
      )
      assert.deepStrictEqual(
        Unit.successorsAt(split, id("old"), d("2031-01-01")).map((u) => u.id),
        ["later", "west"],
      )
      assert.deepStrictEqual(
        Unit.successorsAt(split, id("old"), d("2020-01-01")).map((u) => u.id),
        ["old"],
      )
    })
  })

  describe("problemsOf", () => {
    it("finds nothing wrong in a consistent history", () => {
      assert.deepStrictEqual(Unit.problemsOf(history), [])
    })

    it.prop("finds nothing wrong in any generated merge", [mergeScenario], ([s]) => {
      assert.deepStrictEqual(Unit.problemsOf(s.history), [])
    })

    it("finds two parents at once, unknown units, upside-down links and links outside a unit's life", () => {
      const broken: Unit.History = {
        units: history.units,
        links: [
          ...history.links,
          link("a1", "b", "2020-01-01", "2020-12-31"),
          link("a1", "ghost", "2020-01-01"),
          link("hn", "a1", "2020-01-01", "2020-12-31"),
          link("ab", "hn", "2025-01-01"),
        ],
      }
      const kinds = Unit.problemsOf(broken).map((p) => p.kind)
      assert.includeMembers(kinds, [
        "overlapping_parents",
        "unknown_unit",
        "parent_not_above",
        "link_outside_validity",
      ])
    })

    it("refuses a second unit with a code in use over overlapping validity, naming the field", () => {
      const chucSon = Unit.Unit.make({ ...history.units[2]!, id: id("chuc-son"), code: "10015" })
      const ward = unit("ward", "phuong", "2025-07-01")
      const reused = Unit.Unit.make({ ...ward, code: "10015" })
      const again = Unit.Unit.make({ ...reused, id: id("again"), validFrom: d("2025-01-01") })
      const ok: Unit.History = {
        units: [...history.units, chucSon, reused],
        links: [
          ...history.links,
          link("chuc-son", "district", "2008-08-01", "2025-06-30"),
          link("ward", "hn", "2025-07-01"),
        ],
      }
      // The code passes from Chúc Sơn (until 30 June 2025) to the ward (from 1 July): no problem.
      assert.deepStrictEqual(Unit.problemsOf(ok), [])
      const problems = Unit.problemsOf({
        units: [...ok.units, again],
        links: [...ok.links, link("again", "hn", "2025-01-01")],
      })
      const duplicates = problems.filter((p) => p.kind === "duplicate_code")
      assert.strictEqual(duplicates.length, 2)
      assert.strictEqual(duplicates[0]?.field, "code")
      assert.include(duplicates[0]?.message.vi ?? "", "Mã đơn vị 10015")
      assert.include(duplicates[0]?.message.en ?? "", "Unit code 10015")
    })

    it("finds a unit other than a province without a parent over part of its life", () => {
      const orphan = unit("orphan", "xa", "2025-07-01")
      assert.deepStrictEqual(
        Unit.problemsOf({ units: [...history.units, orphan], links: history.links }).map((p) => [
          p.kind,
          p.field,
          p.message.en,
        ]),
        [
          [
            "no_parent",
            "parentId",
            "orphan has no parent unit from 01/07/2025: every unit but a province needs a parent over its whole life",
          ],
        ],
      )
      // A village whose link to its old commune ended and was never followed by one to the new commune.
      const village = unit("v", "thon", "2008-08-01")
      const gap = Unit.problemsOf({
        units: [...history.units, village],
        links: [...history.links, link("v", "a", "2008-08-01", "2025-06-30")],
      })
      assert.deepStrictEqual(
        gap.map((p) => p.kind),
        ["no_parent"],
      )
      assert.include(gap[0]!.message.vi, "01/07/2025")
      assert.deepStrictEqual(
        Unit.problemsOf({
          units: [...history.units, village],
          links: [
            ...history.links,
            link("v", "a", "2008-08-01", "2025-06-30"),
            link("v", "ab", "2025-07-01"),
          ],
        }),
        [],
      )
    })

    it("finds a cycle of parent links", () => {
      const kinds = Unit.problemsOf({
        units: history.units,
        links: [...history.links, link("hn", "a1", "2008-08-01")],
      }).map((p) => p.kind)
      assert.includeMembers(kinds, ["cycle", "parent_not_above"])
    })

    it("checks successor dates: only an ended unit has successors, each valid on the day after it ends", () => {
      const early = unit("early", "phuong", "2025-08-01")
      const units = history.units.map((u) =>
        u.id === "a" ? Unit.Unit.make({ ...u, successorIds: [id("early")] }) : u,
      )
      const problems = Unit.problemsOf({
        units: [...units, early],
        links: [...history.links, link("early", "hn", "2025-08-01")],
      })
      assert.deepStrictEqual(
        problems.map((p) => [p.kind, p.field]),
        [["successor_dates", "successorIds"]],
      )
      assert.include(problems[0]!.message.en, "must be valid on 01/07/2025")
      const open = history.units.map((u) =>
        u.id === "hn" ? Unit.Unit.make({ ...u, successorIds: [id("ab")] }) : u,
      )
      assert.deepStrictEqual(
        Unit.problemsOf({ units: open, links: history.links }).map((p) => p.kind),
        ["successor_dates"],
      )
    })
  })

  describe("versionOfCodeAt and areaLinks", () => {
    it("picks the version of a code valid on a date, else the last one that ended", () => {
      const units = history.units
      const districtCode = units[1]!.code!
      assert.strictEqual(Unit.versionOfCodeAt(units, districtCode, d("2020-01-01"))?.id, "district")
      assert.strictEqual(Unit.versionOfCodeAt(units, districtCode, d("2026-01-01"))?.id, "district")
      assert.strictEqual(Unit.versionOfCodeAt(units, "nope", d("2026-01-01")), undefined)
    })

    it("links the units an ended district's communes became to it, from the day after it ended", () => {
      assert.deepStrictEqual(Unit.areaLinks(history, id("district")), [link("ab", "district", "2025-07-01")])
      assert.deepStrictEqual(Unit.areaLinks(history, id("hn")), [])
    })
  })
})
