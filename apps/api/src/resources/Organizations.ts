/**
 * Organizations: enterprises and cooperatives, schools, state agencies, party cells, youth union bases.
 */
import * as Organization from "@bdhv/domain/Organization"
import * as Text from "@bdhv/domain/Text"
import { Effect, Schema, Struct } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import { Conflict } from "../ServiceError.js"
import type * as Crud from "./Crud.js"
import * as Entity from "./Entity.js"
import * as ListQuery from "./ListQuery.js"
import * as Resource from "./Resource.js"
import { subtree } from "./Scope.js"

const fields = Struct.omit(Organization.Organization.fields, ["id"])

/** An organization as the API returns it. */
export const Item = Schema.Struct({ ...Organization.Organization.fields, ...Entity.Meta }).annotate({
  identifier: "Organization",
})
/** An organization as the API returns it. */
export type Item = typeof Item.Encoded

/** A new organization. */
export const Input = Schema.Struct(fields).annotate({ identifier: "OrganizationInput" })
/** Changes to an organization. */
export const Patch = Entity.patchOf(fields).annotate({ identifier: "OrganizationPatch" })

const sortKeys = ["name", "kind", "createdAt", "updatedAt"] as const

/** List parameters: search by name, a unit's subtree, a kind. */
export const ListParams = Schema.Struct({
  ...ListQuery.fields(sortKeys),
  unitId: Schema.optionalKey(Schema.String),
  kind: Schema.optionalKey(Organization.OrganizationKind),
}).annotate({ identifier: "OrganizationListParams" })

/** The organizations' table. */
export const table: Crud.Table<Item> = {
  entity: "organization",
  table: "organizations",
  unitOf: "t.unit_id",
  softDelete: true,
  searchColumn: "t.name_folded",
  sorts: { name: "t.name_folded", kind: "t.kind", createdAt: "t.created_at", updatedAt: "t.updated_at" },
  toItem: (row) => ({
    id: String(row.id),
    name: String(row.name),
    kind: row.kind as Organization.OrganizationKind,
    unitId: String(row.unitId),
    ...Entity.metaOf(row),
  }),
}

/** The organizations service. */
export const service = Resource.make({
  table,
  schema: Organization.Organization,
  Input,
  Patch,
  toRow: (o: Organization.Organization) => ({
    name: o.name,
    nameFolded: Text.searchKey(o.name),
    kind: o.kind,
    unitId: o.unitId,
  }),
  check: (actor: Actor, o: Organization.Organization) => Entity.requireUnit(actor, o.unitId, "unitId"),
  beforeDelete: (_actor: Actor, id: string) =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const [used] = yield* sql<{ n: number }>`
        select (select count(*)::int from people where deleted_at is null
                  and (school_id = ${id} or employer_ids @> ${[id]}::text[]))
             + (select count(*)::int from classes where deleted_at is null and organization_id = ${id}) as n`
      if (Number(used?.n ?? 0) > 0) {
        return yield* new Conflict({
          message: {
            vi: "Tổ chức còn người hoặc lớp học gắn với nó",
            en: "People or classes still refer to this organization",
          },
        })
      }
    }),
  filters: (sql: SqlClient.SqlClient, params: typeof ListParams.Type, today: string) => [
    params.unitId === undefined ? undefined : sql`t.unit_id in ${subtree(sql, params.unitId, today)}`,
    params.kind === undefined ? undefined : sql`t.kind = ${params.kind}`,
  ],
})
