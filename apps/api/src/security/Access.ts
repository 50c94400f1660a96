/**
 * Who may do what, enforced on the server for every API path: the one access module. The guard asks it
 * before a route runs, every service asks it again before a write, and the admin app reads the same
 * table (`@bdhv/domain/Access`) to know which pages a role has.
 *
 * Two layers, both needed:
 * 1. **By resource** (the matrix of `@bdhv/domain/Access`): each route names the resource it reaches; each
 *    role may do nothing, read, or read and write it. A path that reaches no resource is refused, so a
 *    new endpoint is closed until someone decides who may use it (the authorization matrix test fails
 *    too).
 * 2. **By row** ({@link rowFilter} and the unit scope of `resources/Scope.ts`): every query adds the
 *    actor's conditions, so lists, search, get-by-id, exports and indicators see the same rows, and a
 *    row out of scope is "not found", never "forbidden".
 */
import * as Phone from "@bdhv/domain/Phone"
import { Effect, Result } from "effect"
import type * as SqlClient from "effect/sql/SqlClient"
import type { Fragment } from "effect/sql/Statement"
import type { Actor } from "../auth/Actor.js"
import type * as Route from "../http/Route.js"
import { Forbidden } from "../ServiceError.js"
import * as AccessTable from "@bdhv/domain/Access"

export {
  type Access,
  accessOf,
  isResource,
  matrix,
  type Mode,
  type Resource,
  roles,
} from "@bdhv/domain/Access"
type Resource = AccessTable.Resource
type Role = AccessTable.Role

/** A declared route's path as a pattern, with the route's reach. */
interface Pattern {
  readonly regex: RegExp
  readonly names: ReadonlyArray<string>
  readonly reach: Route.AnyRoute["resource"]
}

// The route modules import the services, which import this module, so the routes are handed over by
// `routes/index.ts` once they are all declared ({@link declareRoutes}) rather than imported here.
let patterns: ReadonlyArray<Pattern> = []

/** Hands the declared routes to the gate; `routes/index.ts` calls it once, when the list is complete. */
export const declareRoutes = (routes: ReadonlyArray<Route.AnyRoute>): void => {
  patterns = routes.map(patternOf)
}

/** Hono's path syntax (`/api/people/:id`, `/api/exports/:list{[a-z-]+\.csv}`) as a regular expression. */
const patternOf = (route: Route.AnyRoute): Pattern => {
  const names: Array<string> = []
  const source = route.path
    .split("/")
    .map((segment) => {
      const param = /^:([A-Za-z]+)(?:\{(.+)\})?$/.exec(segment)
      if (param === null) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      names.push(param[1] ?? "")
      return `(${param[2] ?? "[^/]+"})`
    })
    .join("/")
  return { regex: new RegExp(`^${source}$`), names, reach: route.resource }
}

/**
 * What an `/api` path is, for the role gate, from the route declarations: open (the route says so),
 * the resource the route reaches, or unknown (no route has this path, or it reaches nothing, like the
 * CSV of a list that does not exist).
 */
export const classify = (
  path: string,
):
  | { readonly _tag: "Open" }
  | { readonly _tag: "Resource"; readonly resource: Resource }
  | { readonly _tag: "Unknown" } => {
  for (const pattern of patterns) {
    const match = pattern.regex.exec(path)
    if (match === null) continue
    if (pattern.reach === "open") return { _tag: "Open" }
    if (typeof pattern.reach === "string") return { _tag: "Resource", resource: pattern.reach }
    const params = Object.fromEntries(pattern.names.map((name, i) => [name, match[i + 1] ?? ""]))
    const reached = pattern.reach(params)
    return reached === undefined ? { _tag: "Unknown" } : { _tag: "Resource", resource: reached }
  }
  return { _tag: "Unknown" }
}

/** Whether a role may read, or write, a resource (`_path`: where it is asked, for the callers' logs). */
export const allows = (role: Role, resource: Resource, mode: AccessTable.Mode, _path?: string): boolean =>
  AccessTable.allows(role, resource, mode)

/** The refusal for a role that may not do something. */
export const forbidden = (mode: "read" | "write") =>
  new Forbidden({
    message:
      mode === "read"
        ? { vi: "Vai trò của bạn không được xem dữ liệu này", en: "Your role may not see this data" }
        : { vi: "Vai trò của bạn không được thay đổi dữ liệu này", en: "Your role may not change this data" },
  })

/** Fails with `Forbidden` unless the actor's role may read (or write) the resource. */
export const require = (actor: Actor, resource: Resource, mode: AccessTable.Mode) =>
  allows(actor.role, resource, mode) ? Effect.void : Effect.fail(forbidden(mode))

/**
 * The row condition a role adds to the unit scope of a table (aliased `alias`): a team leader sees their
 * own team and its visits; a guide their own guide record, their learners and their learners' skill
 * records and links. People erased on request are seen by no one (only indicators count them). `true`
 * when the unit scope alone decides.
 */
export const rowFilter = (sql: SqlClient.SqlClient, actor: Actor, table: string, alias = "t"): Fragment => {
  const column = (name: string) => sql.unsafe(`${alias}.${name}`)
  const learners = sql`(select gl.person_id from guide_learners gl where gl.guide_id = ${actor.guideId ?? ""})`
  const conditions: Array<Fragment> = []
  if (table === "people") conditions.push(sql`${column("erased_at")} is null`)
  if (actor.role === "team_leader") {
    if (table === "teams") conditions.push(sql`${column("id")} = ${actor.teamId ?? ""}`)
    if (table === "visits") conditions.push(sql`${column("team_id")} = ${actor.teamId ?? ""}`)
  }
  if (actor.role === "guide") {
    if (table === "guides") conditions.push(sql`${column("id")} = ${actor.guideId ?? ""}`)
    if (table === "guide_learners") conditions.push(sql`${column("guide_id")} = ${actor.guideId ?? ""}`)
    if (table === "people") conditions.push(sql`${column("id")} in ${learners}`)
    if (table === "skill_records") conditions.push(sql`${column("person_id")} in ${learners}`)
  }
  return conditions.length === 0 ? sql`true` : sql.and(conditions)
}

/** How much of a person's phone number a role sees. */
export type PhoneView = "full" | "masked" | "hidden"

/**
 * Phones: admins, officers and guides (who call their learners) read them; team leaders knock on doors
 * and see only that a number exists (`091****678`); viewers see no personal data at all.
 */
export const phoneView = (role: Role): PhoneView => {
  switch (role) {
    case "district_admin":
    case "commune_officer":
    case "guide":
      return "full"
    case "team_leader":
      return "masked"
    case "viewer":
      return "hidden"
  }
}

/** Whether a role may see personal data at all (names, birth dates, phones). */
export const seesPersonalData = (role: Role): boolean => role !== "viewer"

/**
 * A record as the actor may see it: a `phone` field is masked for roles that see only that a number
 * exists (the domain's `Phone.mask`), and left out for roles that see no personal data.
 */
export const present = <Item>(actor: Actor, item: Item): Item => {
  if (typeof item !== "object" || item === null || !("phone" in item)) return item
  const phone = (item as { readonly phone: unknown }).phone
  if (typeof phone !== "string") return item
  switch (phoneView(actor.role)) {
    case "full":
      return item
    case "masked": {
      const parsed = Phone.parse(phone)
      return { ...item, phone: Result.isSuccess(parsed) ? Phone.mask(parsed.success) : "***" }
    }
    case "hidden": {
      const { phone: _hidden, ...rest } = item as Record<string, unknown>
      return rest as Item
    }
  }
}
