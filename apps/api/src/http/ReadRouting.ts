/**
 * Which database answers a request: the read-only reporting requests (`GET` of indicators,
 * violations, worklists, the public site's figures, exports) go to the read replica when there is one
 * and it holds the user's last write (`db/ReadReplica.ts`); everything else to the primary. A
 * successful write leaves the primary's WAL position in a cookie for that check. Answers that ran a
 * report say where in `X-BDHV-Read` (`replica` or `primary`), for operators and tests.
 */
import { Effect } from "effect"
import { getCookie, setCookie } from "hono/cookie"
import { createMiddleware } from "hono/factory"
import * as ReadReplica from "../db/ReadReplica.js"
import type { Env, Run } from "./Env.js"

/** The reporting paths: they only read, and a few seconds of lag is harmless to them. */
export const reportPaths = /^\/api\/(indicators|violations|worklists|public|exports)(\/|$)/

/** The middleware, after authentication. */
export const readRouting = createMiddleware<Env>(async (c, next) => {
  const base = c.var.run
  if (c.req.method === "GET" || c.req.method === "HEAD") {
    if (!reportPaths.test(c.req.path)) return next()
    const lastWrite = ReadReplica.lsnOf(getCookie(c, ReadReplica.lastWriteCookie))
    let answered: ReadReplica.Answered | undefined
    const onReplica: Run = (effect) =>
      base(
        Effect.map(ReadReplica.read(effect, lastWrite), ([value, where]) => {
          answered = where
          return value
        }),
      )
    c.set("run", onReplica)
    await next()
    if (answered !== undefined) c.header("x-bdhv-read", answered)
    return
  }
  await next()
  if (c.res.status >= 400) return
  const position = await base(ReadReplica.primaryPosition)
  if (position !== undefined) {
    setCookie(c, ReadReplica.lastWriteCookie, position, {
      path: "/api",
      httpOnly: true,
      sameSite: "Lax",
      secure: c.var.secureCookies,
      maxAge: ReadReplica.lastWriteSeconds,
    })
  }
})
