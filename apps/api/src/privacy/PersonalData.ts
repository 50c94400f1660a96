/**
 * Everything the platform holds on one person, gathered for a data-subject request under Decree
 * 13/2023/NĐ-CP (the right to know and to obtain one's data): their record, household, classes, skill
 * records, roles as guide, learner, support staff, team member and youth campaign volunteer, the visits
 * that helped them, their volunteer applications, their public sign-ups for classes (matched to them by
 * the commune, or waiting under their name and phone), and the audit history of their record. An applicant with no person record
 * gets their application's export. Other people's personal data is left out: related people are named by
 * id only.
 */
import * as Phone from "@bdhv/domain/Phone"
import * as Registration from "@bdhv/domain/Registration"
import { Effect, Option, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import { isoOf } from "../resources/Entity.js"
import * as PersonRows from "../db/rows/Person.js"
import { inScope } from "../resources/Scope.js"
import { NotFound } from "../ServiceError.js"
import * as Today from "../Today.js"

/** The person's own row, as stored: the columns of the row codec (`db/rows/Person.ts`) and the record's stamps. */
export interface PersonRow extends PersonRows.Row {
  readonly createdAt: unknown
  readonly updatedAt: unknown
  readonly erasedAt: unknown
}

/** The columns of a person, as selected: every column of the row codec. */
const personColumns = PersonRows.table.columns
  .map(([column]) => `t.${column.replace(/[A-Z0-9]+/g, (part) => `_${part.toLowerCase()}`)}`)
  .join(", ")

/**
 * The person's row if it is live and in the actor's scope (erased people included, so a second erasure
 * or an export after erasure says what is left), else `NotFound`.
 */
export const findPerson = (actor: Actor, id: string, options?: { readonly lock?: boolean }) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const today = yield* Today.today
    const [row] = yield* sql<PersonRow>`
      select ${sql.unsafe(personColumns)}, t.created_at, t.updated_at, t.erased_at
      from people t
      where t.id = ${id} and t.deleted_at is null and ${inScope(sql, actor, "t.unit_id", today)}
      ${options?.lock === true ? sql`for update of t` : sql``}`
    if (row === undefined) return yield* new NotFound({ entity: "person", id })
    return row
  })

/** A volunteer application as stored. */
export interface ApplicationRow {
  readonly id: string
  readonly fullName: string
  readonly phone: string
  readonly birthYear: number
  readonly unitId: string
  readonly role: string
  readonly topicIds: ReadonlyArray<string>
  readonly availability: string | null
  readonly status: string
  readonly decidedAt: unknown
  readonly personId: string | null
  readonly createdAt: unknown
}

const applicationColumns = `t.id, t.full_name, t.phone, t.birth_year, t.unit_id, t.role, t.topic_ids, t.availability,
  t.status, t.decided_at, t.person_id, t.created_at`

/** A volunteer application whose commune is in the actor's scope, else `NotFound`. */
export const findApplication = (actor: Actor, id: string, options?: { readonly lock?: boolean }) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const today = yield* Today.today
    const [row] = yield* sql<ApplicationRow>`
      select ${sql.unsafe(applicationColumns)} from volunteer_applications t
      where t.id = ${id} and ${inScope(sql, actor, "t.unit_id", today)}
      ${options?.lock === true ? sql`for update of t` : sql``}`
    if (row === undefined) return yield* new NotFound({ entity: "volunteer_application", id })
    return row
  })

const applicationOf = (row: ApplicationRow) => ({
  id: row.id,
  fullName: row.fullName,
  phone: row.phone,
  birthYear: row.birthYear,
  unitId: row.unitId,
  role: row.role,
  topicIds: row.topicIds,
  availability: row.availability,
  status: row.status,
  decidedAt: row.decidedAt === null ? null : isoOf(row.decidedAt),
  createdAt: isoOf(row.createdAt),
})

/**
 * The names, phones and birth dates a person has had: their record now, and every value their record's
 * audit history holds (a phone changed since still identifies them).
 */
export const identifiersOf = (person: PersonRow) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const entries = yield* sql<{ before: unknown; after: unknown }>`
      select before, after from audit_log where entity = 'person' and entity_id = ${person.id}`
    const names = new Set([person.fullName])
    const phones = new Set(person.phone === null ? [] : [person.phone])
    const birthDates = new Set(person.birthDate === null ? [] : [person.birthDate])
    for (const entry of entries) {
      for (const value of [jsonOf(entry.before), jsonOf(entry.after)]) {
        if (value === null || typeof value !== "object") continue
        const { fullName, phone, birth, birthDate } = value as Record<string, unknown>
        if (typeof fullName === "string") names.add(fullName)
        if (typeof phone === "string") phones.add(phone)
        if (typeof birthDate === "string") birthDates.add(birthDate)
        const date =
          typeof birth === "object" && birth !== null ? (birth as { date?: unknown }).date : undefined
        if (typeof date === "string") birthDates.add(date)
      }
    }
    return { names, phones, birthDates }
  })

/**
 * The keys the person's volunteer applications would have been made under (the domain's
 * `Registration.dedupeKey`: folded name and phone), for every name and phone they have had.
 */
export const applicationKeysOf = (
  names: ReadonlySet<string>,
  phones: ReadonlySet<string>,
): ReadonlyArray<string> =>
  [...phones].flatMap((raw) =>
    Option.match(Schema.decodeUnknownOption(Phone.E164)(raw), {
      onNone: () => [],
      onSome: (phone) => [...names].map((fullName) => Registration.dedupeKey({ fullName, phone })),
    }),
  )

/** The volunteer applications of a person: linked by an approval, or made under one of their keys. */
export const applicationsOf = (
  personId: string,
  keys: ReadonlyArray<string>,
  options?: { readonly lock?: boolean },
) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    return yield* sql<ApplicationRow>`
      select ${sql.unsafe(applicationColumns)} from volunteer_applications t
      where t.person_id = ${personId} ${keys.length === 0 ? sql`` : sql`or t.dedupe_key in ${sql.in([...keys])}`}
      order by t.created_at, t.id
      ${options?.lock === true ? sql`for update of t` : sql``}`
  })

/**
 * The public sign-ups for classes of a person (migration 0065): the ones the commune matched to them
 * (`person_id`, an accepted sign-up) and the ones made under one of their keys (the domain's
 * `Registration.dedupeKey`), still waiting or rejected.
 */
export const signUpsOf = (personId: string, keys: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* sql<Record<string, unknown>>`
      select s.id, s.class_id, c.title as class_title, c.starts_at, s.unit_id, s.commune_id, s.full_name,
             s.phone, s.birth_year, s.needs, s.topic_ids, s.status, s.decision, s.decided_at, s.reason,
             s.person_id, s.enrollment_id, s.created_at
      from sign_ups s join classes c on c.id = s.class_id
      where s.person_id = ${personId} ${keys.length === 0 ? sql`` : sql`or s.dedupe_key in ${sql.in([...keys])}`}
      order by s.created_at, s.id`
    return rows.map((row) => ({
      ...row,
      startsAt: row.startsAt === null ? null : isoOf(row.startsAt),
      decidedAt: row.decidedAt === null ? null : isoOf(row.decidedAt),
      createdAt: isoOf(row.createdAt),
    }))
  })

const legalBasis =
  "Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân — Decree 13/2023 on personal data protection"

const historyOf = (entity: string, id: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* sql<{ at: unknown; action: string; before: unknown; after: unknown }>`
      select at, action, before, after from audit_log where entity = ${entity} and entity_id = ${id} order by at, id`
    return rows.map((entry) => ({
      at: isoOf(entry.at),
      action: entry.action,
      before: jsonOf(entry.before),
      after: jsonOf(entry.after),
    }))
  })

/** Everything held on a volunteer applicant through their application, as one JSON document. */
export const exportApplication = Effect.fn("PersonalData.exportApplication")(function* (
  actor: Actor,
  id: string,
) {
  const application = yield* findApplication(actor, id)
  return {
    exportedAt: (yield* Today.now).toISOString(),
    legalBasis,
    application: applicationOf(application),
    history: yield* historyOf("volunteer_application", id),
  }
})

const jsonOf = (value: unknown): unknown => {
  if (typeof value !== "string") return value ?? null
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

/** The export of everything held on a person in the actor's scope, as one JSON document. */
export const exportPerson = Effect.fn("PersonalData.exportPerson")(function* (actor: Actor, id: string) {
  const sql = yield* SqlClient.SqlClient
  const person = yield* findPerson(actor, id)
  const units = yield* sql<{ id: string; name: string; kind: string; depth: number }>`
    select u.id, u.name, u.kind, c.depth from unit_closure c join units u on u.id = c.ancestor_id
    where c.descendant_id = ${person.unitId} and c.valid_to is null order by c.depth desc`
  const household =
    person.householdId === null
      ? []
      : yield* sql<{ id: string; code: string; address: string | null; unitId: string; remote: boolean }>`
          select id, code, address, unit_id, remote from households where id = ${person.householdId}`
  const enrollments = yield* sql<Record<string, unknown>>`
    select e.id, e.class_id, c.title as class_title, c.starts_at, c.mode, c.venue, e.status,
           e.registered_on, e.updated_on
    from enrollments e join classes c on c.id = e.class_id
    where e.person_id = ${id} order by c.starts_at, e.id`
  const skills = yield* sql<Record<string, unknown>>`
    select r.id, r.topic_id, t.name_vi as topic_vi, t.name_en as topic_en, r.achieved_on, r.source, r.evidence_id
    from skill_records r join topics t on t.id = r.topic_id
    where r.person_id = ${id} and r.deleted_at is null order by r.achieved_on, r.id`
  const asGuide = yield* sql<Record<string, unknown>>`
    select g.id, g.unit_id, g.since,
           (select count(distinct gl.person_id)::int from guide_learners gl where gl.guide_id = g.id) as learners
    from guides g where g.person_id = ${id} and g.deleted_at is null`
  const asLearner = yield* sql<Record<string, unknown>>`
    select gl.guide_id, gl.taught_on from guide_learners gl where gl.person_id = ${id} order by gl.taught_on`
  const supportDuties = yield* sql<Record<string, unknown>>`
    select s.id, s.unit_id, s.valid_from, s.valid_to, s.active from support_staff s
    where s.person_id = ${id} and s.deleted_at is null`
  const teams = yield* sql<Record<string, unknown>>`
    select m.team_id, t.name as team_name, m.role, m.joined_on from team_members m join teams t on t.id = m.team_id
    where m.person_id = ${id}`
  const visits = yield* sql<Record<string, unknown>>`
    select v.id, v.team_id, v.visited_on,
           ${id} = any (v.vneid_level2_ids) as got_vneid_level2,
           ${id} = any (v.digital_bank_ids) as opened_digital_bank
    from visits v where v.deleted_at is null and ${id} = any (v.helped_ids) order by v.visited_on`
  const youthCampaigns = yield* sql<Record<string, unknown>>`
    select v.campaign_id, c.theme, c.organization_id, v.application_id, v.joined_on
    from youth_campaign_volunteers v join youth_campaigns c on c.id = v.campaign_id
    where v.person_id = ${id} order by v.joined_on, v.campaign_id`
  const known = yield* identifiersOf(person)
  const keys = applicationKeysOf(known.names, known.phones)
  const applications = yield* applicationsOf(id, keys)
  return {
    exportedAt: (yield* Today.now).toISOString(),
    legalBasis,
    person: {
      id: person.id,
      fullName: person.fullName,
      birthDate: person.birthDate,
      birthYear: person.birthYear,
      sex: person.sex,
      phone: person.phone,
      groups: person.groups,
      schoolLevel: person.schoolLevel,
      schoolId: person.schoolId,
      employerIds: person.employerIds,
      vneidLevel: person.vneidLevel,
      hasDigitalBankAccount: person.digitalBank,
      unitId: person.unitId,
      householdId: person.householdId,
      createdAt: isoOf(person.createdAt),
      updatedAt: isoOf(person.updatedAt),
      erasedAt: person.erasedAt === null ? null : isoOf(person.erasedAt),
    },
    units,
    household: household[0] ?? null,
    enrollments,
    skillRecords: skills,
    asGuide,
    asLearner,
    supportDuties,
    teams,
    youthCampaigns,
    visitsThatHelped: visits,
    volunteerApplications: applications.map(applicationOf),
    signUps: yield* signUpsOf(id, keys),
    history: yield* historyOf("person", id),
  }
})
