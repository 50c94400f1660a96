/**
 * `/api/visits`: list, get, create, update and delete; and for a phone that works offline,
 * `GET /api/visits/offline/:teamId` (the team's worklist to keep) and `POST /api/visits/sync` (the
 * visits it recorded, each applied once by its key).
 */
import { Schema } from "effect"
import { Hono } from "hono"
import { actorOf } from "../auth/Session.js"
import type { Env } from "../http/Env.js"
import * as Validate from "../http/Validate.js"
import * as VisitSync from "../offline/VisitSync.js"
import * as Teams from "../resources/Teams.js"
import { crudRoutes } from "./crud.js"

const TeamParam = Schema.Struct({
  teamId: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(100)),
})

/** The visits routes. */
export const visitRoutes = new Hono<Env>()
  .get("/offline/:teamId", Validate.param(TeamParam), async (c) =>
    c.json(await c.var.run(VisitSync.snapshot(actorOf(c), c.req.valid("param").teamId)), 200),
  )
  .post("/sync", Validate.requireJson, Validate.json(VisitSync.ReplayRequest), async (c) =>
    c.json(await c.var.run(VisitSync.replay(actorOf(c), c.req.valid("json"))), 200),
  )
  .route("/", crudRoutes(Teams.Visits, Teams.visitsService))
