/**
 * `/api/account`: the signed-in user's own account. `POST /api/account/password` changes the password
 * (current one required), ends every other session and answers 204 with a new session cookie.
 */
import { Hono } from "hono"
import { actorOf, setSessionCookie } from "../auth/Session.js"
import type { Env } from "../http/Env.js"
import * as Validate from "../http/Validate.js"
import * as ClientAddress from "../security/ClientAddress.js"
import * as LoginThrottle from "../security/LoginThrottle.js"
import * as RateLimit from "../security/RateLimit.js"
import * as PasswordChange from "../users/PasswordChange.js"

/** The account routes; `trustProxy` as configured, to record where a wrong guess came from. */
export const accountRoutes = (trustProxy: number) =>
  new Hono<Env>().post("/password", Validate.requireJson, Validate.json(PasswordChange.Input), async (c) => {
    const actor = actorOf(c)
    const attempt = await c.var.run(LoginThrottle.begin(actor.email, ClientAddress.of(c, trustProxy)))
    if (!attempt.allowed) return RateLimit.refuse(c, attempt.wait)
    const token = await c.var.run(PasswordChange.change(actor, c.req.valid("json"), attempt.id))
    setSessionCookie(c, token, c.var.secureCookies)
    return c.body(null, 204)
  })
