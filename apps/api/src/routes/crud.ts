/**
 * The five routes of a resource, from its schemas and its service:
 * `GET /` (list), `GET /:id`, `POST /` (create, 201), `PATCH /:id` (update with `version`),
 * `DELETE /:id[?version=]` (204). Every route needs a signed-in user; the service applies scope.
 */
import type { Effect } from "effect"
import { Schema } from "effect"
import { Hono } from "hono"
import { createMiddleware } from "hono/factory"
import type { AppServices } from "../AppLayer.js"
import type { Actor } from "../auth/Actor.js"
import { actorOf } from "../auth/Session.js"
import type { Env } from "../http/Env.js"
import * as Validate from "../http/Validate.js"
import type * as ListQuery from "../resources/ListQuery.js"
import type { ServiceError } from "../ServiceError.js"

type Fx<A> = Effect.Effect<A, ServiceError | { readonly _tag: string }, AppServices>

/** What a resource's service offers the routes. */
export interface CrudService<Item, Params, Input, Patch> {
  readonly list: (actor: Actor, params: Params) => Fx<ListQuery.CursorPage<Item>>
  readonly get: (actor: Actor, id: string) => Fx<Item>
  readonly create: (actor: Actor, input: Input) => Fx<Item>
  readonly update: (actor: Actor, id: string, patch: Patch) => Fx<Item>
  readonly remove: (actor: Actor, id: string, version: number | undefined) => Fx<void>
}

type Decoder = Schema.Top & Schema.ConstraintDecoder<unknown>

/** The schemas of a resource's requests. */
export interface CrudSchemas<ListParams extends Decoder, Input extends Decoder, Patch extends Decoder> {
  readonly ListParams: ListParams
  readonly Input: Input
  readonly Patch: Patch
}

/** Answers 401 before anything else when nobody is signed in. */
const requireSignIn = createMiddleware<Env>(async (c, next) => {
  actorOf(c)
  await next()
})

const IdParam = Schema.Struct({ id: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(100)) })

const DeleteParams = Schema.Struct({
  version: Schema.optionalKey(
    Schema.NumberFromString.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(1)),
  ),
})

/** The routes of a resource. */
export const crudRoutes = <Item, ListParams extends Decoder, Input extends Decoder, Patch extends Decoder>(
  schemas: CrudSchemas<ListParams, Input, Patch>,
  service: CrudService<Item, ListParams["Type"], Input["Type"], Patch["Type"]>,
) =>
  new Hono<Env>()
    .use(requireSignIn)
    .get("/", Validate.query(schemas.ListParams), async (c) => {
      const page = await c.var.run(service.list(actorOf(c), c.req.valid("query")))
      return c.json(page, 200)
    })
    .get("/:id", Validate.param(IdParam), async (c) => {
      const item = await c.var.run(service.get(actorOf(c), c.req.valid("param").id))
      return c.json(item, 200)
    })
    .post("/", Validate.requireJson, Validate.json(schemas.Input), async (c) => {
      const actor = actorOf(c)
      const item = await c.var.run(service.create(actor, c.req.valid("json")))
      return c.json(item, 201)
    })
    .patch("/:id", Validate.param(IdParam), Validate.requireJson, Validate.json(schemas.Patch), async (c) => {
      const actor = actorOf(c)
      const item = await c.var.run(service.update(actor, c.req.valid("param").id, c.req.valid("json")))
      return c.json(item, 200)
    })
    .delete("/:id", Validate.param(IdParam), Validate.query(DeleteParams), async (c) => {
      const actor = actorOf(c)
      await c.var.run(service.remove(actor, c.req.valid("param").id, c.req.valid("query").version))
      return c.body(null, 204)
    })
