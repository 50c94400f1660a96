/**
 * A client nobody here wrote drives the API from its published description: `openapi-typescript`
 * turns `/api/openapi.json` into the types of `test/generated/openapi.d.ts` (checked by `tsc` with the
 * rest of the suite), and `openapi-fetch` signs in, creates a household and a person, and reads the
 * indicators and the public progress with them. The document also passes a standard OpenAPI 3.1
 * validator, and the generated types must match the document the app publishes today
 * (`pnpm --filter @bdhv/api openapi:types` writes them again).
 */
import { readFileSync, writeFileSync } from "node:fs"
import { Validator } from "@seriousme/openapi-schema-validator"
import createClient from "openapi-fetch"
import openapiTS, { astToString } from "openapi-typescript"
import { beforeAll, describe, expect, expectTypeOf, it } from "vitest"
import * as OpenApi from "../src/http/OpenApi.js"
import { routes } from "../src/routes/index.js"
import type { paths } from "./generated/openapi.js"
import { createTree, type Tree } from "./fixtures.js"
import { forEachDatabase, readJson, testAdmin } from "./harness.js"

const generatedPath = new URL("./generated/openapi.d.ts", import.meta.url)

const header = `/**
 * The API's types as \`openapi-typescript\` generates them from \`/api/openapi.json\`. Do not edit:
 * \`pnpm --filter @bdhv/api openapi:types\` writes this file again.
 */
`

const generate = async (document: Record<string, unknown>) =>
  `${header}${astToString(await openapiTS(document as never, { alphabetize: true }))}`

describe("the OpenAPI document", () => {
  const document = OpenApi.document(routes)

  it("is valid OpenAPI 3.1 by a standard validator", async () => {
    const validator = new Validator()
    const result = await validator.validate(document)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe("3.1")
  })

  it("has generated client types that match it (pnpm --filter @bdhv/api openapi:types)", async () => {
    const text = await generate(document)
    if (process.env.UPDATE_OPENAPI_TYPES === "1") writeFileSync(generatedPath, text)
    expect(readFileSync(generatedPath, "utf8")).toBe(text)
  })
})

forEachDatabase((db) => {
  let tree: Tree
  let cookies = ""

  /** The generated client over the app, sending back the cookies a browser would, and the CSRF token. */
  const client = createClient<paths>({
    baseUrl: "http://bdhv.test",
    fetch: async (request: Request) => db.app().request(request),
  })
  client.use({
    onRequest: ({ request }) => {
      if (cookies !== "") request.headers.set("cookie", cookies)
      const csrf = /(?:^|;\s*)bdhv_csrf=([^;]+)/.exec(cookies)?.[1]
      if (csrf !== undefined && request.method !== "GET") request.headers.set("x-csrf-token", csrf)
      return request
    },
  })

  beforeAll(async () => {
    tree = await createTree(db, await db.login())
  })

  describe("a session through openapi-fetch", () => {
    it("signs in", async () => {
      const { data, response } = await client.POST("/api/auth/login", { body: testAdmin })
      expect(response.status).toBe(200)
      expectTypeOf(data!.role).toEqualTypeOf<
        "district_admin" | "commune_officer" | "team_leader" | "guide" | "viewer"
      >()
      expect(data?.role).toBe("district_admin")
      cookies = response.headers
        .getSetCookie()
        .map((line) => line.split(";")[0] ?? "")
        .join("; ")
      const me = await client.GET("/api/auth/me")
      expect(me.data?.email).toBe(testAdmin.email)
    })

    it("creates a household and a person in it", async () => {
      const household = await client.POST("/api/households", {
        body: { code: "OF-1", unitId: tree.villageA, isRemote: false },
      })
      expect(household.response.status).toBe(201)
      expectTypeOf(household.data!.version).toEqualTypeOf<number>()
      const person = await client.POST("/api/people", {
        body: {
          fullName: "Trần Văn Bình",
          birth: { year: 1950 },
          sex: "male",
          householdId: household.data!.id,
          unitId: tree.villageA,
          groups: [{ _tag: "farmer" }],
          vneidLevel: 1,
          hasDigitalBankAccount: false,
          phone: "0912 345 678",
        },
      })
      expect(person.error).toBeUndefined()
      expect(person.data?.phone).toBe("+84912345678")
      const page = await client.GET("/api/people", {
        params: { query: { householdId: household.data!.id, pageSize: 10 } },
      })
      expectTypeOf(page.data!.total).toEqualTypeOf<number>()
      expect(page.data?.items.map((p) => p.fullName)).toEqual(["Trần Văn Bình"])
    })

    it("answers a bad request in the one error shape", async () => {
      const { error, response } = await client.POST("/api/households", {
        body: { code: "", unitId: tree.villageA, isRemote: false },
      })
      expect(response.status).toBe(400)
      expect(error?.issues.map((issue) => issue.path)).toContain("code")
    })

    it("reads the indicators of the ward and an indicator's trend", async () => {
      const report = await client.GET("/api/indicators", { params: { query: { unitId: tree.chuongMyWard } } })
      expect(report.response.status).toBe(200)
      expect(report.data?.unit.id).toBe(tree.chuongMyWard)
      expect(report.data?.indicators.map((figure) => figure.id)).toContain("digital-family")
      const trend = await client.GET("/api/indicators/{id}/trend", {
        params: { path: { id: "digital-family" }, query: { unitId: tree.chuongMyWard } },
      })
      expect(trend.data?.points.length).toBeGreaterThan(0)
    })

    it("reads the public progress, which says it is cached", async () => {
      const progress = await client.GET("/api/public/progress")
      expect(progress.response.status).toBe(200)
      expect(progress.response.headers.get("cache-control")).toContain("max-age=60")
      expect(progress.data?.definitions.length).toBeGreaterThan(0)
      const asJson = await readJson<{ paths: Record<string, { get?: { description?: string } }> }>(
        await db.request("/api/openapi.json"),
      )
      expect(asJson.paths["/api/public/progress"]?.get?.description).toContain("Cached for 60 s")
    })
  })
})
