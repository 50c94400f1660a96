/**
 * 0060 — the periodic reports communes send up the tree (`@bdhv/domain/Report`):
 * - `reports`: one row per commune-level unit and period (`2026-11`, `2026-Q4`, `2026`), its status,
 *   the narrative, who submitted and approved it and when, and — once approved — the figures as they
 *   stood at the approval (`approved_figures`), which later back-dated writes never change;
 *   `first_submitted_on` (Vietnam day) is what timeliness counts, so a return and a resubmission do not
 *   make an on-time report late.
 * - `report_events`: its history, appended by every action (who, when, what, the comment), in the order of
 *   the report's versions (`version` is the report's version the action made).
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `create table reports (
    id text primary key,
    unit_id text not null references units (id),
    period text not null check (period ~ '^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$'),
    period_type text not null check (period_type in ('month', 'quarter', 'year')),
    status text not null check (status in ('draft', 'submitted', 'returned', 'approved')),
    done text not null default '',
    difficulties text not null default '',
    proposals text not null default '',
    first_submitted_on date,
    submitted_at timestamptz,
    submitted_by text references users (id),
    approved_at timestamptz,
    approved_by text references users (id),
    approved_figures jsonb,
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (unit_id, period),
    check ((status = 'approved') = (approved_figures is not null))
  )`,
  `create index reports_period on reports (period, unit_id)`,
  `create table report_events (
    id text primary key,
    report_id text not null references reports (id),
    action text not null check (action in ('save', 'submit', 'return', 'approve')),
    status text not null,
    user_id text not null references users (id),
    comment text,
    version integer not null,
    at timestamptz not null default now(),
    unique (report_id, version)
  )`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
