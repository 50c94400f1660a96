/**
 * The whole stored unit history as the domain's `Unit.History`, for its checks (`Unit.problemsOf`) and
 * derivations (`Unit.areaLinks`): every live unit and every parent link, a few thousand rows.
 */
import type * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Unit from "@bdhv/domain/Unit"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const dateOf = (value: unknown): CalendarDate.CalendarDate | null =>
  value === null || value === undefined ? null : (String(value) as CalendarDate.CalendarDate)

/** Every live unit and parent link. */
export const load = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const units = yield* sql<{
    id: string
    code: string | null
    name: string
    nameEn: string | null
    kind: Unit.UnitKind
    validFrom: string
    validTo: string | null
    successors: ReadonlyArray<string> | null
  }>`select id, code, name, name_en, kind, valid_from::text as valid_from, valid_to::text as valid_to, successors
     from units where deleted_at is null`
  const links = yield* sql<{ childId: string; parentId: string; validFrom: string; validTo: string | null }>`
    select l.child_id, l.parent_id, l.valid_from::text as valid_from, l.valid_to::text as valid_to
    from unit_links l join units u on u.id = l.child_id and u.deleted_at is null`
  return {
    units: units.map((row) =>
      Unit.Unit.make({
        id: Unit.UnitId.make(row.id),
        code: row.code,
        name: row.name,
        nameEn: row.nameEn,
        kind: row.kind,
        validFrom: dateOf(row.validFrom) ?? ("1900-01-01" as CalendarDate.CalendarDate),
        validTo: dateOf(row.validTo),
        successorIds: (row.successors ?? []).map((id) => Unit.UnitId.make(id)),
      }),
    ),
    links: links.map((row) =>
      Unit.UnitLink.make({
        childId: Unit.UnitId.make(row.childId),
        parentId: Unit.UnitId.make(row.parentId),
        validFrom: row.validFrom as CalendarDate.CalendarDate,
        validTo: dateOf(row.validTo),
      }),
    ),
  } satisfies Unit.History
}).pipe(Effect.withSpan("UnitHistory.load"))
