/**
 * The shared mechanics of the API's resources: scoped lists with search, filters, sorting and paging;
 * get-by-id; inserts, versioned updates and (soft) deletes that append to the audit log. Each resource
 * module describes its table once (a {@link Table}) and adds its own validation and child rows.
 *
 * Writes do not open a transaction themselves: the resource's service wraps each request's writes in
 * one `sql.withTransaction`, so child rows and the audit entry commit or roll back together.
 */
import { randomUUID } from "node:crypto"
import { Array as Arr, Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { SqlError } from "effect/sql/SqlError"
import type { Fragment } from "effect/sql/Statement"
import * as AuditLog from "../audit/AuditLog.js"
import type { Actor } from "../auth/Actor.js"
import { type InvalidInput, NotFound, StaleVersion } from "../ServiceError.js"
import * as Access from "../security/Access.js"
import * as Today from "../Today.js"
import * as ListQuery from "./ListQuery.js"
import { inScope as unitInScope } from "./Scope.js"

const inScope = (sql: SqlClient.SqlClient, actor: Actor, unitOf: string | null, today: string): Fragment =>
  unitOf === null ? sql`true` : unitInScope(sql, actor, unitOf, today)

/** The rows of a table the actor may see: their unit scope and their role's own rows (`Access.rowFilter`). */
const visible = <Item>(sql: SqlClient.SqlClient, actor: Actor, table: Table<Item>, today: string): Fragment =>
  sql.and([inScope(sql, actor, table.unitOf, today), Access.rowFilter(sql, actor, table.table)])

/** A database row, keys in camelCase. */
export type Row = Readonly<Record<string, unknown>>

/** How a resource is stored. The table is aliased `t` in every query. */
export interface Table<Item> {
  /** The entity's name in the audit log and in "not found" errors, e.g. `"person"`. */
  readonly entity: string
  readonly table: string
  /** SQL for the unit a row belongs to (scope), e.g. `"t.unit_id"`; `null` for records seen by everyone. */
  readonly unitOf: string | null
  /** Whether deleting keeps the row (with `deleted_at`) because history matters. */
  readonly softDelete: boolean
  /** The folded column searched by `?q=`, e.g. `"t.name_folded"`. */
  readonly searchColumn?: string
  /** The sort keys a list accepts and the SQL each sorts by; the first is the default. */
  readonly sorts: Readonly<Record<string, string>>
  /** Extra columns selected besides `t.*` (e.g. aggregated child ids). */
  readonly extraColumns?: string
  /** The API representation of a row. */
  readonly toItem: (row: Row) => Item
}

/** A new id for a record. */
export const newId = (): string => randomUUID()

const selectFrom = <Item>(sql: SqlClient.SqlClient, table: Table<Item>): Fragment =>
  sql`select t.*${sql.unsafe(table.extraColumns === undefined ? "" : `, ${table.extraColumns}`)}
      from ${sql.unsafe(table.table)} t`

const live = (sql: SqlClient.SqlClient, table: Table<unknown>): Fragment =>
  table.softDelete ? sql`t.deleted_at is null` : sql`true`

/**
 * A page of a resource in the actor's scope, searched, filtered and sorted, paged by cursor (or by page
 * number for the first rows), with its total counted up to `ListQuery.countLimit`.
 */
export const list = <Item>(
  table: Table<Item>,
  actor: Actor,
  params: ListQuery.Params,
  filters: (sql: SqlClient.SqlClient, today: string) => ReadonlyArray<Fragment | undefined> = () => [],
): Effect.Effect<ListQuery.CursorPage<Item>, InvalidInput | SqlError, SqlClient.SqlClient> =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const today = yield* Today.today
    const read = yield* ListQuery.keysetOf(params, Object.keys(table.sorts))
    const search =
      table.searchColumn === undefined
        ? undefined
        : ListQuery.searchCondition(sql, table.searchColumn, params.q)
    const where = sql.and([
      live(sql, table),
      visible(sql, actor, table, today),
      ...(search === undefined ? [] : [search]),
      ...filters(sql, today).filter((filter) => filter !== undefined),
    ])
    const sortColumn = table.sorts[read.sort] ?? "t.id"
    const from = sql`from ${sql.unsafe(table.table)} t where ${where}`
    const after =
      read.after === undefined ? sql`true` : ListQuery.keysetCondition(sql, sortColumn, "t.id", read.after)
    // One row more than the page tells whether another page follows.
    const rows = yield* sql<Row & { readonly cursorKey: unknown; readonly id: unknown }>`
      select t.*, (${sql.unsafe(sortColumn)})::text as cursor_key
        ${sql.unsafe(table.extraColumns === undefined ? "" : `, ${table.extraColumns}`)}
      ${from} and ${after}
      order by ${ListQuery.orderBy(sql, sortColumn, "t.id", read.order, read.after)}
      limit ${read.pageSize + 1} offset ${read.offset}`
    const page = ListQuery.pageRows(rows, read)
    const { total, totalExact } = yield* ListQuery.boundedCount(sql, from)
    return {
      items: page.rows.map((row) => Access.present(actor, table.toItem(row))),
      page: read.page,
      pageSize: read.pageSize,
      total,
      totalExact,
      next: page.next,
      previous: page.previous,
    }
  }).pipe(Effect.withSpan(`${table.entity}.list`))

/** The raw row of a record in the actor's scope (optionally locked for update). */
export const findRow = <Item>(table: Table<Item>, actor: Actor, id: string, options?: { lock?: boolean }) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const today = yield* Today.today
    const lock = options?.lock === true ? sql`for update of t` : sql``
    const [row] = yield* sql<Row>`
      ${selectFrom(sql, table)}
      where t.id = ${id} and ${live(sql, table)} and ${visible(sql, actor, table, today)} ${lock}`
    if (row === undefined) return yield* new NotFound({ entity: table.entity, id })
    return row
  })

/** A record in the actor's scope, or `NotFound`. */
export const get = <Item>(table: Table<Item>, actor: Actor, id: string) =>
  findRow(table, actor, id).pipe(
    Effect.map((row) => Access.present(actor, table.toItem(row))),
    Effect.withSpan(`${table.entity}.get`),
  )

/**
 * Inserts a row (camelCase columns; `id` included) and records it in the audit log. The caller has
 * checked that the row's unit is in the actor's scope.
 */
export const insert = <Item>(table: Table<Item>, actor: Actor, row: Row) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    yield* sql`insert into ${sql.unsafe(table.table)} ${sql.insert(row as Record<string, unknown>)}`
    const id = String(row.id)
    const created = yield* findRow(table, actor, id)
    const item = table.toItem(created)
    yield* AuditLog.append({ actor, entity: table.entity, entityId: id, action: "create", after: item })
    return item
  })

/**
 * Applies changes (camelCase columns) to a record in scope if `version` is current, bumping the version,
 * and records before and after in the audit log.
 */
export const update = <Item>(table: Table<Item>, actor: Actor, id: string, version: number, changes: Row) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const current = yield* findRow(table, actor, id, { lock: true })
    const actual = Number(current.version)
    if (actual !== version) {
      return yield* new StaleVersion({ entity: table.entity, id, expected: version, actual })
    }
    const set =
      Object.keys(changes).length === 0 ? sql`` : sql`${sql.update(changes as Record<string, unknown>)},`
    yield* sql`
      update ${sql.unsafe(table.table)} set ${set} version = version + 1, updated_at = now()
      where id = ${id}`
    const after = table.toItem(yield* findRow(table, actor, id))
    yield* AuditLog.append({
      actor,
      entity: table.entity,
      entityId: id,
      action: "update",
      before: table.toItem(current),
      after,
    })
    return after
  })

/**
 * Deletes a record in scope: soft (kept with `deleted_at`) where history matters, else removed. A
 * `version`, when given, must be current.
 */
export const remove = <Item>(table: Table<Item>, actor: Actor, id: string, version: number | undefined) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const current = yield* findRow(table, actor, id, { lock: true })
    const actual = Number(current.version)
    if (version !== undefined && actual !== version) {
      return yield* new StaleVersion({ entity: table.entity, id, expected: version, actual })
    }
    if (table.softDelete) {
      yield* sql`
        update ${sql.unsafe(table.table)} set deleted_at = now(), version = version + 1, updated_at = now()
        where id = ${id}`
    } else {
      yield* sql`delete from ${sql.unsafe(table.table)} where id = ${id}`
    }
    yield* AuditLog.append({
      actor,
      entity: table.entity,
      entityId: id,
      action: "delete",
      before: table.toItem(current),
    })
  })

/** Inserts child rows (camelCase columns), if there are any. */
export const insertRows = (tableName: string, rows: ReadonlyArray<Record<string, unknown>>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    if (Arr.isReadonlyArrayNonEmpty(rows))
      yield* sql`insert into ${sql.unsafe(tableName)} ${sql.insert(rows)}`
  })
