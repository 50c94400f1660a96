/**
 * People: residents the campaign counts, teaches and visits, stored through their row codec
 * (`db/rows/Person.ts`).
 */
import * as Household from "@bdhv/domain/Household"
import * as Person from "@bdhv/domain/Person"
import * as Phone from "@bdhv/domain/Phone"
import * as Text from "@bdhv/domain/Text"
import { Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Fragment } from "effect/sql/Statement"
import type { Actor } from "../auth/Actor.js"
import * as PersonRows from "../db/rows/Person.js"
import { phoneView } from "../security/Access.js"
import * as Crud from "./Crud.js"
import * as Entity from "./Entity.js"
import * as ListQuery from "./ListQuery.js"
import * as Resource from "./Resource.js"
import { InvalidInput } from "../ServiceError.js"
import { subtree } from "./Scope.js"
import { Effect } from "effect"

/**
 * A phone number as the reader's role sees it (`security/Access.ts` → `present`): in E.164
 * (`+84912345678`) for roles that call people, masked (`091****678`) for team leaders, and absent for
 * viewers or when the person has none.
 */
export const PhoneAsSeen = Schema.String.annotate({
  description:
    "E.164 (+84912345678) for roles that see phone numbers; masked (091****678) for team leaders; " +
    "absent for viewers and when the person has none",
  examples: ["+84912345678", "091****678"],
})

/** A person as the API returns it. */
export const Item = Schema.Struct({
  ...Person.Person.fields,
  phone: Schema.optionalKey(PhoneAsSeen),
  ...Entity.Meta,
}).annotate({ identifier: "Person" })
/** A person as the API returns it. */
export type Item = typeof Item.Encoded

/** A new person. */
export const Input = Person.PersonInput.annotate({ identifier: "PersonInput" })
/** Changes to a person. */
export const Patch = Entity.patchOf(Person.PersonInput.fields).annotate({ identifier: "PersonPatch" })

const sortKeys = ["name", "birthYear", "createdAt", "updatedAt"] as const

/** List parameters: search by name or phone number, a unit's subtree, a household, a group, VNeID level, sex. */
export const ListParams = Schema.Struct({
  ...ListQuery.fields(sortKeys),
  unitId: Schema.optionalKey(Schema.String),
  householdId: Schema.optionalKey(Schema.String),
  group: Schema.optionalKey(Schema.String),
  vneidLevel: Schema.optionalKey(Schema.Literals(["0", "1", "2"])),
  hasDigitalBankAccount: Schema.optionalKey(ListQuery.BooleanParam),
  sex: Schema.optionalKey(Person.Sex),
}).annotate({ identifier: "PersonListParams" })

const toItem = (row: Crud.Row): Item => ({
  id: String(row.id),
  ...PersonRows.inputOf(PersonRows.readColumns(row)),
  ...Entity.metaOf(row),
})

/** The people's table. */
export const table: Crud.Table<Item> = {
  entity: "person",
  table: "people",
  unitOf: "t.unit_id",
  softDelete: true,
  sorts: {
    name: "t.name_folded",
    birthYear: "t.birth_year",
    createdAt: "t.created_at",
    updatedAt: "t.updated_at",
  },
  toItem,
}

/** Checks a person's unit, household, school and employers. */
export const check = (actor: Actor, p: Person.PersonInput) =>
  Effect.gen(function* () {
    yield* Entity.requireUnit(actor, p.unitId, "unitId", { villageOnly: true })
    if (p.householdId !== null) {
      yield* Entity.requireReferences(actor, Entity.references.household, "householdId", [p.householdId])
      const sql = yield* SqlClient.SqlClient
      const [household] = yield* sql<{ unitId: string }>`
        select unit_id from households where id = ${p.householdId} and deleted_at is null`
      const problem = Household.memberUnitProblem(p, household)
      if (problem !== undefined) return yield* new InvalidInput({ issues: [problem] })
    }
    const student = p.groups.find((g) => g._tag === "student")
    const schoolId = student?._tag === "student" ? student.schoolId : undefined
    yield* Entity.requireReferences(undefined, Entity.references.organization, "groups", [
      ...(schoolId === undefined ? [] : [schoolId]),
      ...Person.employersOf(p),
    ])
  })

/**
 * The people a search finds (`alias` is the people table's alias): every word starting a word of the
 * name, accents folded; or, when the query is a whole phone number in any spelling (the domain's
 * `Phone.searchKey`), the people with that number — for roles that read phone numbers only, so a
 * masked number cannot be found out by trying it. `undefined` for a blank query.
 */
export const searchCondition = (
  sql: SqlClient.SqlClient,
  actor: Actor,
  query: string | undefined,
  alias = "t",
): Fragment | undefined => {
  const byName = ListQuery.searchCondition(sql, `${alias}.name_folded`, query)
  const phone = phoneView(actor.role) === "full" ? Phone.searchKey(query ?? "") : undefined
  if (phone === undefined) return byName
  const byPhone = sql`${sql.unsafe(alias)}.phone = ${phone}`
  return byName === undefined ? byPhone : sql`(${sql.or([byName, byPhone])})`
}

/** The conditions of the list's filters. */
const filters = (sql: SqlClient.SqlClient, params: typeof ListParams.Type, today: string) => [
  params.unitId === undefined ? undefined : sql`t.unit_id in ${subtree(sql, params.unitId, today)}`,
  params.householdId === undefined ? undefined : sql`t.household_id = ${params.householdId}`,
  params.group === undefined ? undefined : sql`t.groups @> ${[params.group]}::text[]`,
  params.vneidLevel === undefined ? undefined : sql`t.vneid_level = ${Number(params.vneidLevel)}`,
  params.hasDigitalBankAccount === undefined
    ? undefined
    : sql`t.digital_bank = ${params.hasDigitalBankAccount === "true"}`,
  params.sex === undefined ? undefined : sql`t.sex = ${params.sex}`,
]

const resource = Resource.make({
  table,
  schema: Person.Person,
  Input,
  Patch,
  toRow: PersonRows.toColumns,
  fromInput: (input: Person.PersonInput, id: string) =>
    new Person.Person({ ...input, id: Person.PersonId.make(id) }, { disableChecks: true }),
  check,
  filters,
})

/** The people service: the resource's operations, its list searched by name or phone number. */
export const service = {
  ...resource,
  list: (actor: Actor, params: typeof ListParams.Type) =>
    Crud.list(table, actor, params, (sql, today) => [
      searchCondition(sql, actor, params.q),
      ...filters(sql, params, today),
    ]),
}
