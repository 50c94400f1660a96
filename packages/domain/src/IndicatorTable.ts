/**
 * The unit × indicator table of the dashboard (issue 13): every child unit a row, every indicator a
 * column, each cell a value with its status, "no data" (nothing to measure) or "withheld" (too few
 * people to show to this reader); rows ranked by one indicator. The API, the admin table and its
 * spreadsheet export all rank with {@link rank}, so the rank a commune reads on screen is the one it
 * reads in Excel.
 *
 * @since 0.2.0
 */
import * as Disclosure from "./Disclosure.js"
import type * as Indicator from "./Indicator.js"
import * as Percent from "./Percent.js"

/** One cell of the table. */
export type Cell =
  /** A measured share (0–1) and the domain's status of it. */
  | { readonly _tag: "Value"; readonly value: number; readonly status: Indicator.Status }
  /** Nothing to measure: the population is empty (no guides, no party cells…). Neither 0% nor 100%. */
  | { readonly _tag: "NoData" }
  /** The share would reveal a group of fewer than `Disclosure.THRESHOLD` people to this reader. */
  | { readonly _tag: "Withheld" }

/** A figure as a report carries it: its value (`null` for no data) and whether it was withheld. */
export interface FigureLike {
  readonly value: number | null
  readonly status: Indicator.Status
  readonly withheld?: boolean | undefined
}

/** The cell of a figure. */
export const cellOf = (figure: FigureLike): Cell =>
  figure.withheld === true
    ? { _tag: "Withheld" }
    : figure.value === null
      ? { _tag: "NoData" }
      : { _tag: "Value", value: figure.value, status: figure.status }

/**
 * Whether a share is withheld from a reader who may see aggregates but no personal data (the
 * `viewer` role): whenever the public would not see it exactly (`Disclosure.discloseFraction`), since a
 * bound such as "< 8,4%" cannot be ranked and pins a handful of households down.
 */
export const isWithheldFromAggregateReaders = (fraction: Indicator.Fraction): boolean =>
  fraction.denominator > 0 && Disclosure.discloseFraction(fraction).value._tag !== "Exact"

/** The order of a sorted column: highest value first (`desc`) or lowest first (`asc`). */
export type Direction = "asc" | "desc"

/** A row and its rank by the sorted indicator: 1 for the highest value; `null` without a value. */
export interface Ranked<R> {
  readonly row: R
  readonly rank: number | null
}

/**
 * Ranks rows by one indicator's cell and sorts them.
 *
 * - The rank is by the value as shown (`Percent.tenths`): two communes both showing 64,1% share a rank,
 *   and the next rank skips ("1, 2, 2, 4"). Rank 1 is always the highest value, whatever the direction.
 * - Rows without a value ("no data", then "withheld") have no rank and come last in both directions.
 * - Ties, and rows without a value, are ordered by `nameOf` (Vietnamese collation).
 *
 * @example
 * ```ts
 * IndicatorTable.rank(rows, (r) => r.cell, (r) => r.name, "desc")
 * ```
 */
export const rank = <R>(
  rows: ReadonlyArray<R>,
  cellOfRow: (row: R) => Cell,
  nameOf: (row: R) => string,
  direction: Direction,
): ReadonlyArray<Ranked<R>> => {
  const collator = new Intl.Collator("vi")
  const shown = (cell: Cell): number | null => (cell._tag === "Value" ? Percent.tenths(cell.value) : null)
  const absentOrder = (cell: Cell) => (cell._tag === "NoData" ? 0 : 1)
  const valued = rows.flatMap((row) => {
    const value = shown(cellOfRow(row))
    return value === null ? [] : [value]
  })
  const rankOf = (value: number) => 1 + valued.filter((other) => other > value).length
  return rows
    .map((row) => {
      const cell = cellOfRow(row)
      const value = shown(cell)
      return { row, cell, value, rank: value === null ? null : rankOf(value) }
    })
    .sort((a, b) => {
      if (a.value !== null && b.value !== null && a.value !== b.value)
        return direction === "desc" ? b.value - a.value : a.value - b.value
      if (a.value !== null && b.value === null) return -1
      if (a.value === null && b.value !== null) return 1
      if (a.value === null && b.value === null) {
        const byAbsence = absentOrder(a.cell) - absentOrder(b.cell)
        if (byAbsence !== 0) return byAbsence
      }
      return collator.compare(nameOf(a.row), nameOf(b.row))
    })
    .map(({ row, rank }) => ({ row, rank }))
}

/** The column a table is sorted by: an indicator, or the unit's name. */
export type SortKey = Indicator.IndicatorId | "name"

/**
 * Orders the table's rows by a column: by an indicator through {@link rank}, or by the unit's name
 * (Vietnamese collation, no rank). What the screen and the spreadsheet both call.
 */
export const sortBy = <R>(
  rows: ReadonlyArray<R>,
  key: SortKey,
  direction: Direction,
  figuresOf: (row: R) => ReadonlyArray<FigureLike & { readonly id: Indicator.IndicatorId }>,
  nameOf: (row: R) => string,
): ReadonlyArray<Ranked<R>> => {
  if (key === "name") {
    const collator = new Intl.Collator("vi")
    const sorted = [...rows].sort((a, b) => collator.compare(nameOf(a), nameOf(b)))
    return (direction === "asc" ? sorted : sorted.reverse()).map((row) => ({ row, rank: null }))
  }
  return rank(
    rows,
    (row) => {
      const figure = figuresOf(row).find((f) => f.id === key)
      return figure === undefined ? { _tag: "NoData" } : cellOf(figure)
    },
    nameOf,
    direction,
  )
}
