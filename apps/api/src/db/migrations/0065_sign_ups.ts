/**
 * 0065 — public sign-ups for classes become requests the commune reviews (the domain's `SignUp`): a
 * sign-up waits, `pending`, holding a seat of its class, until the commune officer accepts it (matching
 * it to a person already registered, or registering the person with their household) or rejects it
 * with a reason. Only an accepted sign-up leads to a person and an enrollment (`person_id`,
 * `enrollment_id`). People that earlier public sign-ups created directly stay in the register as they
 * are: the commune already sees and corrects them like any other person.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `create table sign_ups (
    id text primary key,
    class_id text not null references classes (id),
    unit_id text not null references units (id),
    commune_id text not null references units (id),
    dedupe_key text not null,
    full_name text not null,
    name_folded text not null,
    phone text not null,
    birth_year integer not null,
    needs text[] not null default '{}',
    topic_ids text[] not null default '{}',
    status text not null default 'pending' check (status in ('pending', 'accepted', 'rejected')),
    decision text check (decision in ('match', 'create', 'reject')),
    decided_at timestamptz,
    decided_by text references users (id),
    reason text,
    person_id text references people (id),
    enrollment_id text references enrollments (id),
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
  // One waiting sign-up per person and class: a retyped form finds the first.
  `create unique index sign_ups_pending on sign_ups (class_id, dedupe_key) where status = 'pending'`,
  // The seats a class holds for waiting sign-ups.
  `create index sign_ups_class_pending on sign_ups (class_id) where status = 'pending'`,
  // The queue of a commune, newest first.
  `create index sign_ups_commune on sign_ups (commune_id, status, created_at desc, id)`,
  `create index sign_ups_unit on sign_ups (unit_id, status)`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
