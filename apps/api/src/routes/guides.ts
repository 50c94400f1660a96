/**
 * `/api/guides`: guides (Đại sứ số) with list, get, create, update and delete, and their learners:
 * `GET|POST /api/guides/:id/learners`, `DELETE /api/guides/:id/learners/:linkId`, and
 * `POST /api/guides/:id/learners/sync` (records made on a phone offline, each key applied once).
 */
import { Schema } from "effect"
import { actorOf } from "../auth/Session.js"
import * as Validate from "../http/Validate.js"
import * as GuideSync from "../offline/GuideSync.js"
import * as Guides from "../resources/Guides.js"
import { crudRoutes } from "./crud.js"

const GuideParam = Schema.Struct({ id: Schema.String })
const LinkParam = Schema.Struct({ id: Schema.String, linkId: Schema.String })

/** The guides routes. */
export const guideRoutes = crudRoutes(Guides, Guides.service)
  .get("/:id/learners", Validate.param(GuideParam), async (c) =>
    c.json(await c.var.run(Guides.links(actorOf(c), c.req.valid("param").id)), 200),
  )
  .post(
    "/:id/learners",
    Validate.param(GuideParam),
    Validate.requireJson,
    Validate.json(Guides.LinkInput),
    async (c) => {
      const actor = actorOf(c)
      return c.json(await c.var.run(Guides.addLink(actor, c.req.valid("param").id, c.req.valid("json"))), 201)
    },
  )
  .post(
    "/:id/learners/sync",
    Validate.param(GuideParam),
    Validate.requireJson,
    Validate.json(GuideSync.ReplayRequest),
    async (c) => {
      const actor = actorOf(c)
      return c.json(
        await c.var.run(GuideSync.replay(actor, c.req.valid("param").id, c.req.valid("json"))),
        200,
      )
    },
  )
  .delete("/:id/learners/:linkId", Validate.param(LinkParam), async (c) => {
    const { id, linkId } = c.req.valid("param")
    await c.var.run(Guides.removeLink(actorOf(c), id, linkId))
    return c.body(null, 204)
  })
