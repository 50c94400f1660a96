/**
 * `/api/users`: accounts, managed by district admins (the role gate in `security/Access.ts` lets no one
 * else in). List with search and filters, read, create, change (role, placement, disable) and reset a
 * password. Accounts are disabled, never deleted.
 */
import { Schema } from "effect"
import { Hono } from "hono"
import { actorOf } from "../auth/Session.js"
import type { Env } from "../http/Env.js"
import * as Validate from "../http/Validate.js"
import * as Users from "../users/Users.js"

const IdParam = Schema.Struct({ id: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(100)) })

/** The user administration routes. */
export const userRoutes = new Hono<Env>()
  .get("/", Validate.query(Users.ListParams), async (c) =>
    c.json(await c.var.run(Users.list(actorOf(c), c.req.valid("query"))), 200),
  )
  .get("/:id", Validate.param(IdParam), async (c) =>
    c.json(await c.var.run(Users.get(actorOf(c), c.req.valid("param").id)), 200),
  )
  .post("/", Validate.requireJson, Validate.json(Users.Input), async (c) => {
    const actor = actorOf(c)
    return c.json(await c.var.run(Users.create(actor, c.req.valid("json"))), 201)
  })
  .patch("/:id", Validate.param(IdParam), Validate.requireJson, Validate.json(Users.Patch), async (c) => {
    const actor = actorOf(c)
    return c.json(await c.var.run(Users.update(actor, c.req.valid("param").id, c.req.valid("json"))), 200)
  })
  .post(
    "/:id/password",
    Validate.param(IdParam),
    Validate.requireJson,
    Validate.json(Users.PasswordReset),
    async (c) => {
      const actor = actorOf(c)
      await c.var.run(Users.resetPassword(actor, c.req.valid("param").id, c.req.valid("json").password))
      return c.body(null, 204)
    },
  )
