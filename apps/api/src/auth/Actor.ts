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
