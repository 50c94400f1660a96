/**
 * The administrative tree every install starts with: Vietnam's 34 provinces and 3,321 commune-level
 * units from 1 July 2025 (GSO codes, Vietnamese and English names) and Hà Nội's districts and communes
 * before the reform, with each old commune's successors — shipped as `reference/units/vn-units.json` (built
 * by `tooling/scripts/reference-units.mjs` from MIT-licensed sources, see the README beside it).
 *
 * {@link ensure} loads it once per data version, at start (and by `bdhv units load`): rows already there
 * (the demo's Chương Mỹ, a previous load) are kept, a missing English name is filled in. Villages and
 * residential groups are in no reference data: communes add them, by hand or by import.
 */
import { readFileSync } from "node:fs"
import * as Text from "@bdhv/domain/Text"
import * as Unit from "@bdhv/domain/Unit"
import type * as CalendarDate from "@bdhv/domain/CalendarDate"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

type UnitRow = readonly [
  id: string,
  code: string,
  name: string,
  nameEn: string | null,
  kind: Unit.UnitKind,
  validFrom: string,
  validTo: string | null,
  successorIds: ReadonlyArray<string>,
]
type LinkRow = readonly [childId: string, parentId: string, validFrom: string, validTo: string | null]

/** The shipped data set as stored: a version and compact rows (see its `fields`). */
interface DataSet {
  readonly version: string
  readonly units: ReadonlyArray<UnitRow>
  readonly links: ReadonlyArray<LinkRow>
}

/** The name under which a load is recorded in `reference_data`. */
const dataName = "units"

let cached: DataSet | undefined
const dataSet = (): DataSet => {
  cached ??= JSON.parse(
    readFileSync(new URL("../../reference/units/vn-units.json", import.meta.url), "utf8"),
  ) as DataSet
  return cached
}

/** The version of the shipped data set, e.g. `vn-units-2025-07-01.1`. */
export const version = (): string => dataSet().version

/** The shipped tree as the domain's history (for checks and tests). */
export const history = (): Unit.History => ({
  units: dataSet().units.map(([id, code, name, nameEn, kind, validFrom, validTo, successorIds]) =>
    Unit.Unit.make({
      id: Unit.UnitId.make(id),
      code,
      name,
      nameEn,
      kind,
      validFrom: validFrom as CalendarDate.CalendarDate,
      validTo: validTo as CalendarDate.CalendarDate | null,
      successorIds: successorIds.map((s) => Unit.UnitId.make(s)),
    }),
  ),
  links: dataSet().links.map(([childId, parentId, validFrom, validTo]) =>
    Unit.UnitLink.make({
      childId: Unit.UnitId.make(childId),
      parentId: Unit.UnitId.make(parentId),
      validFrom: validFrom as CalendarDate.CalendarDate,
      validTo: validTo as CalendarDate.CalendarDate | null,
    }),
  ),
})

/** What a load did. */
export interface LoadResult {
  readonly version: string
  /** Whether this call loaded the data (false: that version was already loaded). */
  readonly loaded: boolean
  readonly units: number
  readonly links: number
}

/** A PostgreSQL array literal of text values (ids hold no quotes, commas or braces). */
const textArray = (values: ReadonlyArray<string>): string => `{${values.join(",")}}`

/**
 * Loads the shipped tree unless this version is already loaded: two statements (one per table), so the
 * closure is rebuilt twice, not once per row. Inside a transaction: all or nothing.
 */
export const ensure = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const data = dataSet()
  const [loaded] = yield* sql<{
    version: string
  }>`select version from reference_data where name = ${dataName}`
  if (loaded?.version === data.version) {
    return { version: data.version, loaded: false, units: 0, links: 0 } satisfies LoadResult
  }
  const units = JSON.stringify(
    data.units.map(([id, code, name, nameEn, kind, validFrom, validTo, successorIds]) => ({
      id,
      code,
      name,
      name_folded: Text.searchKey(name),
      name_en: nameEn,
      kind,
      valid_from: validFrom,
      valid_to: validTo,
      successors: textArray(successorIds),
    })),
  )
  const links = JSON.stringify(
    data.links.map(([child_id, parent_id, valid_from, valid_to]) => ({
      child_id,
      parent_id,
      valid_from,
      valid_to,
    })),
  )
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      const insertedUnits = yield* sql<{ id: string }>`
        insert into units (id, code, name, name_folded, name_en, kind, valid_from, valid_to, successors)
        select r.id, r.code, r.name, r.name_folded, r.name_en, r.kind, r.valid_from, r.valid_to, r.successors::text[]
        from json_to_recordset(${units}::json) as r(id text, code text, name text, name_folded text,
          name_en text, kind text, valid_from date, valid_to date, successors text)
        on conflict (id) do update set name_en = excluded.name_en where units.name_en is null
        returning id`
      const insertedLinks = yield* sql<{ childId: string }>`
        insert into unit_links (child_id, parent_id, valid_from, valid_to)
        select r.child_id, r.parent_id, r.valid_from, r.valid_to
        from json_to_recordset(${links}::json) as r(child_id text, parent_id text, valid_from date, valid_to date)
        on conflict (child_id, valid_from) do nothing
        returning child_id`
      yield* sql`
        insert into reference_data (name, version) values (${dataName}, ${data.version})
        on conflict (name) do update set version = excluded.version, loaded_at = now()`
      return {
        version: data.version,
        loaded: true,
        units: insertedUnits.length,
        links: insertedLinks.length,
      } satisfies LoadResult
    }),
  )
}).pipe(Effect.withSpan("ReferenceUnits.ensure"))
