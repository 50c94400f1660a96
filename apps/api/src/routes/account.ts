/**
 * `/api/account`: the signed-in user's own account. `POST /api/account/password` changes the password
 * (current one required), ends every other session and answers 204 with a new session cookie.
 */
import { actorOf, setSessionCookie } from "../auth/Session.js"
import * as Route from "../http/Route.js"
import * as ClientAddress from "../security/ClientAddress.js"
import * as LoginThrottle from "../security/LoginThrottle.js"
import * as RateLimit from "../security/RateLimit.js"
import * as PasswordChange from "../users/PasswordChange.js"

/** The account routes. */
export const accountRoutes = [
  Route.define({
    method: "post",
    path: "/api/account/password",
    resource: "account",
    tag: "Account",
    summary: {
      vi: "Đổi mật khẩu của mình (các phiên khác kết thúc)",
      en: "Change your own password (every other session ends)",
    },
    body: PasswordChange.Input,
    responses: { 204: Route.noContent },
    handler: async ({ body }, c) => {
      const actor = actorOf(c)
      const attempt = await c.var.run(LoginThrottle.begin(actor.email, ClientAddress.of(c, c.var.trustProxy)))
      if (!attempt.allowed) return RateLimit.refuse(c, attempt.wait)
      const token = await c.var.run(PasswordChange.change(actor, body, attempt.id))
      setSessionCookie(c, token, c.var.secureCookies)
      return undefined
    },
  }),
] as const
