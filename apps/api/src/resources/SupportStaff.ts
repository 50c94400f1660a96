/**
 * Support staff: duty assignments at a commune-level unit's public-service desk (at least one per
 * commune, the domain's `SupportStaff.MINIMUM_PER_COMMUNE`).
 */
import * as SupportStaff from "@bdhv/domain/SupportStaff"
import { Effect, Schema, Struct } from "effect"
import type * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import type * as Crud from "./Crud.js"
import * as Entity from "./Entity.js"
import * as ListQuery from "./ListQuery.js"
import * as Resource from "./Resource.js"
import { subtree } from "./Scope.js"

const fields = Struct.omit(SupportStaff.SupportStaff.fields, ["id"])

/** An assignment as the API returns it, with the person's name. */
export const Item = Schema.Struct({
  ...SupportStaff.SupportStaff.fields,
  fullName: Schema.String,
  ...Entity.Meta,
}).annotate({ identifier: "SupportStaff" })
/** An assignment as the API returns it. */
export type Item = typeof Item.Encoded

/** A new assignment. */
export const Input = Schema.Struct(fields).annotate({ identifier: "SupportStaffInput" })
/** Changes to an assignment. */
export const Patch = Entity.patchOf(fields).annotate({ identifier: "SupportStaffPatch" })

const sortKeys = ["validFrom", "name"] as const

/** List parameters: search by name, a unit's subtree, active only. */
export const ListParams = Schema.Struct({
  ...ListQuery.fields(sortKeys),
  unitId: Schema.optionalKey(Schema.String),
  active: Schema.optionalKey(ListQuery.BooleanParam),
}).annotate({ identifier: "SupportStaffListParams" })

/** The support staff's table. */
export const table: Crud.Table<Item> = {
  entity: "support_staff",
  table: "support_staff",
  unitOf: "t.unit_id",
  softDelete: true,
  searchColumn: "(select p.name_folded from people p where p.id = t.person_id)",
  extraColumns: "(select p.full_name from people p where p.id = t.person_id) as full_name",
  sorts: { validFrom: "t.valid_from", name: "(select p.name_folded from people p where p.id = t.person_id)" },
  toItem: (row) => ({
    id: String(row.id),
    personId: String(row.personId),
    unitId: String(row.unitId),
    validFrom: String(row.validFrom),
    validTo: (row.validTo as string | null) ?? null,
    active: row.active === true,
    fullName: String(row.fullName ?? ""),
    ...Entity.metaOf(row),
  }),
}

/** The support staff service. */
export const service = Resource.make({
  table,
  schema: SupportStaff.SupportStaff,
  Input,
  Patch,
  toRow: (s: SupportStaff.SupportStaff) => ({
    personId: s.personId,
    unitId: s.unitId,
    validFrom: s.validFrom,
    validTo: s.validTo,
    active: s.active,
  }),
  check: (actor: Actor, s: SupportStaff.SupportStaff) =>
    Effect.gen(function* () {
      yield* Entity.requireUnit(actor, s.unitId, "unitId", { communeOnly: true })
      yield* Entity.requireReferences(actor, Entity.references.person, "personId", [s.personId])
    }),
  filters: (sql: SqlClient.SqlClient, params: typeof ListParams.Type, today: string) => [
    params.unitId === undefined ? undefined : sql`t.unit_id in ${subtree(sql, params.unitId, today)}`,
    params.active === undefined ? undefined : sql`t.active = ${params.active === "true"}`,
  ],
})
