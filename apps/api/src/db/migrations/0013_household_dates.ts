/**
 * 0013 — the days each household first had a member with basic digital skills and was first and last
 * visited by a team, kept in step with their sources, so the household indicators ("Gia đình số",
 * door to door) read one row per household instead of joining every member's skill dates:
 * - `skilled_on`: the earliest `person_skill_dates.basic_on` of its members;
 * - `first_visited_on`, `last_visited_on`: of its visits.
 * A household counts at D when the day is on or before D. A household with none of these has no row.
 *
 * Triggers refresh the households touched by a change of `person_skill_dates`, of `people` (a member
 * moving, joining or leaving) and of `visits`. `bdhv_refresh_household_dates(null)` rebuilds everything.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `create table household_dates (
    household_id text primary key references households (id) on delete cascade,
    skilled_on date,
    first_visited_on date,
    last_visited_on date
  )`,

  `create function bdhv_refresh_household_dates(ids text[]) returns void language plpgsql as $$
  begin
    if ids is null then
      delete from household_dates;
    else
      delete from household_dates where household_id = any (ids);
    end if;
    insert into household_dates (household_id, skilled_on, first_visited_on, last_visited_on)
    select coalesce(s.household_id, v.household_id), s.skilled_on, v.first_visited_on, v.last_visited_on
    from (
      select m.household_id, min(d.basic_on) as skilled_on
      from people m join person_skill_dates d on d.person_id = m.id
      where m.deleted_at is null and m.household_id is not null and d.basic_on is not null
        and (ids is null or m.household_id = any (ids))
      group by m.household_id
    ) s
    full join (
      select household_id, min(visited_on) as first_visited_on, max(visited_on) as last_visited_on
      from visits where deleted_at is null and (ids is null or household_id = any (ids))
      group by household_id
    ) v on v.household_id = s.household_id
    where exists (select 1 from households h where h.id = coalesce(s.household_id, v.household_id));
  end
  $$`,

  // Skill dates changed: the households of the persons concerned.
  `create function bdhv_person_dates_changed() returns trigger language plpgsql as $$
  begin
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
  `create trigger person_skill_dates_households_insert after insert on person_skill_dates
    referencing new table as new_rows for each statement execute function bdhv_person_dates_changed()`,
  `create trigger person_skill_dates_households_delete after delete on person_skill_dates
    referencing old table as old_rows for each statement execute function bdhv_person_dates_changed()`,

  // A member joined, moved or left: the households before and after.
  `create function bdhv_people_households_changed() returns trigger language plpgsql as $$
  begin
    if tg_op = 'INSERT' then
      perform bdhv_refresh_household_dates(array(
        select distinct household_id from new_rows where household_id is not null));
    elsif tg_op = 'DELETE' then
      perform bdhv_refresh_household_dates(array(
        select distinct household_id from old_rows where household_id is not null));
    else
      perform bdhv_refresh_household_dates(array(
        select n.household_id from new_rows n join old_rows o on o.id = n.id
        where (n.household_id, n.deleted_at) is distinct from (o.household_id, o.deleted_at)
          and n.household_id is not null
        union
        select o.household_id from new_rows n join old_rows o on o.id = n.id
        where (n.household_id, n.deleted_at) is distinct from (o.household_id, o.deleted_at)
          and o.household_id is not null));
    end if;
    return null;
  end
  $$`,
  `create trigger people_households_insert after insert on people
    referencing new table as new_rows for each statement execute function bdhv_people_households_changed()`,
  `create trigger people_households_update after update on people
    referencing new table as new_rows old table as old_rows
    for each statement execute function bdhv_people_households_changed()`,
  `create trigger people_households_delete after delete on people
    referencing old table as old_rows for each statement execute function bdhv_people_households_changed()`,

  `create function bdhv_visits_changed() returns trigger language plpgsql as $$
  begin
    if tg_op = 'INSERT' then
      perform bdhv_refresh_household_dates(array(select distinct household_id from new_rows));
    elsif tg_op = 'DELETE' then
      perform bdhv_refresh_household_dates(array(select distinct household_id from old_rows));
    else
      perform bdhv_refresh_household_dates(
        array(select household_id from new_rows union select household_id from old_rows));
    end if;
    return null;
  end
  $$`,
  `create trigger visits_households_insert after insert on visits
    referencing new table as new_rows for each statement execute function bdhv_visits_changed()`,
  `create trigger visits_households_update after update on visits
    referencing new table as new_rows old table as old_rows for each statement execute function bdhv_visits_changed()`,
  `create trigger visits_households_delete after delete on visits
    referencing old table as old_rows for each statement execute function bdhv_visits_changed()`,

  `select bdhv_refresh_household_dates(null)`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
