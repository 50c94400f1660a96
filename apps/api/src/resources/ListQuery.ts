/**
 * List requests and pages: `?cursor=&pageSize=&q=&sort=&order=` plus each resource's filters, answered
 * with `{ items, pageSize, total, totalExact, next, previous }`.
 *
 * The large lists (people, households, skill records, visits, the audit log) hold hundreds of thousands
 * of rows, so a page is found by where the last one ended (keyset pagination: `(sort value, id)` after
 * the cursor's, read from an index in that order), never by skipping rows, and the total is counted
 * only up to {@link countLimit}: past it the answer says "more than {@link countLimit}"
 * (`totalExact: false`). `page` still works for the first {@link maxOffset} rows, where skipping stays
 * cheap; deeper pages are reached with the cursor.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Text from "@bdhv/domain/Text"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Effect, Option, Schema } from "effect"
import type * as SqlClient from "effect/sql/SqlClient"
import type { Fragment } from "effect/sql/Statement"
import { InvalidInput } from "../ServiceError.js"

/** The largest page a client may ask for. */
export const maxPageSize = 200

/** Rows counted at most for a list's total; past it the total is "more than" this. */
export const countLimit = 1000

/** The deepest row `page` reaches (page × pageSize); past it the cursor pages on. */
export const maxOffset = 10_000

const label = ValidationMessage.label

/** A whole number ≥ 1 given as a query string. */
const PositiveIntFromString = Schema.NumberFromString.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(1))

/** A query parameter that is a calendar date (`YYYY-MM-DD`, a day that exists). */
export const DateParam = CalendarDate.CalendarDate.annotate(label({ vi: "Ngày", en: "Date" }))

/** A boolean query parameter: `true` or `false`. */
export const BooleanParam = Schema.Literals(["true", "false"])

/**
 * Where a page starts: just after (`next`) or just before (`previous`) the row with this sort value
 * and id, in a list sorted by `sort` in `order`. Clients treat it as an opaque string.
 */
export interface Cursor {
  readonly sort: string
  readonly order: "asc" | "desc"
  readonly direction: "after" | "before"
  /** The sort value of the row, as PostgreSQL writes it as text (so it compares back exactly). */
  readonly key: string
  readonly id: string
}

const CursorJson = Schema.Struct({
  s: Schema.String.check(Schema.isMaxLength(50)),
  o: Schema.Literals(["asc", "desc"]),
  d: Schema.Literals(["after", "before"]),
  k: Schema.String.check(Schema.isMaxLength(400)),
  i: Schema.String.check(Schema.isMaxLength(200)),
})
const decodeCursorJson = Schema.decodeUnknownOption(CursorJson)

/** The opaque text of a cursor (base64url of a small JSON object). */
export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(
    JSON.stringify({ s: cursor.sort, o: cursor.order, d: cursor.direction, k: cursor.key, i: cursor.id }),
  ).toString("base64url")

/** A cursor from its text, or `undefined` when the text is not one this API wrote. */
export const decodeCursor = (text: string): Cursor | undefined => {
  if (!/^[A-Za-z0-9_-]{1,1000}$/.test(text)) return undefined
  let json: unknown
  try {
    json = JSON.parse(Buffer.from(text, "base64url").toString("utf8"))
  } catch {
    return undefined
  }
  return Option.match(decodeCursorJson(json), {
    onNone: () => undefined,
    onSome: (c) => ({ sort: c.s, order: c.o, direction: c.d, key: c.k, id: c.i }),
  })
}

const badCursor = {
  vi: "Con trỏ trang không hợp lệ; hãy mở lại trang đầu",
  en: "This page cursor is not valid; open the first page again",
}

/** The `cursor` query parameter: the `next` or `previous` of a page this API answered. */
export const CursorParam = Schema.String.check(
  Schema.makeFilter<string>((text) =>
    decodeCursor(text) === undefined ? ValidationMessage.invalid(badCursor, text) : undefined,
  ),
).annotate(label({ vi: "Con trỏ trang", en: "Page cursor" }))

/** The page size parameter: 1 to {@link maxPageSize}. */
export const PageSizeParam = PositiveIntFromString.check(Schema.isLessThanOrEqualTo(maxPageSize)).annotate(
  label({ vi: "Số dòng mỗi trang", en: "Page size" }),
)

/** The page number parameter (from 1). */
export const PageParam = PositiveIntFromString.annotate(label({ vi: "Trang", en: "Page" }))

/** The paging, search and sorting parameters of a list, with the resource's sort keys. */
export const fields = <const Sorts extends ReadonlyArray<string>>(sorts: Sorts) => ({
  page: Schema.optionalKey(PageParam),
  cursor: Schema.optionalKey(CursorParam),
  pageSize: Schema.optionalKey(PageSizeParam),
  q: Schema.optionalKey(
    Schema.String.check(Schema.isMaxLength(200)).annotate(label({ vi: "Tìm", en: "Search" })),
  ),
  sort: Schema.optionalKey(Schema.Literals(sorts).annotate(label({ vi: "Sắp xếp theo", en: "Sort by" }))),
  order: Schema.optionalKey(Schema.Literals(["asc", "desc"]).annotate(label({ vi: "Thứ tự", en: "Order" }))),
})

/** The paging, search and sorting parameters as decoded. */
export interface Params<Sort extends string = string> {
  readonly page?: number
  readonly cursor?: string
  readonly pageSize?: number
  readonly q?: string
  readonly sort?: Sort
  readonly order?: "asc" | "desc"
}

/** A page of a list numbered by page (the small lists: units, accounts, worklists). */
export interface Page<A> {
  readonly items: ReadonlyArray<A>
  readonly page: number
  readonly pageSize: number
  readonly total: number
}

/** The schema of a page of a list numbered by page. */
export const PageOf = <S extends Schema.Top>(item: S) =>
  Schema.Struct({
    items: Schema.Array(item),
    page: Schema.Int,
    pageSize: Schema.Int,
    total: Schema.Int,
  })

/** A page of a list paged by cursor. */
export interface CursorPage<A> {
  readonly items: ReadonlyArray<A>
  /** The page number when the request asked by `page`; `null` when it came by cursor. */
  readonly page: number | null
  readonly pageSize: number
  /** How many rows the list has, counted up to {@link countLimit}. */
  readonly total: number
  /** `false` when the list has more than `total` rows (the count stopped at {@link countLimit}). */
  readonly totalExact: boolean
  /** The cursor of the page after this one; `null` on the last page. */
  readonly next: string | null
  /** The cursor of the page before this one; `null` on the first page. */
  readonly previous: string | null
}

/** A page of either kind. */
export type AnyPage<A> = Page<A> | CursorPage<A>

/** The schema of a page of a list paged by cursor. */
export const CursorPageOf = <S extends Schema.Top>(item: S) =>
  Schema.Struct({
    items: Schema.Array(item),
    page: Schema.NullOr(Schema.Int),
    pageSize: Schema.Int,
    total: Schema.Int,
    totalExact: Schema.Boolean,
    next: Schema.NullOr(Schema.String),
    previous: Schema.NullOr(Schema.String),
  })

/** Default page size. */
export const defaultPageSize = 20

const invalidInput = (path: string, message: ValidationMessage.Bilingual) =>
  new InvalidInput({ issues: [{ path, message }] })

/**
 * How to read one page of a keyset list, from the request's parameters: the sort, the direction, the
 * row to start after, and whether the rows come back reversed (a `previous` page is read backwards).
 * Fails with a 400 on the field for a cursor of another sort, `page` with `cursor`, or a page too deep.
 */
export const keysetOf = (
  params: Params,
  sorts: ReadonlyArray<string>,
): Effect.Effect<
  {
    readonly sort: string
    readonly order: "asc" | "desc"
    readonly pageSize: number
    readonly page: number | null
    readonly offset: number
    readonly after: Cursor | undefined
  },
  InvalidInput
> =>
  Effect.gen(function* () {
    const pageSize = params.pageSize ?? defaultPageSize
    const requestedSort = params.sort !== undefined && sorts.includes(params.sort) ? params.sort : sorts[0]
    const sort = requestedSort ?? "id"
    const order = params.order ?? "asc"
    if (params.cursor === undefined) {
      const page = params.page ?? 1
      if ((page - 1) * pageSize >= maxOffset) {
        return yield* invalidInput("page", {
          vi: `Chỉ mở được theo số trang trong ${maxOffset.toLocaleString("vi-VN")} dòng đầu; hãy dùng nút trang sau`,
          en: `Page numbers reach the first ${maxOffset.toLocaleString("en-US")} rows; page on with the cursor`,
        })
      }
      return { sort, order, pageSize, page, offset: (page - 1) * pageSize, after: undefined }
    }
    if (params.page !== undefined) {
      return yield* invalidInput("page", {
        vi: "Không dùng số trang cùng con trỏ trang",
        en: "Give either a page number or a page cursor, not both",
      })
    }
    const cursor = decodeCursor(params.cursor)
    if (
      cursor === undefined ||
      !sorts.includes(cursor.sort) ||
      cursor.sort !== sort ||
      cursor.order !== order
    ) {
      return yield* invalidInput("cursor", {
        vi: "Con trỏ trang thuộc về cách sắp xếp khác; hãy mở lại trang đầu",
        en: "This page cursor belongs to another sort order; open the first page again",
      })
    }
    return { sort, order, pageSize, page: null, offset: 0, after: cursor }
  })

/**
 * The condition "the row comes after (or before) the cursor's row" in a list sorted by `column` then
 * `id`, both in `order`: a row comparison, which PostgreSQL answers from an index on `(column, id)`.
 */
export const keysetCondition = (
  sql: SqlClient.SqlClient,
  column: string,
  idColumn: string,
  cursor: Cursor,
): Fragment => {
  const forward = cursor.direction === "after"
  const greater = (cursor.order === "asc") === forward
  return sql`(${sql.unsafe(column)}, ${sql.unsafe(idColumn)}) ${sql.unsafe(greater ? ">" : "<")} (${cursor.key}, ${cursor.id})`
}

/**
 * The `order by` of a page: the list's order, reversed when reading backwards from a `previous`
 * cursor (the rows are put back in the list's order afterwards).
 */
export const orderBy = (
  sql: SqlClient.SqlClient,
  column: string,
  idColumn: string,
  order: "asc" | "desc",
  cursor: Cursor | undefined,
): Fragment => {
  const backwards = cursor?.direction === "before"
  const direction = (order === "asc") !== backwards ? "asc" : "desc"
  return sql.unsafe(`${column} ${direction}, ${idColumn} ${direction}`)
}

/**
 * Turns the rows read for a page (one more than the page size, to know whether more follow) into
 * the page's rows in list order and its `next` and `previous` cursors. Each row carries its sort value
 * as text (`cursorKey`) and its id.
 */
export const pageRows = <R extends { readonly cursorKey: unknown; readonly id: unknown }>(
  rows: ReadonlyArray<R>,
  read: {
    readonly sort: string
    readonly order: "asc" | "desc"
    readonly pageSize: number
    readonly offset: number
    readonly after: Cursor | undefined
  },
): { readonly rows: ReadonlyArray<R>; readonly next: string | null; readonly previous: string | null } => {
  const more = rows.length > read.pageSize
  const taken = rows.slice(0, read.pageSize)
  const backwards = read.after?.direction === "before"
  const ordered = backwards ? [...taken].reverse() : taken
  const first = ordered[0]
  const last = ordered[ordered.length - 1]
  const cursorAt = (row: R | undefined, direction: "after" | "before") =>
    row === undefined
      ? null
      : encodeCursor({
          sort: read.sort,
          order: read.order,
          direction,
          key: String(row.cursorKey),
          id: String(row.id),
        })
  // Forwards: a next page when more rows were read; a previous one when this page did not start the list.
  // Backwards: the other way round (the row we came back from follows this page).
  const hasNext = backwards ? true : more
  const hasPrevious = backwards ? more : read.after !== undefined || read.offset > 0
  return {
    rows: ordered,
    next: hasNext ? cursorAt(last, "after") : null,
    previous: hasPrevious ? cursorAt(first, "before") : null,
  }
}

/**
 * The total of a list counted up to {@link countLimit} rows: `from` is the query's `from … where …`.
 * Counting every row of a 300,000-row list on each page costs more than the page itself.
 */
export const boundedCount = (sql: SqlClient.SqlClient, from: Fragment) =>
  Effect.map(
    sql<{ n: number }>`select count(*)::int as n from (select 1 ${from} limit ${countLimit + 1}) counted`,
    ([row]) => {
      const n = row?.n ?? 0
      return { total: Math.min(n, countLimit), totalExact: n <= countLimit }
    },
  )

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
