import { describe, expect, it } from "vitest"
import { makeApp } from "../src/http/app.js"
import * as OpenApi from "../src/http/OpenApi.js"
import * as Log from "../src/Log.js"
import { routes } from "../src/routes/index.js"
import { forEachDatabase, readJson } from "./harness.js"

type Operation = {
  description?: string
  parameters?: ReadonlyArray<{ name: string; in: string; schema: Record<string, unknown> }>
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> }
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>
  security?: ReadonlyArray<Record<string, unknown>>
}

describe("the OpenAPI document of the declared routes", () => {
  const doc = OpenApi.document(routes) as {
    paths: Record<string, Record<string, Operation>>
    components: { schemas: Record<string, Record<string, unknown>> }
  }
  const operation = (method: string, path: string) => doc.paths[path]?.[method]

  it("describes every route of the app, each with a 2xx response", () => {
    const app = makeApp({ runtime: undefined as never, log: Log.make("silent"), secureCookies: false })
    const missing: Array<string> = []
    const served = new Set(app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`))
    for (const key of served) {
      const [method = "", path = ""] = key.split(" ")
      const op = operation(method.toLowerCase(), path.replace(/:([A-Za-z]+)(\{[^}]*\})?/g, "{$1}"))
      const success = Object.entries(op?.responses ?? {}).filter(([status]) => status.startsWith("2"))
      const described = success.some(
        ([status, response]) => status === "204" || response.content !== undefined,
      )
      if (op === undefined || !described) missing.push(key)
    }
    expect(missing).toEqual([])
    expect(Object.values(doc.paths).flatMap((methods) => Object.keys(methods))).toHaveLength(served.size)
  })

  it("says what a generator needs: integers, formats, enums, closed objects, auth and CSRF", () => {
    const people = operation("get", "/api/people")!
    const page = people.parameters?.find((p) => p.name === "page")
    expect(page?.schema.type).toBe("integer")
    const person = doc.components.schemas.Person as {
      additionalProperties: unknown
      properties: Record<string, Record<string, unknown>>
    }
    expect(person.additionalProperties).toBe(false)
    expect(person.properties.version?.type).toBe("integer")
    expect(person.properties.createdAt?.format).toBe("date-time")
    expect(person.properties.sex?.enum).toEqual(["male", "female"])
    const input = doc.components.schemas.PersonInput as {
      properties: Record<string, Record<string, unknown>>
    }
    expect(JSON.stringify(input.properties.phone)).toContain("0912 345 678")
    expect(JSON.stringify(doc)).not.toContain("Infinity")
    const classes = doc.components.schemas.Class as { properties: Record<string, Record<string, unknown>> }
    expect(classes.properties.startsAt?.format).toBe("date-time")
    expect(operation("post", "/api/people")?.security).toEqual([{ session: [], csrf: [] }])
    expect(operation("get", "/api/public/progress")?.security).toEqual([])
    expect(operation("get", "/api/public/progress")?.description).toContain("Cached for 60 s")
    expect(operation("post", "/api/people")?.responses["400"]).toBeDefined()
  })

  it("includes the reporting half of the API", () => {
    for (const [method, path] of [
      ["get", "/api/indicators"],
      ["get", "/api/indicators/{id}/trend"],
      ["get", "/api/violations"],
      ["get", "/api/worklists/households"],
      ["get", "/api/worklists/digital-identity"],
      ["get", "/api/public/progress"],
      ["post", "/api/imports"],
      ["get", "/api/exports/report.xlsx"],
      ["post", "/api/account/password"],
      ["get", "/api/users"],
      ["get", "/api/audit"],
      ["get", "/api/privacy/people/{id}"],
      ["post", "/api/auth/login"],
    ] as const)
      expect(operation(method, path), `${method} ${path}`).toBeDefined()
  })
})

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
