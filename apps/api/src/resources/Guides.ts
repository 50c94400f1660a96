/**
 * Guides (Đại sứ số, "Người hướng dẫn") and the learners they teach ("Người học"). A guide's page shows
 * how many distinct learners they have and whether that meets the quota — both from the domain's
 * `Guide.learnersOf` and `Guide.meetsQuota`.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Guide from "@bdhv/domain/Guide"
import * as Person from "@bdhv/domain/Person"
import * as Unit from "@bdhv/domain/Unit"
import { Effect, Schema, Struct } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as AuditLog from "../audit/AuditLog.js"
import type { Actor } from "../auth/Actor.js"
import * as Access from "../security/Access.js"
import { Conflict, NotFound } from "../ServiceError.js"
import * as Crud from "./Crud.js"
import * as Entity from "./Entity.js"
import * as ListQuery from "./ListQuery.js"
import * as Resource from "./Resource.js"
import { subtree } from "./Scope.js"

const fields = Struct.omit(Guide.Guide.fields, ["id"])

/** A guide as the API returns it: the domain's guide, their name, distinct learners and quota. */
export const Item = Schema.Struct({
  ...Guide.Guide.fields,
  fullName: Schema.String,
  learners: Schema.Number,
  meetsQuota: Schema.Boolean,
  ...Entity.Meta,
}).annotate({ identifier: "Guide" })
/** A guide as the API returns it. */
export type Item = typeof Item.Encoded

/** A new guide. */
export const Input = Schema.Struct(fields).annotate({ identifier: "GuideInput" })
/** Changes to a guide. */
export const Patch = Entity.patchOf(fields).annotate({ identifier: "GuidePatch" })

const sortKeys = ["name", "since", "learners"] as const

/** List parameters: search by name, a unit's subtree, below quota only. */
export const ListParams = Schema.Struct({
  ...ListQuery.fields(sortKeys),
  unitId: Schema.optionalKey(Schema.String),
  belowQuota: Schema.optionalKey(ListQuery.BooleanParam),
}).annotate({ identifier: "GuideListParams" })

/** A guide – learner link as the API returns it. */
export const LinkItem = Schema.Struct({
  id: Schema.String,
  ...Guide.GuideLink.fields,
  fullName: Schema.String,
}).annotate({ identifier: "GuideLink" })
/** A guide – learner link as the API returns it. */
export type LinkItem = typeof LinkItem.Encoded

/** A teaching to record: the learner and the day. */
export const LinkInput = Schema.Struct({
  learnerId: Person.PersonId,
  date: CalendarDate.CalendarDate,
}).annotate({ identifier: "GuideLinkInput" })

const learnerIdsColumn =
  "coalesce((select array_agg(distinct gl.person_id) from guide_learners gl where gl.guide_id = t.id), '{}') as learner_ids"

const toItem = (row: Crud.Row): Item => {
  const guide = Guide.Guide.make({
    id: Guide.GuideId.make(String(row.id)),
    personId: Person.PersonId.make(String(row.personId)),
    unitId: Unit.UnitId.make(String(row.unitId)),
    since: String(row.since) as CalendarDate.CalendarDate,
  })
  const links = ((row.learnerIds as ReadonlyArray<string> | null) ?? []).map((learnerId) =>
    Guide.GuideLink.make({
      guideId: guide.id,
      learnerId: Person.PersonId.make(learnerId),
      date: guide.since,
    }),
  )
  const learners = Guide.learnersOf(guide, links)
  return {
    id: guide.id,
    personId: guide.personId,
    unitId: guide.unitId,
    since: guide.since,
    fullName: String(row.fullName ?? ""),
    learners: learners.length,
    meetsQuota: Guide.meetsQuota(learners),
    ...Entity.metaOf(row),
  }
}

/** The guides' table. */
export const table: Crud.Table<Item> = {
  entity: "guide",
  table: "guides",
  unitOf: "t.unit_id",
  softDelete: true,
  searchColumn: "(select p.name_folded from people p where p.id = t.person_id)",
  extraColumns: `(select p.full_name from people p where p.id = t.person_id) as full_name, ${learnerIdsColumn}`,
  sorts: {
    name: "(select p.name_folded from people p where p.id = t.person_id)",
    since: "t.since",
    learners: "(select count(distinct gl.person_id) from guide_learners gl where gl.guide_id = t.id)",
  },
  toItem,
}

/** The guides service. */
export const service = Resource.make({
  table,
  schema: Guide.Guide,
  Input,
  Patch,
  toRow: (g: Guide.Guide) => ({ personId: g.personId, unitId: g.unitId, since: g.since }),
  beforeDelete: (_actor: Actor, id: string) => requireNoLinks(id),
  check: (actor: Actor, g: Guide.Guide) =>
    Effect.gen(function* () {
      yield* Entity.requireUnit(actor, g.unitId, "unitId")
      yield* Entity.requireReferences(actor, Entity.references.person, "personId", [g.personId])
    }),
  filters: (sql: SqlClient.SqlClient, params: typeof ListParams.Type, today: string) => [
    params.unitId === undefined ? undefined : sql`t.unit_id in ${subtree(sql, params.unitId, today)}`,
    params.belowQuota === undefined
      ? undefined
      : sql`((select count(distinct gl.person_id) from guide_learners gl
              where gl.guide_id = t.id and gl.person_id <> t.person_id) < ${Guide.QUOTA}) = ${params.belowQuota === "true"}`,
  ],
  unique: {
    guides_person: { vi: "Người này đã là người hướng dẫn", en: "This person is already a guide" },
  },
})

const toLink = (row: Crud.Row): LinkItem => ({
  id: String(row.id),
  guideId: String(row.guideId),
  learnerId: String(row.personId),
  date: String(row.taughtOn),
  fullName: String(row.fullName ?? ""),
})

/** A guide's teachings, newest first. */
export const links = Effect.fn("Guides.links")(function* (actor: Actor, guideId: string) {
  const sql = yield* SqlClient.SqlClient
  yield* Crud.findRow(table, actor, guideId)
  const rows = yield* sql<Crud.Row>`
    select gl.*, p.full_name from guide_learners gl join people p on p.id = gl.person_id
    where gl.guide_id = ${guideId} order by gl.taught_on desc, gl.id`
  return rows.map(toLink)
})

/** Records that a guide taught a learner on a day (the domain's count leaves out a guide's own person). */
export const addLink = Effect.fn("Guides.addLink")(function* (
  actor: Actor,
  guideId: string,
  input: typeof LinkInput.Type,
) {
  yield* Access.require(actor, "guide-learners", "write")
  const sql = yield* SqlClient.SqlClient
  yield* Crud.findRow(table, actor, guideId)
  yield* Entity.requireReferences(actor, Entity.references.person, "learnerId", [input.learnerId])
  const id = Crud.newId()
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      yield* sql`insert into guide_learners ${sql.insert({
        id,
        guideId,
        personId: input.learnerId,
        taughtOn: input.date,
      })}`
      const [row] = yield* sql<Crud.Row>`
        select gl.*, p.full_name from guide_learners gl join people p on p.id = gl.person_id where gl.id = ${id}`
      if (row === undefined) return yield* new NotFound({ entity: "guide_link", id })
      const link = toLink(row)
      yield* AuditLog.append({ actor, entity: "guide_link", entityId: id, action: "create", after: link })
      return link
    }),
  )
})

/** Removes a teaching recorded by mistake. */
export const removeLink = Effect.fn("Guides.removeLink")(function* (
  actor: Actor,
  guideId: string,
  linkId: string,
) {
  yield* Access.require(actor, "guide-learners", "write")
  const sql = yield* SqlClient.SqlClient
  yield* Crud.findRow(table, actor, guideId)
  yield* sql.withTransaction(
    Effect.gen(function* () {
      const [row] = yield* sql<Crud.Row>`
        select gl.*, p.full_name from guide_learners gl join people p on p.id = gl.person_id
        where gl.id = ${linkId} and gl.guide_id = ${guideId}`
      if (row === undefined) return yield* new NotFound({ entity: "guide_link", id: linkId })
      yield* sql`delete from guide_learners where id = ${linkId}`
      yield* AuditLog.append({
        actor,
        entity: "guide_link",
        entityId: linkId,
        action: "delete",
        before: toLink(row),
      })
    }),
  )
})

/** Refuses to delete a guide whose teachings are recorded (they back the quota indicator). */
const requireNoLinks = (guideId: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const [row] = yield* sql<{
      n: number
    }>`select count(*)::int as n from guide_learners where guide_id = ${guideId}`
    if ((row?.n ?? 0) > 0) {
      return yield* new Conflict({
        message: {
          vi: "Người hướng dẫn đã có người học được ghi nhận",
          en: "Teachings are recorded for this guide",
        },
      })
    }
  })
