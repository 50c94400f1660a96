/**
 * `GET /api/openapi.json` (OpenAPI 3.1, built once) and `GET /api/docs` (the same as a page).
 */
import { Hono } from "hono"
import * as DocsPage from "../http/DocsPage.js"
import type { Env } from "../http/Env.js"
import * as OpenApi from "../http/OpenApi.js"

let cached: { readonly json: Record<string, unknown>; readonly html: string } | undefined

const built = () => {
  if (cached === undefined) {
    const json = OpenApi.document()
    cached = { json, html: DocsPage.render(json) }
  }
  return cached
}

/** The documentation routes. */
export const docsRoutes = new Hono<Env>()
  .get("/openapi.json", (c) => c.json(built().json, 200))
  .get("/docs", (c) => c.html(built().html, 200))
