/**
 * What the indicator statements share: the campaign's constants as SQL (commune kinds, counted
 * employers, a class's date in Vietnam), the scope of a report (each unit under a unit, with the child
 * it rolls up to in the tree valid on the date), typed parameters, and how rows of counts become the
 * domain's `Indicator.Aggregates` per unit and snapshot. The counts themselves are read from the rollups
 * (`Rollups.ts`), recomputed from the records by the oracle (`Recompute.ts`), or read from their small
 * record sets (`CommuneCounts.ts`).
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Indicator from "@bdhv/domain/Indicator"
import * as Organization from "@bdhv/domain/Organization"
import * as Unit from "@bdhv/domain/Unit"
import { Effect } from "effect"
import type * as SqlClient from "effect/sql/SqlClient"

/** Collects positional parameters while a statement is written; each is cast to its type. */
export class Params {
  readonly values: Array<unknown> = []
  add(value: unknown, type: string): string {
    this.values.push(value)
    return `$${this.values.length}::${type}`
  }
}

/** A statement and its parameters. */
export interface Statement {
  readonly text: string
  readonly params: ReadonlyArray<unknown>
}

/** The commune-level kinds of the domain's unit tree (xã, phường, thị trấn, đặc khu). */
export const communeKinds: ReadonlyArray<string> = Unit.UnitKind.literals.filter(Unit.isCommuneLevel)

/** Organization kinds whose workers count for the `workers` indicator (enterprises, cooperatives). */
export const countedEmployerKinds: ReadonlyArray<string> = Organization.OrganizationKind.literals.filter(
  (kind) =>
    Organization.employsCountedWorkers(
      Organization.Organization.make({
        id: Organization.OrganizationId.make("kind"),
        name: "kind",
        kind,
        unitId: Unit.UnitId.make("kind"),
      }),
    ),
)

/** The date of a class in Vietnam, from its start instant. */
export const classDateSql = (alias: string): string =>
  `((${alias}.starts_at at time zone 'UTC') + interval '${CalendarDate.vietnamOffsetMs / 1000} seconds')::date`

/** The first day of the period the `weekly-classes` indicator counts by default (weeks overlapping it). */
export const weeklyPeriodStart: CalendarDate.CalendarDate = Indicator.CAMPAIGN_START

/**
 * The period of the `weekly-classes` indicator: the ISO weeks overlapping `[from, to]`, cut at each
 * snapshot date. By default from the campaign's start ({@link weeklyPeriodStart}) to the report's date.
 */
export interface Period {
  readonly from: CalendarDate.CalendarDate
  readonly to?: CalendarDate.CalendarDate | undefined
}

/** The default period: from the campaign's start to the report's date. */
export const defaultPeriod: Period = { from: weeklyPeriodStart }

/** The last day of the period as seen at a snapshot: its end, or the snapshot when earlier. */
export const periodEndAt = (
  period: Period,
  snapshot: CalendarDate.CalendarDate,
): CalendarDate.CalendarDate => (period.to !== undefined && period.to < snapshot ? period.to : snapshot)

/**
 * `scope (unit_id, child_id)`: every unit under `unitId` in the tree valid on `date` with the child of
 * `unitId` it rolls up to, plus `unitId` itself (its own records belong to its total only).
 */
export const scopeCte = (params: Params, unitId: string, date: CalendarDate.CalendarDate): string => {
  const u = params.add(unitId, "text")
  const d = params.add(date, "date")
  return `scope as (
    select dc.descendant_id as unit_id, kc.descendant_id as child_id
    from unit_closure kc
    join unit_closure dc on dc.ancestor_id = kc.descendant_id
    where kc.ancestor_id = ${u} and kc.depth = 1
      and kc.valid_from <= ${d} and (kc.valid_to is null or kc.valid_to >= ${d})
      and dc.valid_from <= ${d} and (dc.valid_to is null or dc.valid_to >= ${d})
    union all
    select ${u}, ${u}
  )`
}

type Row = Record<string, unknown>

/**
 * Runs one statement in a transaction of its own with JIT compilation off (the statements are wide, one
 * filter per count and snapshot, and PostgreSQL's JIT spends seconds compiling them to save
 * milliseconds) and enough working memory to group in memory. Separate transactions let the statements
 * use separate connections, hence cores.
 */
export const runStatement = (sql: SqlClient.SqlClient, statement: Statement) =>
  sql.withTransaction(
    Effect.gen(function* () {
      yield* sql.unsafe("set local jit = off")
      // Room to group in memory: the default 4 MB makes the planner sort 300,000 rows on disk instead.
      yield* sql.unsafe("set local work_mem = '64MB'")
      return yield* sql.unsafe<Row>(statement.text, statement.params).withoutTransform
    }),
  )

const toNumber = (value: unknown): number => (typeof value === "bigint" ? Number(value) : Number(value ?? 0))

/** `snake_case` → `camelCase`. */
export const camel = (name: string): string => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())

const zero = Object.fromEntries(Object.keys(Indicator.Aggregates.fields).map((key) => [key, 0])) as Record<
  keyof Indicator.Aggregates,
  number
>

/**
 * The aggregates per unit and snapshot from rows of counts: each row has `child_id` and columns
 * `<count>_<snapshot index>`, or `name` (such a column's name) and `n` (several rows for a child are
 * added up, so a count may come in parts). The
 * unit's own total is the sum of every row; a row of the unit itself belongs to the total only.
 * `communeWeeks` is the communes times the weeks of the period at each snapshot.
 */
export const collect = (
  unitId: string,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
  period: Period,
  results: ReadonlyArray<ReadonlyArray<Row>>,
): ReadonlyMap<string, ReadonlyArray<Indicator.Aggregates>> => {
  const byUnit = new Map<string, Array<Record<string, number>>>()
  // A column `<count>_<i>` as the count's name and the snapshot's index, parsed once per statement.
  const columns = new Map<string, readonly [string, number] | undefined>()
  const columnOf = (key: string) => {
    if (columns.has(key)) return columns.get(key)
    const match = /^(.*)_(\d+)$/.exec(key)
    const column = match === null ? undefined : ([camel(match[1]!), Number(match[2])] as const)
    columns.set(key, column)
    return column
  }
  const slot = (id: string, i: number): Record<string, number> => {
    const list = byUnit.get(id) ?? snapshots.map(() => ({}))
    byUnit.set(id, list)
    return list[i]!
  }
  for (const rows of results) {
    for (const row of rows) {
      const childId = String(row.child_id)
      // A row is wide (a column per count) or long (`name`, `n`: one count).
      const entries = "name" in row && "n" in row ? [[String(row.name), row.n] as const] : Object.entries(row)
      for (const [key, value] of entries) {
        if (key === "child_id") continue
        const column = columnOf(key)
        if (column === undefined) continue
        const [name, i] = column
        const count = toNumber(value)
        const total = slot(unitId, i)
        total[name] = (total[name] ?? 0) + count
        if (childId !== unitId) {
          const own = slot(childId, i)
          own[name] = (own[name] ?? 0) + count
        }
      }
    }
  }
  // The weeks of the period at each snapshot, the same for every unit.
  const weeks = snapshots.map((snapshot) => {
    const end = periodEndAt(period, snapshot)
    return end < period.from ? 0 : CalendarDate.weeksInPeriod(period.from, end).length
  })
  const out = new Map<string, ReadonlyArray<Indicator.Aggregates>>()
  for (const [id, list] of byUnit) {
    out.set(
      id,
      list.map((counted, i) => {
        const communes = counted.communes ?? 0
        return { ...zero, ...counted, communeWeeks: communes * weeks[i]! } as Indicator.Aggregates
      }),
    )
  }
  return out
}

/** Counts keyed `name_i` for snapshot `i`; each condition is written only when its column is. */
export const countColumns = (
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
  f: (date: CalendarDate.CalendarDate, i: number) => ReadonlyArray<readonly [string, () => string]>,
  aggregate = "count(*)",
): string =>
  snapshots
    .flatMap((date, i) =>
      f(date, i).map(
        ([name, where]) => `coalesce(${aggregate} filter (where ${where()}), 0) as ${name}_${i}`,
      ),
    )
    .join(",\n    ")
