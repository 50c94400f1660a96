/**
 * 0103 — ages by month and by day, so that a report's correction of its own bucket reads rows per unit,
 * not people. Before, the birth-day series of `indicator_rollup` (1 people, 2 with VNeID level 2, 3 with
 * a digital bank account: 0014) had year buckets, and a report as at D corrected D's bucket from
 * `person_facts` with the births within half a year of each age cut-off (16, 18, 60): the one part of a
 * dashboard's cost that grew with the people.
 *
 * - **Month buckets for the birth-day series.** `bdhv_series_bucket` / `bdhv_series_bucket_end` now give
 *   series 1–3 month buckets in the birth years kept by day (below), year buckets elsewhere: a report as
 *   at a month end ("18 or over on 31 March" is "born on or before 31 March 18 years before") needs no
 *   correction at all, and any other date only the boundary month's days. Month buckets in every year
 *   were measured too: a district view summed 39k rollup rows instead of 8k, more than it saved.
 * - **`indicator_birth_day`**: per leaf unit, series (1–3) and birth day, how many live people were born
 *   that day — only for the birth days the campaign's dates reach (`bdhv_birth_day_kept`: born 1964–1971
 *   for the age of 60, 2006–2015 for 16 and 18, as at any date of 2024–2031; series 2 and 3 only count
 *   from 16, so only the latter). A report corrects its boundary month from these rows (at most 15 days
 *   per unit and cut-off) instead of the facts; a cut-off outside the window is still corrected from the
 *   facts (exact, only slower). `indicator_birth_day_by_parent` sums them per parent and parent link, as
 *   0101 does for the rollup, so a city's report reads its communes' rows.
 *
 * Kept in the write's transaction like the rollup: a statement-level trigger on `person_facts` adds and
 * takes away its rows' birth days (one upsert per unit, series and day, old and new rows of an update
 * summed in one statement), one on `indicator_birth_day` adds its changes to every link of the unit, and
 * a change of the tree (the closure rebuilt) rebuilds the by-parent rows. `bdhv_rebuild_indicator_tables()`
 * (a bulk load, a restore: `DerivedFacts`) rebuilds both, and this migration rebuilds the rollups once,
 * from the facts, for the new buckets.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const rebuilding = `coalesce(current_setting('bdhv.rebuilding', true), '') = 'on'`

const personArgs = "f.born_on, f.traits, f.basic_on, f.reached_on, f.four_t_on"

/** The birth days of the facts rows `rows`, with `sign`, for the series and days kept. */
const birthDaysOf = (rows: string, sign: "+" | "-") => `
    select f.unit_id, s.series, f.born_on, ${sign}1 as n
    from ${rows} f cross join (values (1::smallint), (2::smallint), (3::smallint)) s (series)
    where bdhv_person_entry(s.series, ${personArgs}) is not null and bdhv_birth_day_kept(s.series, f.born_on)`

/** The rows `changes (unit_id, series, born_on, n)` added to `indicator_birth_day`, one upsert per key. */
const addBirthDays = (changes: string) => `
    insert into indicator_birth_day (unit_id, series, born_on, n)
    select d.unit_id, d.series, d.born_on, sum(d.n)::integer from (${changes}) d
    group by 1, 2, 3
    having sum(d.n) <> 0
    on conflict (unit_id, series, born_on) do update set n = indicator_birth_day.n + excluded.n;`

/** The rows `changes (unit_id, series, born_on, n)` added to every link of their unit. */
const addToParents = (changes: string) => `
    insert into indicator_birth_day_by_parent (parent_id, series, born_on, valid_from, valid_to, n)
    select c.ancestor_id, d.series, d.born_on, c.valid_from, coalesce(c.valid_to, 'infinity'::date), sum(d.n)::integer
    from (${changes}) d join unit_closure c on c.descendant_id = d.unit_id and c.depth = 1
    group by 1, 2, 3, 4, 5
    on conflict (parent_id, series, born_on, valid_from, valid_to)
      do update set n = indicator_birth_day_by_parent.n + excluded.n;`

const statements = [
  // The birth days kept by day: those whose cut-offs the campaign's dates reach (any date of 2024–2031),
  // whole years.
  `create function bdhv_birth_day_kept(series smallint, born_on date) returns boolean language sql immutable as $$
    select case
      when series = 1 then (born_on >= date '1964-01-01' and born_on < date '1972-01-01')
        or (born_on >= date '2006-01-01' and born_on < date '2016-01-01')
      when series in (2, 3) then born_on >= date '2006-01-01' and born_on < date '2016-01-01'
      else false
    end
  $$`,
  // Month buckets up to 2030, year buckets from 2031; the birth-day series (1–3) have month buckets in
  // the years they are kept by day, year buckets elsewhere (fewer rows for a report to sum).
  `create or replace function bdhv_series_bucket(series smallint, entry_on date) returns date language sql immutable as $$
    select case
      when entry_on < bdhv_series_floor(series) then '-infinity'::date
      when entry_on >= date '2031-01-01' or (series <= 3 and not bdhv_birth_day_kept(series, entry_on))
        then make_date(extract(year from entry_on)::integer, 1, 1)
      else make_date(extract(year from entry_on)::integer, extract(month from entry_on)::integer, 1)
    end
  $$`,
  `create or replace function bdhv_series_bucket_end(series smallint, bucket date) returns date language sql immutable as $$
    select case
      when bucket = '-infinity'::date then bdhv_series_floor(series) - 1
      when bucket >= date '2031-01-01' or (series <= 3 and not bdhv_birth_day_kept(series, bucket))
        then make_date(extract(year from bucket)::integer + 1, 1, 1) - 1
      else (bucket + interval '1 month')::date - 1
    end
  $$`,

  `create table indicator_birth_day (
    unit_id text not null,
    series smallint not null,
    born_on date not null,
    n integer not null,
    primary key (unit_id, series, born_on)
  )`,
  `create table indicator_birth_day_by_parent (
    parent_id text not null,
    series smallint not null,
    born_on date not null,
    valid_from date not null,
    valid_to date not null,
    n integer not null,
    primary key (parent_id, series, born_on, valid_from, valid_to)
  )`,
  // A report reads a few days of one series for every unit of its scope: by day first, then joined.
  `create index indicator_birth_day_day on indicator_birth_day (series, born_on)`,
  `create index indicator_birth_day_by_parent_day on indicator_birth_day_by_parent (series, born_on)`,

  `create function bdhv_person_facts_birth_days() returns trigger language plpgsql as $$
  begin
    if ${rebuilding} then return null; end if;
    if tg_op = 'INSERT' then
      ${addBirthDays(birthDaysOf("new_rows", "+"))}
    elsif tg_op = 'DELETE' then
      ${addBirthDays(birthDaysOf("old_rows", "-"))}
    else
      ${addBirthDays(`${birthDaysOf("new_rows", "+")} union all ${birthDaysOf("old_rows", "-")}`)}
    end if;
    return null;
  end
  $$`,
  `create trigger person_facts_birth_days_insert after insert on person_facts
    referencing new table as new_rows for each statement execute function bdhv_person_facts_birth_days()`,
  `create trigger person_facts_birth_days_update after update on person_facts
    referencing new table as new_rows old table as old_rows
    for each statement execute function bdhv_person_facts_birth_days()`,
  `create trigger person_facts_birth_days_delete after delete on person_facts
    referencing old table as old_rows for each statement execute function bdhv_person_facts_birth_days()`,

  `create function bdhv_rebuild_birth_day_by_parent() returns void language plpgsql as $$
  begin
    delete from indicator_birth_day_by_parent;
    insert into indicator_birth_day_by_parent (parent_id, series, born_on, valid_from, valid_to, n)
    select c.ancestor_id, d.series, d.born_on, c.valid_from, coalesce(c.valid_to, 'infinity'::date), sum(d.n)::integer
    from indicator_birth_day d join unit_closure c on c.descendant_id = d.unit_id and c.depth = 1
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5;
  end
  $$`,
  `create function bdhv_birth_day_by_parent_changed() returns trigger language plpgsql as $$
  begin
    if ${rebuilding} then return null; end if;
    if tg_op = 'INSERT' then
      ${addToParents("select unit_id, series, born_on, n from new_rows")}
    elsif tg_op = 'DELETE' then
      ${addToParents("select unit_id, series, born_on, -n as n from old_rows")}
    else
      ${addToParents(
        "select unit_id, series, born_on, n from new_rows union all select unit_id, series, born_on, -n from old_rows",
      )}
    end if;
    return null;
  end
  $$`,
  `create trigger indicator_birth_day_by_parent_insert after insert on indicator_birth_day
    referencing new table as new_rows for each statement execute function bdhv_birth_day_by_parent_changed()`,
  `create trigger indicator_birth_day_by_parent_update after update on indicator_birth_day
    referencing new table as new_rows old table as old_rows
    for each statement execute function bdhv_birth_day_by_parent_changed()`,
  `create trigger indicator_birth_day_by_parent_delete after delete on indicator_birth_day
    referencing old table as old_rows for each statement execute function bdhv_birth_day_by_parent_changed()`,

  // The closure is rebuilt whole on every change of the tree: after its insert, the new tree's links.
  `create function bdhv_closure_birth_day_changed() returns trigger language plpgsql as $$
  begin
    if ${rebuilding} then return null; end if;
    perform bdhv_rebuild_birth_day_by_parent();
    return null;
  end
  $$`,
  `create trigger unit_closure_birth_day_by_parent after insert on unit_closure
    for each statement execute function bdhv_closure_birth_day_changed()`,

  // The rollups from the facts (the facts themselves unchanged): the rebuild's last part, and what this
  // migration runs once for the new buckets.
  `create function bdhv_rebuild_rollups() returns void language plpgsql as $$
  begin
    perform set_config('bdhv.rebuilding', 'on', true);
    truncate indicator_rollup, indicator_rollup_by_parent, indicator_birth_day, indicator_birth_day_by_parent;
    insert into indicator_rollup (unit_id, series, bucket, n)
    select f.unit_id, s.series, bdhv_series_bucket(s.series, s.entry_on), count(*)::integer
    from person_facts f
    cross join lateral bdhv_person_series(${personArgs}) s
    group by 1, 2, 3
    order by 1, 2, 3;
    insert into indicator_rollup (unit_id, series, bucket, n)
    select f.unit_id, s.series, bdhv_series_bucket(s.series, s.entry_on), count(*)::integer
    from household_facts f cross join lateral bdhv_household_series(f.skilled_on, f.first_visited_on) s
    group by 1, 2, 3
    order by 1, 2, 3;
    insert into indicator_birth_day (unit_id, series, born_on, n)
    select d.unit_id, d.series, d.born_on, sum(d.n)::integer from (${birthDaysOf("person_facts", "+")}) d
    group by 1, 2, 3
    order by 1, 2, 3;
    perform bdhv_rebuild_rollup_by_parent();
    perform bdhv_rebuild_birth_day_by_parent();
    perform set_config('bdhv.rebuilding', 'off', true);
  end
  $$`,
  `create or replace function bdhv_rebuild_indicator_tables() returns void language plpgsql as $$
  begin
    perform set_config('bdhv.rebuilding', 'on', true);
    perform bdhv_refresh_person_skill_dates(null);
    perform bdhv_refresh_household_dates(null);
    truncate indicator_rollup, indicator_rollup_by_parent, indicator_birth_day, indicator_birth_day_by_parent,
      person_facts, household_facts, guide_facts;
    perform bdhv_refresh_person_facts(null);
    perform bdhv_refresh_household_facts(null);
    perform bdhv_refresh_guide_facts(null);
    perform bdhv_rebuild_rollups();
  end
  $$`,

  `select bdhv_rebuild_rollups()`,
  `analyze indicator_rollup`,
  `analyze indicator_rollup_by_parent`,
  `analyze indicator_birth_day`,
  `analyze indicator_birth_day_by_parent`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
