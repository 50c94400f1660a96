/**
 * Volunteer applications from the public site (a Đại sứ số guide or a youth volunteer), as the admins of
 * the applicant's commune see and decide them. Approving a guide's application creates the person (or
 * links the one already registered under the same name and phone, the domain's `Registration.dedupeKey`)
 * and their guide record, in the same transaction as the decision and its audit entries. Approving a
 * youth volunteer is a join: the decision names the youth campaign or community team they join, and
 * the person is registered and added to it in the same transaction.
 */
import * as Guide from "@bdhv/domain/Guide"
import * as Person from "@bdhv/domain/Person"
import * as Registration from "@bdhv/domain/Registration"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Effect, Result, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as AuditLog from "../audit/AuditLog.js"
import type { Actor } from "../auth/Actor.js"
import * as PersonRows from "../db/rows/Person.js"
import * as Access from "../security/Access.js"
import { sexFromName } from "../public/PublicClasses.js"
import { Conflict, InvalidInput, StaleVersion } from "../ServiceError.js"
import * as Crud from "./Crud.js"
import * as Entity from "./Entity.js"
import * as Guides from "./Guides.js"
import * as Teams from "./Teams.js"
import * as YouthCampaigns from "./YouthCampaigns.js"
import * as ListQuery from "./ListQuery.js"
import * as People from "./People.js"
import { inScope } from "./Scope.js"
import * as Today from "../Today.js"

const label = ValidationMessage.label

/** Where an application stands: waiting, or decided once (the domain's `Registration.ApplicationStatus`). */
export const Status = Registration.ApplicationStatus.annotate(label({ vi: "Trạng thái", en: "Status" }))
/** Where an application stands. */
export type Status = typeof Status.Type

/** A volunteer application as the API returns it. */
export const Item = Schema.Struct({
  id: Schema.String,
  fullName: Schema.String,
  phone: Schema.String,
  birthYear: Schema.Number,
  unitId: Schema.String,
  unitName: Schema.String,
  role: Registration.VolunteerRole,
  topicIds: Schema.Array(Schema.String),
  availability: Schema.NullOr(Schema.String),
  status: Status,
  decidedAt: Schema.NullOr(Schema.String),
  decisionNote: Schema.NullOr(Schema.String),
  /** The person an approval created or linked. */
  personId: Schema.NullOr(Schema.String),
  /** The guide record an approved guide application created or linked. */
  guideId: Schema.NullOr(Schema.String),
  /** The youth campaign an approved application joined. */
  campaignId: Schema.NullOr(Schema.String),
  /** The community team an approved application joined. */
  teamId: Schema.NullOr(Schema.String),
  ...Entity.Meta,
}).annotate({ identifier: "VolunteerApplication" })
/** A volunteer application as the API returns it. */
export type Item = typeof Item.Encoded

const sortKeys = ["createdAt", "name"] as const

/** List parameters: search by name, status, role. */
export const ListParams = Schema.Struct({
  ...ListQuery.fields(sortKeys),
  status: Schema.optionalKey(Status),
  role: Schema.optionalKey(Registration.VolunteerRole),
}).annotate({ identifier: "VolunteerListParams" })

/** What an approved volunteer joins: a youth campaign or a community team (the domain's `Registration.Joins`). */
export const Joins = Registration.Joins

/** An admin's decision on a pending application, based on the version they saw. */
export const DecisionInput = Schema.Struct({
  decision: Schema.Literals(["approved", "rejected"]).annotate(label({ vi: "Quyết định", en: "Decision" })),
  version: Entity.Version,
  /**
   * For an approval: the campaign or team the volunteer joins (registering them as a person); a youth
   * volunteer's approval must name one (the domain's `Registration.decisionProblems`).
   */
  joins: Schema.optionalKey(Joins),
  note: Schema.optionalKey(
    Schema.String.check(
      Schema.isMaxLength(
        500,
        ValidationMessage.message({
          vi: "Ghi chú dài quá 500 ký tự",
          en: "The note is longer than 500 characters",
        }),
      ),
    ).annotate(label({ vi: "Ghi chú", en: "Note" })),
  ),
}).annotate({ identifier: "VolunteerDecision" })
/** An admin's decision. */
export type DecisionInput = typeof DecisionInput.Type

const optionalString = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value)

const toItem = (row: Crud.Row): Item => ({
  id: String(row.id),
  fullName: String(row.fullName),
  phone: String(row.phone),
  birthYear: Number(row.birthYear),
  unitId: String(row.unitId),
  unitName: String(row.unitName ?? ""),
  role: row.role as Registration.VolunteerRole,
  topicIds: (row.topicIds as ReadonlyArray<string> | null) ?? [],
  availability: optionalString(row.availability),
  status: row.status as Status,
  decidedAt: row.decidedAt === null || row.decidedAt === undefined ? null : Entity.isoOf(row.decidedAt),
  decisionNote: optionalString(row.decisionNote),
  personId: optionalString(row.personId),
  guideId: optionalString(row.guideId),
  campaignId: optionalString(row.campaignId),
  teamId: optionalString(row.teamId),
  ...Entity.metaOf(row),
})

/** The applications' table, scoped by the applicant's commune or village. */
export const table: Crud.Table<Item> = {
  entity: "volunteer_application",
  table: "volunteer_applications",
  unitOf: "t.unit_id",
  softDelete: false,
  searchColumn: "t.name_folded",
  extraColumns: "(select u.name from units u where u.id = t.unit_id) as unit_name",
  sorts: { createdAt: "t.created_at", name: "t.name_folded" },
  toItem,
}

/** A page of applications in the actor's scope. */
export const list = (actor: Actor, params: typeof ListParams.Type) =>
  Crud.list(table, actor, params, (sql) => [
    params.status === undefined ? undefined : sql`t.status = ${params.status}`,
    params.role === undefined ? undefined : sql`t.role = ${params.role}`,
  ])

/** An application in the actor's scope, or `NotFound`. */
export const get = (actor: Actor, id: string) => Crud.get(table, actor, id)

/**
 * The person an approval stands for: the one registered in scope under the application's name and
 * phone (the domain's dedupe key), or a new person decoded with the domain's `Person` schema.
 */
const personFor = (actor: Actor, application: Crud.Row) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const today = yield* Today.today
    const [existing] = yield* sql<{ id: string }>`
      select t.id from people t
      where t.deleted_at is null and t.erased_at is null and ${inScope(sql, actor, "t.unit_id", today)}
        and t.name_folded || '|' || t.phone = ${String(application.dedupeKey)}
      order by t.created_at, t.id limit 1`
    if (existing !== undefined) return existing.id
    const fullName = String(application.fullName)
    const person = yield* Entity.decode(Person.Person)({
      id: Crud.newId(),
      fullName,
      birth: { year: Number(application.birthYear) },
      sex: sexFromName(fullName),
      householdId: null,
      unitId: String(application.unitId),
      groups: [],
      vneidLevel: 0,
      hasDigitalBankAccount: false,
      phone: String(application.phone),
    })
    yield* Crud.insert(People.table, actor, { id: person.id, ...PersonRows.toColumns(person) })
    return person.id
  })

/** The guide record of a person: theirs already, or a new one decoded with the domain's `Guide` schema. */
const guideFor = (actor: Actor, personId: string, unitId: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const [existing] = yield* sql<{ id: string }>`
      select id from guides where person_id = ${personId} and deleted_at is null`
    if (existing !== undefined) return existing.id
    const guide = yield* Entity.decode(Guide.Guide)({
      id: Crud.newId(),
      personId,
      unitId,
      since: yield* Today.today,
    })
    yield* Crud.insert(Guides.table, actor, {
      id: guide.id,
      personId: guide.personId,
      unitId: guide.unitId,
      since: guide.since,
    })
    return guide.id
  })

/** Adds a person to a team in the actor's scope (once), as the team's members are kept. */
const joinTeam = (actor: Actor, teamId: string, personId: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    yield* Teams.teamsService.get(actor, teamId).pipe(
      Effect.catchTag("NotFound", () =>
        Effect.fail(
          Entity.invalidField("joins.teamId", {
            vi: "Không có tổ này trong phạm vi của bạn",
            en: "No such team in your area",
          }),
        ),
      ),
    )
    const [member] = yield* sql<{ personId: string }>`
      select person_id from team_members where team_id = ${teamId} and person_id = ${personId}`
    if (member !== undefined) return
    yield* sql`insert into team_members ${sql.insert({ teamId, personId, joinedOn: yield* Today.today })}`
    yield* AuditLog.append({
      actor,
      entity: "team",
      entityId: teamId,
      action: "update",
      after: { joined: personId },
    })
  })

/**
 * Approves or rejects a pending application in the actor's scope. An application is decided once: a
 * second decision is a `Conflict`; a stale `version` is `StaleVersion`; a youth volunteer approved without
 * naming what they `joins` is `InvalidInput` on `joins`. Approving a guide's application creates or links
 * the person and their guide record; an approval that `joins` a youth campaign or a community team
 * creates or links the person and adds them to it.
 */
export const decide = Effect.fn("Volunteers.decide")(function* (
  actor: Actor,
  id: string,
  input: DecisionInput,
) {
  yield* Access.require(actor, "volunteers", "write")
  const sql = yield* SqlClient.SqlClient
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      const current = yield* Crud.findRow(table, actor, id, { lock: true })
      const decided = Registration.decide(current.status as Status, input.decision)
      if (Result.isFailure(decided)) return yield* new Conflict({ message: decided.failure.text })
      const actual = Number(current.version)
      if (actual !== input.version) {
        return yield* new StaleVersion({ entity: table.entity, id, expected: input.version, actual })
      }
      const problems = Registration.decisionProblems(
        { role: current.role as Registration.VolunteerRole },
        input,
      )
      if (problems.length > 0) return yield* new InvalidInput({ issues: problems })
      const approved = input.decision === "approved"
      const joins = approved ? input.joins : undefined
      const personId =
        approved && (current.role === "guide" || joins !== undefined)
          ? yield* personFor(actor, current)
          : null
      const guideId =
        personId === null || current.role !== "guide"
          ? null
          : yield* guideFor(actor, personId, String(current.unitId))
      if (personId !== null && joins?.campaignId !== undefined)
        yield* YouthCampaigns.join(actor, joins.campaignId, personId, id)
      if (personId !== null && joins?.teamId !== undefined) yield* joinTeam(actor, joins.teamId, personId)
      return yield* Crud.update(table, actor, id, input.version, {
        status: input.decision,
        decidedAt: yield* Today.now,
        decidedBy: actor.userId,
        decisionNote: input.note ?? null,
        personId,
        guideId,
        campaignId: joins?.campaignId ?? null,
        teamId: joins?.teamId ?? null,
      })
    }),
  )
})
