/**
 * What each role may change. Reads are bounded by scope for every role; a viewer changes nothing.
 * (Finer rules — a team leader's own team, a guide's own learners — build on this.)
 */
import { Effect } from "effect"
import { Forbidden } from "../ServiceError.js"
import type { Actor, Role } from "./Actor.js"

/** Kinds of change, from everyday records to the structure of the campaign. */
export type Change = "records" | "structure"

const allowed: { readonly [C in Change]: ReadonlyArray<Role> } = {
  // People, households, classes, enrollments, visits, posts…
  records: ["district_admin", "commune_officer", "team_leader", "guide"],
  // The unit tree, the topic catalogue, targets, accounts.
  structure: ["district_admin"],
}

/** Fails with `Forbidden` unless the actor's role may make this kind of change. */
export const require = (actor: Actor, change: Change) =>
  allowed[change].includes(actor.role)
    ? Effect.void
    : Effect.fail(
        new Forbidden({
          message: {
            vi: "Vai trò của bạn không được phép thay đổi dữ liệu này",
            en: "Your role may not change this data",
          },
        }),
      )
