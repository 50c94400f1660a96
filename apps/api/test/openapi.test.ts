import { describe, expect, it } from "vitest"
import { forEachDatabase, readJson } from "./harness.js"

interface Document {
  openapi: string
  paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> }
}

forEachDatabase((db) => {
  describe("OpenAPI", () => {
    it("publishes an OpenAPI 3.1 document generated from the schemas", async () => {
      const response = await db.request("/api/openapi.json")
      expect(response.status).toBe(200)
      const doc = await readJson<Document>(response)
      expect(doc.openapi).toBe("3.1.0")
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          "/api/people",
          "/api/people/{id}",
          "/api/classes/{id}/complete",
          "/api/units/tree",
        ]),
      )
      expect(doc.paths["/api/people"]?.post?.requestBody).toBeDefined()
      expect(doc.paths["/api/people/{id}"]?.patch?.responses["409"]).toBeDefined()
      expect(Object.keys(doc.components.schemas.Person?.properties ?? {})).toEqual(
        expect.arrayContaining(["fullName", "birth", "groups", "vneidLevel", "version"]),
      )
      expect(Object.keys(doc.components.schemas.Error?.properties ?? {})).toEqual([
        "error",
        "message",
        "issues",
      ])
    })

    it("serves a browsable page of it without scripts", async () => {
      const response = await db.request("/api/docs")
      expect(response.status).toBe(200)
      const html = await response.text()
      expect(html).toContain("<code>POST /api/people</code>")
      expect(html).not.toContain("<script")
    })
  })
})
