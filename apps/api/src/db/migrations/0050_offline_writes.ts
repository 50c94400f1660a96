/**
 * 0050 — writes made on a phone without a signal carry a key the phone made (`crypto.randomUUID()`);
 * the server applies each key once. `offline_writes` holds one row per key applied: what it made (a
 * visit, a guide's teaching) and the record's id, so a retry after a lost answer finds the first result
 * (`insert … on conflict (key) do nothing`) instead of recording the visit a second time. A concurrent
 * retry of the same key waits on the primary key until the first one commits.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `create table offline_writes (
    key uuid primary key,
    kind text not null check (kind in ('visit', 'guide_link')),
    entity_id text,
    user_id text not null references users (id),
    applied_at timestamptz not null default now()
  )`,
  `create index offline_writes_entity on offline_writes (kind, entity_id)`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
