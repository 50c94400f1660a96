/**
 * 0001 — the tables of the campaign, accounts and the audit log.
 *
 * Conventions: text ids (the domain's branded ids); enumerations are text and validated by the domain
 * schemas at the API boundary, not by CHECK constraints (a rule lives once, in @bdhv/domain); every
 * mutable table has `version` (optimistic locking), `created_at`/`updated_at`, and `deleted_at` where
 * history matters; `*_folded` columns hold the domain's folded text (lower case, no diacritics) for
 * accent-insensitive search. Applied migrations are never edited: add the next file instead.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const stamps = `
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()`

const tables = [
  // The administrative tree, versioned: a unit and each parent link are valid over [valid_from, valid_to]
  // (valid_to inclusive, null while current). Codes are reused across reforms, so they are not keys.
  `create table units (
    id text primary key,
    code text,
    name text not null,
    name_folded text not null,
    kind text not null,
    valid_from date not null,
    valid_to date,
    successors text[] not null default '{}',${stamps},
    deleted_at timestamptz
  )`,
  `create index units_code on units (code)`,
  `create index units_kind on units (kind) where deleted_at is null`,
  `create table unit_links (
    child_id text not null references units (id),
    parent_id text not null references units (id),
    valid_from date not null,
    valid_to date,
    created_at timestamptz not null default now(),
    primary key (child_id, valid_from)
  )`,
  `create index unit_links_parent on unit_links (parent_id, valid_from)`,
  // Every (ancestor, descendant) pair with the dates over which the path between them is valid (the
  // intersection of its links), depth 0 for the unit itself. Rebuilt by trigger on every change of
  // units or links (a few thousand rows), so "the subtree of U as at D" is one index range scan.
  `create table unit_closure (
    ancestor_id text not null,
    descendant_id text not null,
    depth integer not null,
    valid_from date not null,
    valid_to date
  )`,
  `create index unit_closure_ancestor on unit_closure (ancestor_id, descendant_id)`,
  `create index unit_closure_descendant on unit_closure (descendant_id, ancestor_id)`,
  `create function bdhv_refresh_unit_closure() returns trigger language plpgsql as $$
  begin
    delete from unit_closure;
    insert into unit_closure (ancestor_id, descendant_id, depth, valid_from, valid_to)
    with recursive paths (ancestor_id, descendant_id, depth, valid_from, valid_to) as (
      select id, id, 0, valid_from, valid_to from units where deleted_at is null
      union all
      select l.parent_id, p.descendant_id, p.depth + 1,
             greatest(p.valid_from, l.valid_from), least(p.valid_to, l.valid_to)
      from paths p
      join unit_links l on l.child_id = p.ancestor_id
      join units parent on parent.id = l.parent_id and parent.deleted_at is null
      where l.valid_from <= coalesce(p.valid_to, 'infinity'::date)
        and coalesce(l.valid_to, 'infinity'::date) >= p.valid_from
    )
    select ancestor_id, descendant_id, depth, valid_from, valid_to from paths;
    return null;
  end
  $$`,
  `create trigger units_closure after insert or update or delete on units
    for each statement execute function bdhv_refresh_unit_closure()`,
  `create trigger unit_links_closure after insert or update or delete on unit_links
    for each statement execute function bdhv_refresh_unit_closure()`,

  `create table organizations (
    id text primary key,
    unit_id text not null references units (id),
    name text not null,
    name_folded text not null,
    kind text not null,${stamps},
    deleted_at timestamptz
  )`,
  `create index organizations_unit on organizations (unit_id) where deleted_at is null`,
  `create index organizations_kind on organizations (kind) where deleted_at is null`,

  `create table households (
    id text primary key,
    unit_id text not null references units (id),
    code text not null,
    address text,
    search_folded text not null,
    remote boolean not null default false,${stamps},
    deleted_at timestamptz
  )`,
  `create unique index households_unit_code on households (unit_id, code) where deleted_at is null`,
  `create index households_unit on households (unit_id) where deleted_at is null`,

  // Personal data is minimal: no national ID number is stored. `birth_year` is always set (from the
  // birth date when known) so ages at a date are computed in SQL without loading rows.
  `create table people (
    id text primary key,
    unit_id text not null references units (id),
    household_id text references households (id),
    full_name text not null,
    name_folded text not null,
    birth_date date,
    birth_year integer not null,
    sex text not null,
    phone text,
    groups text[] not null default '{}',
    school_level text,
    organization_id text references organizations (id),
    vneid_level smallint not null default 0,
    digital_bank boolean not null default false,${stamps},
    deleted_at timestamptz
  )`,
  `create index people_unit on people (unit_id) where deleted_at is null`,
  `create index people_household on people (household_id) where deleted_at is null`,
  `create index people_organization on people (organization_id) where deleted_at is null`,
  `create index people_birth_year on people (birth_year) where deleted_at is null`,
  `create index people_groups on people using gin (groups)`,

  `create table topics (
    id text primary key,
    name_vi text not null,
    name_en text not null,
    name_folded text not null,
    kind text not null,
    core boolean not null default false,
    sort_order integer not null default 0,${stamps},
    deleted_at timestamptz
  )`,

  `create table classes (
    id text primary key,
    unit_id text not null references units (id),
    title text not null,
    title_folded text not null,
    audience text not null,
    mode text not null,
    starts_at timestamptz not null,
    ends_at timestamptz,
    venue text,
    capacity integer,
    instructors text[] not null default '{}',
    organization_id text references organizations (id),
    status text not null,
    completed_at timestamptz,${stamps},
    deleted_at timestamptz
  )`,
  `create index classes_unit_starts on classes (unit_id, starts_at) where deleted_at is null`,
  `create index classes_starts on classes (starts_at) where deleted_at is null`,
  `create index classes_organization on classes (organization_id) where deleted_at is null`,
  `create table class_topics (
    class_id text not null references classes (id),
    topic_id text not null references topics (id),
    primary key (class_id, topic_id)
  )`,
  `create index class_topics_topic on class_topics (topic_id)`,
  `create table enrollments (
    id text primary key,
    class_id text not null references classes (id),
    person_id text not null references people (id),
    status text not null,${stamps}
  )`,
  `create unique index enrollments_class_person on enrollments (class_id, person_id)`,
  `create index enrollments_person on enrollments (person_id)`,

  // Counts are backed by records: one row per person × topic × occasion.
  `create table skill_records (
    id text primary key,
    person_id text not null references people (id),
    topic_id text not null references topics (id),
    achieved_on date not null,
    source text not null,
    evidence_id text,
    recorded_by text,
    created_at timestamptz not null default now(),
    deleted_at timestamptz
  )`,
  `create index skill_records_person_topic on skill_records (person_id, topic_id) where deleted_at is null`,
  `create index skill_records_topic on skill_records (topic_id) where deleted_at is null`,
  `create unique index skill_records_occasion on skill_records (person_id, topic_id, source, evidence_id)
    where deleted_at is null and evidence_id is not null`,

  // Đại sứ số ("Người hướng dẫn") and the learners they guide ("Người học").
  `create table guides (
    id text primary key,
    person_id text not null references people (id),
    unit_id text not null references units (id),
    since date not null,
    until date,${stamps},
    deleted_at timestamptz
  )`,
  `create unique index guides_person on guides (person_id) where deleted_at is null`,
  `create index guides_unit on guides (unit_id) where deleted_at is null`,
  `create table guide_learners (
    guide_id text not null references guides (id),
    person_id text not null references people (id),
    since date not null,
    until date,
    created_at timestamptz not null default now(),
    primary key (guide_id, person_id)
  )`,
  `create index guide_learners_person on guide_learners (person_id)`,

  `create table support_staff (
    id text primary key,
    unit_id text not null references units (id),
    person_id text references people (id),
    full_name text not null,
    name_folded text not null,
    phone text,
    on_duty_from date not null,
    on_duty_to date,${stamps},
    deleted_at timestamptz
  )`,
  `create index support_staff_unit on support_staff (unit_id) where deleted_at is null`,

  // Tổ chuyển đổi số cộng đồng, youth teams, student volunteers; their door-to-door visits.
  `create table teams (
    id text primary key,
    unit_id text not null references units (id),
    name text not null,
    name_folded text not null,
    kind text not null,
    leader_person_id text references people (id),${stamps},
    deleted_at timestamptz
  )`,
  `create index teams_unit on teams (unit_id) where deleted_at is null`,
  `create table team_members (
    team_id text not null references teams (id),
    person_id text not null references people (id),
    role text,
    joined_on date,
    created_at timestamptz not null default now(),
    primary key (team_id, person_id)
  )`,
  `create index team_members_person on team_members (person_id)`,
  `create table visits (
    id text primary key,
    team_id text not null references teams (id),
    household_id text not null references households (id),
    visited_on date not null,
    people_helped integer not null default 0,
    notes text,
    recorded_by text,${stamps},
    deleted_at timestamptz
  )`,
  `create index visits_household on visits (household_id) where deleted_at is null`,
  `create index visits_team_date on visits (team_id, visited_on) where deleted_at is null`,
  `create index visits_date on visits (visited_on) where deleted_at is null`,
  `create table visit_topics (
    visit_id text not null references visits (id),
    topic_id text not null references topics (id),
    primary key (visit_id, topic_id)
  )`,

  `create table posts (
    id text primary key,
    unit_id text not null references units (id),
    channel text not null,
    title text not null,
    title_folded text not null,
    url text,
    published_on date not null,
    reach integer not null default 0,${stamps},
    deleted_at timestamptz
  )`,
  `create index posts_unit_date on posts (unit_id, published_on) where deleted_at is null`,
  `create table events (
    id text primary key,
    unit_id text not null references units (id),
    kind text not null,
    name text not null,
    name_folded text not null,
    held_on date not null,
    participants integer not null default 0,${stamps},
    deleted_at timestamptz
  )`,
  `create index events_unit_date on events (unit_id, held_on) where deleted_at is null`,

  `create table targets (
    id text primary key,
    indicator_id text not null,
    unit_id text not null references units (id),
    value double precision not null,
    deadline date not null,${stamps},
    deleted_at timestamptz
  )`,
  `create unique index targets_indicator_unit_deadline on targets (indicator_id, unit_id, deadline)
    where deleted_at is null`,
  `create index targets_unit on targets (unit_id) where deleted_at is null`,

  `create table users (
    id text primary key,
    email text not null,
    full_name text not null,
    password_hash text not null,
    role text not null,
    unit_id text not null references units (id),
    team_id text references teams (id),
    guide_id text references guides (id),
    disabled_at timestamptz,${stamps}
  )`,
  `create unique index users_email on users (lower(email))`,
  `create table sessions (
    id text primary key,
    user_id text not null references users (id),
    created_at timestamptz not null default now(),
    last_seen_at timestamptz not null default now(),
    expires_at timestamptz not null
  )`,
  `create index sessions_user on sessions (user_id)`,

  // Append-only: who, when, what, before and after. Updates and deletes are refused unless a
  // transaction declares an erasure (personal-data erasure may scrub the erased values).
  `create table audit_log (
    id bigint generated always as identity primary key,
    at timestamptz not null default now(),
    actor_id text,
    entity text not null,
    entity_id text not null,
    action text not null,
    before jsonb,
    after jsonb
  )`,
  `create index audit_log_entity on audit_log (entity, entity_id)`,
  `create index audit_log_actor on audit_log (actor_id, at)`,
  `create index audit_log_at on audit_log (at)`,
  `create function bdhv_audit_log_append_only() returns trigger language plpgsql as $$
  begin
    if coalesce(current_setting('bdhv.audit_erasure', true), '') <> 'on' then
      raise exception 'audit_log is append-only' using errcode = '42501';
    end if;
    return coalesce(new, old);
  end
  $$`,
  `create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function bdhv_audit_log_append_only()`,
]

/** Folded-text columns searched with `like '%…%'`. */
const searchColumns = [
  ["units", "name_folded"],
  ["organizations", "name_folded"],
  ["households", "search_folded"],
  ["people", "name_folded"],
  ["topics", "name_folded"],
  ["classes", "title_folded"],
  ["support_staff", "name_folded"],
  ["teams", "name_folded"],
  ["posts", "title_folded"],
  ["events", "name_folded"],
] as const

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of tables) yield* sql.unsafe(statement)

  // Trigram indexes make substring search fast; without pg_trgm a prefix index still serves
  // "starts with" searches.
  const available = yield* sql<{ name: string }>`
    select name from pg_available_extensions where name = 'pg_trgm'`
  if (available.length > 0) {
    yield* sql.unsafe("create extension if not exists pg_trgm")
    const [extension] = yield* sql<{ schema: string }>`
      select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
      where e.extname = 'pg_trgm'`
    const opclass = `"${extension?.schema ?? "public"}".gin_trgm_ops`
    for (const [table, column] of searchColumns) {
      yield* sql.unsafe(`create index ${table}_${column}_trgm on ${table} using gin (${column} ${opclass})`)
    }
  } else {
    for (const [table, column] of searchColumns) {
      yield* sql.unsafe(`create index ${table}_${column}_prefix on ${table} (${column} text_pattern_ops)`)
    }
  }
})
