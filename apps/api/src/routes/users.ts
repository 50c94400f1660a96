/**
 * `/api/users`: accounts, managed by district admins (the access table lets no one else in). List with
 * search and filters, read, create, change (role, placement, disable) and reset a password. Accounts
 * are disabled, never deleted.
 */
import { actorOf } from "../auth/Session.js"
import * as Route from "../http/Route.js"
import { PageOf } from "../resources/ListQuery.js"
import * as Users from "../users/Users.js"
import { IdParam } from "./crud.js"

const tag = "Users"

/** The user administration routes. */
export const userRoutes = [
  Route.define({
    method: "get",
    path: "/api/users",
    resource: "users",
    tag,
    summary: { vi: "Danh sách tài khoản", en: "List accounts" },
    query: Users.ListParams,
    responses: { 200: PageOf(Users.Item) },
    handler: ({ query }, c) => c.var.run(Users.list(actorOf(c), query)),
  }),
  Route.define({
    method: "get",
    path: "/api/users/:id",
    resource: "users",
    tag,
    summary: { vi: "Một tài khoản", en: "An account" },
    params: IdParam,
    responses: { 200: Users.Item },
    handler: ({ param }, c) => c.var.run(Users.get(actorOf(c), param.id)),
  }),
  Route.define({
    method: "post",
    path: "/api/users",
    resource: "users",
    tag,
    summary: { vi: "Tạo tài khoản với mật khẩu đầu tiên", en: "Create an account with its first password" },
    body: Users.Input,
    responses: { 201: Users.Item },
    handler: ({ body }, c) => c.var.run(Users.create(actorOf(c), body)),
  }),
  Route.define({
    method: "patch",
    path: "/api/users/:id",
    resource: "users",
    tag,
    summary: {
      vi: "Đổi vai trò, nơi làm việc, hoặc khoá tài khoản",
      en: "Change an account's role or placement, or disable it",
    },
    params: IdParam,
    body: Users.Patch,
    responses: { 200: Users.Item },
    handler: ({ param, body }, c) => c.var.run(Users.update(actorOf(c), param.id, body)),
  }),
  Route.define({
    method: "post",
    path: "/api/users/:id/password",
    resource: "users",
    tag,
    summary: {
      vi: "Đặt lại mật khẩu (mọi phiên cũ kết thúc)",
      en: "Reset a password (every old session ends)",
    },
    params: IdParam,
    body: Users.PasswordReset,
    responses: { 204: Route.noContent },
    handler: async ({ param, body }, c) => {
      await c.var.run(Users.resetPassword(actorOf(c), param.id, body.password))
      return undefined
    },
  }),
] as const
