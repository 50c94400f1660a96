/**
 * `GET /api/audit`: the audit log for district admins (the role gate lets no one else in), filtered by
 * actor, record, action and dates, newest first, paginated.
 */
import { Hono } from "hono"
import * as AuditSearch from "../audit/AuditSearch.js"
import { actorOf } from "../auth/Session.js"
import type { Env } from "../http/Env.js"
import * as Validate from "../http/Validate.js"

/** The audit routes. */
export const auditRoutes = new Hono<Env>().get("/", Validate.query(AuditSearch.ListParams), async (c) =>
  c.json(await c.var.run(AuditSearch.list(actorOf(c), c.req.valid("query"))), 200),
)
