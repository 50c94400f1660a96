/**
 * 0026 — import jobs live in the database, so a preview made on one API instance can be confirmed on
 * another behind a load balancer, and survives a restart:
 * - `import_jobs`: the job, its counts, the first issues found (at most `ImportJobs.issuesKept`) and
 *   their total, its state, summary or error, and when it expires (an hour after its last change);
 * - `import_job_rows`: the rows that passed the preview, staged for the confirm and deleted once it has
 *   written them, or with their job when it expires.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `create table import_jobs (
    id text primary key,
    owner_id text not null,
    commune_id text not null,
    file_name text not null,
    format text not null,
    status text not null check (status in ('reading', 'previewed', 'running', 'done', 'failed')),
    rows integer not null default 0,
    valid_rows integer not null default 0,
    invalid_rows integer not null default 0,
    issues jsonb not null default '[]',
    issues_total integer not null default 0,
    progress jsonb not null,
    summary jsonb,
    error jsonb,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
  )`,
  `create index import_jobs_expires on import_jobs (expires_at)`,
  `create table import_job_rows (
    job_id text not null references import_jobs (id) on delete cascade,
    row integer not null,
    household_code text not null,
    unit_id text not null,
    address text,
    household_search text not null,
    full_name text not null,
    name_folded text not null,
    birth_date date,
    birth_year integer not null,
    sex text not null,
    phone text,
    groups text[] not null,
    school_level text,
    employer_ids text[] not null,
    vneid_level smallint not null,
    digital_bank boolean not null,
    primary key (job_id, row)
  )`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
