/**
 * Control characters (NUL and the other C0 codes) never reach SQL: every by-id route, every list filter
 * and every JSON string refuses them with a 400 in the error shape, and nothing is logged at error level.
 */
import { beforeAll, describe, expect, it } from "vitest"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import { makeApp } from "../src/http/app.js"
import * as Log from "../src/Log.js"
import { forEachDatabase, readJson } from "./harness.js"

const isErrorShape = (body: ErrorBody) =>
  typeof body.error === "string" && typeof body.message === "string" && Array.isArray(body.issues)

forEachDatabase((db) => {
  describe("control characters", () => {
    let cookie = ""
    const logged: Array<{ level: string; message: string }> = []
    let app: ReturnType<typeof makeApp>
    beforeAll(async () => {
      cookie = await db.login()
      app = makeApp({
        runtime: db.runtime(),
        log: Log.make("debug", (line) => logged.push(JSON.parse(line) as { level: string; message: string })),
        secureCookies: false,
      })
    })
    const send = (path: string, init: RequestInit = {}) => {
      const csrf = /bdhv_csrf=([^;]+)/.exec(cookie)?.[1] ?? ""
      return app.request(path, {
        ...init,
        headers: { cookie, "x-csrf-token": csrf, ...(init.headers as Record<string, string> | undefined) },
      })
    }

    /** Every route of the app, as Hono registered it (middleware entries left out). */
    const routes = () => {
      const seen = new Set<string>()
      return app.routes.filter((r) => {
        const key = `${r.method} ${r.path}`
        if (r.method === "ALL" || r.path.endsWith("*") || seen.has(key)) return false
        seen.add(key)
        return r.path.startsWith("/api/")
      })
    }

    it("answer 400 on every route with a NUL in an id, signed in and anonymous", async () => {
      const byId = routes().filter((r) => r.path.includes("/:"))
      expect(byId.length).toBeGreaterThan(40)
      const wrong: Array<string> = []
      for (const route of byId) {
        const path = route.path.replace(/:[A-Za-z]+(\{[^}]*\})?/g, "%00bad")
        for (const signedIn of [true, false]) {
          const init: RequestInit = {
            method: route.method,
            headers: signedIn ? {} : { cookie: "" },
            ...(["POST", "PUT", "PATCH"].includes(route.method)
              ? {
                  body: "{}",
                  headers: { "content-type": "application/json", ...(signedIn ? {} : { cookie: "" }) },
                }
              : {}),
          }
          const response = await send(path, init)
          const body = await readJson<ErrorBody>(response)
          if (response.status !== 400 || !isErrorShape(body))
            wrong.push(`${route.method} ${path} → ${response.status}`)
        }
      }
      expect(wrong).toEqual([])
      expect(logged.filter((line) => line.level === "error")).toEqual([])
    })

    it("answer 400 on every list with a control character in a filter, naming the parameter", async () => {
      const lists = routes().filter((r) => r.method === "GET" && !r.path.includes("/:"))
      const wrong: Array<string> = []
      for (const route of lists) {
        for (const query of ["q=%00", "unitId=%00", "q=a%01b", "page=1%1F"]) {
          const response = await send(`${route.path}?${query}`)
          const body = await readJson<ErrorBody>(response)
          if (response.status !== 400 || !isErrorShape(body))
            wrong.push(`${route.path}?${query} → ${response.status}`)
          else if (body.issues[0]?.path !== query.split("=")[0])
            wrong.push(`${route.path}?${query} names ${body.issues[0]?.path}`)
        }
      }
      expect(wrong).toEqual([])
      const progress = await app.request("/api/public/progress?unitId=%00")
      expect(progress.status).toBe(400)
      expect(logged.filter((line) => line.level === "error")).toEqual([])
    })

    it("answer 400 to a JSON string with a NUL, naming the field, and keep tabs and newlines", async () => {
      const response = await send("/api/households", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          unitId: "x",
          code: "H-1",
          address: "Số 1\u0000 Đường A",
          members: [{ n: "a\u0007" }],
        }),
      })
      expect(response.status).toBe(400)
      const body = await readJson<ErrorBody>(response)
      expect(body.issues.map((i) => i.path)).toEqual(["address", "members.0.n"])
      const login = await app.request("/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "a\u0000@b.vn", password: "x" }),
      })
      expect(login.status).toBe(400)
      // Tabs and line breaks are text, not control: the route decides about them.
      const tabbed = await send("/api/households", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ unitId: "no-such-unit", code: "H-1", address: "Số 1\tĐường A\nThôn B" }),
      })
      expect(tabbed.status).not.toBe(500)
      expect((await readJson<ErrorBody>(tabbed)).issues.map((i) => i.path)).not.toContain("address")
      expect(logged.filter((line) => line.level === "error")).toEqual([])
    })
  })
})
