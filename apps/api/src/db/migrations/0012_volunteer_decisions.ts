/**
 * 0012 — an admin's decision on a volunteer application: who decided, when, with what note, and the
 * person and guide record an approval created or linked (so the application leads to them).
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `alter table volunteer_applications
    add column decided_at timestamptz,
    add column decided_by text references users (id),
    add column decision_note text,
    add column person_id text references people (id),
    add column guide_id text references guides (id)`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
