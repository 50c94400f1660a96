/**
 * Cross-origin requests: closed unless `CORS_ORIGINS` lists the origins allowed to call the API from a
 * browser (e.g. a province portal embedding the public progress). With no origins configured the API
 * sends no CORS headers, so browsers keep every other site out.
 */
import type { MiddlewareHandler } from "hono"
import { cors } from "hono/cors"
import * as Csrf from "./Csrf.js"

/** The CORS middleware for the configured origins; a pass-through when there are none. */
export const middleware = (allowedOrigins: ReadonlyArray<string>): MiddlewareHandler => {
  if (allowedOrigins.length === 0) return (_c, next) => next()
  return cors({
    origin: (origin) => (allowedOrigins.includes(origin) ? origin : null),
    allowMethods: ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"],
    allowHeaders: ["content-type", "accept-language", "x-request-id", Csrf.headerName],
    exposeHeaders: ["retry-after", "x-request-id", "content-disposition"],
    credentials: true,
    maxAge: 600,
  })
}
