/**
 * User accounts, as a district admin manages them: who may sign in, with which role, and over which
 * part of the district. The placement follows the role — a team leader is placed by their team, a
 * guide by their guide record, everyone else by a unit — and must lie in the admin's own scope.
 *
 * Accounts are never deleted (the audit log names them); they are disabled, which ends their sessions.
 * An admin cannot change their own role or placement or disable themselves, so a district never locks
 * itself out by mistake. Password hashes never leave this module, not even in the audit log.
 */
import * as Text from "@bdhv/domain/Text"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Effect, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Fragment } from "effect/sql/Statement"
import * as AuditLog from "../audit/AuditLog.js"
import { type Actor, Role, seesEverything, topRole } from "../auth/Actor.js"
import * as Password from "../auth/Password.js"
import * as Crud from "../resources/Crud.js"
import * as Entity from "../resources/Entity.js"
import * as ListQuery from "../resources/ListQuery.js"
import { inScope } from "../resources/Scope.js"
import * as PasswordPolicy from "../security/PasswordPolicy.js"
import { Conflict, InvalidInput, NotFound, StaleVersion } from "../ServiceError.js"
import * as Today from "../Today.js"

const label = ValidationMessage.label

/** An email address, as accounts are named. */
export const Email = Schema.String.check(
  Schema.isMaxLength(254),
  Schema.isPattern(
    /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
    ValidationMessage.message({
      vi: "Email không đúng dạng (ví dụ: ten@xa.gov.vn)",
      en: "Not an email address",
    }),
  ),
).annotate(label({ vi: "Email", en: "Email" }))

const FullName = Schema.String.check(
  Schema.isMinLength(1, ValidationMessage.message({ vi: "Vui lòng nhập họ tên", en: "Enter the full name" })),
  Schema.isMaxLength(200),
).annotate(label({ vi: "Họ tên", en: "Full name" }))

const Reference = Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(100))

/** An account as the admin pages show it. */
export const Item = Schema.Struct({
  id: Schema.String,
  email: Schema.String,
  fullName: Schema.String,
  role: Role,
  unitId: Schema.NullOr(Schema.String),
  teamId: Schema.NullOr(Schema.String),
  guideId: Schema.NullOr(Schema.String),
  disabled: Schema.Boolean,
  ...Entity.Meta,
}).annotate({ identifier: "User" })
/** An account. */
export type Item = typeof Item.Type

/** A new account with its first password. */
export const Input = Schema.Struct({
  email: Email,
  fullName: FullName,
  password: PasswordPolicy.NewPassword,
  role: Role.annotate(label({ vi: "Vai trò", en: "Role" })),
  unitId: Schema.optionalKey(Schema.NullOr(Reference).annotate(label({ vi: "Đơn vị", en: "Unit" }))),
  teamId: Schema.optionalKey(Schema.NullOr(Reference).annotate(label({ vi: "Tổ", en: "Team" }))),
  guideId: Schema.optionalKey(
    Schema.NullOr(Reference).annotate(label({ vi: "Người hướng dẫn", en: "Guide" })),
  ),
}).annotate({ identifier: "UserInput" })
/** A new account. */
export type Input = typeof Input.Type

/** Changes to an account, based on a version. A new placement replaces the whole placement. */
export const Patch = Schema.Struct({
  version: Entity.Version,
  fullName: Schema.optionalKey(FullName),
  role: Schema.optionalKey(Role.annotate(label({ vi: "Vai trò", en: "Role" }))),
  unitId: Schema.optionalKey(Schema.NullOr(Reference).annotate(label({ vi: "Đơn vị", en: "Unit" }))),
  teamId: Schema.optionalKey(Schema.NullOr(Reference).annotate(label({ vi: "Tổ", en: "Team" }))),
  guideId: Schema.optionalKey(
    Schema.NullOr(Reference).annotate(label({ vi: "Người hướng dẫn", en: "Guide" })),
  ),
  disabled: Schema.optionalKey(Schema.Boolean.annotate(label({ vi: "Khoá tài khoản", en: "Disabled" }))),
}).annotate({ identifier: "UserPatch" })
/** Changes to an account. */
export type Patch = typeof Patch.Type

/** A password set by an admin (the user should change it at first sign-in). */
export const PasswordReset = Schema.Struct({ password: PasswordPolicy.NewPassword }).annotate({
  identifier: "UserPasswordReset",
})

const sortKeys = ["email", "fullName", "role", "createdAt"] as const

/** List parameters: search by name or email, filter by role, unit and state. */
export const ListParams = Schema.Struct({
  ...ListQuery.fields(sortKeys),
  role: Schema.optionalKey(Role),
  unitId: Schema.optionalKey(Reference),
  disabled: Schema.optionalKey(ListQuery.BooleanParam),
}).annotate({ identifier: "UserListParams" })

const sorts: Record<(typeof sortKeys)[number], string> = {
  email: "lower(t.email)",
  fullName: "t.full_name",
  role: "t.role",
  createdAt: "t.created_at",
}

interface Row {
  readonly id: string
  readonly email: string
  readonly fullName: string
  readonly role: Role
  readonly unitId: string | null
  readonly teamId: string | null
  readonly guideId: string | null
  readonly disabledAt: unknown
  readonly version: number
  readonly createdAt: unknown
  readonly updatedAt: unknown
}

const toItem = (row: Row): Item => ({
  id: row.id,
  email: row.email,
  fullName: row.fullName,
  role: row.role,
  unitId: row.unitId,
  teamId: row.teamId,
  guideId: row.guideId,
  disabled: row.disabledAt !== null,
  ...Entity.metaOf(row as unknown as Readonly<Record<string, unknown>>),
})

const columns =
  "t.id, t.email, t.full_name, t.role, t.unit_id, t.team_id, t.guide_id, t.disabled_at, t.version, t.created_at, t.updated_at"

/**
 * Accounts the actor may manage: those placed in their subtree. An account with no unit (the first
 * admin) is visible only to an actor with no unit.
 */
const manageable = (sql: SqlClient.SqlClient, actor: Actor, today: string): Fragment =>
  seesEverything(actor)
    ? sql`true`
    : sql`t.unit_id is not null and ${inScope(sql, actor, "t.unit_id", today)}`

/** A page of the accounts in the actor's scope. */
export const list = Effect.fn("Users.list")(function* (actor: Actor, params: typeof ListParams.Type) {
  const sql = yield* SqlClient.SqlClient
  const today = yield* Today.today
  const page = params.page ?? 1
  const pageSize = params.pageSize ?? ListQuery.defaultPageSize
  const search = ListQuery.searchCondition(sql, "t.search_folded", params.q)
  const where = sql.and([
    manageable(sql, actor, today),
    ...(search === undefined ? [] : [search]),
    ...(params.role === undefined ? [] : [sql`t.role = ${params.role}`]),
    ...(params.unitId === undefined ? [] : [sql`t.unit_id = ${params.unitId}`]),
    ...(params.disabled === undefined
      ? []
      : [params.disabled === "true" ? sql`t.disabled_at is not null` : sql`t.disabled_at is null`]),
  ])
  const sort = sorts[params.sort ?? "email"]
  const rows = yield* sql<Row>`
    select ${sql.unsafe(columns)} from users t where ${where}
    order by ${sql.unsafe(`${sort} ${params.order === "desc" ? "desc" : "asc"}`)}, t.id
    limit ${pageSize} offset ${(page - 1) * pageSize}`
  const [count] = yield* sql<{ total: number }>`select count(*)::int as total from users t where ${where}`
  return { items: rows.map(toItem), page, pageSize, total: count?.total ?? 0 }
})

const findRow = (actor: Actor, id: string, lock = false) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const today = yield* Today.today
    const [row] = yield* sql<Row>`
      select ${sql.unsafe(columns)} from users t where t.id = ${id} and ${manageable(sql, actor, today)}
      ${lock ? sql`for update of t` : sql``}`
    if (row === undefined) return yield* new NotFound({ entity: "user", id })
    return row
  })

/** An account in the actor's scope. */
export const get = Effect.fn("Users.get")(function* (actor: Actor, id: string) {
  return toItem(yield* findRow(actor, id))
})

interface Placement {
  readonly unitId: string | null
  readonly teamId: string | null
  readonly guideId: string | null
}

const placementIssue = (path: string, vi: string, en: string) =>
  new InvalidInput({ issues: [{ path, message: { vi, en } }] })

/**
 * Where an account with a role sits: a team leader's unit is their team's, a guide's their guide
 * record's; other roles name a unit. Everything named must exist in the actor's scope.
 */
const placementFor = (actor: Actor, role: Role, wanted: Partial<Placement>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const today = yield* Today.today
    if (role !== "team_leader" && (wanted.teamId ?? null) !== null) {
      return yield* placementIssue(
        "teamId",
        "Chỉ tổ trưởng mới gắn với một tổ",
        "Only a team leader has a team",
      )
    }
    if (role !== "guide" && (wanted.guideId ?? null) !== null) {
      return yield* placementIssue(
        "guideId",
        "Chỉ người hướng dẫn mới gắn với hồ sơ người hướng dẫn",
        "Only a guide has a guide record",
      )
    }
    if (role === "team_leader" || role === "guide") {
      const path = role === "team_leader" ? "teamId" : "guideId"
      const id = role === "team_leader" ? wanted.teamId : wanted.guideId
      if (id === undefined || id === null) {
        return yield* placementIssue(
          path,
          role === "team_leader" ? "Vui lòng chọn tổ của tổ trưởng" : "Vui lòng chọn hồ sơ người hướng dẫn",
          role === "team_leader" ? "Choose the team leader's team" : "Choose the guide's record",
        )
      }
      const table = role === "team_leader" ? "teams" : "guides"
      const [row] = yield* sql<{ unitId: string }>`
        select t.unit_id from ${sql.unsafe(table)} t
        where t.id = ${id} and t.deleted_at is null and ${inScope(sql, actor, "t.unit_id", today)}`
      if (row === undefined) {
        return yield* placementIssue(path, `Không tìm thấy: ${id}`, `Not found: ${id}`)
      }
      return {
        unitId: row.unitId,
        teamId: role === "team_leader" ? id : null,
        guideId: role === "guide" ? id : null,
      } satisfies Placement
    }
    const unitId = wanted.unitId ?? null
    if (unitId === null) {
      // Only the top role may hold no unit, and only an admin over the whole database can grant it: any
      // other account without a unit would have no scope, which is refused rather than read as "all".
      if (role === topRole && seesEverything(actor))
        return { unitId: null, teamId: null, guideId: null } satisfies Placement
      return yield* placementIssue(
        "unitId",
        role === topRole ? "Vui lòng chọn đơn vị" : "Vai trò này cần một đơn vị: hãy chọn đơn vị",
        role === topRole ? "Choose a unit" : "This role needs a unit: choose one",
      )
    }
    const [unit] = yield* sql<{ id: string }>`
      select t.id from units t where t.id = ${unitId} and t.deleted_at is null and ${inScope(sql, actor, "t.id", today)}`
    if (unit === undefined)
      return yield* placementIssue("unitId", `Không tìm thấy đơn vị: ${unitId}`, `No such unit: ${unitId}`)
    return { unitId, teamId: null, guideId: null } satisfies Placement
  })

const emailTaken = () =>
  new Conflict({
    message: { vi: "Email này đã có tài khoản", en: "This email already has an account" },
    issues: [{ path: "email", message: { vi: "Email đã được dùng", en: "Email already in use" } }],
  })

/** Creates an account. */
export const create = Effect.fn("Users.create")(function* (actor: Actor, input: Input) {
  const sql = yield* SqlClient.SqlClient
  const email = input.email.trim()
  const placement = yield* placementFor(actor, input.role, input)
  const passwordHash = yield* Effect.promise(() => Password.hash(input.password))
  const id = Crud.newId()
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      const [taken] = yield* sql<{ id: string }>`select id from users where lower(email) = lower(${email})`
      if (taken !== undefined) return yield* emailTaken()
      yield* sql`insert into users ${sql.insert({
        id,
        email,
        fullName: input.fullName.trim(),
        searchFolded: Text.searchKey(`${input.fullName} ${email}`),
        passwordHash,
        role: input.role,
        ...placement,
      })}`
      const item = toItem(yield* findRow(actor, id))
      yield* AuditLog.append({ actor, entity: "user", entityId: id, action: "create", after: item })
      return item
    }),
  )
})

const cannotChangeSelf = () =>
  new Conflict({
    message: {
      vi: "Bạn không thể tự đổi vai trò, đơn vị hay khoá tài khoản của chính mình",
      en: "You cannot change your own role or placement, or disable yourself",
    },
  })

/** Changes an account; disabling it ends its sessions. */
export const update = Effect.fn("Users.update")(function* (actor: Actor, id: string, patch: Patch) {
  const sql = yield* SqlClient.SqlClient
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      const current = yield* findRow(actor, id, true)
      if (current.version !== patch.version) {
        return yield* new StaleVersion({
          entity: "user",
          id,
          expected: patch.version,
          actual: current.version,
        })
      }
      const replacesPlacement =
        patch.role !== undefined ||
        patch.unitId !== undefined ||
        patch.teamId !== undefined ||
        patch.guideId !== undefined
      if (id === actor.userId && (replacesPlacement || patch.disabled === true))
        return yield* cannotChangeSelf()
      const role = patch.role ?? current.role
      const placement = replacesPlacement
        ? yield* placementFor(actor, role, {
            unitId: patch.unitId !== undefined ? patch.unitId : current.unitId,
            teamId:
              patch.teamId !== undefined ? patch.teamId : role === "team_leader" ? current.teamId : null,
            guideId: patch.guideId !== undefined ? patch.guideId : role === "guide" ? current.guideId : null,
          })
        : {}
      const disabledAt =
        patch.disabled === undefined
          ? {}
          : { disabledAt: patch.disabled ? (current.disabledAt ?? (yield* Today.now)) : null }
      yield* sql`
        update users set ${sql.update({
          ...(patch.fullName === undefined
            ? {}
            : {
                fullName: patch.fullName.trim(),
                searchFolded: Text.searchKey(`${patch.fullName} ${current.email}`),
              }),
          ...(patch.role === undefined ? {} : { role: patch.role }),
          ...placement,
          ...disabledAt,
        })}, version = version + 1, updated_at = now()
        where id = ${id}`
      if (patch.disabled === true) yield* sql`delete from sessions where user_id = ${id}`
      const before = toItem(current)
      const after = toItem(yield* findRow(actor, id))
      yield* AuditLog.append({ actor, entity: "user", entityId: id, action: "update", before, after })
      return after
    }),
  )
})

/** Sets a new password for an account and ends its sessions (the user signs in again). */
export const resetPassword = Effect.fn("Users.resetPassword")(function* (
  actor: Actor,
  id: string,
  password: string,
) {
  const sql = yield* SqlClient.SqlClient
  const passwordHash = yield* Effect.promise(() => Password.hash(password))
  yield* sql.withTransaction(
    Effect.gen(function* () {
      yield* findRow(actor, id, true)
      yield* sql`
        update users set password_hash = ${passwordHash}, version = version + 1, updated_at = now()
        where id = ${id}`
      yield* sql`delete from sessions where user_id = ${id}`
      // The audit log records that the password changed, never the password or its hash.
      yield* AuditLog.append({ actor, entity: "user", entityId: id, action: "password_reset" })
    }),
  )
})
