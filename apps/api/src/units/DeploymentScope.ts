/**
 * The deployment's scope: the one province, district or commune a deployment serves, configured once
 * (`BDHV_SCOPE_UNIT`, a GSO code) and stored at start in `deployment_scope`. It is the default unit of
 * the dashboard, the public progress page and the reports, and the subtree a district admin without a
 * unit of their own sees in the unit pickers.
 *
 * A code can name several versions (10015 was thị trấn Chúc Sơn and is phường Chương Mỹ); on a date
 * the scope is the version valid then, else the last one that ended before it. A scope unit that ended
 * — a district abolished on 1 July 2025 — keeps serving its area: the units its communes became are
 * linked to it in `unit_area_links` (the domain's `Unit.areaLinks`), so its subtree after the reform is
 * those communes and their villages.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Unit from "@bdhv/domain/Unit"
import { Effect, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as Today from "../Today.js"
import * as UnitHistory from "./UnitHistory.js"

/** The configured code names no unit: the server does not start (the message names the variable). */
export class UnknownScope extends Schema.TaggedError<UnknownScope>()("UnknownScope", {
  code: Schema.String,
}) {
  override get message(): string {
    return `Invalid configuration:\n  BDHV_SCOPE_UNIT=${JSON.stringify(this.code)}: no administrative unit has this GSO code`
  }
}

/** The scope as stored: its code and the version chosen at start. */
const stored = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const [row] = yield* sql<{ code: string; unitId: string }>`select code, unit_id from deployment_scope`
  return row
})

/** Rewrites the area links of the scope unit (none while it lasts) when they differ from the domain's. */
export const refreshArea = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const scope = yield* stored
  const history = yield* UnitHistory.load
  const wanted =
    scope === undefined
      ? []
      : Unit.areaLinks(history, Unit.UnitId.make(scope.unitId)).map((l) => ({
          childId: l.childId as string,
          areaId: l.parentId as string,
          validFrom: l.validFrom as string,
          validTo: l.validTo as string | null,
        }))
  const current = yield* sql<{ childId: string; areaId: string; validFrom: string; validTo: string | null }>`
    select child_id, area_id, valid_from::text as valid_from, valid_to::text as valid_to
    from unit_area_links order by child_id, area_id, valid_from`
  const key = (l: { childId: string; areaId: string; validFrom: string; validTo: string | null }) =>
    `${l.childId}|${l.areaId}|${l.validFrom}|${l.validTo ?? ""}`
  const same =
    current.length === wanted.length &&
    current.map(key).sort().join("\n") === wanted.map(key).sort().join("\n")
  if (same) return
  yield* sql`delete from unit_area_links`
  const [first, ...rest] = wanted
  if (first !== undefined) yield* sql`insert into unit_area_links ${sql.insert([first, ...rest])}`
})

/**
 * Stores the configured scope (`undefined`: none, the dashboard then starts at the root of the tree)
 * and its area; fails with {@link UnknownScope} when no unit has the code.
 */
export const ensure = (code: string | undefined) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    if (code === undefined) {
      yield* sql`delete from deployment_scope`
      yield* refreshArea
      return undefined
    }
    const history = yield* UnitHistory.load
    const unit = Unit.versionOfCodeAt(history.units, code, yield* Today.today)
    if (unit === undefined) return yield* new UnknownScope({ code })
    yield* sql`
      insert into deployment_scope (singleton, code, unit_id) values (true, ${code}, ${unit.id})
      on conflict (singleton) do update set code = excluded.code, unit_id = excluded.unit_id, updated_at = now()`
    yield* refreshArea
    return unit
  }).pipe(Effect.withSpan("DeploymentScope.ensure"))

/** The scope's unit on `date` (see the module's header), or `undefined` when no scope is configured. */
export const unitAt = Effect.fn("DeploymentScope.unitAt")(function* (date: CalendarDate.CalendarDate) {
  const sql = yield* SqlClient.SqlClient
  const rows = yield* sql<{
    id: string
    code: string
    name: string
    nameEn: string | null
    kind: Unit.UnitKind
    validFrom: string
    validTo: string | null
  }>`
    select u.id, u.code, u.name, u.name_en, u.kind, u.valid_from::text as valid_from, u.valid_to::text as valid_to
    from deployment_scope s join units u on u.code = s.code and u.deleted_at is null`
  const versions = rows.map((row) =>
    Unit.Unit.make({
      id: Unit.UnitId.make(row.id),
      code: row.code,
      name: row.name,
      nameEn: row.nameEn,
      kind: row.kind,
      validFrom: row.validFrom as CalendarDate.CalendarDate,
      validTo: row.validTo as CalendarDate.CalendarDate | null,
      successorIds: [],
    }),
  )
  const code = rows[0]?.code
  return code === undefined ? undefined : Unit.versionOfCodeAt(versions, code, date)
})

/** The scope as the API shows it: the unit serving `asOf`, and whether that day falls after its end. */
export const Shape = Schema.Struct({
  asOf: Schema.String,
  unit: Schema.NullOr(
    Schema.Struct({
      id: Schema.String,
      code: Schema.NullOr(Schema.String),
      name: Schema.String,
      nameEn: Schema.NullOr(Schema.String),
      kind: Unit.UnitKind,
      validFrom: Schema.String,
      validTo: Schema.NullOr(Schema.String),
      /** True when `asOf` is after the unit ended: the scope is then the area it served. */
      former: Schema.Boolean,
    }),
  ),
}).annotate({ identifier: "DeploymentScope" })

/** The scope on `asOf` in the shape of {@link Shape}. */
export const describe = Effect.fn("DeploymentScope.describe")(function* (asOf: CalendarDate.CalendarDate) {
  const unit = yield* unitAt(asOf)
  return {
    asOf,
    unit:
      unit === undefined
        ? null
        : {
            id: unit.id,
            code: unit.code,
            name: unit.name,
            nameEn: unit.nameEn ?? null,
            kind: unit.kind,
            validFrom: unit.validFrom,
            validTo: unit.validTo,
            former: unit.validTo !== null && CalendarDate.isAfter(asOf, unit.validTo),
          },
  } satisfies typeof Shape.Type
})
