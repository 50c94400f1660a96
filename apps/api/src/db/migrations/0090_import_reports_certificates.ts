/**
 * 0090 — what an import keeps to explain itself, and the national platform's certificates:
 * - `import_jobs.kind`: a list of residents (`people`) or of certificates (`certificates`);
 * - `import_jobs.warnings`: what was read but not used (a derived column such as "Người cao tuổi");
 * - `import_jobs.report`: the rows of a file with problems (its titles, header and bad rows, as many as
 *   the issues kept), for the error report; it goes with its job an hour after the last change;
 * - `certificate_job_rows`: the certificate rows matched to a person, staged for the confirm;
 * - a certificate number of the online platform is recorded once per topic, whoever it names, so
 *   importing the same list again adds nothing.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `alter table import_jobs add column kind text not null default 'people'
    check (kind in ('people', 'certificates'))`,
  `alter table import_jobs add column warnings jsonb not null default '[]'`,
  `alter table import_jobs add column report jsonb`,
  `create table certificate_job_rows (
    job_id text not null references import_jobs (id) on delete cascade,
    row integer not null,
    person_id text not null,
    topic_id text not null,
    achieved_on date not null,
    certificate_number text not null,
    primary key (job_id, row, topic_id)
  )`,
  `create unique index skill_records_certificate on skill_records (evidence_id, topic_id)
    where source = 'online_platform' and deleted_at is null and evidence_id is not null`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
