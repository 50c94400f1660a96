/**
 * 0008 — skill records are versioned like every other record (a correction is an audited update), and
 * the visits' skill records are found by their evidence.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `alter table skill_records add column version integer not null default 1`,
  `alter table skill_records add column updated_at timestamptz not null default now()`,
  `create index skill_records_evidence on skill_records (evidence_id) where deleted_at is null`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
