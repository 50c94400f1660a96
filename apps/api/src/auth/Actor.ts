/**
 * The signed-in user a request acts for, with the unit whose subtree bounds everything they may see
 * and change.
 */
import { Schema } from "effect"
import { roles } from "@bdhv/domain/Access"

/** Roles of the product, from widest to narrowest (the list of `@bdhv/domain/Access`). */
export const Role = Schema.Literals(roles)
/** A role. */
export type Role = typeof Role.Type

/** The user a request acts for. */
export const Actor = Schema.Struct({
  userId: Schema.String,
  email: Schema.String,
  fullName: Schema.String,
  role: Role,
  /**
   * Every read and write is limited to this unit's subtree (as the tree stands today); `null` only for
   * a district admin over the whole database (the first admin, created before any unit exists).
   */
  unitId: Schema.NullOr(Schema.String),
  teamId: Schema.NullOr(Schema.String),
  guideId: Schema.NullOr(Schema.String),
}).annotate({ identifier: "Actor" })
/** The user a request acts for. */
export type Actor = typeof Actor.Type

/** The one role that may hold no unit: a district admin over the whole database. */
export const topRole: Role = "district_admin"

/**
 * Whether the actor's scope is the whole database: a district admin without a unit (the first admin,
 * created before any unit existed). Any other actor without a unit — an account made before every
 * other role needed one — sees nothing: a missing scope is never read as "everything".
 */
export const seesEverything = (actor: { readonly role: Role; readonly unitId: string | null }): boolean =>
  actor.unitId === null && actor.role === topRole
