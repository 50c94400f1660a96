/**
 * A signed-in user changing their own password. The current password must be given (a session left
 * open on a shared computer in a village hall must not be enough); wrong guesses count towards the same
 * per-account throttle as sign-in. A change ends every session of the account — a stolen session dies
 * with the old password — and opens a fresh one for the device that made the change.
 */
import { randomBytes } from "node:crypto"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Effect, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as AuditLog from "../audit/AuditLog.js"
import * as Accounts from "../auth/Accounts.js"
import type { Actor } from "../auth/Actor.js"
import * as Password from "../auth/Password.js"
import * as LoginThrottle from "../security/LoginThrottle.js"
import * as PasswordPolicy from "../security/PasswordPolicy.js"
import { InvalidInput, Unauthenticated } from "../ServiceError.js"

/** The request: the current password and the new one. */
export const Input = Schema.Struct({
  currentPassword: Schema.String.check(
    Schema.isMinLength(
      1,
      ValidationMessage.message({ vi: "Vui lòng nhập mật khẩu hiện tại", en: "Enter your current password" }),
    ),
    Schema.isMaxLength(1024),
  ).annotate(ValidationMessage.label({ vi: "Mật khẩu hiện tại", en: "Current password" })),
  newPassword: PasswordPolicy.NewPassword,
}).annotate({ identifier: "PasswordChange" })
/** The request. */
export type Input = typeof Input.Type

const wrongCurrent = () =>
  new InvalidInput({
    issues: [
      {
        path: "currentPassword",
        message: { vi: "Mật khẩu hiện tại không đúng", en: "The current password is wrong" },
      },
    ],
  })

const sameAsBefore = () =>
  new InvalidInput({
    issues: [
      {
        path: "newPassword",
        message: {
          vi: "Mật khẩu mới phải khác mật khẩu cũ",
          en: "The new password must differ from the old one",
        },
      },
    ],
  })

/**
 * Changes the actor's password; returns the token of the new session. `attempt` is the throttle's record
 * of this try (`LoginThrottle.begin`): it stays as a failure when the current password is wrong, and is
 * taken back when the request fails for any other reason.
 */
export const change = Effect.fn("PasswordChange.change")(function* (
  actor: Actor,
  input: Input,
  attempt: string,
) {
  const sql = yield* SqlClient.SqlClient
  const [user] = yield* sql<{ passwordHash: string }>`
    select password_hash from users where id = ${actor.userId} and disabled_at is null`
  if (user === undefined) {
    yield* LoginThrottle.withdraw(attempt)
    return yield* new Unauthenticated()
  }
  const matches = yield* Effect.promise(() => Password.verify(input.currentPassword, user.passwordHash))
  if (!matches) return yield* wrongCurrent()
  if (input.newPassword === input.currentPassword) {
    yield* LoginThrottle.withdraw(attempt)
    return yield* sameAsBefore()
  }
  const passwordHash = yield* Effect.promise(() => Password.hash(input.newPassword))
  // A session token as sign-in makes them: 256 random bits.
  const token = randomBytes(32).toString("base64url")
  yield* sql.withTransaction(
    Effect.gen(function* () {
      yield* sql`
        update users set password_hash = ${passwordHash}, version = version + 1, updated_at = now()
        where id = ${actor.userId}`
      yield* sql`delete from sessions where user_id = ${actor.userId}`
      yield* sql`
        insert into sessions (id, user_id, expires_at)
        values (${Accounts.tokenHash(token)}, ${actor.userId}, now() + make_interval(days => ${Accounts.sessionDays}))`
      // That the password changed, never the password or its hash.
      yield* AuditLog.append({ actor, entity: "user", entityId: actor.userId, action: "password_change" })
    }),
  )
  yield* LoginThrottle.clear(actor.email)
  return token
})
