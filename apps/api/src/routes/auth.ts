/**
 * `POST /api/auth/login`, `POST /api/auth/logout`, `GET /api/auth/me`.
 */
import { Schema } from "effect"
import { Hono } from "hono"
import * as Accounts from "../auth/Accounts.js"
import { Actor } from "../auth/Actor.js"
import { actorOf, clearSessionCookie, setSessionCookie, tokenOf } from "../auth/Session.js"
import type { Env } from "../http/Env.js"
import { HttpFailure } from "../http/ErrorResponse.js"
import * as Validate from "../http/Validate.js"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"

/** Sign-in credentials. */
export const Credentials = Schema.Struct({
  email: Schema.String.check(
    Schema.isMinLength(1, ValidationMessage.message({ vi: "Vui lòng nhập email", en: "Enter your email" })),
    Schema.isMaxLength(254),
  ).annotate(ValidationMessage.label({ vi: "Email", en: "Email" })),
  password: Schema.String.check(
    Schema.isMinLength(
      1,
      ValidationMessage.message({ vi: "Vui lòng nhập mật khẩu", en: "Enter your password" }),
    ),
    Schema.isMaxLength(1024),
  ).annotate(ValidationMessage.label({ vi: "Mật khẩu", en: "Password" })),
}).annotate({ identifier: "Credentials" })

/** The signed-in user, as `me` and `login` return it. */
export const Me = Actor

const badCredentials = () =>
  new HttpFailure(401, "invalid_credentials", {
    vi: "Email hoặc mật khẩu không đúng",
    en: "Wrong email or password",
  })

/** The auth routes. */
export const authRoutes = new Hono<Env>()
  .post("/login", Validate.requireJson, Validate.json(Credentials), async (c) => {
    const { email, password } = c.req.valid("json")
    const session = await c.var.run(Accounts.login(email, password, tokenOf(c)))
    if (session === undefined) throw badCredentials()
    setSessionCookie(c, session.token, c.var.secureCookies)
    c.set("actor", session.actor)
    return c.json(session.actor satisfies typeof Me.Type, 200)
  })
  .post("/logout", async (c) => {
    const token = tokenOf(c)
    if (token !== undefined) await c.var.run(Accounts.logout(token, c.get("actor")))
    clearSessionCookie(c)
    return c.body(null, 204)
  })
  .get("/me", (c) => c.json(actorOf(c) satisfies typeof Me.Type, 200))
