/**
 * Server-side scope: a user sees and changes only what lies in their unit's subtree. Every repository
 * query adds one of these conditions, so lists, search and get-by-id agree (out of scope = not found).
 *
 * The subtree is the tree as it stands on the request's date (today in Vietnam, from `Today`), read
 * from `unit_closure`.
 */
import * as SqlClient from "effect/sql/SqlClient"
import type { Fragment } from "effect/sql/Statement"
import { Effect } from "effect"
import { type Actor, seesEverything } from "../auth/Actor.js"
import * as Today from "../Today.js"

/** The ids of the units in a unit's subtree at a date (the unit itself included), as a subquery. */
export const subtree = (sql: SqlClient.SqlClient, unitId: string, date: string): Fragment =>
  sql`(select c.descendant_id from unit_closure c
       where c.ancestor_id = ${unitId} and c.valid_from <= ${date}::date
         and (c.valid_to is null or c.valid_to >= ${date}::date))`

/**
 * The condition "the unit `unitExpression` is in the actor's scope" on a date (the tree as it stands
 * then), e.g. `inScope(sql, actor, "t.unit_id", today)`.
 * A district admin without a unit (the first one, created before any unit existed) sees everything; any
 * other actor without a unit sees nothing (`Actor.seesEverything`).
 */
export const inScope = (
  sql: SqlClient.SqlClient,
  actor: Actor,
  unitExpression: string,
  date: string,
): Fragment =>
  seesEverything(actor)
    ? sql`true`
    : actor.unitId === null
      ? sql`false`
      : sql`${sql.unsafe(unitExpression)} in ${subtree(sql, actor.unitId, date)}`

/** Whether a unit is in the actor's scope. */
export const unitInScope = Effect.fn("Scope.unitInScope")(function* (actor: Actor, unitId: string) {
  const sql = yield* SqlClient.SqlClient
  const today = yield* Today.today
  const rows = yield* sql<{ ok: number }>`
    select 1 as ok from units u where u.id = ${unitId} and u.deleted_at is null and ${inScope(sql, actor, "u.id", today)}`
  return rows.length > 0
})
