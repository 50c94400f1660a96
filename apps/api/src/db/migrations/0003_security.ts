/**
 * 0003 — security and personal data:
 * - login_failures: wrong passwords per account, for the login throttle (counted across instances);
 * - people.erased_at: a person erased on request (Decree 13/2023) stays as a tombstone without personal
 *   data, so the facts counted under their unit (skills, enrollments, VNeID level) keep the totals honest;
 * - the audit log is made stricter: a row can never be deleted or truncated, and the only update ever
 *   allowed is an erasure blanking `before`/`after` (who, when, what and which record stay), in a
 *   transaction that has declared itself an erasure with `set_config('bdhv.audit_erasure', 'on', true)`.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `create table login_failures (
    account text not null,
    address text not null,
    failed_at timestamptz not null default now()
  )`,
  `create index login_failures_account on login_failures (account, failed_at)`,
  `create index login_failures_at on login_failures (failed_at)`,

  `alter table people add column erased_at timestamptz`,

  `create or replace function bdhv_audit_log_append_only() returns trigger language plpgsql as $$
  begin
    if tg_op <> 'UPDATE' then
      raise exception 'audit_log is append-only: % refused', tg_op using errcode = '42501';
    end if;
    if coalesce(current_setting('bdhv.audit_erasure', true), '') <> 'on' then
      raise exception 'audit_log is append-only: UPDATE refused' using errcode = '42501';
    end if;
    if new.id <> old.id or new.at <> old.at or new.actor_id is distinct from old.actor_id
       or new.entity <> old.entity or new.entity_id <> old.entity_id or new.action <> old.action then
      raise exception 'audit_log: an erasure may only blank before and after' using errcode = '42501';
    end if;
    return new;
  end
  $$`,
  `create function bdhv_audit_log_no_truncate() returns trigger language plpgsql as $$
  begin
    raise exception 'audit_log is append-only: TRUNCATE refused' using errcode = '42501';
  end
  $$`,
  `create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function bdhv_audit_log_no_truncate()`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
