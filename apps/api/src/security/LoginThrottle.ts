/**
 * The login throttle: after `maxFailures` wrong passwords for one account within `windowMinutes`, sign-in
 * to that account answers 429 with `Retry-After` until the oldest of those failures leaves the window.
 *
 * Failures are counted in the database (`login_failures`), so the limit holds across API instances and
 * restarts, whatever address the guesses come from; the per-address limit (`RateLimit`) stops one
 * client from guessing across many accounts. A success clears the account's failures.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { MiddlewareHandler } from "hono"
import type { Env } from "../http/Env.js"
import * as ClientAddress from "./ClientAddress.js"
import * as RateLimit from "./RateLimit.js"

/** Failures allowed per account within the window. */
export const maxFailures = 10
/** The window, in minutes. */
export const windowMinutes = 15

const accountKey = (email: string): string => email.trim().toLowerCase()

/** Seconds until the account may try again, or 0 when it may now. */
export const waitSeconds = Effect.fn("LoginThrottle.waitSeconds")(function* (email: string) {
  const sql = yield* SqlClient.SqlClient
  const [row] = yield* sql<{ failures: number; waitSeconds: number | null }>`
    select count(*)::int as failures,
           ceil(extract(epoch from (min(failed_at) + make_interval(mins => ${windowMinutes}) - now())))::int
             as wait_seconds
    from (select failed_at from login_failures
          where account = ${accountKey(email)} and failed_at > now() - make_interval(mins => ${windowMinutes})
          order by failed_at desc limit ${maxFailures}) recent`
  if (row === undefined || row.failures < maxFailures) return 0
  return Math.max(1, row.waitSeconds ?? 1)
})

/** Records a wrong password for an account. */
export const recordFailure = Effect.fn("LoginThrottle.recordFailure")(function* (
  email: string,
  address: string,
) {
  const sql = yield* SqlClient.SqlClient
  yield* sql`insert into login_failures (account, address) values (${accountKey(email)}, ${address})`
  // Old failures are of no use; dropping them here keeps the table the size of the current window.
  yield* sql`delete from login_failures where failed_at < now() - make_interval(mins => ${windowMinutes * 2})`
})

/** Forgets an account's failures after it signed in. */
export const clear = Effect.fn("LoginThrottle.clear")(function* (email: string) {
  const sql = yield* SqlClient.SqlClient
  yield* sql`delete from login_failures where account = ${accountKey(email)}`
})

const emailOf = async (request: { json: () => Promise<unknown> }): Promise<string | undefined> => {
  try {
    const body = await request.json()
    const email = typeof body === "object" && body !== null ? (body as { email?: unknown }).email : undefined
    return typeof email === "string" && email.trim() !== "" ? email : undefined
  } catch {
    // A body that is not JSON is the route's to refuse (400/415); there is no account to count.
    return undefined
  }
}

/** The middleware for the sign-in route: refuses a throttled account, and counts the outcome. */
export const middleware = (options: { readonly trustProxy: number }): MiddlewareHandler<Env> => {
  return async (c, next) => {
    if (c.req.method !== "POST") return next()
    const email = await emailOf(c.req)
    if (email === undefined) return next()
    const wait = await c.var.run(waitSeconds(email))
    if (wait > 0) return RateLimit.refuse(c, wait)
    await next()
    if (c.res.status === 401) {
      await c.var.run(recordFailure(email, ClientAddress.of(c, options.trustProxy)))
    } else if (c.res.status === 200) {
      await c.var.run(clear(email))
    }
  }
}
