/**
 * `GET /api/openapi.json` (OpenAPI 3.1, built once from the route declarations) and `GET /api/docs`
 * (the same as a page).
 */
import * as DocsPage from "../http/DocsPage.js"
import * as OpenApi from "../http/OpenApi.js"
import * as Route from "../http/Route.js"
import { routes } from "./index.js"

let cached: { readonly json: Record<string, unknown>; readonly html: string } | undefined

const built = () => {
  if (cached === undefined) {
    const json = OpenApi.document(routes)
    cached = { json, html: DocsPage.render(json) }
  }
  return cached
}

/** The documentation routes. */
export const docsRoutes = [
  Route.define({
    method: "get",
    path: "/api/openapi.json",
    resource: "open",
    tag: "System",
    summary: { vi: "Mô tả API này (OpenAPI 3.1)", en: "This API's description (OpenAPI 3.1)" },
    responses: { 200: Route.file("application/json") },
    handler: async (_input, c) => c.json(built().json, 200),
  }),
  Route.define({
    method: "get",
    path: "/api/docs",
    resource: "open",
    tag: "System",
    summary: { vi: "Trang tài liệu API", en: "The API documentation page" },
    responses: { 200: Route.file("text/html") },
    handler: async (_input, c) => c.html(built().html, 200),
  }),
] as const
