/**
 * List requests and pages: `?page=&pageSize=&q=&sort=&order=` plus each resource's filters, answered
 * with `{ items, page, pageSize, total }`.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Text from "@bdhv/domain/Text"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Schema } from "effect"
import type * as SqlClient from "effect/sql/SqlClient"
import type { Fragment } from "effect/sql/Statement"

/** The largest page a client may ask for. */
export const maxPageSize = 200

const label = ValidationMessage.label

/** A whole number ≥ 1 given as a query string. */
const PositiveIntFromString = Schema.NumberFromString.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(1))

/** A query parameter that is a calendar date (`YYYY-MM-DD`, a day that exists). */
export const DateParam = CalendarDate.CalendarDate.annotate(label({ vi: "Ngày", en: "Date" }))

/** A boolean query parameter: `true` or `false`. */
export const BooleanParam = Schema.Literals(["true", "false"])

/** The paging, search and sorting parameters of a list, with the resource's sort keys. */
export const fields = <const Sorts extends ReadonlyArray<string>>(sorts: Sorts) => ({
  page: Schema.optionalKey(PositiveIntFromString.annotate(label({ vi: "Trang", en: "Page" }))),
  pageSize: Schema.optionalKey(
    PositiveIntFromString.check(Schema.isLessThanOrEqualTo(maxPageSize)).annotate(
      label({ vi: "Số dòng mỗi trang", en: "Page size" }),
    ),
  ),
  q: Schema.optionalKey(
    Schema.String.check(Schema.isMaxLength(200)).annotate(label({ vi: "Tìm", en: "Search" })),
  ),
  sort: Schema.optionalKey(Schema.Literals(sorts).annotate(label({ vi: "Sắp xếp theo", en: "Sort by" }))),
  order: Schema.optionalKey(Schema.Literals(["asc", "desc"]).annotate(label({ vi: "Thứ tự", en: "Order" }))),
})

/** The paging, search and sorting parameters as decoded. */
export interface Params<Sort extends string = string> {
  readonly page?: number
  readonly pageSize?: number
  readonly q?: string
  readonly sort?: Sort
  readonly order?: "asc" | "desc"
}

/** A page of a list. */
export interface Page<A> {
  readonly items: ReadonlyArray<A>
  readonly page: number
  readonly pageSize: number
  readonly total: number
}

/** The schema of a page of items. */
export const PageOf = <S extends Schema.Top>(item: S) =>
  Schema.Struct({
    items: Schema.Array(item),
    page: Schema.Int,
    pageSize: Schema.Int,
    total: Schema.Int,
  })

/** Default page size. */
export const defaultPageSize = 20

/**
 * The search condition for a folded search column: every word of the query starts a word of the
 * column (the domain's `Text.matchesQuery`, in SQL). `undefined` for a blank query.
 */
export const searchCondition = (
  sql: SqlClient.SqlClient,
  column: string,
  query: string | undefined,
): Fragment | undefined => {
  const tokens = Text.queryTokens(query ?? "")
  if (tokens.length === 0) return undefined
  // `column like '%t%'` can use the trigram index; the second test keeps only word starts.
  return sql.and(
    tokens.map(
      (token) =>
        sql`${sql.unsafe(column)} like ${`%${token}%`} and (' ' || ${sql.unsafe(column)}) like ${`% ${token}%`}`,
    ),
  )
}
