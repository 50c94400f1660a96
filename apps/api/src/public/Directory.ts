import * as Unit from "@bdhv/domain/Unit"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { communeKinds } from "../indicators/AggregateSql.js"
import * as Today from "../Today.js"

/** A commune-level unit and its villages. */
export interface PublicUnit {
  readonly id: string
  readonly code: string | null
  readonly name: string
  readonly kind: string
  readonly villages: ReadonlyArray<{ readonly id: string; readonly name: string; readonly kind: string }>
}

const villageKinds: ReadonlyArray<string> = Unit.UnitKind.literals.filter(Unit.isVillageLevel)

/** The commune-level units valid today (in Vietnam), by name, each with its villages by name. */
export const units = Effect.fn("Directory.units")(function* () {
  const sql = yield* SqlClient.SqlClient
  const today = yield* Today.today
  const rows = yield* sql<{
    id: string
    code: string | null
    name: string
    kind: string
    villageId: string | null
    villageName: string | null
    villageKind: string | null
  }>`
    select cm.id, cm.code, cm.name, cm.kind, v.id as village_id, v.name as village_name, v.kind as village_kind
    from units cm
    left join unit_closure c on c.ancestor_id = cm.id and c.depth = 1
      and c.valid_from <= ${today}::date and (c.valid_to is null or c.valid_to >= ${today}::date)
    left join units v on v.id = c.descendant_id and v.deleted_at is null and v.kind in ${sql.in(villageKinds)}
    where cm.deleted_at is null and cm.kind in ${sql.in(communeKinds)}
      and cm.valid_from <= ${today}::date and (cm.valid_to is null or cm.valid_to >= ${today}::date)
    order by cm.name_folded, cm.id, v.name_folded, v.id`
  const out: Array<PublicUnit & { villages: Array<PublicUnit["villages"][number]> }> = []
  for (const row of rows) {
    let unit = out.at(-1)
    if (unit === undefined || unit.id !== row.id) {
      unit = { id: row.id, code: row.code, name: row.name, kind: row.kind, villages: [] }
      out.push(unit)
    }
    if (row.villageId !== null && row.villageName !== null) {
      unit.villages.push({ id: row.villageId, name: row.villageName, kind: row.villageKind ?? "" })
    }
  }
  return out as ReadonlyArray<PublicUnit>
})

/** An event as the public site shows it. */
export interface PublicEvent {
  readonly id: string
  readonly kind: string
  readonly title: string
  readonly date: string
  readonly mode: string
  readonly venue: string | null
  readonly unitId: string
  readonly unitName: string
  readonly participants: number
}

/**
 * The events from `from` on (today by default), soonest first, then the most recent past ones (the
 * 10/10 day just held is news too): at most `limit` of each.
 */
export const events = Effect.fn("Directory.events")(function* (limit = 20) {
  const sql = yield* SqlClient.SqlClient
  const today = yield* Today.today
  const select = (where: string, order: string) =>
    sql.unsafe<PublicEvent>(
      `select e.id, e.kind, e.title, e.held_on::text as date, e.mode, e.venue, e.unit_id, u.name as unit_name,
         e.participants
       from events e join units u on u.id = e.unit_id
       where e.deleted_at is null and ${where} order by ${order} limit $2`,
      [today, limit],
    )
  const [upcoming, past] = yield* Effect.all([
    select("e.held_on >= $1::date", "e.held_on, e.id"),
    select("e.held_on < $1::date", "e.held_on desc, e.id"),
  ])
  return [...upcoming, ...past]
})
