/**
 * 0005 — the unit closure survives a cycle in the parent links: a link that would make a unit its own
 * ancestor is not followed, so the rebuild ends and the domain's checks can refuse the change (a cycle
 * always puts some parent at or below its child's level).
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql.unsafe(`create or replace function bdhv_refresh_unit_closure() returns trigger language plpgsql as $$
  begin
    delete from unit_closure;
    insert into unit_closure (ancestor_id, descendant_id, depth, valid_from, valid_to)
    with recursive paths (ancestor_id, descendant_id, depth, valid_from, valid_to, visited) as (
      select id, id, 0, valid_from, valid_to, array[id] from units where deleted_at is null
      union all
      select l.parent_id, p.descendant_id, p.depth + 1,
             greatest(p.valid_from, l.valid_from), least(p.valid_to, l.valid_to), p.visited || l.parent_id
      from paths p
      join unit_links l on l.child_id = p.ancestor_id
      join units parent on parent.id = l.parent_id and parent.deleted_at is null
      where l.valid_from <= coalesce(p.valid_to, 'infinity'::date)
        and coalesce(l.valid_to, 'infinity'::date) >= p.valid_from
        and not l.parent_id = any (p.visited)
    )
    select ancestor_id, descendant_id, depth, valid_from, valid_to from paths;
    return null;
  end
  $$`)
})
