/**
 * 0101 — `indicator_rollup_by_parent`: the rollup of 0014 summed once more, per parent unit and per
 * interval of the parent link (a `depth = 1` row of `unit_closure`: parent, child, valid from, valid to
 * — 'infinity' while open). A report as at D then reads, for each unit of its scope below its own
 * children, the one row per series and bucket of that unit's children whose link holds on D, instead
 * of every village's rows: a city's dashboard sums its 126 communes' rows, not thousands of villages'.
 * Exact for every D: a unit is under one parent on a given day, and its link's interval is part of the
 * key, so a village that changed commune is counted under each commune for the days it was there.
 *
 * Kept in the same transaction as every write: a statement-level trigger on `indicator_rollup` adds its
 * changes (new rows, old rows taken away) to the rows of every link of the unit; a change of the tree
 * (the closure is rebuilt whole on every change of `units` or `unit_links`) rebuilds this table from
 * `indicator_rollup` — a unit edit costs a pass over the rollup, the rare write that pays for the
 * frequent read. `bdhv_rebuild_indicator_tables()` rebuilds it last.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const rebuilding = `coalesce(current_setting('bdhv.rebuilding', true), '') = 'on'`

/** The rows of `changes (unit_id, series, bucket, n)` added to every link of their unit. */
const addToParents = (changes: string) => `
    insert into indicator_rollup_by_parent (parent_id, valid_from, valid_to, series, bucket, n)
    select c.ancestor_id, c.valid_from, coalesce(c.valid_to, 'infinity'::date), d.series, d.bucket, sum(d.n)::integer
    from (${changes}) d join unit_closure c on c.descendant_id = d.unit_id and c.depth = 1
    group by 1, 2, 3, 4, 5
    on conflict (parent_id, valid_from, valid_to, series, bucket)
      do update set n = indicator_rollup_by_parent.n + excluded.n;`

const statements = [
  `create table indicator_rollup_by_parent (
    parent_id text not null,
    valid_from date not null,
    valid_to date not null,
    series smallint not null,
    bucket date not null,
    n integer not null,
    primary key (parent_id, valid_from, valid_to, series, bucket)
  )`,
  `create function bdhv_rebuild_rollup_by_parent() returns void language plpgsql as $$
  begin
    delete from indicator_rollup_by_parent;
    insert into indicator_rollup_by_parent (parent_id, valid_from, valid_to, series, bucket, n)
    select c.ancestor_id, c.valid_from, coalesce(c.valid_to, 'infinity'::date), r.series, r.bucket, sum(r.n)::integer
    from indicator_rollup r join unit_closure c on c.descendant_id = r.unit_id and c.depth = 1
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5;
  end
  $$`,
  `create function bdhv_rollup_by_parent_changed() returns trigger language plpgsql as $$
  begin
    if ${rebuilding} then return null; end if;
    if tg_op = 'INSERT' then
      ${addToParents("select unit_id, series, bucket, n from new_rows")}
    elsif tg_op = 'DELETE' then
      ${addToParents("select unit_id, series, bucket, -n as n from old_rows")}
    else
      ${addToParents(
        "select unit_id, series, bucket, n from new_rows union all select unit_id, series, bucket, -n from old_rows",
      )}
    end if;
    return null;
  end
  $$`,
  `create trigger indicator_rollup_by_parent_insert after insert on indicator_rollup
    referencing new table as new_rows for each statement execute function bdhv_rollup_by_parent_changed()`,
  `create trigger indicator_rollup_by_parent_update after update on indicator_rollup
    referencing new table as new_rows old table as old_rows
    for each statement execute function bdhv_rollup_by_parent_changed()`,
  `create trigger indicator_rollup_by_parent_delete after delete on indicator_rollup
    referencing old table as old_rows for each statement execute function bdhv_rollup_by_parent_changed()`,

  // The closure is rebuilt whole (delete, then insert) on every change of the tree: after its insert,
  // the links are those of the new tree.
  `create function bdhv_closure_rollup_changed() returns trigger language plpgsql as $$
  begin
    if ${rebuilding} then return null; end if;
    perform bdhv_rebuild_rollup_by_parent();
    return null;
  end
  $$`,
  `create trigger unit_closure_rollup_by_parent after insert on unit_closure
    for each statement execute function bdhv_closure_rollup_changed()`,

  `create or replace function bdhv_rebuild_indicator_tables() returns void language plpgsql as $$
  begin
    perform set_config('bdhv.rebuilding', 'on', true);
    perform bdhv_refresh_person_skill_dates(null);
    perform bdhv_refresh_household_dates(null);
    truncate indicator_rollup, indicator_rollup_by_parent, person_facts, household_facts, guide_facts;
    perform bdhv_refresh_person_facts(null);
    perform bdhv_refresh_household_facts(null);
    perform bdhv_refresh_guide_facts(null);
    insert into indicator_rollup (unit_id, series, bucket, n)
    select f.unit_id, s.series, bdhv_series_bucket(s.series, s.entry_on), count(*)::integer
    from person_facts f
    cross join lateral bdhv_person_series(f.born_on, f.traits, f.basic_on, f.reached_on, f.four_t_on) s
    group by 1, 2, 3
    order by 1, 2, 3;
    insert into indicator_rollup (unit_id, series, bucket, n)
    select f.unit_id, s.series, bdhv_series_bucket(s.series, s.entry_on), count(*)::integer
    from household_facts f cross join lateral bdhv_household_series(f.skilled_on, f.first_visited_on) s
    group by 1, 2, 3
    order by 1, 2, 3;
    perform bdhv_rebuild_rollup_by_parent();
    perform set_config('bdhv.rebuilding', 'off', true);
  end
  $$`,

  `select bdhv_rebuild_rollup_by_parent()`,
  `analyze indicator_rollup_by_parent`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
