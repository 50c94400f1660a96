/**
 * The session cookie and the request's actor: `authenticate` reads the cookie on every API request,
 * `actorOf` is how a handler demands a signed-in user (401 otherwise).
 */
import type { Context } from "hono"
import { deleteCookie, getCookie, setCookie } from "hono/cookie"
import { createMiddleware } from "hono/factory"
import type { Env } from "../http/Env.js"
import { fromServiceError } from "../http/ErrorResponse.js"
import { Unauthenticated } from "../ServiceError.js"
import * as Accounts from "./Accounts.js"
import type { Actor } from "./Actor.js"

/** The name of the session cookie. */
export const cookieName = "bdhv_session"

/** The session token the request carries, if any. */
export const tokenOf = (c: Context<Env>): string | undefined => getCookie(c, cookieName)

/** Sets the session cookie: httpOnly, SameSite=Lax, Secure in production. */
export const setSessionCookie = (c: Context<Env>, token: string, secure: boolean): void =>
  setCookie(c, cookieName, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure,
    path: "/",
    maxAge: Accounts.sessionDays * 24 * 60 * 60,
  })

/** Removes the session cookie. */
export const clearSessionCookie = (c: Context<Env>): void => {
  deleteCookie(c, cookieName, { path: "/" })
}

/** Sets `actor` from the session cookie, when it names a live session. */
export const authenticate = createMiddleware<Env>(async (c, next) => {
  const token = tokenOf(c)
  if (token !== undefined && token.length > 0 && token.length <= 128) {
    c.set("actor", await c.var.run(Accounts.actorForToken(token)))
  }
  await next()
})

/** The signed-in actor; 401 when there is none. */
export const actorOf = (c: Context<Env>): Actor => {
  const actor = c.get("actor")
  if (actor === undefined) throw fromServiceError(new Unauthenticated())
  return actor
}
