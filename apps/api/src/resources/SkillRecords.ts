/**
 * Skill records: a person achieved a topic on a date, from a source (class, guide, door-to-door visit,
 * online platform, assessment), with evidence and who recorded it. Every count of skills is backed by
 * these rows. Classes and visits write theirs; an officer records the others here.
 */
import * as SkillRecord from "@bdhv/domain/SkillRecord"
import { Effect, Schema, Struct } from "effect"
import type * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import type * as Crud from "./Crud.js"
import * as Entity from "./Entity.js"
import * as ListQuery from "./ListQuery.js"
import * as Resource from "./Resource.js"
import { subtree } from "./Scope.js"

const fields = Struct.omit(SkillRecord.SkillRecord.fields, ["id", "recordedBy"])

/** A skill record as the API returns it. */
export const Item = Schema.Struct({ ...SkillRecord.SkillRecord.fields, ...Entity.Meta }).annotate({
  identifier: "SkillRecord",
})
/** A skill record as the API returns it. */
export type Item = typeof Item.Encoded

/** A new skill record (who recorded it is the signed-in user). */
export const Input = Schema.Struct(fields).annotate({ identifier: "SkillRecordInput" })
/** A correction of a skill record. */
export const Patch = Entity.patchOf(fields).annotate({ identifier: "SkillRecordPatch" })

const sortKeys = ["date", "topic"] as const

/** List parameters: a person, a topic, a source, a unit's subtree, a period. */
export const ListParams = Schema.Struct({
  ...ListQuery.fields(sortKeys),
  personId: Schema.optionalKey(Schema.String),
  topicId: Schema.optionalKey(Schema.String),
  source: Schema.optionalKey(SkillRecord.Source),
  unitId: Schema.optionalKey(Schema.String),
  from: Schema.optionalKey(ListQuery.DateParam),
  to: Schema.optionalKey(ListQuery.DateParam),
}).annotate({ identifier: "SkillRecordListParams" })

const personUnit = "(select p.unit_id from people p where p.id = t.person_id)"

/** The skill records' table. */
export const table: Crud.Table<Item> = {
  entity: "skill_record",
  table: "skill_records",
  unitOf: personUnit,
  softDelete: true,
  sorts: { date: "t.achieved_on", topic: "t.topic_id" },
  toItem: (row) => ({
    id: String(row.id),
    personId: String(row.personId),
    topicId: String(row.topicId),
    date: String(row.achievedOn),
    source: row.source as SkillRecord.Source,
    evidenceId: String(row.evidenceId ?? ""),
    recordedBy: String(row.recordedBy ?? ""),
    ...Entity.metaOf(row),
  }),
}

/** The skill records service. */
export const service = Resource.make({
  table,
  schema: SkillRecord.SkillRecord,
  Input,
  Patch,
  serverFields: (actor: Actor) => ({ recordedBy: actor.userId }),
  toRow: (r: SkillRecord.SkillRecord) => ({
    personId: r.personId,
    topicId: r.topicId,
    achievedOn: r.date,
    source: r.source,
    evidenceId: r.evidenceId,
    recordedBy: r.recordedBy,
  }),
  check: (actor: Actor, r: SkillRecord.SkillRecord) =>
    Effect.gen(function* () {
      yield* Entity.requireReferences(actor, Entity.references.person, "personId", [r.personId])
      yield* Entity.requireTopics("topicId", [r.topicId])
    }),
  filters: (sql: SqlClient.SqlClient, params: typeof ListParams.Type, today: string) => [
    params.personId === undefined ? undefined : sql`t.person_id = ${params.personId}`,
    params.topicId === undefined ? undefined : sql`t.topic_id = ${params.topicId}`,
    params.source === undefined ? undefined : sql`t.source = ${params.source}`,
    params.unitId === undefined
      ? undefined
      : sql`${sql.unsafe(personUnit)} in ${subtree(sql, params.unitId, today)}`,
    params.from === undefined ? undefined : sql`t.achieved_on >= ${params.from}::date`,
    params.to === undefined ? undefined : sql`t.achieved_on <= ${params.to}::date`,
  ],
  unique: {
    skill_records_occasion: {
      vi: "Kết quả này đã được ghi nhận với cùng minh chứng",
      en: "This skill is already recorded with the same evidence",
    },
    // A certificate of the online platform is one person's (migration 0090).
    skill_records_certificate: {
      vi: "Chứng chỉ này đã được ghi nhận cho chủ đề này",
      en: "This certificate is already recorded for this topic",
    },
  },
})
