/**
 * Accounts and sessions: sign-in with email and password, opaque session tokens (only their SHA-256
 * is stored, so a leaked table does not leak sessions), sign-out, and the first district admin.
 */
import { createHash, randomBytes } from "node:crypto"
import * as Text from "@bdhv/domain/Text"
import { Effect, Redacted } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as AuditLog from "../audit/AuditLog.js"
import { AppConfig } from "../Config.js"
import { newId } from "../resources/Crud.js"
import type { Actor, Role } from "./Actor.js"
import * as Password from "./Password.js"

/** How long a session lasts without sign-in. */
export const sessionDays = 7

/** The stored form of a session token (its SHA-256): what `sessions.id` holds. */
export const tokenHash = (token: string): string => createHash("sha256").update(token).digest("base64url")

interface UserRow {
  readonly id: string
  readonly email: string
  readonly fullName: string
  readonly role: Role
  readonly unitId: string | null
  readonly teamId: string | null
  readonly guideId: string | null
  readonly passwordHash: string
}

const toActor = (row: UserRow): Actor => ({
  userId: row.id,
  email: row.email,
  fullName: row.fullName,
  role: row.role,
  unitId: row.unitId,
  teamId: row.teamId,
  guideId: row.guideId,
})

/**
 * Checks an email and password; on success opens a new session (ending `previousToken`'s, so a
 * session id is never reused across sign-ins) and returns its token and the actor.
 */
export const login = Effect.fn("Accounts.login")(function* (
  email: string,
  password: string,
  previousToken: string | undefined,
) {
  const sql = yield* SqlClient.SqlClient
  const [user] = yield* sql<UserRow>`
    select id, email, full_name, role, unit_id, team_id, guide_id, password_hash
    from users where lower(email) = lower(${email}) and disabled_at is null`
  const stored = user?.passwordHash ?? (yield* Effect.promise(Password.decoy))
  const matches = yield* Effect.promise(() => Password.verify(password, stored))
  if (user === undefined || !matches) return undefined
  const token = randomBytes(32).toString("base64url")
  const actor = toActor(user)
  yield* sql.withTransaction(
    Effect.gen(function* () {
      if (previousToken !== undefined) yield* sql`delete from sessions where id = ${tokenHash(previousToken)}`
      yield* sql`
        insert into sessions (id, user_id, expires_at)
        values (${tokenHash(token)}, ${user.id}, now() + make_interval(days => ${sessionDays}))`
      yield* AuditLog.append({ actor, entity: "user", entityId: user.id, action: "login" })
    }),
  )
  return { token, actor }
})

/** Ends a session. */
export const logout = Effect.fn("Accounts.logout")(function* (token: string, actor: Actor | undefined) {
  const sql = yield* SqlClient.SqlClient
  yield* sql.withTransaction(
    Effect.gen(function* () {
      yield* sql`delete from sessions where id = ${tokenHash(token)}`
      if (actor !== undefined) {
        yield* AuditLog.append({ actor, entity: "user", entityId: actor.userId, action: "logout" })
      }
    }),
  )
})

/** The actor of a live session, or `undefined` for an unknown, expired or disabled one. */
export const actorForToken = Effect.fn("Accounts.actorForToken")(function* (token: string) {
  const sql = yield* SqlClient.SqlClient
  const [user] = yield* sql<UserRow>`
    select u.id, u.email, u.full_name, u.role, u.unit_id, u.team_id, u.guide_id, u.password_hash
    from sessions s join users u on u.id = s.user_id
    where s.id = ${tokenHash(token)} and s.expires_at > now() and u.disabled_at is null`
  return user === undefined ? undefined : toActor(user)
})

/** A new account. */
export interface NewUser {
  readonly email: string
  readonly fullName: string
  readonly password: string
  readonly role: Role
  readonly unitId: string | null
  readonly teamId?: string | null
  readonly guideId?: string | null
}

/** Creates an account (recorded in the audit log as done by `actor`, or by the system). */
export const createUser = Effect.fn("Accounts.createUser")(function* (
  user: NewUser,
  actor: Actor | undefined,
) {
  const sql = yield* SqlClient.SqlClient
  const id = newId()
  const passwordHash = yield* Effect.promise(() => Password.hash(user.password))
  yield* sql.withTransaction(
    Effect.gen(function* () {
      yield* sql`insert into users ${sql.insert({
        id,
        email: user.email,
        fullName: user.fullName,
        searchFolded: Text.searchKey(`${user.fullName} ${user.email}`),
        passwordHash,
        role: user.role,
        unitId: user.unitId,
        teamId: user.teamId ?? null,
        guideId: user.guideId ?? null,
      })}`
      yield* AuditLog.append({
        actor,
        entity: "user",
        entityId: id,
        action: "create",
        after: { email: user.email, fullName: user.fullName, role: user.role, unitId: user.unitId },
      })
    }),
  )
  return id
})

/**
 * Creates the first district admin from the configuration (BDHV_ADMIN_EMAIL, BDHV_ADMIN_PASSWORD) when
 * no district admin exists yet. Its scope is the whole database. Returns whether one was created.
 */
export const ensureInitialAdmin = Effect.fn("Accounts.ensureInitialAdmin")(function* () {
  const sql = yield* SqlClient.SqlClient
  const config = yield* AppConfig
  if (config.initialAdmin === undefined) return false
  const [existing] = yield* sql<{ n: number }>`
    select count(*)::int as n from users where role = 'district_admin' and disabled_at is null`
  if ((existing?.n ?? 0) > 0) return false
  yield* createUser(
    {
      email: config.initialAdmin.email,
      fullName: "Quản trị viên huyện",
      password: Redacted.value(config.initialAdmin.password),
      role: "district_admin",
      unitId: null,
    },
    undefined,
  )
  return true
})
