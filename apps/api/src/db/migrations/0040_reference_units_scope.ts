/**
 * 0040 — the reference tree and the deployment's scope:
 * - `units.name_en`, the official English name the reference data gives;
 * - `reference_data`, which version of a shipped data set was loaded (the load runs once per version);
 * - `deployment_scope`, the one unit a deployment serves (written at start from `BDHV_SCOPE_UNIT`);
 * - `unit_area_links`, the units an ended scope unit's area became (a district abolished on 1 July 2025
 *   keeps reporting on the communes that cover it), followed by the closure like parent links, so "the
 *   subtree of the scope at D" is its area after it ended. Kept apart from `unit_links`: they are not
 *   the administrative tree and are rewritten whenever the scope or the tree changes.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `alter table units add column name_en text`,
  `create table reference_data (
    name text primary key,
    version text not null,
    loaded_at timestamptz not null default now()
  )`,
  `create table deployment_scope (
    singleton boolean primary key default true check (singleton),
    code text not null,
    unit_id text not null references units (id),
    updated_at timestamptz not null default now()
  )`,
  `create table unit_area_links (
    child_id text not null references units (id),
    area_id text not null references units (id),
    valid_from date not null,
    valid_to date,
    primary key (child_id, area_id, valid_from)
  )`,
  `create or replace function bdhv_refresh_unit_closure() returns trigger language plpgsql as $$
  begin
    delete from unit_closure;
    insert into unit_closure (ancestor_id, descendant_id, depth, valid_from, valid_to)
    with recursive edges (child_id, parent_id, valid_from, valid_to) as (
      select child_id, parent_id, valid_from, valid_to from unit_links
      union all
      select child_id, area_id, valid_from, valid_to from unit_area_links
    ), paths (ancestor_id, descendant_id, depth, valid_from, valid_to, visited) as (
      select id, id, 0, valid_from, valid_to, array[id] from units where deleted_at is null
      union all
      select l.parent_id, p.descendant_id, p.depth + 1,
             greatest(p.valid_from, l.valid_from), least(p.valid_to, l.valid_to), p.visited || l.parent_id
      from paths p
      join edges l on l.child_id = p.ancestor_id
      join units parent on parent.id = l.parent_id and parent.deleted_at is null
      where l.valid_from <= coalesce(p.valid_to, 'infinity'::date)
        and coalesce(l.valid_to, 'infinity'::date) >= p.valid_from
        and not l.parent_id = any (p.visited)
    )
    select ancestor_id, descendant_id, depth, valid_from, valid_to from paths;
    return null;
  end
  $$`,
  `create trigger unit_area_links_closure after insert or update or delete on unit_area_links
    for each statement execute function bdhv_refresh_unit_closure()`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
