/**
 * `/api/volunteers`: volunteer applications from the public site, for the admins of the applicant's
 * commune: `GET /` (list), `GET /:id`, `POST /:id/decision` (approve or reject, once, with `version`).
 */
import { Schema } from "effect"
import { Hono } from "hono"
import { actorOf } from "../auth/Session.js"
import type { Env } from "../http/Env.js"
import * as Validate from "../http/Validate.js"
import * as Volunteers from "../resources/Volunteers.js"

const IdParam = Schema.Struct({ id: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(100)) })

/** The volunteer applications routes. */
export const volunteerRoutes = new Hono<Env>()
  .get("/", Validate.query(Volunteers.ListParams), async (c) =>
    c.json(await c.var.run(Volunteers.list(actorOf(c), c.req.valid("query"))), 200),
  )
  .get("/:id", Validate.param(IdParam), async (c) =>
    c.json(await c.var.run(Volunteers.get(actorOf(c), c.req.valid("param").id)), 200),
  )
  .post(
    "/:id/decision",
    Validate.param(IdParam),
    Validate.requireJson,
    Validate.json(Volunteers.DecisionInput),
    async (c) => {
      const actor = actorOf(c)
      const item = await c.var.run(Volunteers.decide(actor, c.req.valid("param").id, c.req.valid("json")))
      return c.json(item, 200)
    },
  )
