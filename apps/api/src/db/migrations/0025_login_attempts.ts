/**
 * 0025 — sign-in attempts are recorded before the password is checked (`LoginThrottle`), so each row
 * needs an id: an attempt that turns out not to be a wrong password (a success, a malformed request) is
 * taken back by it. The index serves the per-address count.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `alter table login_failures add column id bigint generated always as identity`,
  `create index login_failures_address on login_failures (address, failed_at)`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
