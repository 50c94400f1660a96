/**
 * Who may do what: the role matrix, enforced on the server for every API path.
 *
 * Two layers, both needed:
 * 1. **By resource** (this module's {@link matrix}): each path `/api/<resource>/…` names a resource;
 *    each role may do nothing, read, or read and write it. A path with no entry is refused, so a new
 *    endpoint is closed until someone decides who may use it (the authorization matrix test fails too).
 * 2. **By row** ({@link rowFilter} and the unit scope of `resources/Scope.ts`): every query adds the
 *    actor's conditions, so lists, search, get-by-id, exports and indicators see the same rows, and a
 *    row out of scope is "not found", never "forbidden".
 *
 * Roles (DESIGN §1, issue 4):
 * - **district_admin** — everything in the district, including accounts, the audit log and erasure;
 * - **commune_officer** — the campaign records of their commune subtree;
 * - **team_leader** — their team, its visits, and the households and people of the team's unit (the
 *   worklist it visits next), phones masked;
 * - **guide** (Đại sứ số) — their own learners and those learners' skill records;
 * - **viewer** — reads, but no personal data: aggregates and non-personal records only.
 */
import * as Phone from "@bdhv/domain/Phone"
import { Effect, Result } from "effect"
import type * as SqlClient from "effect/sql/SqlClient"
import type { Fragment } from "effect/sql/Statement"
import type { Actor, Role } from "../auth/Actor.js"
import { Forbidden } from "../ServiceError.js"

/** What a role may do with a resource. */
export type Access = "none" | "read" | "write"

/** The roles, widest first. */
export const roles: ReadonlyArray<Role> = [
  "district_admin",
  "commune_officer",
  "team_leader",
  "guide",
  "viewer",
]

const all = (access: Access): Record<Role, Access> => ({
  district_admin: access,
  commune_officer: access,
  team_leader: access,
  guide: access,
  viewer: access,
})

/** Non-personal records every signed-in role reads (within scope); changed by admins and officers. */
const reference: Record<Role, Access> = { ...all("read"), district_admin: "write", commune_officer: "write" }
/** The structure of the campaign: read by all, changed by district admins only. */
const structure: Record<Role, Access> = { ...all("read"), district_admin: "write" }
/** Records about people: admins and officers; nobody else unless listed. */
const personal: Record<Role, Access> = { ...all("none"), district_admin: "write", commune_officer: "write" }

/**
 * The resource matrix, keyed by the first path segment after `/api/`. `public`, `auth` and `health` are
 * not here: they are open (public aggregates, sign-in) and guard themselves.
 */
export const matrix = {
  // Structure: the unit tree, the topic catalogue, the targets.
  units: structure,
  topics: structure,
  targets: structure,
  // Non-personal campaign records.
  organizations: reference,
  classes: reference,
  posts: reference,
  events: reference,
  teams: { ...reference, team_leader: "read" },
  // Aggregates: counts only, for every role (the viewer's whole view).
  indicators: all("read"),
  violations: all("read"),
  // Personal data.
  households: { ...personal, team_leader: "read" },
  people: { ...personal, team_leader: "read", guide: "read" },
  enrollments: personal,
  "skill-records": { ...personal, guide: "write" },
  guides: { ...personal, guide: "write" },
  "support-staff": personal,
  volunteers: personal,
  visits: { ...personal, team_leader: "write" },
  worklists: { ...personal, team_leader: "read" },
  imports: personal,
  // Exports are guarded as what they export (see `nested`); this covers any other export path.
  exports: personal,
  // Administration.
  users: { ...all("none"), district_admin: "write" },
  audit: { ...all("none"), district_admin: "read" },
  privacy: { ...all("none"), district_admin: "write" },
  // Every signed-in user manages their own account (password).
  account: all("write"),
} as const satisfies Record<string, Record<Role, Access>>

/** A resource of the matrix. */
export type Resource = keyof typeof matrix

/** Paths under `/api/` that are not resources: open to everyone, each guarding itself. */
export const openSegments: ReadonlySet<string> = new Set(["public", "auth", "health", "openapi.json", "docs"])

/** Whether a string names a resource of the matrix. */
export const isResource = (segment: string): segment is Resource => Object.hasOwn(matrix, segment)

/**
 * Paths that reach one resource through another, and are guarded as the one they reach: a class's
 * enrollment list names people, so it is as personal as `/api/enrollments`; the indicator report as a
 * workbook is the indicators; a list as CSV (`/api/exports/people.csv`) is that list.
 */
const nested: ReadonlyArray<readonly [RegExp, (match: RegExpExecArray) => Resource | undefined]> = [
  [/^\/api\/classes\/[^/]+\/enrollments(\/|$)/, () => "enrollments"],
  [/^\/api\/exports\/report\.xlsx$/, () => "indicators"],
  // A backup of the whole database is read as the audit log is: by district admins only.
  [/^\/api\/backup$/, () => "audit"],
  [
    /^\/api\/exports\/([a-z-]+)\.csv$/,
    (match) => {
      const list = match[1] ?? ""
      return isResource(list) ? list : undefined
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
    const reached = match === null ? undefined : reach(match)
    if (reached !== undefined) return { _tag: "Resource", resource: reached }
  }
  return isResource(segment) ? { _tag: "Resource", resource: segment } : { _tag: "Unknown" }
}

/**
 * Writes a role may make only on some paths of a resource it may write: a guide records whom they
 * taught (`/api/guides/:id/learners`) but does not create, edit or delete guide records.
 */
export const writePaths: { readonly [R in Resource]?: Partial<Record<Role, RegExp>> } = {
  guides: { guide: /^\/api\/guides\/[^/]+\/learners(\/[^/]+)?$/ },
}

/** What an actor's role may do with a resource. */
export const accessOf = (role: Role, resource: Resource): Access => matrix[resource][role]

/** Whether a role may read, or write, a resource (at `path`, when writes are limited to some paths). */
export const allows = (role: Role, resource: Resource, mode: "read" | "write", path?: string): boolean => {
  const access = accessOf(role, resource)
  if (mode === "read") return access !== "none"
  const only = writePaths[resource]?.[role]
  return access === "write" && (only === undefined || (path !== undefined && only.test(path)))
}

/** The refusal for a role that may not do something. */
export const forbidden = (mode: "read" | "write") =>
  new Forbidden({
    message:
      mode === "read"
        ? { vi: "Vai trò của bạn không được xem dữ liệu này", en: "Your role may not see this data" }
        : { vi: "Vai trò của bạn không được thay đổi dữ liệu này", en: "Your role may not change this data" },
  })

/** Fails with `Forbidden` unless the actor's role may read (or write) the resource. */
export const require = (actor: Actor, resource: Resource, mode: "read" | "write") =>
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
