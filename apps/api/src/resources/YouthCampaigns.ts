/**
 * Youth campaigns (the domain's `YouthCampaign`): a youth union base's campaigns, the volunteers who
 * joined them (an approved application joins one, `Volunteers.decide`), and the counts per base that
 * the dashboard shows — volunteers, sessions held, people helped — judged by the domain's
 * `YouthCampaign.countsByBase` over the records read here: the scope's campaigns with their
 * volunteers, and the held classes those volunteers taught within the campaigns' periods.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import type * as Class from "@bdhv/domain/Class"
import * as Person from "@bdhv/domain/Person"
import * as Text from "@bdhv/domain/Text"
import * as YouthCampaign from "@bdhv/domain/YouthCampaign"
import { Effect, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as Today from "../Today.js"
import * as AuditLog from "../audit/AuditLog.js"
import type { Actor } from "../auth/Actor.js"
import { classDateSql } from "../indicators/AggregateSql.js"
import * as Access from "../security/Access.js"
import { InvalidInput } from "../ServiceError.js"
import * as Crud from "./Crud.js"
import * as Entity from "./Entity.js"
import * as ListQuery from "./ListQuery.js"
import { inScope, subtree } from "./Scope.js"

/** A campaign as the API returns it, with its base's name and how many volunteers joined. */
export const Item = Schema.Struct({
  id: Schema.String,
  organizationId: Schema.String,
  organizationName: Schema.String,
  unitId: Schema.String,
  theme: Schema.String,
  from: CalendarDate.CalendarDate,
  to: CalendarDate.CalendarDate,
  volunteers: Schema.Number,
  ...Entity.Meta,
}).annotate({ identifier: "YouthCampaign" })
/** A campaign as the API returns it. */
export type Item = typeof Item.Encoded

/** A new campaign. */
export const Input = YouthCampaign.YouthCampaignInput.annotate({ identifier: "YouthCampaignInput" })

const sortKeys = ["from", "theme"] as const

/** List parameters: search by theme, a base. */
export const ListParams = Schema.Struct({
  ...ListQuery.fields(sortKeys),
  organizationId: Schema.optionalKey(Schema.String),
}).annotate({ identifier: "YouthCampaignListParams" })

/** Parameters of the counts: a unit's subtree (the actor's scope when absent). */
export const CountsParams = Schema.Struct({
  unitId: Schema.optionalKey(Schema.String),
}).annotate({ identifier: "YouthCampaignCountsParams" })

/** The counts of one youth union base (the domain's `YouthCampaign.BaseCounts`), with its name. */
export const BaseCounts = Schema.Struct({
  organizationId: Schema.String,
  organizationName: Schema.String,
  campaigns: Schema.Number,
  volunteers: Schema.Number,
  sessionsHeld: Schema.Number,
  peopleHelped: Schema.Number,
}).annotate({ identifier: "YouthBaseCounts" })

/** The status of a class that took place (the domain's `Class.ClassStatus`). */
const held: Class.ClassStatus = "held"

const dateOf = (value: unknown): CalendarDate.CalendarDate =>
  CalendarDate.CalendarDate.make(
    value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10),
  )

/** The campaigns' table, scoped by the base's unit. */
export const table: Crud.Table<Item> = {
  entity: "youth_campaign",
  table: "youth_campaigns",
  unitOf: "t.unit_id",
  softDelete: true,
  searchColumn: "t.theme_folded",
  extraColumns: `(select o.name from organizations o where o.id = t.organization_id) as organization_name,
    (select count(*)::int from youth_campaign_volunteers v where v.campaign_id = t.id) as volunteers,
    to_char(t.date_from, 'YYYY-MM-DD') as from_day, to_char(t.date_to, 'YYYY-MM-DD') as to_day`,
  sorts: { from: "t.date_from", theme: "t.theme_folded" },
  toItem: (row) => ({
    id: String(row.id),
    organizationId: String(row.organizationId),
    organizationName: String(row.organizationName ?? ""),
    unitId: String(row.unitId),
    theme: String(row.theme),
    from: dateOf(row.fromDay ?? row.dateFrom),
    to: dateOf(row.toDay ?? row.dateTo),
    volunteers: Number(row.volunteers ?? 0),
    ...Entity.metaOf(row),
  }),
}

/** A page of campaigns in the actor's scope. */
export const list = (actor: Actor, params: typeof ListParams.Type) =>
  Crud.list(table, actor, params, (sql) => [
    params.organizationId === undefined ? undefined : sql`t.organization_id = ${params.organizationId}`,
  ])

/** A campaign in the actor's scope, or `NotFound`. */
export const get = (actor: Actor, id: string) => Crud.get(table, actor, id)

/** Creates a campaign of a youth union base in the actor's scope; the period must not run backwards. */
export const create = Effect.fn("YouthCampaigns.create")(function* (actor: Actor, input: typeof Input.Type) {
  yield* Access.require(actor, "youth-campaigns", "write")
  const problems = YouthCampaign.problems(input)
  if (problems.length > 0) return yield* new InvalidInput({ issues: problems })
  const sql = yield* SqlClient.SqlClient
  const [base] = yield* sql<{ unitId: string }>`
    select o.unit_id from organizations o
    where o.id = ${input.organizationId} and o.kind = 'youth_union_base' and o.deleted_at is null
      and ${inScope(sql, actor, "o.unit_id", yield* Today.today)}`
  if (base === undefined) {
    return yield* Entity.invalidField("organizationId", {
      vi: "Không có cơ sở đoàn này trong phạm vi của bạn",
      en: "No such youth union base in your area",
    })
  }
  const id = Crud.newId()
  return yield* sql.withTransaction(
    Crud.insert(table, actor, {
      id,
      organizationId: input.organizationId,
      unitId: base.unitId,
      theme: input.theme,
      themeFolded: Text.searchKey(input.theme),
      dateFrom: input.from,
      dateTo: input.to,
    }),
  )
})

/**
 * Adds a person to a campaign in the actor's scope (once: joining again changes nothing), recording the
 * application that led there. Runs inside the caller's transaction.
 */
export const join = (actor: Actor, campaignId: string, personId: string, applicationId: string | null) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    yield* Crud.findRow(table, actor, campaignId).pipe(
      Effect.catchTag("NotFound", () =>
        Effect.fail(
          Entity.invalidField("joins.campaignId", {
            vi: "Không có chiến dịch này trong phạm vi của bạn",
            en: "No such campaign in your area",
          }),
        ),
      ),
    )
    const joined = yield* sql<{ personId: string }>`
      insert into youth_campaign_volunteers (campaign_id, person_id, application_id, joined_on)
      values (${campaignId}, ${personId}, ${applicationId}, ${yield* Today.today})
      on conflict (campaign_id, person_id) do nothing
      returning person_id`
    if (joined.length > 0) {
      yield* AuditLog.append({
        actor,
        entity: "youth_campaign",
        entityId: campaignId,
        action: "update",
        after: { joined: personId, applicationId },
      })
    }
  })

/** The counts per youth union base in a unit's subtree (the actor's scope), biggest bases first. */
export const counts = Effect.fn("YouthCampaigns.counts")(function* (
  actor: Actor,
  params: typeof CountsParams.Type,
) {
  yield* Access.require(actor, "youth-campaigns", "read")
  const sql = yield* SqlClient.SqlClient
  const within =
    params.unitId === undefined
      ? sql`true`
      : sql`c.unit_id in ${subtree(sql, params.unitId, yield* Today.today)}`
  const campaigns = yield* sql<{
    id: string
    organizationId: string
    organizationName: string
    fromDay: string
    toDay: string
    volunteerIds: ReadonlyArray<string>
  }>`
    select c.id, c.organization_id, o.name as organization_name,
      to_char(c.date_from, 'YYYY-MM-DD') as from_day, to_char(c.date_to, 'YYYY-MM-DD') as to_day,
      coalesce((select array_agg(v.person_id order by v.person_id) from youth_campaign_volunteers v
        where v.campaign_id = c.id), '{}') as volunteer_ids
    from youth_campaigns c join organizations o on o.id = c.organization_id
    where c.deleted_at is null and ${inScope(sql, actor, "c.unit_id", yield* Today.today)} and ${within}
    order by c.date_from, c.id`
  const volunteerIds = [...new Set(campaigns.flatMap((c) => c.volunteerIds))]
  // The held classes any of those volunteers taught, with the learners who came (indexed by instructor).
  const sessions =
    volunteerIds.length === 0
      ? []
      : yield* sql.unsafe<{
          id: string
          day: string
          instructorIds: ReadonlyArray<string>
          learnerIds: ReadonlyArray<string>
        }>(
          `select k.id, to_char(${classDateSql("k")}, 'YYYY-MM-DD') as day, k.instructor_ids,
             coalesce((select array_agg(e.person_id) from enrollments e
               where e.class_id = k.id and e.status in ('attended', 'completed')), '{}') as learner_ids
           from classes k
           where k.deleted_at is null and k.status = $2 and k.instructor_ids && $1::text[]`,
          [volunteerIds, held],
        )
  const names = new Map(campaigns.map((c) => [c.organizationId, c.organizationName]))
  const byBase = YouthCampaign.countsByBase(
    campaigns.map((c) => ({
      campaign: {
        organizationId: c.organizationId,
        from: CalendarDate.CalendarDate.make(c.fromDay),
        to: CalendarDate.CalendarDate.make(c.toDay),
      },
      volunteerIds: c.volunteerIds.map((id) => Person.PersonId.make(id)),
    })),
    sessions.map((s) => ({
      classId: s.id,
      date: CalendarDate.CalendarDate.make(s.day),
      held: true,
      instructorIds: s.instructorIds.map((id) => Person.PersonId.make(id)),
      learnerIds: s.learnerIds.map((id) => Person.PersonId.make(id)),
    })),
  )
  return byBase
    .map((counts) => ({ ...counts, organizationName: names.get(counts.organizationId) ?? "" }))
    .sort((a, b) => b.volunteers - a.volunteers || a.organizationName.localeCompare(b.organizationName, "vi"))
})
