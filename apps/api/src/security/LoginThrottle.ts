/**
 * The login throttle: after `maxFailures` wrong passwords for one account (or `maxAddressFailures` from one
 * address) within `windowMinutes`, sign-in answers 429 with `Retry-After` until the oldest of those
 * failures leaves the window. An attempt is recorded before its password is checked and counted in the
 * same transaction, so guesses sent in parallel cannot all pass one check.
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
/**
 * Failures allowed per client address within the window, across accounts and API instances (each
 * instance's in-memory `RateLimit` stops a burst sooner; this one holds behind a load balancer).
 */
export const maxAddressFailures = 30
/** The window, in minutes. */
export const windowMinutes = 15

const accountKey = (email: string): string => email.trim().toLowerCase()

/** An attempt recorded before its password is checked: allowed (with its id), or refused for `wait` s. */
export type Attempt =
  | { readonly allowed: true; readonly id: string }
  | { readonly allowed: false; readonly wait: number }

/**
 * Records a sign-in attempt as a failure, then counts — in one transaction holding a lock per account and
 * per address, so parallel guesses queue and the count each one sees includes every attempt before it.
 * An attempt over a limit is taken back at once and refused with the seconds until the oldest counted
 * failure leaves the window. In-process requests (`"local"`: tests, the CLI) have no address to count.
 */
export const begin = Effect.fn("LoginThrottle.begin")(function* (email: string, address: string) {
  const sql = yield* SqlClient.SqlClient
  const account = accountKey(email)
  const locks = [
    `login:account:${account}`,
    ...(address === "local" ? [] : [`login:address:${address}`]),
  ].sort()
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      for (const lock of locks) yield* sql`select pg_advisory_xact_lock(hashtext(${lock}))`
      const [inserted] = yield* sql<{ id: string }>`
        insert into login_failures (account, address) values (${account}, ${address}) returning id::text as id`
      const [counts] = yield* sql<{
        accountFailures: number
        accountWait: number | null
        addressFailures: number
        addressWait: number | null
      }>`
        with recent as (
          select account, address, failed_at from login_failures
          where failed_at > now() - make_interval(mins => ${windowMinutes}) and id <> ${inserted!.id}::bigint
            and (account = ${account} or address = ${address})
        ), by_account as (
          select failed_at from recent where account = ${account} order by failed_at desc limit ${maxFailures}
        ), by_address as (
          select failed_at from recent where address = ${address} and ${address} <> 'local'
          order by failed_at desc limit ${maxAddressFailures}
        )
        select (select count(*)::int from by_account) as account_failures,
               (select ceil(extract(epoch from (min(failed_at) + make_interval(mins => ${windowMinutes}) - now())))::int
                  from by_account) as account_wait,
               (select count(*)::int from by_address) as address_failures,
               (select ceil(extract(epoch from (min(failed_at) + make_interval(mins => ${windowMinutes}) - now())))::int
                  from by_address) as address_wait`
      const over = [
        ...(counts!.accountFailures >= maxFailures ? [counts!.accountWait ?? 1] : []),
        ...(counts!.addressFailures >= maxAddressFailures ? [counts!.addressWait ?? 1] : []),
      ]
      if (over.length === 0) return { allowed: true, id: inserted!.id } satisfies Attempt
      yield* sql`delete from login_failures where id = ${inserted!.id}::bigint`
      return { allowed: false, wait: Math.max(1, ...over) } satisfies Attempt
    }),
  )
})

/** Takes back an attempt that was not a wrong password (the request was refused for another reason). */
export const withdraw = Effect.fn("LoginThrottle.withdraw")(function* (id: string) {
  const sql = yield* SqlClient.SqlClient
  yield* sql`delete from login_failures where id = ${id}::bigint`
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
    const attempt = await c.var.run(begin(email, ClientAddress.of(c, options.trustProxy)))
    if (!attempt.allowed) return RateLimit.refuse(c, attempt.wait)
    await next()
    // A wrong password stays recorded; anything else was not a guess.
    if (c.res.status === 200) await c.var.run(clear(email))
    else if (c.res.status !== 401) await c.var.run(withdraw(attempt.id))
  }
}
