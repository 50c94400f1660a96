/**
 * `/api/classes`: classes with list, get, create, update and delete; their enrollments
 * (`GET|POST /api/classes/:id/enrollments`) and completion (`POST /api/classes/:id/complete`).
 * `/api/enrollments/:id`: an enrollment, its status change (PATCH) and removal (DELETE).
 */
import { Schema } from "effect"
import { Hono } from "hono"
import { actorOf } from "../auth/Session.js"
import type { Env } from "../http/Env.js"
import * as Validate from "../http/Validate.js"
import * as Classes from "../resources/Classes.js"
import { crudRoutes } from "./crud.js"

const IdParam = Schema.Struct({ id: Schema.String })
const DeleteParams = Schema.Struct({
  version: Schema.optionalKey(
    Schema.NumberFromString.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(1)),
  ),
})

/** The classes routes. */
export const classRoutes = crudRoutes(Classes, Classes.service)
  .get("/:id/enrollments", Validate.param(IdParam), Validate.query(Classes.EnrollmentListParams), async (c) =>
    c.json(
      await c.var.run(Classes.listEnrollments(actorOf(c), c.req.valid("param").id, c.req.valid("query"))),
      200,
    ),
  )
  .post(
    "/:id/enrollments",
    Validate.param(IdParam),
    Validate.requireJson,
    Validate.json(Classes.EnrollInput),
    async (c) => {
      const actor = actorOf(c)
      return c.json(await c.var.run(Classes.enroll(actor, c.req.valid("param").id, c.req.valid("json"))), 201)
    },
  )
  .post(
    "/:id/complete",
    Validate.param(IdParam),
    Validate.requireJson,
    Validate.json(Classes.CompleteInput),
    async (c) => {
      const actor = actorOf(c)
      return c.json(
        await c.var.run(Classes.complete(actor, c.req.valid("param").id, c.req.valid("json"))),
        200,
      )
    },
  )

/** The enrollment routes. */
export const enrollmentRoutes = new Hono<Env>()
  .get("/:id", Validate.param(IdParam), async (c) =>
    c.json(await c.var.run(Classes.getEnrollment(actorOf(c), c.req.valid("param").id)), 200),
  )
  .patch(
    "/:id",
    Validate.param(IdParam),
    Validate.requireJson,
    Validate.json(Classes.StatusInput),
    async (c) => {
      const actor = actorOf(c)
      return c.json(
        await c.var.run(Classes.setStatus(actor, c.req.valid("param").id, c.req.valid("json"))),
        200,
      )
    },
  )
  .delete("/:id", Validate.param(IdParam), Validate.query(DeleteParams), async (c) => {
    const actor = actorOf(c)
    await c.var.run(Classes.unenroll(actor, c.req.valid("param").id, c.req.valid("query").version))
    return c.body(null, 204)
  })
