import { assert, describe, it } from "@effect/vitest"
import { Result, Schema } from "effect"
import * as CalendarDate from "../src/CalendarDate.js"
import * as ChuongMy from "../src/ChuongMy.js"
import * as Unit from "../src/Unit.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)
const village = (spec: ChuongMy.VillageSpec) => Result.getOrThrow(ChuongMy.village(spec))

// One invented village in every old commune; the split communes get one village on each side.
const villages: ReadonlyArray<ChuongMy.Village> = ChuongMy.oldCommunes.flatMap((commune) =>
  ChuongMy.newCodesOf(commune.code!).map((newCode, i) =>
    village({
      oldCommuneCode: commune.code!,
      name: `Thôn ${commune.name.replace(/^(Xã|Thị trấn) /, "")} ${i + 1}`,
      newCommuneCode: newCode,
    }),
  ),
)
const history = ChuongMy.withVillages(villages)
// Households per village, a different number for each.
const facts = villages.map((v, i) => [v.unit.id, { households: 100 + 7 * i, skilled: 60 + 3 * i }] as const)
const total = facts.reduce(
  (sum, [, f]) => ({ households: sum.households + f.households, skilled: sum.skilled + f.skilled }),
  { households: 0, skilled: 0 },
)

const before = d("2025-06-30")
const after = d("2025-07-01")

describe("ChuongMy", () => {
  it("has the district's 30 communes until 30 June 2025: 2 thị trấn and 28 xã", () => {
    assert.strictEqual(ChuongMy.oldCommunes.length, 30)
    assert.strictEqual(ChuongMy.oldCommunes.filter((c) => c.kind === "thi_tran").length, 2)
    assert.isTrue(ChuongMy.oldCommunes.every((c) => c.validTo === "2025-06-30"))
    assert.strictEqual(ChuongMy.district.validTo, "2025-06-30")
  })

  it("has 1 ward and 6 communes from 1 July 2025, Bình Minh included for the part of Lam Điền it took", () => {
    assert.deepStrictEqual(
      ChuongMy.newCommunes.map((c) => `${c.code} ${c.name}`),
      [
        "10015 Phường Chương Mỹ",
        "10030 Xã Phú Nghĩa",
        "10045 Xã Xuân Mai",
        "10072 Xã Quảng Bị",
        "10081 Xã Trần Phú",
        "10096 Xã Hoà Phú",
        "10126 Xã Bình Minh",
      ],
    )
    assert.isTrue(ChuongMy.newCommunes.every((c) => c.validFrom === "2025-07-01" && c.validTo === null))
  })

  it("records the successors of the old communes, two for split Lam Điền and Tân Tiến", () => {
    const successors = (code: string) =>
      Unit.successorsOf(ChuongMy.units, ChuongMy.oldCommuneId(code)).map((u) => u.name)
    assert.deepStrictEqual(successors("10063"), ["Xã Bình Minh", "Xã Quảng Bị"])
    assert.deepStrictEqual(successors("10066"), ["Xã Xuân Mai", "Xã Trần Phú"])
    assert.deepStrictEqual(successors("10018"), ["Xã Xuân Mai"])
    const splits = ChuongMy.oldCommunes.filter((c) => c.successorIds.length > 1).map((c) => c.name)
    assert.deepStrictEqual(splits, ["Xã Lam Điền", "Xã Tân Tiến"])
    assert.strictEqual(ChuongMy.oldToNew.length, 32)
  })

  it("reads code 10015 as Chúc Sơn before 1 July 2025 and as phường Chương Mỹ after", () => {
    const byCodeAt = (code: string, date: CalendarDate.CalendarDate) =>
      [...Unit.treeAt(ChuongMy.history, date).units.values()]
        .filter((u) => u.code === code)
        .map((u) => u.name)
    assert.deepStrictEqual(byCodeAt("10015", before), ["Thị trấn Chúc Sơn"])
    assert.deepStrictEqual(byCodeAt("10015", after), ["Phường Chương Mỹ"])
    assert.notStrictEqual(ChuongMy.oldCommuneId("10015"), ChuongMy.newCommuneId("10015"))
    assert.strictEqual(ChuongMy.newCommuneId("10015"), "vn:10015:2025-07-01")
  })

  it("is a consistent history, villages included", () => {
    assert.deepStrictEqual(Unit.problemsOf(history), [])
  })

  it("puts the old communes under the district and the new ones directly under Hà Nội", () => {
    const oldTree = Unit.treeAt(ChuongMy.history, before)
    assert.strictEqual(oldTree.childrenOf.get(ChuongMy.district.id)?.length, 30)
    assert.deepStrictEqual(oldTree.roots, [ChuongMy.hanoi.id])
    const newTree = Unit.treeAt(ChuongMy.history, after)
    assert.strictEqual(newTree.childrenOf.get(ChuongMy.hanoi.id)?.length, 7)
    assert.isFalse(newTree.units.has(ChuongMy.district.id))
  })

  describe("village", () => {
    it("keeps its id and moves from its old commune to its new one on 1 July 2025", () => {
      const dongBen = village({ oldCommuneCode: "10063", name: "Thôn  Đồng Bến", newCommuneCode: "10126" })
      assert.strictEqual(dongBen.unit.id, "vn:10063:thon-dong-ben")
      assert.strictEqual(dongBen.unit.name, "Thôn Đồng Bến")
      const h = ChuongMy.withVillages([dongBen])
      assert.strictEqual(Unit.communeOfAt(h, dongBen.unit.id, before)?.name, "Xã Lam Điền")
      assert.strictEqual(Unit.communeOfAt(h, dongBen.unit.id, after)?.name, "Xã Bình Minh")
    })

    it("finds the new commune by itself when the old one was not split", () => {
      const v = village({ oldCommuneCode: "10015", name: "Tổ dân phố số 3", kind: "to_dan_pho" })
      assert.strictEqual(v.unit.kind, "to_dan_pho")
      assert.strictEqual(v.links[1].parentId, ChuongMy.newCommuneId("10015"))
    })

    it("asks which side of a split commune the village went to", () => {
      const result = ChuongMy.village({ oldCommuneCode: "10066", name: "Thôn A" })
      assert.isTrue(Result.isFailure(result))
      if (Result.isFailure(result)) {
        assert.strictEqual(result.failure._tag, "ChuongMy/AmbiguousSuccessor")
      }
      const wrongSide = ChuongMy.village({ oldCommuneCode: "10066", name: "Thôn A", newCommuneCode: "10015" })
      assert.isTrue(Result.isFailure(wrongSide))
    })

    it("rejects a commune that is not in Chương Mỹ", () => {
      const result = ChuongMy.village({ oldCommuneCode: "00001", name: "Thôn A" })
      assert.isTrue(Result.isFailure(result) && result.failure._tag === "ChuongMy/UnknownCommune")
    })
  })

  describe("rolling up the same village data across 1 July 2025", () => {
    it("gives each old commune its villages' totals before, and each new commune after", () => {
      const oldTotals = Unit.rollUp(facts, Unit.treeAt(history, before), "commune").totals
      const newTotals = Unit.rollUp(facts, Unit.treeAt(history, after), "commune").totals
      assert.strictEqual(oldTotals.size, 30)
      assert.strictEqual(newTotals.size, 7)
      const phuNghiaVillages = villages.filter((v) => v.links[1].parentId === ChuongMy.newCommuneId("10030"))
      assert.strictEqual(phuNghiaVillages.length, 6)
      assert.deepStrictEqual(
        newTotals.get(ChuongMy.newCommuneId("10030")),
        phuNghiaVillages
          .map((v) => oldTotals.get(v.links[0].parentId)!)
          .reduce((a, b) => ({ households: a.households + b.households, skilled: a.skilled + b.skilled })),
      )
    })

    it("preserves the totals: district before equals the sum of the new units after", () => {
      const districtBefore = Unit.rollUp(facts, Unit.treeAt(history, before), "district").totals
      assert.deepStrictEqual([...districtBefore.values()], [total])
      const newTotals = [...Unit.rollUp(facts, Unit.treeAt(history, after), "commune").totals.values()]
      assert.deepStrictEqual(
        newTotals.reduce((a, b) => ({
          households: a.households + b.households,
          skilled: a.skilled + b.skilled,
        })),
        total,
      )
      for (const date of [before, after]) {
        const province = Unit.rollUp(facts, Unit.treeAt(history, date), "province")
        assert.deepStrictEqual([...province.totals], [[ChuongMy.hanoi.id, total]])
        assert.deepStrictEqual(province.unplaced, [])
      }
    })

    it("sends each half of a split commune to its own new commune", () => {
      const lamDien = villages.filter((v) => v.links[0].parentId === ChuongMy.oldCommuneId("10063"))
      assert.deepStrictEqual(
        lamDien.map((v) => Unit.communeOfAt(history, v.unit.id, after)?.name),
        ["Xã Bình Minh", "Xã Quảng Bị"],
      )
    })
  })
})
