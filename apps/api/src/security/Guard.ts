/**
 * The gate every `/api` request passes before its route: open paths (`public`, `auth`, `health`, the
 * API description) go on; any other path needs a signed-in user (401) whose role may read — or, for a
 * write method, write — the resource the path names (403). A path naming no resource of the matrix is
 * answered 404 (and logged), so a new endpoint stays closed until the matrix says who may use it.
 */
import type { MiddlewareHandler } from "hono"
import type { Env } from "../http/Env.js"
import { failures, fromServiceError } from "../http/ErrorResponse.js"
import { Unauthenticated } from "../ServiceError.js"
import * as Access from "./Access.js"

const readMethods = new Set(["GET", "HEAD", "OPTIONS"])

/** The middleware, for `/api/*`. */
export const middleware: MiddlewareHandler<Env> = async (c, next) => {
  const what = Access.classify(c.req.path)
  if (what._tag === "Open") return next()
  if (what._tag === "Unknown") {
    c.var.log.warn("no access policy for this path: declare it in src/routes/ with the resource it reaches", {
      requestId: c.var.requestId,
      path: c.req.path,
    })
    throw failures.notFound()
  }
  const actor = c.get("actor")
  if (actor === undefined) throw fromServiceError(new Unauthenticated())
  const mode = readMethods.has(c.req.method) ? "read" : "write"
  if (!Access.allows(actor.role, what.resource, mode, c.req.path))
    throw fromServiceError(Access.forbidden(mode))
  await next()
}
