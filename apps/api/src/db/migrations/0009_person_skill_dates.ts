/**
 * 0009 — the days each person's skill records first showed something, kept in step with the records, so
 * indicators "as at D" read one row per person instead of aggregating every skill record:
 * - `reached_on`: the first record of any topic ("reached");
 * - `basic_on`: the first day the records show every topic of the core set (`topics.core`), counting a
 *   topic's implied topics (`topics.implies`): the domain's `SkillRecord.dateCompleted`;
 * - `four_t_on`: likewise for the four 4T modules (`Topic.fourTModules`).
 * A person counts at D when the day is on or before D. A person without records has no row.
 *
 * Triggers on `skill_records` refresh the persons a statement touched; a change to the core set or to
 * implications rebuilds every row. `bdhv_refresh_person_skill_dates(null)` rebuilds everything (after a
 * bulk load that disabled the triggers).
 */
import * as Topic from "@bdhv/domain/Topic"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`
const fourT = `array[${Topic.fourTModules.map(quote).join(", ")}]::text[]`

const statements = [
  `create table person_skill_dates (
    person_id text primary key references people (id) on delete cascade,
    reached_on date not null,
    basic_on date,
    four_t_on date
  )`,
  `create index person_skill_dates_basic on person_skill_dates (basic_on)`,

  `create function bdhv_refresh_person_skill_dates(ids text[]) returns void language plpgsql as $$
  begin
    if ids is null then
      delete from person_skill_dates;
    else
      delete from person_skill_dates where person_id = any (ids);
    end if;
    insert into person_skill_dates (person_id, reached_on, basic_on, four_t_on)
    with firsts as (
      select r.person_id, x.topic_id, min(r.achieved_on) as first_on
      from skill_records r
      join topics t on t.id = r.topic_id
      cross join lateral unnest(array[t.id] || t.implies) as x (topic_id)
      where r.deleted_at is null and (ids is null or r.person_id = any (ids))
      group by r.person_id, x.topic_id
    ),
    core as (select coalesce(array_agg(id), '{}') as ids from topics where core and deleted_at is null)
    select f.person_id,
      min(f.first_on),
      case when cardinality(core.ids) > 0
             and count(*) filter (where f.topic_id = any (core.ids)) = cardinality(core.ids)
           then max(f.first_on) filter (where f.topic_id = any (core.ids)) end,
      case when count(*) filter (where f.topic_id = any (${fourT})) = cardinality(${fourT})
           then max(f.first_on) filter (where f.topic_id = any (${fourT})) end
    from firsts f cross join core
    group by f.person_id, core.ids;
  end
  $$`,

  `create function bdhv_skill_records_changed() returns trigger language plpgsql as $$
  begin
    if tg_op = 'INSERT' then
      perform bdhv_refresh_person_skill_dates(array(select distinct person_id from new_rows));
    elsif tg_op = 'DELETE' then
      perform bdhv_refresh_person_skill_dates(array(select distinct person_id from old_rows));
    else
      perform bdhv_refresh_person_skill_dates(
        array(select person_id from new_rows union select person_id from old_rows));
    end if;
    return null;
  end
  $$`,
  `create trigger skill_records_dates_insert after insert on skill_records
    referencing new table as new_rows for each statement execute function bdhv_skill_records_changed()`,
  `create trigger skill_records_dates_update after update on skill_records
    referencing new table as new_rows old table as old_rows
    for each statement execute function bdhv_skill_records_changed()`,
  `create trigger skill_records_dates_delete after delete on skill_records
    referencing old table as old_rows for each statement execute function bdhv_skill_records_changed()`,

  `create function bdhv_topics_changed() returns trigger language plpgsql as $$
  begin
    perform bdhv_refresh_person_skill_dates(null);
    return null;
  end
  $$`,
  `create trigger topics_dates after insert or update of core, implies, deleted_at or delete on topics
    for each statement execute function bdhv_topics_changed()`,

  `select bdhv_refresh_person_skill_dates(null)`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
