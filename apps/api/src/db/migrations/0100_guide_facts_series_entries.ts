/**
 * 0100 — two costs of the dashboard that still followed the records, not the units:
 *
 * - **A series' entry date as one expression.** `bdhv_person_entry(series, …)` and
 *   `bdhv_household_entry(series, …)` give the day a person or household enters a series (0014's list),
 *   and `bdhv_person_series` / `bdhv_household_series` are redefined over them, so the rollup triggers
 *   and the report's correction of a partial bucket share one definition. With the series a constant,
 *   PostgreSQL inlines the function and folds the `case` to that series' own expression: the report
 *   filters the facts of a partial bucket with plain comparisons instead of expanding every person into
 *   fifteen rows.
 * - **`guide_facts`**: one row per live guide (`guides.deleted_at is null`) with its unit, `since`, and
 *   `quota_on`, the day of its `Guide.QUOTA`-th distinct learner (its own person never counts), or null.
 *   Statement-level triggers on `guides` and `guide_learners` refresh the rows of the guides a statement
 *   touched, in its transaction, so the report counts guides and guides meeting the quota from a few
 *   thousand rows instead of ranking every teaching. `bdhv_rebuild_indicator_tables()` rebuilds it too,
 *   and writes the rollup in key order, so each unit's rows sit together on disk.
 */
import * as Guide from "@bdhv/domain/Guide"
import * as Person from "@bdhv/domain/Person"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const rebuilding = `coalesce(current_setting('bdhv.rebuilding', true), '') = 'on'`

const personArgs = "f.born_on, f.traits, f.basic_on, f.reached_on, f.four_t_on"
const householdArgs = "f.skilled_on, f.first_visited_on"

/** The rollup rows of the facts, summed per key and written in key order (the rebuild's insert). */
const rollupOf = (facts: string, seriesOf: string) => `
    insert into indicator_rollup (unit_id, series, bucket, n)
    select f.unit_id, s.series, bdhv_series_bucket(s.series, s.entry_on), count(*)::integer
    from ${facts} f cross join lateral ${seriesOf} s
    group by 1, 2, 3
    order by 1, 2, 3;`

const guideFactsInsert = (where: string) => `
    insert into guide_facts (guide_id, unit_id, since, quota_on)
    select g.id, g.unit_id, g.since,
      (select x.first_on from (
         select min(l.taught_on) as first_on from guide_learners l
         where l.guide_id = g.id and l.person_id <> g.person_id
         group by l.person_id
       ) x order by x.first_on offset ${Guide.QUOTA - 1} limit 1)
    from guides g
    where g.deleted_at is null and ${where};`

const statements = [
  `create function bdhv_person_entry(series smallint, born_on date, traits smallint, basic_on date,
     reached_on date, four_t_on date) returns date language sql immutable as $$
    select case series
      when 1 then born_on
      when 2 then case when traits & 1 <> 0 then born_on end
      when 3 then case when traits & 2 <> 0 then born_on end
      when 4 then case when traits & 4 <> 0 then born_on end
      when 5 then case when traits & 8 <> 0 then born_on end
      when 6 then case when traits & 16 <> 0 then born_on end
      when 7 then case when traits & 32 <> 0 then born_on end
      when 8 then case when traits & 64 <> 0 then born_on end
      when 9 then case when basic_on is not null then greatest(bdhv_birthday(born_on, ${Person.adultAge}), basic_on) end
      when 10 then case when traits & 4 <> 0 and basic_on is not null then greatest(born_on, basic_on) end
      when 11 then case when traits & 8 <> 0 and basic_on is not null then greatest(born_on, basic_on) end
      when 12 then case when traits & 16 <> 0 and basic_on is not null then greatest(born_on, basic_on) end
      when 13 then case when reached_on is not null then greatest(bdhv_birthday(born_on, ${Person.elderlyAge}), reached_on) end
      when 14 then case when traits & 32 <> 0 and reached_on is not null then greatest(born_on, reached_on) end
      when 15 then case when traits & 64 <> 0 and four_t_on is not null then greatest(born_on, four_t_on) end
    end
  $$`,
  `create or replace function bdhv_person_series(born_on date, traits smallint, basic_on date, reached_on date,
     four_t_on date) returns table (series smallint, entry_on date) language sql immutable as $$
    select s.series::smallint, s.entry_on from (values
      ${Array.from(
        { length: 15 },
        (_, i) =>
          `(${i + 1}, bdhv_person_entry(${i + 1}::smallint, born_on, traits, basic_on, reached_on, four_t_on))`,
      ).join(",\n      ")}
    ) s (series, entry_on)
    where s.entry_on is not null
  $$`,
  `create function bdhv_household_entry(series smallint, skilled_on date, first_visited_on date)
     returns date language sql immutable as $$
    select case series when 16 then '-infinity'::date when 17 then skilled_on when 18 then first_visited_on end
  $$`,
  `create or replace function bdhv_household_series(skilled_on date, first_visited_on date)
     returns table (series smallint, entry_on date) language sql immutable as $$
    select s.series::smallint, s.entry_on from (values
      (16, bdhv_household_entry(16::smallint, skilled_on, first_visited_on)),
      (17, bdhv_household_entry(17::smallint, skilled_on, first_visited_on)),
      (18, bdhv_household_entry(18::smallint, skilled_on, first_visited_on))
    ) s (series, entry_on)
    where s.entry_on is not null
  $$`,

  // A guide's row leaves with the guide (on delete cascade); a soft delete is an update.
  `create table guide_facts (
    guide_id text primary key references guides (id) on delete cascade,
    unit_id text not null,
    since date not null,
    quota_on date
  )`,
  `create index guide_facts_unit on guide_facts (unit_id)`,
  `create function bdhv_refresh_guide_facts(ids text[]) returns void language plpgsql as $$
  begin
    if ids is null then
      delete from guide_facts;
      ${guideFactsInsert("true")}
    else
      delete from guide_facts where guide_id = any (ids);
      ${guideFactsInsert("g.id = any (ids)")}
    end if;
  end
  $$`,
  `create function bdhv_guides_facts_changed() returns trigger language plpgsql as $$
  begin
    if ${rebuilding} then return null; end if;
    if tg_op = 'INSERT' then
      perform bdhv_refresh_guide_facts(array(select id from new_rows));
    elsif tg_op = 'DELETE' then
      perform bdhv_refresh_guide_facts(array(select id from old_rows));
    else
      perform bdhv_refresh_guide_facts(array(
        select n.id from new_rows n join old_rows o on o.id = n.id
        where (n.person_id, n.unit_id, n.since, n.deleted_at)
          is distinct from (o.person_id, o.unit_id, o.since, o.deleted_at)));
    end if;
    return null;
  end
  $$`,
  `create trigger guides_facts_insert after insert on guides
    referencing new table as new_rows for each statement execute function bdhv_guides_facts_changed()`,
  `create trigger guides_facts_update after update on guides
    referencing new table as new_rows old table as old_rows
    for each statement execute function bdhv_guides_facts_changed()`,
  `create function bdhv_guide_learners_facts_changed() returns trigger language plpgsql as $$
  begin
    if ${rebuilding} then return null; end if;
    if tg_op = 'INSERT' then
      perform bdhv_refresh_guide_facts(array(select distinct guide_id from new_rows));
    elsif tg_op = 'DELETE' then
      perform bdhv_refresh_guide_facts(array(select distinct guide_id from old_rows));
    else
      perform bdhv_refresh_guide_facts(array(
        select guide_id from new_rows union select guide_id from old_rows));
    end if;
    return null;
  end
  $$`,
  `create trigger guide_learners_facts_insert after insert on guide_learners
    referencing new table as new_rows for each statement execute function bdhv_guide_learners_facts_changed()`,
  `create trigger guide_learners_facts_update after update on guide_learners
    referencing new table as new_rows old table as old_rows
    for each statement execute function bdhv_guide_learners_facts_changed()`,
  `create trigger guide_learners_facts_delete after delete on guide_learners
    referencing old table as old_rows for each statement execute function bdhv_guide_learners_facts_changed()`,

  `create or replace function bdhv_rebuild_indicator_tables() returns void language plpgsql as $$
  begin
    perform set_config('bdhv.rebuilding', 'on', true);
    perform bdhv_refresh_person_skill_dates(null);
    perform bdhv_refresh_household_dates(null);
    truncate indicator_rollup, person_facts, household_facts, guide_facts;
    perform bdhv_refresh_person_facts(null);
    perform bdhv_refresh_household_facts(null);
    perform bdhv_refresh_guide_facts(null);
    ${rollupOf("person_facts", `bdhv_person_series(${personArgs})`)}
    ${rollupOf("household_facts", `bdhv_household_series(${householdArgs})`)}
    perform set_config('bdhv.rebuilding', 'off', true);
  end
  $$`,

  `select bdhv_refresh_guide_facts(null)`,
  `analyze guide_facts`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
