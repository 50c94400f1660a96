import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Schema } from "effect"
import * as IndicatorTable from "../src/IndicatorTable.js"

interface Row {
  readonly name: string
  readonly cell: IndicatorTable.Cell
}
const value = (v: number): IndicatorTable.Cell => ({ _tag: "Value", value: v, status: "on_track" })
const noData: IndicatorTable.Cell = { _tag: "NoData" }
const withheld: IndicatorTable.Cell = { _tag: "Withheld" }

const rows: ReadonlyArray<Row> = [
  { name: "Xã Trần Phú", cell: value(0.5) },
  { name: "Phường Chương Mỹ", cell: value(0.81) },
  { name: "Xã Hòa Phú", cell: withheld },
  { name: "Xã Phú Nghĩa", cell: value(0.6412) },
  { name: "Xã Quảng Bị", cell: noData },
  { name: "Xã Xuân Mai", cell: value(0.6419) },
]
const ranked = (direction: IndicatorTable.Direction, input: ReadonlyArray<Row> = rows) =>
  IndicatorTable.rank(
    input,
    (r) => r.cell,
    (r) => r.name,
    direction,
  ).map(({ row, rank }) => [row.name, rank] as const)

describe("IndicatorTable", () => {
  it("ranks the highest value first; equal values as shown share a rank and the next skips", () => {
    assert.deepStrictEqual(ranked("desc"), [
      ["Phường Chương Mỹ", 1],
      // 64,12% and 64,19% are both shown as 64,1%: one rank, in name order.
      ["Xã Phú Nghĩa", 2],
      ["Xã Xuân Mai", 2],
      ["Xã Trần Phú", 4],
      ["Xã Quảng Bị", null],
      ["Xã Hòa Phú", null],
    ])
  })

  it("keeps each row's rank when sorted lowest first, with no data and withheld still last", () => {
    assert.deepStrictEqual(ranked("asc"), [
      ["Xã Trần Phú", 4],
      ["Xã Phú Nghĩa", 2],
      ["Xã Xuân Mai", 2],
      ["Phường Chương Mỹ", 1],
      ["Xã Quảng Bị", null],
      ["Xã Hòa Phú", null],
    ])
  })

  it("makes a withheld figure a withheld cell, and a figure with nothing to measure no data", () => {
    assert.deepStrictEqual(IndicatorTable.cellOf({ value: 0.4, status: "at_risk", withheld: true }), withheld)
    assert.deepStrictEqual(IndicatorTable.cellOf({ value: null, status: "no_data" }), noData)
    assert.deepStrictEqual(IndicatorTable.cellOf({ value: 0.4, status: "at_risk" }), {
      _tag: "Value",
      value: 0.4,
      status: "at_risk",
    })
  })

  it("withholds from a reader without personal data what the public would not see exactly", () => {
    assert.isTrue(IndicatorTable.isWithheldFromAggregateReaders({ numerator: 1, denominator: 3 }))
    assert.isTrue(IndicatorTable.isWithheldFromAggregateReaders({ numerator: 58, denominator: 60 }))
    assert.isFalse(IndicatorTable.isWithheldFromAggregateReaders({ numerator: 30, denominator: 60 }))
    // Nothing to measure is no data, not a secret.
    assert.isFalse(IndicatorTable.isWithheldFromAggregateReaders({ numerator: 0, denominator: 0 }))
  })

  const rowsArbitrary = Arbitrary.schema(
    Schema.Array(
      Schema.Struct({
        name: Schema.String,
        value: Schema.NullOr(Schema.Number.check(Schema.isBetween({ minimum: 0, maximum: 1 }))),
      }),
    ),
  )

  it.prop(
    "ranks 1 first, every rank counts the rows above it, and no row is lost",
    [rowsArbitrary],
    ([input]) => {
      const table = input.map((r) => ({ name: r.name, cell: r.value === null ? noData : value(r.value) }))
      const out = IndicatorTable.rank(
        table,
        (r) => r.cell,
        (r) => r.name,
        "desc",
      )
      assert.strictEqual(out.length, table.length)
      const ranks = out.map((r) => r.rank).filter((r): r is number => r !== null)
      if (ranks.length > 0) assert.strictEqual(ranks[0], 1)
      ranks.forEach((rank, i) => {
        assert.isAtMost(rank, i + 1)
        if (i > 0) assert.isAtLeast(rank, ranks[i - 1]!)
      })
      // Rows without a value come after every ranked row.
      const firstUnranked = out.findIndex((r) => r.rank === null)
      if (firstUnranked >= 0) assert.isTrue(out.slice(firstUnranked).every((r) => r.rank === null))
    },
  )
})

describe("IndicatorTable.sortBy", () => {
  const units = [
    { name: "Xã Trần Phú", figures: [{ id: "four-t" as const, value: 0.2, status: "off_track" as const }] },
    {
      name: "Phường Chương Mỹ",
      figures: [{ id: "four-t" as const, value: null, status: "no_data" as const }],
    },
    { name: "Xã Hòa Phú", figures: [{ id: "four-t" as const, value: 0.7, status: "at_risk" as const }] },
  ]
  const names = (key: IndicatorTable.SortKey, direction: IndicatorTable.Direction) =>
    IndicatorTable.sortBy(
      units,
      key,
      direction,
      (u) => u.figures,
      (u) => u.name,
    ).map(({ row, rank }) => `${rank ?? "-"} ${row.name}`)

  it("sorts by an indicator with ranks, or by name in Vietnamese order without", () => {
    assert.deepStrictEqual(names("four-t", "desc"), ["1 Xã Hòa Phú", "2 Xã Trần Phú", "- Phường Chương Mỹ"])
    assert.deepStrictEqual(names("name", "asc"), ["- Phường Chương Mỹ", "- Xã Hòa Phú", "- Xã Trần Phú"])
    assert.deepStrictEqual(names("name", "desc"), ["- Xã Trần Phú", "- Xã Hòa Phú", "- Phường Chương Mỹ"])
    // An indicator a row does not carry is no data.
    assert.deepStrictEqual(names("students", "desc"), ["- Phường Chương Mỹ", "- Xã Hòa Phú", "- Xã Trần Phú"])
  })
})
