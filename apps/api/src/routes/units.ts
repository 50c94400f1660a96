/**
 * `/api/units`: the administrative tree as at a date, a unit's history, and its changes.
 */
import { Schema } from "effect"
import { Hono } from "hono"
import { actorOf } from "../auth/Session.js"
import type { Env } from "../http/Env.js"
import * as Validate from "../http/Validate.js"
import * as Units from "../resources/Units.js"
import { today } from "../resources/Scope.js"
import * as DeploymentScope from "../units/DeploymentScope.js"

const ScopeParams = Schema.Struct({ asOf: Units.TreeParams.fields.asOf })

const IdParam = Schema.Struct({ id: Schema.String })
const DeleteParams = Schema.Struct({
  version: Schema.optionalKey(
    Schema.NumberFromString.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(1)),
  ),
})

/** The unit routes. */
export const unitRoutes = new Hono<Env>()
  .get("/", Validate.query(Units.ListParams), async (c) =>
    c.json(await c.var.run(Units.list(actorOf(c), c.req.valid("query"))), 200),
  )
  .get("/tree", Validate.query(Units.TreeParams), async (c) =>
    c.json(await c.var.run(Units.tree(actorOf(c), c.req.valid("query"))), 200),
  )
  .get("/scope", Validate.query(ScopeParams), async (c) => {
    actorOf(c)
    return c.json(await c.var.run(DeploymentScope.describe(c.req.valid("query").asOf ?? today())), 200)
  })
  .get("/:id", Validate.param(IdParam), async (c) =>
    c.json(await c.var.run(Units.get(actorOf(c), c.req.valid("param").id)), 200),
  )
  .post("/", Validate.requireJson, Validate.json(Units.Input), async (c) => {
    const actor = actorOf(c)
    return c.json(await c.var.run(Units.create(actor, c.req.valid("json"))), 201)
  })
  .patch("/:id", Validate.param(IdParam), Validate.requireJson, Validate.json(Units.Patch), async (c) => {
    const actor = actorOf(c)
    return c.json(await c.var.run(Units.update(actor, c.req.valid("param").id, c.req.valid("json"))), 200)
  })
  .post(
    "/:id/links",
    Validate.param(IdParam),
    Validate.requireJson,
    Validate.json(Units.LinkInput),
    async (c) => {
      const actor = actorOf(c)
      return c.json(await c.var.run(Units.link(actor, c.req.valid("param").id, c.req.valid("json"))), 201)
    },
  )
  .delete("/:id", Validate.param(IdParam), Validate.query(DeleteParams), async (c) => {
    const actor = actorOf(c)
    await c.var.run(Units.remove(actor, c.req.valid("param").id, c.req.valid("query").version))
    return c.body(null, 204)
  })
