/**
 * 0020 — indexes in the order of each sort of the large lists, so a page is read from an index by
 * keyset (`(sort value, id) > (cursor's)`, `resources/ListQuery.ts`) instead of sorting every row:
 * people, households, skill records, visits and the audit log. Each ends with the id, the tie-break of
 * every list, and covers only live rows as the lists do (`deleted_at is null`). The audit log's index
 * on `at` alone is replaced by `(at, id)`.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `create index people_list_name on people (name_folded, id) where deleted_at is null`,
  `create index people_list_birth_year on people (birth_year, id) where deleted_at is null`,
  `create index people_list_created on people (created_at, id) where deleted_at is null`,
  `create index people_list_updated on people (updated_at, id) where deleted_at is null`,
  `create index households_list_code on households (code, id) where deleted_at is null`,
  `create index households_list_created on households (created_at, id) where deleted_at is null`,
  `create index households_list_updated on households (updated_at, id) where deleted_at is null`,
  `create index skill_records_list_date on skill_records (achieved_on, id) where deleted_at is null`,
  `create index skill_records_list_topic on skill_records (topic_id, id) where deleted_at is null`,
  `create index visits_list_date on visits (visited_on, id) where deleted_at is null`,
  `create index audit_log_at_id on audit_log (at, id)`,
  `drop index audit_log_at`,
  // The planner's statistics of the new indexes, before the first list is read.
  `analyze people`,
  `analyze households`,
  `analyze skill_records`,
  `analyze visits`,
  `analyze audit_log`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
