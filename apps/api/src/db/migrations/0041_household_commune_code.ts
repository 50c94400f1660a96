/**
 * 0041 — a household code is unique within its commune (the commune's register), not only within its
 * village: a statement-level check after each insert or update of households, set-based so a bulk load
 * checks each batch in one query. A code taken by another live household in the same commune-level unit
 * today fails as a unique violation of `households_commune_code`. Codes already repeated before this
 * migration stay (a commune renames them); new writes cannot repeat them.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `create function bdhv_check_household_commune_code() returns trigger language plpgsql as $$
  declare
    taken text;
  begin
    select c.code into taken
    from changed c
    join unit_closure cc on cc.descendant_id = c.unit_id
      and cc.valid_from <= current_date and (cc.valid_to is null or cc.valid_to >= current_date)
    join units cm on cm.id = cc.ancestor_id and cm.kind in ('xa', 'phuong', 'thi_tran', 'dac_khu')
    join unit_closure oc on oc.ancestor_id = cm.id
      and oc.valid_from <= current_date and (oc.valid_to is null or oc.valid_to >= current_date)
    join households o on o.unit_id = oc.descendant_id and o.code = c.code and o.id <> c.id
      and o.deleted_at is null
    where c.deleted_at is null
    limit 1;
    if taken is not null then
      raise exception 'household code % is already used in the commune', taken
        using errcode = 'unique_violation', constraint = 'households_commune_code', table = 'households';
    end if;
    return null;
  end
  $$`,
  `create trigger households_commune_code_insert after insert on households
    referencing new table as changed for each statement execute function bdhv_check_household_commune_code()`,
  `create trigger households_commune_code_update after update on households
    referencing new table as changed for each statement execute function bdhv_check_household_commune_code()`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
