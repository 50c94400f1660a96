/**
 * Who may do what, enforced on the server for every API path: the one access module. The guard asks it
 * before a route runs, every service asks it again before a write, and the admin app reads the same
 * table (`AccessTable.ts`) to know which pages a role has.
 *
 * Two layers, both needed:
 * 1. **By resource** (the matrix of `AccessTable.ts`): each route names the resource it reaches; each
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
import { Forbidden } from "../ServiceError.js"
import * as AccessTable from "./AccessTable.js"

export { type Access, accessOf, isResource, matrix, type Mode, type Resource, roles } from "./AccessTable.js"
type Resource = AccessTable.Resource
type Role = AccessTable.Role

/** Paths under `/api/` that are not resources: open to everyone, each guarding itself. */
export const openSegments: ReadonlySet<string> = new Set(["public", "auth", "health", "openapi.json", "docs"])

/**
 * Paths that reach one resource through another, and are guarded as the one they reach: a class's
 * enrollment list names people, so it is as personal as `/api/enrollments`; a guide's learners are
 * recorded by the guide; the indicator report as a workbook is the indicators; a list as CSV
 * (`/api/exports/people.csv`) is that list.
 */
const nested: ReadonlyArray<readonly [RegExp, (match: RegExpExecArray) => Resource | undefined]> = [
  [/^\/api\/classes\/[^/]+\/enrollments(\/|$)/, () => "enrollments"],
  [/^\/api\/guides\/[^/]+\/learners(\/[^/]+)?$/, () => "guide-learners"],
  [/^\/api\/exports\/report\.xlsx$/, () => "indicators"],
  [
    /^\/api\/exports\/([a-z-]+)\.csv$/,
    (match) => {
      const list = match[1] ?? ""
      return AccessTable.isResource(list) ? list : undefined
    },
  ],
]

/**
 * What an `/api` path is, for the role gate: an open segment (`public`, `auth`…), a resource of the
 * matrix, or unknown. The first path segment decides, except for the nested paths above.
 */
export const classify = (
  path: string,
):
  | { readonly _tag: "Open" }
  | { readonly _tag: "Resource"; readonly resource: Resource }
  | { readonly _tag: "Unknown" } => {
  const segment = path.replace(/^\/api\/?/, "").split("/")[0] ?? ""
  if (segment === "" || openSegments.has(segment)) return { _tag: "Open" }
  for (const [pattern, reach] of nested) {
    const match = pattern.exec(path)
    if (match !== null) {
      const reached = reach(match)
      return reached === undefined ? { _tag: "Unknown" } : { _tag: "Resource", resource: reached }
    }
  }
  return AccessTable.isResource(segment) ? { _tag: "Resource", resource: segment } : { _tag: "Unknown" }
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
