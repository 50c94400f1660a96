/**
 * Households (hộ gia đình): known to the commune by their code, living in a village or residential group.
 */
import * as Household from "@bdhv/domain/Household"
import * as Text from "@bdhv/domain/Text"
import { Effect, Schema, Struct } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import { Conflict, InvalidInput } from "../ServiceError.js"
import * as Crud from "./Crud.js"
import * as Entity from "./Entity.js"
import * as ListQuery from "./ListQuery.js"
import * as People from "./People.js"
import * as Resource from "./Resource.js"
import { subtree } from "./Scope.js"

const fields = Struct.omit(Household.Household.fields, ["id"])

/** A household as the API returns it. */
export const Item = Schema.Struct({
  ...Household.Household.fields,
  /** The head's full name, shown in lists; `null` without a head. */
  headName: Schema.NullOr(Schema.String),
  /** In a searched list, the member the search found (by name or phone number), when it found one. */
  matchedMember: Schema.optionalKey(
    Schema.Struct({ id: Schema.String, fullName: Schema.String }).annotate({ identifier: "MatchedMember" }),
  ),
  ...Entity.Meta,
}).annotate({
  identifier: "Household",
})
/** A household as the API returns it. */
export type Item = typeof Item.Encoded

/** A new household. */
export const Input = Schema.Struct(fields).annotate({ identifier: "HouseholdInput" })
/** Changes to a household. */
export const Patch = Entity.patchOf(fields).annotate({ identifier: "HouseholdPatch" })

const sortKeys = ["code", "createdAt", "updatedAt"] as const

/** List parameters: search (code, address, a member's name or phone number), a unit's subtree, remote only. */
export const ListParams = Schema.Struct({
  ...ListQuery.fields(sortKeys),
  unitId: Schema.optionalKey(Schema.String),
  isRemote: Schema.optionalKey(ListQuery.BooleanParam),
}).annotate({ identifier: "HouseholdListParams" })

const toItem = (row: Crud.Row): Item => ({
  id: String(row.id),
  code: String(row.code),
  unitId: String(row.unitId),
  ...(row.address === null || row.address === undefined ? {} : { address: String(row.address) }),
  isRemote: row.remote === true,
  headId: (row.headPersonId as string | null | undefined) ?? null,
  headName: (row.headName as string | null | undefined) ?? null,
  ...Entity.metaOf(row),
})

/** The households' table. */
export const table: Crud.Table<Item> = {
  entity: "household",
  table: "households",
  unitOf: "t.unit_id",
  softDelete: true,
  sorts: { code: "t.code", createdAt: "t.created_at", updatedAt: "t.updated_at" },
  extraColumns: `(select p.full_name from people p where p.id = t.head_person_id and p.deleted_at is null
    and p.household_id = t.id) as head_name`,
  toItem,
}

/** The conditions of the list's filters. */
const filters = (sql: SqlClient.SqlClient, params: typeof ListParams.Type, today: string) => [
  params.unitId === undefined ? undefined : sql`t.unit_id in ${subtree(sql, params.unitId, today)}`,
  params.isRemote === undefined ? undefined : sql`t.remote = ${params.isRemote === "true"}`,
]

const resource = Resource.make({
  table,
  schema: Household.Household,
  Input,
  Patch,
  toRow: (h: Household.Household) => ({
    code: h.code,
    unitId: h.unitId,
    address: h.address ?? null,
    remote: h.isRemote,
    searchFolded: Text.searchKey(`${h.code} ${h.address ?? ""}`),
    headPersonId: h.headId ?? null,
  }),
  check: (actor: Actor, h: Household.Household) =>
    Effect.gen(function* () {
      yield* Entity.requireUnit(actor, h.unitId, "unitId", { villageOnly: true })
      if (h.headId === undefined || h.headId === null) return
      const sql = yield* SqlClient.SqlClient
      const [head] = yield* sql<{ householdId: string | null }>`
        select household_id from people where id = ${h.headId} and deleted_at is null`
      const problem = Household.headProblem(h, head)
      if (problem !== undefined) return yield* new InvalidInput({ issues: [problem] })
    }),
  // A person's unit is their household's (the domain's `Household.memberUnitProblem`): members move with it.
  afterWrite: (_actor: Actor, h: Household.Household, created: boolean) =>
    created
      ? Effect.void
      : Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          yield* sql`
            update people set unit_id = ${h.unitId}, version = version + 1, updated_at = now()
            where household_id = ${h.id} and unit_id <> ${h.unitId} and deleted_at is null`
        }),
  beforeDelete: (_actor: Actor, id: string) =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const [members] = yield* sql<{ n: number }>`
        select count(*)::int as n from people where household_id = ${id} and deleted_at is null`
      if ((members?.n ?? 0) > 0) {
        return yield* new Conflict({
          message: {
            vi: `Hộ còn ${members?.n} thành viên; hãy chuyển hoặc xoá thành viên trước`,
            en: `The household still has ${members?.n} members; move or delete them first`,
          },
        })
      }
    }),
  filters,
  unique: {
    households_commune_code: Household.codeTakenInCommune,
    households_unit_code: {
      vi: "Mã hộ này đã có trong thôn, tổ dân phố",
      en: "This household code is already used in the village",
    },
  },
})

/**
 * The households a search finds: by their code or address, or by a member's name or phone number
 * (`People.searchCondition`).
 */
const searchCondition = (sql: SqlClient.SqlClient, actor: Actor, query: string | undefined) => {
  const own = ListQuery.searchCondition(sql, "t.search_folded", query)
  const member = People.searchCondition(sql, actor, query, "p")
  if (own === undefined || member === undefined) return own
  return sql`(${own} or exists (
    select 1 from people p where p.household_id = t.id and p.deleted_at is null and ${member}))`
}

/** For each household of a searched page, the member the search found (the head first, then by name). */
const matchedMembers = (actor: Actor, ids: ReadonlyArray<string>, query: string | undefined) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const member = People.searchCondition(sql, actor, query, "p")
    if (member === undefined || ids.length === 0) return new Map<string, Item["matchedMember"]>()
    const rows = yield* sql<{ householdId: string; id: string; fullName: string }>`
      select distinct on (p.household_id) p.household_id, p.id, p.full_name
      from people p join households h on h.id = p.household_id
      where p.household_id in ${sql.in(ids)} and p.deleted_at is null and ${member}
      order by p.household_id, (p.id = h.head_person_id) is true desc, p.name_folded, p.id`
    return new Map(rows.map((row) => [row.householdId, { id: row.id, fullName: row.fullName }]))
  })

/** The households service: the resource's operations, its list searched through the members too. */
export const service = {
  ...resource,
  list: (actor: Actor, params: typeof ListParams.Type) =>
    Effect.gen(function* () {
      const page = yield* Crud.list(table, actor, params, (sql, today) => [
        searchCondition(sql, actor, params.q),
        ...filters(sql, params, today),
      ])
      const matches = yield* matchedMembers(
        actor,
        page.items.map((item) => item.id),
        params.q,
      )
      return {
        ...page,
        items: page.items.map((item) => {
          const matchedMember = matches.get(item.id)
          return matchedMember === undefined ? item : { ...item, matchedMember }
        }),
      }
    }),
}
