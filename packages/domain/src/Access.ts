/**
 * The one table of who may do what on the platform: each role × each resource → nothing, read, or
 * read and write. Pure (no I/O, no Effect), so the API's guard and services ask it and the admin app
 * asks it which pages a role has. Which rows of a resource a role sees (its unit's subtree, a guide's
 * own learners) is decided by the API's scope rules, not here.
 *
 * Roles (DESIGN §1, issue 4):
 * - **district_admin** — everything in the district, including accounts, the audit log and erasure;
 * - **commune_officer** — the campaign records of their commune subtree;
 * - **team_leader** — their team, its visits, and the households and people of the team's unit (the
 *   worklist it visits next), phones masked;
 * - **guide** (Đại sứ số) — their own learners and those learners' skill records;
 * - **viewer** — reads, but no personal data: aggregates and non-personal records only.
 */

/** The roles of the product, widest first: the one list of them. */
export const roles = ["district_admin", "commune_officer", "team_leader", "guide", "viewer"] as const

/** A role. */
export type Role = (typeof roles)[number]

/** What a role may do with a resource: nothing, read it, or read and change it. */
export type Access = "none" | "read" | "write"

/** What is done to a resource: a read (GET) or a change (any other method). */
export type Mode = "read" | "write"

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
 * The resource matrix: for each resource, what each role may do. Each API route names the resource it
 * reaches (usually the first path segment after `/api/`; a class's enrollments are `enrollments`, the
 * report workbook is `indicators`).
 *
 * @example
 * ```ts
 * Access.matrix.people.guide // "read"
 * ```
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
  // A guide reads their own guide record and records whom they taught, but does not change the record.
  guides: { ...personal, guide: "read" },
  "guide-learners": { ...personal, guide: "write" },
  "support-staff": personal,
  volunteers: personal,
  visits: { ...personal, team_leader: "write" },
  worklists: { ...personal, team_leader: "read" },
  imports: personal,
  // Administration.
  users: { ...all("none"), district_admin: "write" },
  audit: { ...all("none"), district_admin: "read" },
  privacy: { ...all("none"), district_admin: "write" },
  // Every signed-in user manages their own account (password).
  account: all("write"),
  // Periodic reports (task group 1): the commune officer drafts and submits their commune's report; the
  // level above reads it and approves or returns it. A commune officer never approves, not even their own.
  reports: { ...all("none"), district_admin: "read", commune_officer: "write", viewer: "read" },
  "report-approvals": { ...all("none"), district_admin: "write" },
  // Public sign-ups for classes, waiting for the commune officer's review.
  "sign-ups": personal,
  // Youth union bases' campaigns (task group 7) and their counts: non-personal, changed by officers.
  "youth-campaigns": reference,
} as const satisfies Record<string, Record<Role, Access>>

/** A resource of the matrix, e.g. `"people"`. */
export type Resource = keyof typeof matrix

/** Whether a string names a resource of the matrix. */
export const isResource = (name: string): name is Resource => Object.hasOwn(matrix, name)

/** What a role may do with a resource. */
export const accessOf = (role: Role, resource: Resource): Access => matrix[resource][role]

/**
 * Whether a role may read, or write, a resource.
 *
 * @example
 * ```ts
 * Access.allows("team_leader", "visits", "write") // true
 * Access.allows("viewer", "people", "read") // false
 * ```
 */
export const allows = (role: Role, resource: Resource, mode: Mode): boolean => {
  const access = accessOf(role, resource)
  return mode === "read" ? access !== "none" : access === "write"
}
