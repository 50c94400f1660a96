/**
 * A unit as the tree stood on a date: the unit, its ancestors and its children, read from
 * `unit_closure`. Reports "as at D" start here, so that a village's data rolls up to the commune it
 * belonged to on D (its old commune before 1 July 2025, its new one after).
 */
import type * as CalendarDate from "@bdhv/domain/CalendarDate"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { type Actor, seesEverything } from "../auth/Actor.js"
import { subtree } from "../resources/Scope.js"
import { NotFound } from "../ServiceError.js"
import * as DeploymentScope from "../units/DeploymentScope.js"

/** A unit as the dashboard shows it (the shape of `/api/units/tree`). */
export interface UnitNode {
  readonly id: string
  readonly code: string | null
  readonly name: string
  readonly kind: string
  readonly parentId: string | null
}

/** A unit on a date with what surrounds it. */
export interface UnitAt {
  readonly unit: UnitNode
  /** The unit then its ancestors, nearest first (the path a target is looked up along). */
  readonly path: ReadonlyArray<string>
  /** Its children on that date, by name. */
  readonly children: ReadonlyArray<UnitNode>
}

/** Valid on the date, which is always parameter `$1`. */
const validAt = (alias: string) =>
  `${alias}.valid_from <= $1::date and (${alias}.valid_to is null or ${alias}.valid_to >= $1::date)`

/** Units valid on the date `$1` matching `where` (which may use `$2`…), with their parent then. */
const nodes = (sql: SqlClient.SqlClient, where: string, params: ReadonlyArray<unknown>) =>
  sql.unsafe<{ id: string; code: string | null; name: string; kind: string; parentId: string | null }>(
    `select u.id, u.code, u.name, u.kind,
       (select l.parent_id from unit_links l where l.child_id = u.id and ${validAt("l")}
        order by l.valid_from desc limit 1) as parent_id
     from units u where u.deleted_at is null and ${validAt("u")} and ${where}
     order by u.name_folded, u.id`,
    params,
  )

/**
 * The unit to report on when none is named: the deployment's scope on that date (a district abolished
 * in the reform stands for the area it served); without a configured scope, the root of the tree on that
 * date, or, while it has a single child, that child.
 */
const defaultUnit = (date: CalendarDate.CalendarDate) =>
  Effect.gen(function* () {
    const scope = yield* DeploymentScope.unitAt(date)
    if (scope !== undefined) return scope.id as string
    const sql = yield* SqlClient.SqlClient
    const roots = yield* nodes(
      sql,
      `not exists (select 1 from unit_links l where l.child_id = u.id and ${validAt("l")})`,
      [date],
    )
    let current = roots.length === 1 ? roots[0] : undefined
    while (current !== undefined) {
      const children = yield* nodes(
        sql,
        `u.id in (select c.descendant_id from unit_closure c where c.ancestor_id = $2 and c.depth = 1 and ${validAt("c")})`,
        [date, current.id],
      )
      if (children.length !== 1) return current.id
      current = children[0]
    }
    return undefined
  })

/** An ended unit serving an area on the date `$1` (it has area links then), as a node without a parent. */
const areaNode = (sql: SqlClient.SqlClient, id: string, date: CalendarDate.CalendarDate) =>
  sql.unsafe<{ id: string; code: string | null; name: string; kind: string; parentId: string | null }>(
    `select u.id, u.code, u.name, u.kind, null as parent_id from units u
     where u.id = $2 and u.deleted_at is null
       and exists (select 1 from unit_area_links a where a.area_id = u.id and ${validAt("a")})`,
    [date, id],
  )

/**
 * The unit `unitId` (or the default unit) on `date`, if it existed then and, when an actor is given,
 * lies in the actor's subtree on that date; otherwise `NotFound` (out of scope is not revealed).
 */
export const resolve = Effect.fn("UnitAt.resolve")(function* (
  unitId: string | undefined,
  date: CalendarDate.CalendarDate,
  actor: Actor | undefined,
) {
  const sql = yield* SqlClient.SqlClient
  const id = unitId ?? (yield* defaultUnit(date)) ?? ""
  // An ended scope unit is reported on while it has an area (see DeploymentScope).
  const valid = yield* nodes(sql, "u.id = $2", [date, id])
  const [unit] = valid.length > 0 ? valid : yield* areaNode(sql, id, date)
  if (unit === undefined) return yield* new NotFound({ entity: "unit", id })
  if (actor !== undefined && !seesEverything(actor)) {
    // An actor without a unit who is not the top role has no scope: nothing is theirs to see.
    if (actor.unitId === null) return yield* new NotFound({ entity: "unit", id })
    const inScope = yield* sql<{
      ok: number
    }>`select 1 as ok where ${id} in ${subtree(sql, actor.unitId, date)}`
    if (inScope.length === 0) return yield* new NotFound({ entity: "unit", id })
  }
  const ancestors = yield* sql.unsafe<{ ancestorId: string }>(
    `select c.ancestor_id from unit_closure c where c.descendant_id = $2 and ${validAt("c")} order by c.depth`,
    [date, id],
  )
  const children = yield* nodes(
    sql,
    `u.id in (select c.descendant_id from unit_closure c where c.ancestor_id = $2 and c.depth = 1 and ${validAt("c")})`,
    [date, id],
  )
  // An ended scope unit has no closure row of its own after its end: its path is itself.
  const path = ancestors.length > 0 ? ancestors.map((a) => a.ancestorId) : [id]
  return { unit, path, children } satisfies UnitAt
})
