/**
 * Browsing the audit log: district admins filter it by who acted, which record, what was done and
 * when (calendar dates in Vietnam time), newest first, a page at a time (by cursor). An entry names its actor by
 * email and name, and its record by the name it goes by (the domain's `Audit.recordName` of the snapshot
 * kept, or the account's name for a sign-in), so a reader need not look records up.
 *
 * A district admin placed in a unit sees the entries made by accounts placed in their subtree, and the
 * system's own (no account); an admin over the whole database sees everything.
 */
import * as Audit from "@bdhv/domain/Audit"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Effect, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Fragment } from "effect/sql/Statement"
import { type Actor, seesEverything } from "../auth/Actor.js"
import { isoOf } from "../resources/Entity.js"
import * as ListQuery from "../resources/ListQuery.js"
import { inScope } from "../resources/Scope.js"
import { InvalidInput } from "../ServiceError.js"
import * as Today from "../Today.js"

const label = ValidationMessage.label
const Text = (vi: string, en: string) =>
  Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(100)).annotate(label({ vi, en }))

/** The filters of the audit log. */
export const ListParams = Schema.Struct({
  page: ListQuery.fields([]).page,
  cursor: ListQuery.fields([]).cursor,
  pageSize: ListQuery.fields([]).pageSize,
  actorId: Schema.optionalKey(Text("Người thực hiện", "Actor")),
  entity: Schema.optionalKey(Text("Loại bản ghi", "Entity")),
  entityId: Schema.optionalKey(Text("Mã bản ghi", "Record id")),
  action: Schema.optionalKey(Text("Thao tác", "Action")),
  from: Schema.optionalKey(CalendarDate.CalendarDate.annotate(label({ vi: "Từ ngày", en: "From" }))),
  to: Schema.optionalKey(CalendarDate.CalendarDate.annotate(label({ vi: "Đến ngày", en: "To" }))),
}).annotate({ identifier: "AuditListParams" })
/** The filters of the audit log. */
export type ListParams = typeof ListParams.Type

/** One entry, as district admins read it. */
export const Entry = Schema.Struct({
  id: Schema.String,
  at: Schema.String.annotate({ format: "date-time" }),
  actorId: Schema.NullOr(Schema.String),
  actorEmail: Schema.NullOr(Schema.String),
  actorName: Schema.NullOr(Schema.String),
  entity: Schema.String,
  entityId: Schema.String,
  /** The name the record goes by ("Nguyễn Văn A", a class's title, a household's code); `null` if unknown. */
  recordName: Schema.NullOr(Schema.String),
  action: Schema.String,
  before: Schema.Unknown,
  after: Schema.Unknown,
  /** The names of the units the snapshots refer to (`unitId`, `villageId`, …), by id. */
  unitNames: Schema.Record(Schema.String, Schema.String),
}).annotate({ identifier: "AuditEntry" })
/** One entry. */
export type Entry = typeof Entry.Type

interface Row {
  readonly id: string
  readonly at: unknown
  readonly actorId: string | null
  readonly actorEmail: string | null
  readonly actorName: string | null
  readonly entity: string
  readonly entityId: string
  readonly accountName: string | null
  readonly action: string
  readonly before: unknown
  readonly after: unknown
}

/** The JSON drivers differ: PGlite parses jsonb, and so does node-postgres; text stays text. */
const jsonOf = (value: unknown): unknown => {
  if (typeof value !== "string") return value ?? null
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

/** The first instant of a Vietnam calendar date. */
const startOf = (date: CalendarDate.CalendarDate): string =>
  new Date(CalendarDate.startInstant(date)).toISOString()

const checkDates = (params: ListParams) =>
  Effect.gen(function* () {
    if (params.from !== undefined && params.to !== undefined && params.from > params.to) {
      return yield* new InvalidInput({
        issues: [
          {
            path: "to",
            message: {
              vi: "Ngày kết thúc phải sau ngày bắt đầu",
              en: "The end date must follow the start date",
            },
          },
        ],
      })
    }
  })

const visibleTo = (sql: SqlClient.SqlClient, actor: Actor, today: string): Fragment =>
  seesEverything(actor)
    ? sql`true`
    : sql`(a.actor_id is null or a.actor_id in (
        select t.id from users t where t.unit_id is not null and ${inScope(sql, actor, "t.unit_id", today)}))`

/** A page of the audit log, newest first, paged by cursor on `(at, id)` (the index `audit_log_at_id`). */
export const list = Effect.fn("AuditSearch.list")(function* (actor: Actor, params: ListParams) {
  yield* checkDates(params)
  const sql = yield* SqlClient.SqlClient
  const today = yield* Today.today
  const read = yield* ListQuery.keysetOf({ ...params, sort: "at", order: "desc" }, ["at"])
  const where = sql.and([
    visibleTo(sql, actor, today),
    ...(params.actorId === undefined ? [] : [sql`a.actor_id = ${params.actorId}`]),
    ...(params.entity === undefined ? [] : [sql`a.entity = ${params.entity}`]),
    ...(params.entityId === undefined ? [] : [sql`a.entity_id = ${params.entityId}`]),
    ...(params.action === undefined ? [] : [sql`a.action = ${params.action}`]),
    ...(params.from === undefined ? [] : [sql`a.at >= ${startOf(params.from)}::timestamptz`]),
    ...(params.to === undefined
      ? []
      : [sql`a.at < ${startOf(CalendarDate.addDays(params.to, 1))}::timestamptz`]),
  ])
  const after =
    read.after === undefined ? sql`true` : ListQuery.keysetCondition(sql, "a.at", "a.id", read.after)
  const rows = yield* sql<Row & { readonly cursorKey: string }>`
    select a.id::text as id, a.at, a.at::text as cursor_key, a.actor_id, u.email as actor_email,
           u.full_name as actor_name, a.entity, a.entity_id, ru.full_name as account_name, a.action,
           a.before, a.after
    from audit_log a left join users u on u.id = a.actor_id
      left join users ru on a.entity = 'user' and ru.id = a.entity_id
    where ${where} and ${after}
    order by ${ListQuery.orderBy(sql, "a.at", "a.id", "desc", read.after)}
    limit ${read.pageSize + 1} offset ${read.offset}`
  const page = ListQuery.pageRows(rows, read)
  const { total, totalExact } = yield* ListQuery.boundedCount(sql, sql`from audit_log a where ${where}`)
  const snapshots = page.rows.map((row) => ({ row, before: jsonOf(row.before), after: jsonOf(row.after) }))
  const unitIdsOf = (before: unknown, after: unknown): ReadonlyArray<string> =>
    Audit.changes(before, after).flatMap((change) =>
      Audit.unitFields.has(change.field)
        ? [change.before, change.after].filter((id): id is string => typeof id === "string")
        : [],
    )
  // One query for the page: the units its changes name, by id (a removed unit keeps its name).
  const unitIds = [...new Set(snapshots.flatMap(({ before, after }) => unitIdsOf(before, after)))]
  const units =
    unitIds.length === 0
      ? []
      : yield* sql<{ readonly id: string; readonly name: string }>`
          select id, name from units where id in ${sql.in(unitIds)}`
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]))
  const items: ReadonlyArray<Entry> = snapshots.map(({ row, before, after }) => {
    return {
      id: row.id,
      at: isoOf(row.at),
      actorId: row.actorId,
      actorEmail: row.actorEmail,
      actorName: row.actorName,
      entity: row.entity,
      entityId: row.entityId,
      recordName: Audit.recordName(after, before) ?? row.accountName,
      action: row.action,
      before,
      after,
      unitNames: Object.fromEntries(
        unitIdsOf(before, after).flatMap((id) => {
          const name = unitName.get(id)
          return name === undefined ? [] : [[id, name] as const]
        }),
      ),
    }
  })
  return {
    items,
    page: read.page,
    pageSize: read.pageSize,
    total,
    totalExact,
    next: page.next,
    previous: page.previous,
  }
})
