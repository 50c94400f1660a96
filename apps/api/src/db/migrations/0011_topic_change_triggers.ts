/**
 * 0011 — `person_skill_dates` is rebuilt only when the core set or the implications really change. The
 * trigger of 0009 fired for every statement on `topics`, and the start-up's "insert the catalogue, keep
 * what is there" is such a statement even when it inserts nothing, so every start rebuilt the table.
 * Now each kind of change looks at the rows it touched (transition tables) first.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `drop trigger topics_dates on topics`,
  // One branch per operation: each may only name the transition tables its trigger has.
  `create or replace function bdhv_topics_changed() returns trigger language plpgsql as $$
  declare
    changed boolean;
  begin
    if tg_op = 'INSERT' then
      changed := exists (select 1 from new_rows);
    elsif tg_op = 'DELETE' then
      changed := exists (select 1 from old_rows);
    else
      changed := exists (
        select 1 from new_rows n join old_rows o on o.id = n.id
        where (n.core, n.implies, n.deleted_at) is distinct from (o.core, o.implies, o.deleted_at));
    end if;
    if changed then
      perform bdhv_refresh_person_skill_dates(null);
    end if;
    return null;
  end
  $$`,
  `create trigger topics_dates_insert after insert on topics
    referencing new table as new_rows for each statement execute function bdhv_topics_changed()`,
  `create trigger topics_dates_update after update on topics
    referencing new table as new_rows old table as old_rows for each statement execute function bdhv_topics_changed()`,
  `create trigger topics_dates_delete after delete on topics
    referencing old table as old_rows for each statement execute function bdhv_topics_changed()`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
