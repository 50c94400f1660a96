/**
 * 0002 — tables aligned with the domain's aggregates as published:
 * - users: a district admin may have no unit (scope = the whole database), for the first admin created
 *   before any unit exists;
 * - topics: the topics a topic implies (a 4T module counts as its practical topic);
 * - guides and guide_learners: a guide – learner link is one teaching on a date (`taught_on`); a learner
 *   taught several times has several links and still counts once;
 * - support_staff: a duty assignment of a person, `valid_from`–`valid_to`, suspended with `active`;
 * - classes: a start instant and a duration; instructors are people (`instructor_ids`);
 * - people: a student's school and every employer of a worker (`employer_ids`).
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `alter table users alter column unit_id drop not null`,

  `alter table topics add column implies text[] not null default '{}'`,

  `alter table guides drop column until`,
  `alter table guide_learners drop constraint guide_learners_pkey`,
  `alter table guide_learners add column id text not null default gen_random_uuid()::text`,
  `alter table guide_learners add primary key (id)`,
  `alter table guide_learners rename column since to taught_on`,
  `alter table guide_learners drop column until`,
  `create index guide_learners_guide on guide_learners (guide_id, person_id)`,

  `alter table support_staff rename column on_duty_from to valid_from`,
  `alter table support_staff rename column on_duty_to to valid_to`,
  `alter table support_staff add column active boolean not null default true`,
  `alter table support_staff drop column full_name`,
  `alter table support_staff drop column name_folded`,
  `alter table support_staff drop column phone`,
  `alter table support_staff alter column person_id set not null`,
  `create index support_staff_person on support_staff (person_id) where deleted_at is null`,

  `alter table classes add column duration_minutes integer not null default 60`,
  `alter table classes drop column ends_at`,
  `alter table classes drop column completed_at`,
  `alter table classes rename column instructors to instructor_ids`,
  `alter table classes alter column capacity set not null`,

  `alter table people add column school_id text references organizations (id)`,
  `alter table people add column employer_ids text[] not null default '{}'`,
  `alter table people drop column organization_id`,
  `create index people_employers on people using gin (employer_ids)`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
