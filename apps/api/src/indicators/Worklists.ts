/**
 * Worklists: who a door-to-door team visits next in a unit's subtree as at a date — the households with
 * no member with basic digital skills, and the persons aged 16 or more without a level-2 VNeID account.
 * Selected and paged in SQL, ordered by the domain's `Worklist.orderBySql` (the mirror of
 * `Worklist.compare`), returned as the domain's entries.
 */
import type * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Person from "@bdhv/domain/Person"
import * as Worklist from "@bdhv/domain/Worklist"
import { Effect, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import * as UnitAt from "./UnitAt.js"

/** A page of a worklist. */
export interface Page<A> {
  readonly items: ReadonlyArray<A>
  readonly page: number
  readonly pageSize: number
  readonly total: number
}

/** Paging of a worklist. */
export interface Paging {
  readonly page: number
  readonly pageSize: number
}

const group = (alias: string, tag: Person.GroupTag) => `'${tag}' = any (${alias}.groups)`

const aged = (
  alias: string,
  age: number,
  date: CalendarDate.CalendarDate,
  params: Array<unknown>,
): string => {
  const cutoff = Person.ageCutoff(age, date)
  params.push(cutoff.latestBirthDate, cutoff.latestBirthYear)
  return `(case when ${alias}.birth_date is not null then ${alias}.birth_date <= $${params.length - 1}::date
    else ${alias}.birth_year <= $${params.length}::integer end)`
}

const subtree = `(select c.descendant_id from unit_closure c where c.ancestor_id = $1
  and c.valid_from <= $2::date and (c.valid_to is null or c.valid_to >= $2::date))`

const decodeHousehold = Schema.decodeUnknownSync(Worklist.HouseholdEntry)
const decodePerson = Schema.decodeUnknownSync(Worklist.PersonEntry)

const order = Worklist.orderBySql({
  elderly: "w.elderly",
  disability: "w.disability",
  remote: "w.remote",
  lastVisitedOn: "w.last_visited_on",
  unitId: "w.unit_id",
  id: "w.id",
})

const entry = <A>(
  row: Record<string, unknown>,
  fields: ReadonlyArray<string>,
  decode: (u: unknown) => A,
): A => decode(Object.fromEntries(fields.map((field) => [field, row[field]])))

/** The households of the subtree with no member with basic digital skills on the date. */
export const households = Effect.fn("Worklists.households")(function* (
  unitId: string | undefined,
  asOf: CalendarDate.CalendarDate,
  paging: Paging,
  actor: Actor | undefined,
) {
  const sql = yield* SqlClient.SqlClient
  const at = yield* UnitAt.resolve(unitId, asOf, actor)
  const params: Array<unknown> = [at.unit.id, asOf]
  const elderly = aged("m", Person.elderlyAge, asOf, params)
  params.push(paging.pageSize, (paging.page - 1) * paging.pageSize)
  const [limit, offset] = [`$${params.length - 1}`, `$${params.length}`]
  const rows = yield* sql.unsafe<Record<string, unknown>>(
    `with w as (
       select h.id, h.id as household_id, h.unit_id, h.address, h.remote,
         count(m.id)::integer as members,
         coalesce(bool_or(${elderly}), false) as elderly,
         coalesce(bool_or(${group("m", "disability")}), false) as disability,
         coalesce(bool_or(d.basic_on <= $2::date), false) as skilled,
         coalesce((array_agg(m.full_name order by coalesce(m.birth_date, make_date(m.birth_year, 1, 1)), m.id)
           filter (where m.id is not null and m.erased_at is null))[1], h.code) as name,
         (select max(v.visited_on) from visits v
          where v.household_id = h.id and v.deleted_at is null and v.visited_on <= $2::date) as last_visited_on
       from households h
       left join people m on m.household_id = h.id and m.deleted_at is null
       left join person_skill_dates d on d.person_id = m.id
       where h.deleted_at is null and h.unit_id in ${subtree}
       group by h.id
     )
     select w.*, count(*) over () as total from w where not w.skilled
     order by ${order}
     limit ${limit} offset ${offset}`,
    params,
  )
  return {
    items: rows.map((row) =>
      entry(
        row,
        [
          "householdId",
          "name",
          "address",
          "members",
          "unitId",
          "elderly",
          "disability",
          "remote",
          "lastVisitedOn",
        ],
        decodeHousehold,
      ),
    ),
    page: paging.page,
    pageSize: paging.pageSize,
    total: yield* totalOf(rows, () => countHouseholds(at.unit.id, asOf)),
  } satisfies Page<Worklist.HouseholdEntry>
})

/** The total when the page is past the end (no row carries the window count). */
const totalOf = <E, R>(
  rows: ReadonlyArray<Record<string, unknown>>,
  count: () => Effect.Effect<number, E, R>,
) => (rows.length > 0 ? Effect.succeed(Number(rows[0]!.total)) : count())

const countHouseholds = (unitId: string, asOf: CalendarDate.CalendarDate) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* sql.unsafe<{ total: number | bigint }>(
      `select count(*) as total from households h
       where h.deleted_at is null and h.unit_id in ${subtree}
         and not exists (select 1 from people m join person_skill_dates d on d.person_id = m.id
           where m.household_id = h.id and m.deleted_at is null and d.basic_on <= $2::date)`,
      [unitId, asOf],
    )
    return Number(rows[0]?.total ?? 0)
  })

/** The persons of the subtree aged 16 or more on the date without a level-2 VNeID account. */
export const digitalIdentity = Effect.fn("Worklists.digitalIdentity")(function* (
  unitId: string | undefined,
  asOf: CalendarDate.CalendarDate,
  paging: Paging,
  actor: Actor | undefined,
) {
  const sql = yield* SqlClient.SqlClient
  const at = yield* UnitAt.resolve(unitId, asOf, actor)
  const params: Array<unknown> = [at.unit.id, asOf]
  const sixteen = aged("p", Person.digitalIdentityAge, asOf, params)
  const elderly = aged("p", Person.elderlyAge, asOf, params)
  params.push(paging.pageSize, (paging.page - 1) * paging.pageSize)
  const [limit, offset] = [`$${params.length - 1}`, `$${params.length}`]
  const rows = yield* sql.unsafe<Record<string, unknown>>(
    `with w as (
       select p.id, p.id as person_id, p.household_id, p.full_name as name, p.vneid_level, p.unit_id,
         ${elderly} as elderly,
         ${group("p", "disability")} as disability,
         ${group("p", "remote_area")} as remote,
         (select max(v.visited_on) from visits v
          where v.household_id = p.household_id and v.deleted_at is null and v.visited_on <= $2::date)
           as last_visited_on
       from people p
       where p.deleted_at is null and p.erased_at is null and p.vneid_level < 2 and ${sixteen}
         and p.unit_id in ${subtree}
     )
     select w.*, count(*) over () as total from w
     order by ${order}
     limit ${limit} offset ${offset}`,
    params,
  )
  const countParams: Array<unknown> = [at.unit.id, asOf]
  const countSixteen = aged("p", Person.digitalIdentityAge, asOf, countParams)
  return {
    items: rows.map((row) =>
      entry(
        row,
        [
          "personId",
          "householdId",
          "name",
          "vneidLevel",
          "unitId",
          "elderly",
          "disability",
          "remote",
          "lastVisitedOn",
        ],
        decodePerson,
      ),
    ),
    page: paging.page,
    pageSize: paging.pageSize,
    total: yield* totalOf(rows, () =>
      sql
        .unsafe<{ total: number | bigint }>(
          `select count(*) as total from people p
           where p.deleted_at is null and p.erased_at is null and p.vneid_level < 2 and ${countSixteen}
             and p.unit_id in ${subtree}`,
          countParams,
        )
        .pipe(Effect.map((r) => Number(r[0]?.total ?? 0))),
    ),
  } satisfies Page<Worklist.PersonEntry>
})
