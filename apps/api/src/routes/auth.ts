/**
 * `POST /api/auth/login`, `POST /api/auth/logout`, `GET /api/auth/me`.
 */
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Schema } from "effect"
import * as Accounts from "../auth/Accounts.js"
import { Actor } from "../auth/Actor.js"
import { actorOf, clearSessionCookie, setSessionCookie, tokenOf } from "../auth/Session.js"
import { HttpFailure } from "../http/ErrorResponse.js"
import * as Route from "../http/Route.js"

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

const example = {
  userId: "u-1",
  email: "can-bo@chuongmy.example",
  fullName: "Nguyễn Thị Lan",
  role: "commune_officer",
  unitId: "vn:10015:2025-07-01",
  teamId: null,
  guideId: null,
}

/** The auth routes. */
export const authRoutes = [
  Route.define({
    method: "post",
    path: "/api/auth/login",
    resource: "open",
    tag: "Auth",
    summary: { vi: "Đăng nhập", en: "Sign in" },
    description: {
      vi: "Đặt cookie phiên `bdhv_session` (httpOnly) và cookie `bdhv_csrf`; gửi lại giá trị của `bdhv_csrf` trong tiêu đề `X-CSRF-Token` với mọi yêu cầu ghi.",
      en: "Sets the session cookie `bdhv_session` (httpOnly) and the `bdhv_csrf` cookie; echo the value of `bdhv_csrf` in the `X-CSRF-Token` header on every write.",
    },
    body: Credentials,
    responses: { 200: Me },
    examples: { body: { email: "can-bo@chuongmy.example", password: "…" }, response: example },
    handler: async ({ body }, c) => {
      const session = await c.var.run(Accounts.login(body.email, body.password, tokenOf(c)))
      if (session === undefined) throw badCredentials()
      setSessionCookie(c, session.token, c.var.secureCookies)
      c.set("actor", session.actor)
      return session.actor
    },
  }),
  Route.define({
    method: "post",
    path: "/api/auth/logout",
    resource: "open",
    tag: "Auth",
    summary: { vi: "Đăng xuất", en: "Sign out" },
    responses: { 204: Route.noContent },
    handler: async (_input, c) => {
      const token = tokenOf(c)
      if (token !== undefined) await c.var.run(Accounts.logout(token, c.get("actor")))
      clearSessionCookie(c)
      return undefined
    },
  }),
  Route.define({
    method: "get",
    path: "/api/auth/me",
    resource: "open",
    tag: "Auth",
    summary: { vi: "Người đang đăng nhập", en: "The signed-in user" },
    responses: { 200: Me },
    examples: { response: example },
    handler: async (_input, c) => actorOf(c),
  }),
] as const
