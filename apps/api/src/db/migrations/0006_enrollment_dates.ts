/**
 * 0006 — enrollments carry the days the domain records: when the person registered and when the status
 * last changed (`registered_on`, `updated_on`, calendar dates in Vietnam).
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `alter table enrollments add column registered_on date not null default current_date`,
  `alter table enrollments add column updated_on date not null default current_date`,
  `create index enrollments_class_status on enrollments (class_id, status)`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
