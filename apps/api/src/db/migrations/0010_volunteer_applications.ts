/**
 * 0010 — volunteer applications from the public site (a Đại sứ số guide or a youth volunteer), waiting
 * for an admin of their commune to approve them. A repeat application from the same person (the
 * domain's `Registration.dedupeKey`) updates the pending one instead of adding another.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `create table volunteer_applications (
    id text primary key,
    dedupe_key text not null,
    full_name text not null,
    name_folded text not null,
    phone text not null,
    birth_year integer not null,
    unit_id text not null references units (id),
    role text not null,
    topic_ids text[] not null default '{}',
    availability text,
    status text not null default 'pending',
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  `create unique index volunteer_applications_pending on volunteer_applications (dedupe_key, role)
    where status = 'pending'`,
  `create index volunteer_applications_unit on volunteer_applications (unit_id, status)`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
