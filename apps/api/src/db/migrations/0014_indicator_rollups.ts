/**
 * 0014 — the indicator counts are kept, not recomputed: `indicator_rollup` holds, per leaf unit (where
 * a person or household is recorded), per *series* and per *bucket* of an entry date, how many records
 * entered that series in that bucket. A count as at D is the sum of the buckets before D's bucket plus
 * the records of D's own bucket whose entry date is on or before D (read from the per-record facts
 * through an index): exact for every D, with no nightly job, because a person's entry into "aged 18
 * or over" is the day they turn 18 — known when they are recorded, so ages move without writes.
 *
 * Series (ids are used by `indicators/Rollups.ts`; entry dates are what the count compares with):
 *   1 people by birth day (year buckets from 1960): adults, 16+, elderly (compared with `Person.ageCutoff`)
 *   2 with VNeID level 2, 3 with a digital bank account, by birth day (year buckets from 2004): 16+
 *   4 civil servants, 5 students, 6 workers of counted employers, 7 persons with disability,
 *   8 traders and farmers, by birth day (month buckets from 2020; compared with the date itself)
 *   9 adults with basic skills: the later of the 18th birthday and `basic_on` (month buckets from 2024
 *     to 2030, year buckets after: entries far ahead are the birthdays of the young)
 *  10 civil servants, 11 students, 12 workers with basic skills: later of birth and `basic_on`
 *  13 elderly reached: later of the 60th birthday and `reached_on`; 14 persons with disability reached:
 *     later of birth and `reached_on`; 15 traders and farmers 4T complete: later of birth and `four_t_on`
 *  16 households (always counted), 17 with a skilled member (`skilled_on`), 18 visited (`first_visited_on`)
 * Entries before a series' first bucket share one bucket ('-infinity'); a report as at a date before it
 * reads that bucket's records from the facts (exact, only slower).
 *
 * Facts: `person_facts` (one row per live person: leaf unit, birth day — 1 January of the birth year
 * when only that is known —, traits as bits, the skill days of `person_skill_dates`) and
 * `household_facts` (one row per live household: leaf unit, `household_dates`' days). Facts rows are
 * replaced, never updated in place, by `bdhv_refresh_person_facts(ids)` / `bdhv_refresh_household_facts(ids)`,
 * which statement-level triggers call for the rows a statement touched (people, person_skill_dates,
 * organizations — the employer kinds that count —, households, household_dates); statement-level
 * triggers on the facts add and subtract their rows' series in `indicator_rollup`. Why statement-level
 * triggers with transition tables rather than upserts in each write path: every writer (API, import,
 * erasure, restore, seed) is covered by the same code in the same transaction, a bulk statement is
 * grouped once (one upsert per (unit, series, bucket), not per row), and the derived tables before
 * this one (0009, 0013) already work this way. Figures in `indicators/Rollups.ts`.
 *
 * The tree is not in the rollup: a report sums leaf units through `unit_closure` valid on its date, so
 * a village moved on 1 July 2025 counts under its old commune before and its new one after.
 *
 * `bdhv_rebuild_indicator_tables()` rebuilds every derived table of the indicators (person_skill_dates,
 * household_dates, the facts and the rollup) from the records, in that order, whatever state the
 * triggers are in: what a bulk load calls after loading with the triggers off.
 */
import * as Person from "@bdhv/domain/Person"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { countedEmployerKinds } from "../../indicators/AggregateSql.js"

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`
const employerKinds = `array[${countedEmployerKinds.map(quote).join(", ")}]::text[]`
const group = (tag: Person.GroupTag) => `${quote(tag)} = any (p.groups)`

/** Skips the facts' rollup triggers while `bdhv_rebuild_indicator_tables` rebuilds everything at once. */
const rebuilding = `coalesce(current_setting('bdhv.rebuilding', true), '') = 'on'`

const rollupOf = (facts: string, seriesOf: string, sign: "+" | "-") => `
    insert into indicator_rollup (unit_id, series, bucket, n)
    select f.unit_id, s.series, bdhv_series_bucket(s.series, s.entry_on), ${sign}count(*)::integer
    from ${facts} f cross join lateral ${seriesOf} s
    group by 1, 2, 3
    on conflict (unit_id, series, bucket) do update set n = indicator_rollup.n + excluded.n;`

/** The facts of the people matching `where` (live ones only). */
const personFactsInsert = (where: string) => `
    insert into person_facts (person_id, unit_id, born_on, traits, basic_on, reached_on, four_t_on)
    select p.id, p.unit_id, coalesce(p.birth_date, make_date(p.birth_year, 1, 1)),
      ((case when p.vneid_level = 2 then 1 else 0 end)
        | (case when p.digital_bank then 2 else 0 end)
        | (case when ${group("civil_servant")} then 4 else 0 end)
        | (case when ${group("student")} then 8 else 0 end)
        | (case when ${group("worker")} and p.employer_ids && counted.employer_ids then 16 else 0 end)
        | (case when ${group("disability")} then 32 else 0 end)
        | (case when ${group("small_trader")} or ${group("farmer")} then 64 else 0 end))::smallint,
      d.basic_on, d.reached_on, d.four_t_on
    from people p
    cross join (
      select coalesce(array_agg(o.id), '{}') as employer_ids from organizations o
      where o.kind = any (${employerKinds}) and o.deleted_at is null
    ) counted
    left join person_skill_dates d on d.person_id = p.id
    where p.deleted_at is null and ${where};`

/** The facts of the households matching `where` (live ones only). */
const householdFactsInsert = (where: string) => `
    insert into household_facts (household_id, unit_id, skilled_on, first_visited_on)
    select h.id, h.unit_id, d.skilled_on, d.first_visited_on
    from households h left join household_dates d on d.household_id = h.id
    where h.deleted_at is null and ${where};`

const personSeries = "bdhv_person_series(f.born_on, f.traits, f.basic_on, f.reached_on, f.four_t_on)"
const householdSeries = "bdhv_household_series(f.skilled_on, f.first_visited_on)"

const statements = [
  `create table person_facts (
    person_id text primary key references people (id) on delete cascade,
    unit_id text not null,
    born_on date not null,
    traits smallint not null,
    basic_on date,
    reached_on date,
    four_t_on date
  )`,
  `create index person_facts_born on person_facts (born_on)`,
  `create index person_facts_basic on person_facts (basic_on) where basic_on is not null`,
  `create index person_facts_reached on person_facts (reached_on) where reached_on is not null`,
  `create index person_facts_four_t on person_facts (four_t_on) where four_t_on is not null`,
  `create table household_facts (
    household_id text primary key references households (id) on delete cascade,
    unit_id text not null,
    skilled_on date,
    first_visited_on date
  )`,
  `create index household_facts_skilled on household_facts (skilled_on) where skilled_on is not null`,
  `create index household_facts_visited on household_facts (first_visited_on) where first_visited_on is not null`,
  `create table indicator_rollup (
    unit_id text not null,
    series smallint not null,
    bucket date not null,
    n integer not null,
    primary key (unit_id, series, bucket)
  )`,

  // The first day a person born on \`born\` is \`age\` or older, by \`Person.ageCutoff\`: the anniversary, or
  // 1 March when born on 29 February and the anniversary year has none.
  // One expression, so that the planner inlines it.
  `create function bdhv_birthday(born date, age integer) returns date language sql immutable as $$
    select (born + make_interval(years => age))::date
      + (extract(day from born + make_interval(years => age)) <> extract(day from born))::integer
  $$`,

  // The first day of a series' first bucket: entries before it share the bucket '-infinity'.
  `create function bdhv_series_floor(series smallint) returns date language sql immutable as $$
    select case when series = 1 then date '1960-01-01'
                when series in (2, 3) then date '2004-01-01'
                when series between 4 and 8 then date '2020-01-01'
                else date '2024-01-01' end
  $$`,
  // The bucket of an entry date: its year (series 1–3, and every series from 2031), else its month.
  `create function bdhv_series_bucket(series smallint, entry_on date) returns date language sql immutable as $$
    select case
      when entry_on < bdhv_series_floor(series) then '-infinity'::date
      when series <= 3 or entry_on >= date '2031-01-01' then make_date(extract(year from entry_on)::integer, 1, 1)
      else make_date(extract(year from entry_on)::integer, extract(month from entry_on)::integer, 1)
    end
  $$`,
  // The last day of a bucket.
  `create function bdhv_series_bucket_end(series smallint, bucket date) returns date language sql immutable as $$
    select case
      when bucket = '-infinity'::date then bdhv_series_floor(series) - 1
      when series <= 3 or bucket >= date '2031-01-01' then make_date(extract(year from bucket)::integer + 1, 1, 1) - 1
      else (bucket + interval '1 month')::date - 1
    end
  $$`,

  `create function bdhv_person_series(born_on date, traits smallint, basic_on date, reached_on date, four_t_on date)
  returns table (series smallint, entry_on date) language sql immutable as $$
    select s.series::smallint, s.entry_on from (values
      (1, born_on),
      (2, case when traits & 1 <> 0 then born_on end),
      (3, case when traits & 2 <> 0 then born_on end),
      (4, case when traits & 4 <> 0 then born_on end),
      (5, case when traits & 8 <> 0 then born_on end),
      (6, case when traits & 16 <> 0 then born_on end),
      (7, case when traits & 32 <> 0 then born_on end),
      (8, case when traits & 64 <> 0 then born_on end),
      (9, case when basic_on is not null then greatest(bdhv_birthday(born_on, ${Person.adultAge}), basic_on) end),
      (10, case when traits & 4 <> 0 and basic_on is not null then greatest(born_on, basic_on) end),
      (11, case when traits & 8 <> 0 and basic_on is not null then greatest(born_on, basic_on) end),
      (12, case when traits & 16 <> 0 and basic_on is not null then greatest(born_on, basic_on) end),
      (13, case when reached_on is not null then greatest(bdhv_birthday(born_on, ${Person.elderlyAge}), reached_on) end),
      (14, case when traits & 32 <> 0 and reached_on is not null then greatest(born_on, reached_on) end),
      (15, case when traits & 64 <> 0 and four_t_on is not null then greatest(born_on, four_t_on) end)
    ) s (series, entry_on)
    where s.entry_on is not null
  $$`,

  `create function bdhv_household_series(skilled_on date, first_visited_on date)
  returns table (series smallint, entry_on date) language sql immutable as $$
    select s.series::smallint, s.entry_on from (values
      (16, '-infinity'::date), (17, skilled_on), (18, first_visited_on)
    ) s (series, entry_on)
    where s.entry_on is not null
  $$`,

  // Each branch its own statement: a cached plan of "ids is null or id = any (ids)" could not use the
  // primary key, and every trigger call would scan the whole table.
  `create function bdhv_refresh_person_facts(ids text[]) returns void language plpgsql as $$
  begin
    if ids is null then
      delete from person_facts;
      ${personFactsInsert("true")}
    else
      delete from person_facts where person_id = any (ids);
      ${personFactsInsert("p.id = any (ids)")}
    end if;
  end
  $$`,

  `create function bdhv_refresh_household_facts(ids text[]) returns void language plpgsql as $$
  begin
    if ids is null then
      delete from household_facts;
      ${householdFactsInsert("true")}
    else
      delete from household_facts where household_id = any (ids);
      ${householdFactsInsert("h.id = any (ids)")}
    end if;
  end
  $$`,

  // The facts' rows go in and out of the rollup, grouped once per statement.
  `create function bdhv_person_facts_rollup() returns trigger language plpgsql as $$
  begin
    if ${rebuilding} then return null; end if;
    if tg_op in ('DELETE', 'UPDATE') then ${rollupOf("old_rows", personSeries, "-")}
    end if;
    if tg_op in ('INSERT', 'UPDATE') then ${rollupOf("new_rows", personSeries, "+")}
    end if;
    return null;
  end
  $$`,
  `create trigger person_facts_rollup_insert after insert on person_facts
    referencing new table as new_rows for each statement execute function bdhv_person_facts_rollup()`,
  `create trigger person_facts_rollup_update after update on person_facts
    referencing new table as new_rows old table as old_rows
    for each statement execute function bdhv_person_facts_rollup()`,
  `create trigger person_facts_rollup_delete after delete on person_facts
    referencing old table as old_rows for each statement execute function bdhv_person_facts_rollup()`,
  `create function bdhv_household_facts_rollup() returns trigger language plpgsql as $$
  begin
    if ${rebuilding} then return null; end if;
    if tg_op in ('DELETE', 'UPDATE') then ${rollupOf("old_rows", householdSeries, "-")}
    end if;
    if tg_op in ('INSERT', 'UPDATE') then ${rollupOf("new_rows", householdSeries, "+")}
    end if;
    return null;
  end
  $$`,
  `create trigger household_facts_rollup_insert after insert on household_facts
    referencing new table as new_rows for each statement execute function bdhv_household_facts_rollup()`,
  `create trigger household_facts_rollup_update after update on household_facts
    referencing new table as new_rows old table as old_rows
    for each statement execute function bdhv_household_facts_rollup()`,
  `create trigger household_facts_rollup_delete after delete on household_facts
    referencing old table as old_rows for each statement execute function bdhv_household_facts_rollup()`,

  // The writes that change a person's facts.
  `create function bdhv_people_facts_changed() returns trigger language plpgsql as $$
  begin
    if ${rebuilding} then return null; end if;
    if tg_op = 'INSERT' then
      perform bdhv_refresh_person_facts(array(select id from new_rows));
    elsif tg_op = 'DELETE' then
      perform bdhv_refresh_person_facts(array(select id from old_rows));
    else
      perform bdhv_refresh_person_facts(array(
        select n.id from new_rows n join old_rows o on o.id = n.id
        where (n.unit_id, n.birth_date, n.birth_year, n.groups, n.employer_ids, n.vneid_level, n.digital_bank,
               n.deleted_at)
          is distinct from (o.unit_id, o.birth_date, o.birth_year, o.groups, o.employer_ids, o.vneid_level,
               o.digital_bank, o.deleted_at)));
    end if;
    return null;
  end
  $$`,
  `create trigger people_facts_insert after insert on people
    referencing new table as new_rows for each statement execute function bdhv_people_facts_changed()`,
  `create trigger people_facts_update after update on people
    referencing new table as new_rows old table as old_rows
    for each statement execute function bdhv_people_facts_changed()`,
  `create trigger people_facts_delete after delete on people
    referencing old table as old_rows for each statement execute function bdhv_people_facts_changed()`,

  `create function bdhv_skill_dates_facts_changed() returns trigger language plpgsql as $$
  begin
    if ${rebuilding} then return null; end if;
    if tg_op = 'DELETE' then
      perform bdhv_refresh_person_facts(array(select person_id from old_rows));
    else
      perform bdhv_refresh_person_facts(array(select person_id from new_rows));
    end if;
    return null;
  end
  $$`,
  `create trigger person_skill_dates_facts_insert after insert on person_skill_dates
    referencing new table as new_rows for each statement execute function bdhv_skill_dates_facts_changed()`,
  `create trigger person_skill_dates_facts_delete after delete on person_skill_dates
    referencing old table as old_rows for each statement execute function bdhv_skill_dates_facts_changed()`,

  // An organization becoming (or ceasing to be) a counted employer changes its workers.
  `create function bdhv_organizations_facts_changed() returns trigger language plpgsql as $$
  declare
    changed text[];
  begin
    if ${rebuilding} then return null; end if;
    if tg_op = 'INSERT' then
      changed := array(select id from new_rows);
    elsif tg_op = 'DELETE' then
      changed := array(select id from old_rows);
    else
      changed := array(
        select n.id from new_rows n join old_rows o on o.id = n.id
        where (n.kind, n.deleted_at) is distinct from (o.kind, o.deleted_at));
    end if;
    if cardinality(changed) > 0 then
      perform bdhv_refresh_person_facts(array(
        select p.id from people p where p.employer_ids && changed and p.deleted_at is null));
    end if;
    return null;
  end
  $$`,
  `create trigger organizations_facts_insert after insert on organizations
    referencing new table as new_rows for each statement execute function bdhv_organizations_facts_changed()`,
  `create trigger organizations_facts_update after update on organizations
    referencing new table as new_rows old table as old_rows
    for each statement execute function bdhv_organizations_facts_changed()`,
  `create trigger organizations_facts_delete after delete on organizations
    referencing old table as old_rows for each statement execute function bdhv_organizations_facts_changed()`,

  // The writes that change a household's facts.
  `create function bdhv_households_facts_changed() returns trigger language plpgsql as $$
  begin
    if ${rebuilding} then return null; end if;
    if tg_op = 'INSERT' then
      perform bdhv_refresh_household_facts(array(select id from new_rows));
    elsif tg_op = 'DELETE' then
      perform bdhv_refresh_household_facts(array(select id from old_rows));
    else
      perform bdhv_refresh_household_facts(array(
        select n.id from new_rows n join old_rows o on o.id = n.id
        where (n.unit_id, n.deleted_at) is distinct from (o.unit_id, o.deleted_at)));
    end if;
    return null;
  end
  $$`,
  `create trigger households_facts_insert after insert on households
    referencing new table as new_rows for each statement execute function bdhv_households_facts_changed()`,
  `create trigger households_facts_update after update on households
    referencing new table as new_rows old table as old_rows
    for each statement execute function bdhv_households_facts_changed()`,
  `create trigger households_facts_delete after delete on households
    referencing old table as old_rows for each statement execute function bdhv_households_facts_changed()`,
  `create function bdhv_household_dates_facts_changed() returns trigger language plpgsql as $$
  begin
    if ${rebuilding} then return null; end if;
    if tg_op = 'DELETE' then
      perform bdhv_refresh_household_facts(array(select household_id from old_rows));
    else
      perform bdhv_refresh_household_facts(array(select household_id from new_rows));
    end if;
    return null;
  end
  $$`,
  `create trigger household_dates_facts_insert after insert on household_dates
    referencing new table as new_rows for each statement execute function bdhv_household_dates_facts_changed()`,
  `create trigger household_dates_facts_delete after delete on household_dates
    referencing old table as old_rows for each statement execute function bdhv_household_dates_facts_changed()`,

  // 0013's trigger on person_skill_dates would refresh every household once more during a rebuild.
  `create or replace function bdhv_person_dates_changed() returns trigger language plpgsql as $$
  begin
    if ${rebuilding} then return null; end if;
    if tg_op = 'DELETE' then
      perform bdhv_refresh_household_dates(array(
        select distinct p.household_id from people p join old_rows o on o.person_id = p.id
        where p.household_id is not null));
    else
      perform bdhv_refresh_household_dates(array(
        select distinct p.household_id from people p join new_rows n on n.person_id = p.id
        where p.household_id is not null));
    end if;
    return null;
  end
  $$`,

  `create function bdhv_rebuild_indicator_tables() returns void language plpgsql as $$
  begin
    perform set_config('bdhv.rebuilding', 'on', true);
    perform bdhv_refresh_person_skill_dates(null);
    perform bdhv_refresh_household_dates(null);
    truncate indicator_rollup, person_facts, household_facts;
    perform bdhv_refresh_person_facts(null);
    perform bdhv_refresh_household_facts(null);
    ${rollupOf("person_facts", personSeries, "+")}
    ${rollupOf("household_facts", householdSeries, "+")}
    perform set_config('bdhv.rebuilding', 'off', true);
  end
  $$`,

  `select bdhv_rebuild_indicator_tables()`,
  `analyze person_facts`,
  `analyze household_facts`,
  `analyze indicator_rollup`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
