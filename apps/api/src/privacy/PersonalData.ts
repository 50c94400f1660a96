/**
 * Everything the platform holds on one person, gathered for a data-subject request under Decree
 * 13/2023/NĐ-CP (the right to know and to obtain one's data): their record, household, classes, skill
 * records, roles as guide, learner, support staff and team member, the visits that helped them, and the
 * audit history of their record. Other people's personal data is left out: related people are named by
 * id only.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import { isoOf } from "../resources/Entity.js"
import { inScope } from "../resources/Scope.js"
import { NotFound } from "../ServiceError.js"

/** The person's own row, as stored. */
export interface PersonRow {
  readonly id: string
  readonly unitId: string
  readonly householdId: string | null
  readonly fullName: string
  readonly birthDate: string | null
  readonly birthYear: number
  readonly sex: string
  readonly phone: string | null
  readonly groups: ReadonlyArray<string>
  readonly schoolLevel: string | null
  readonly schoolId: string | null
  readonly employerIds: ReadonlyArray<string>
  readonly vneidLevel: number
  readonly digitalBank: boolean
  readonly createdAt: unknown
  readonly updatedAt: unknown
  readonly erasedAt: unknown
}

/**
 * The person's row if it is live and in the actor's scope (erased people included, so a second erasure
 * or an export after erasure says what is left), else `NotFound`.
 */
export const findPerson = (actor: Actor, id: string, options?: { readonly lock?: boolean }) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const [row] = yield* sql<PersonRow>`
      select t.id, t.unit_id, t.household_id, t.full_name, t.birth_date, t.birth_year, t.sex, t.phone,
             t.groups, t.school_level, t.school_id, t.employer_ids, t.vneid_level, t.digital_bank,
             t.created_at, t.updated_at, t.erased_at
      from people t
      where t.id = ${id} and t.deleted_at is null and ${inScope(sql, actor, "t.unit_id")}
      ${options?.lock === true ? sql`for update of t` : sql``}`
    if (row === undefined) return yield* new NotFound({ entity: "person", id })
    return row
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
  const history = yield* sql<{ at: unknown; action: string; before: unknown; after: unknown }>`
    select at, action, before, after from audit_log
    where entity = 'person' and entity_id = ${id} order by at, id`
  return {
    exportedAt: new Date().toISOString(),
    legalBasis:
      "Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân — Decree 13/2023 on personal data protection",
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
    visitsThatHelped: visits,
    history: history.map((entry) => ({
      at: isoOf(entry.at),
      action: entry.action,
      before: jsonOf(entry.before),
      after: jsonOf(entry.after),
    })),
  }
})
