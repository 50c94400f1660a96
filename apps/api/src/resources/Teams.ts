/**
 * Teams (Tổ chuyển đổi số cộng đồng, youth teams, student volunteers) and their door-to-door visits
 * ("đi từng ngõ, gõ từng nhà, hướng dẫn từng người").
 *
 * Recording a visit also records what it changed, in the same transaction: the people helped learned
 * the visit's topics (skill records with source `door_to_door` and the visit as evidence), and the people
 * whose VNeID reached level 2 or who opened a digital bank account have their record updated.
 */
import * as Team from "@bdhv/domain/Team"
import * as Text from "@bdhv/domain/Text"
import { Effect, Schema, Struct } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as AuditLog from "../audit/AuditLog.js"
import type { Actor } from "../auth/Actor.js"
import { Conflict } from "../ServiceError.js"
import * as Crud from "./Crud.js"
import * as Entity from "./Entity.js"
import * as ListQuery from "./ListQuery.js"
import * as Resource from "./Resource.js"
import { subtree } from "./Scope.js"

const teamFields = Struct.omit(Team.Team.fields, ["id"])
const visitFields = Struct.omit(Team.Visit.fields, ["id"])

/** A team as the API returns it. */
export const TeamItem = Schema.Struct({ ...Team.Team.fields, ...Entity.Meta }).annotate({
  identifier: "Team",
})
/** A team as the API returns it. */
export type TeamItem = typeof TeamItem.Encoded
/** A visit as the API returns it. */
export const VisitItem = Schema.Struct({ ...Team.Visit.fields, ...Entity.Meta }).annotate({
  identifier: "Visit",
})
/** A visit as the API returns it. */
export type VisitItem = typeof VisitItem.Encoded

/** Teams: schemas of the requests. */
export const Teams = {
  Input: Schema.Struct(teamFields).annotate({ identifier: "TeamInput" }),
  Patch: Entity.patchOf(teamFields).annotate({ identifier: "TeamPatch" }),
  ListParams: Schema.Struct({
    ...ListQuery.fields(["name", "kind"] as const),
    unitId: Schema.optionalKey(Schema.String),
    kind: Schema.optionalKey(Team.TeamKind),
  }).annotate({ identifier: "TeamListParams" }),
}

/** Visits: schemas of the requests. */
export const Visits = {
  Input: Schema.Struct(visitFields).annotate({ identifier: "VisitInput" }),
  Patch: Entity.patchOf(visitFields).annotate({ identifier: "VisitPatch" }),
  ListParams: Schema.Struct({
    ...ListQuery.fields(["date"] as const),
    teamId: Schema.optionalKey(Schema.String),
    householdId: Schema.optionalKey(Schema.String),
    unitId: Schema.optionalKey(Schema.String),
    from: Schema.optionalKey(ListQuery.DateParam),
    to: Schema.optionalKey(ListQuery.DateParam),
  }).annotate({ identifier: "VisitListParams" }),
}

const ids = (value: unknown): ReadonlyArray<string> => (value as ReadonlyArray<string> | null) ?? []

const teamsTable: Crud.Table<TeamItem> = {
  entity: "team",
  table: "teams",
  unitOf: "t.unit_id",
  softDelete: true,
  searchColumn: "t.name_folded",
  extraColumns:
    "coalesce((select array_agg(m.person_id order by m.created_at, m.person_id) from team_members m where m.team_id = t.id), '{}') as member_ids",
  sorts: { name: "t.name_folded", kind: "t.kind" },
  toItem: (row) => ({
    id: String(row.id),
    kind: row.kind as Team.TeamKind,
    name: String(row.name),
    unitId: String(row.unitId),
    memberIds: ids(row.memberIds),
    leaderId: (row.leaderPersonId as string | null) ?? null,
    ...Entity.metaOf(row),
  }),
}

const householdUnit = "(select h.unit_id from households h where h.id = t.household_id)"

const visitsTable: Crud.Table<VisitItem> = {
  entity: "visit",
  table: "visits",
  unitOf: householdUnit,
  softDelete: true,
  extraColumns:
    "coalesce((select array_agg(vt.topic_id order by vt.topic_id) from visit_topics vt where vt.visit_id = t.id), '{}') as topic_ids",
  sorts: { date: "t.visited_on" },
  toItem: (row) => ({
    id: String(row.id),
    teamId: String(row.teamId),
    householdId: String(row.householdId),
    date: String(row.visitedOn),
    helpedIds: ids(row.helpedIds),
    topicIds: ids(row.topicIds),
    vneidLevel2Ids: ids(row.vneidLevel2Ids),
    digitalBankIds: ids(row.digitalBankIds),
    ...Entity.metaOf(row),
  }),
}

/** The teams service. */
export const teamsService = Resource.make({
  table: teamsTable,
  schema: Team.Team,
  ...Teams,
  toRow: (team: Team.Team) => ({
    kind: team.kind,
    name: team.name,
    nameFolded: Text.searchKey(team.name),
    unitId: team.unitId,
    leaderPersonId: team.leaderId,
  }),
  check: (actor: Actor, team: Team.Team) =>
    Effect.gen(function* () {
      yield* Entity.requireUnit(actor, team.unitId, "unitId")
      yield* Entity.requireReferences(actor, Entity.references.person, "memberIds", team.memberIds)
      if (team.leaderId !== null) {
        yield* Entity.requireReferences(actor, Entity.references.person, "leaderId", [team.leaderId])
      }
    }),
  afterWrite: (_actor: Actor, team: Team.Team) =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      yield* sql`delete from team_members where team_id = ${team.id}`
      yield* Crud.insertRows(
        "team_members",
        [...new Set(team.memberIds)].map((personId) => ({ teamId: team.id, personId })),
      )
    }),
  beforeDelete: (_actor: Actor, id: string) =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const [row] = yield* sql<{ n: number }>`
        select count(*)::int as n from visits where team_id = ${id} and deleted_at is null`
      if ((row?.n ?? 0) > 0) {
        return yield* new Conflict({
          message: { vi: "Tổ đã có các lần đến hộ được ghi nhận", en: "Visits are recorded for this team" },
        })
      }
    }),
  filters: (sql: SqlClient.SqlClient, params: typeof Teams.ListParams.Type, today: string) => [
    params.unitId === undefined ? undefined : sql`t.unit_id in ${subtree(sql, params.unitId, today)}`,
    params.kind === undefined ? undefined : sql`t.kind = ${params.kind}`,
  ],
})

/** What a visit changed: the people helped learned its topics; VNeID and bank accounts are updated. */
const recordOutcomes = (actor: Actor, visit: Team.Visit) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    yield* sql`delete from visit_topics where visit_id = ${visit.id}`
    yield* Crud.insertRows(
      "visit_topics",
      [...new Set(visit.topicIds)].map((topicId) => ({ visitId: visit.id, topicId })),
    )
    // The visit's skill records follow the visit: rewritten on every change.
    yield* sql`delete from skill_records where source = 'door_to_door' and evidence_id = ${visit.id}`
    const records = [...new Set(visit.helpedIds)].flatMap((personId) =>
      [...new Set(visit.topicIds)].map((topicId) => ({
        id: `${visit.id}/${personId}/${topicId}`,
        personId,
        topicId,
        achievedOn: visit.date,
        source: "door_to_door",
        evidenceId: visit.id,
        recordedBy: actor.userId,
      })),
    )
    yield* Crud.insertRows("skill_records", records)
    for (const [column, value, personIds] of [
      ["vneid_level", 2, visit.vneidLevel2Ids],
      ["digital_bank", true, visit.digitalBankIds],
    ] as const) {
      if (personIds.length === 0) continue
      const changed = yield* sql<{ id: string }>`
        update people set ${sql(column)} = ${value}, version = version + 1, updated_at = now()
        where id in ${sql.in([...personIds])} and ${sql(column)} is distinct from ${value}
        returning id`
      for (const { id } of changed) {
        yield* AuditLog.append({
          actor,
          entity: "person",
          entityId: id,
          action: "update",
          after: {
            [column === "vneid_level" ? "vneidLevel" : "hasDigitalBankAccount"]: value,
            visitId: visit.id,
          },
        })
      }
    }
  })

/** The visits service. */
export const visitsService = Resource.make({
  table: visitsTable,
  schema: Team.Visit,
  ...Visits,
  toRow: (visit: Team.Visit) => ({
    teamId: visit.teamId,
    householdId: visit.householdId,
    visitedOn: visit.date,
    helpedIds: visit.helpedIds,
    vneidLevel2Ids: visit.vneidLevel2Ids,
    digitalBankIds: visit.digitalBankIds,
    recordedBy: null,
  }),
  check: (actor: Actor, visit: Team.Visit) =>
    Effect.gen(function* () {
      yield* Entity.requireReferences(actor, Entity.references.team, "teamId", [visit.teamId])
      yield* Entity.requireReferences(actor, Entity.references.household, "householdId", [visit.householdId])
      yield* Entity.requireTopics("topicIds", visit.topicIds)
      yield* Entity.requireReferences(actor, Entity.references.person, "helpedIds", visit.helpedIds)
    }),
  afterWrite: recordOutcomes,
  filters: (sql: SqlClient.SqlClient, params: typeof Visits.ListParams.Type, today: string) => [
    params.teamId === undefined ? undefined : sql`t.team_id = ${params.teamId}`,
    params.householdId === undefined ? undefined : sql`t.household_id = ${params.householdId}`,
    params.unitId === undefined
      ? undefined
      : sql`${sql.unsafe(householdUnit)} in ${subtree(sql, params.unitId, today)}`,
    params.from === undefined ? undefined : sql`t.visited_on >= ${params.from}::date`,
    params.to === undefined ? undefined : sql`t.visited_on <= ${params.to}::date`,
  ],
})
