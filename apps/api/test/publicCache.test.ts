/**
 * The public progress cache cannot be bypassed: it is keyed by the parameters that matter (their order,
 * and parameters it does not know, change nothing — the latter are refused), and anonymous reads are
 * rate-limited per client address.
 */
import { Hono } from "hono"
import { describe, expect, it } from "vitest"
import type { Env } from "../src/http/Env.js"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import { makeApp } from "../src/http/app.js"
import * as Log from "../src/Log.js"
import { ResponseCache } from "../src/public/ResponseCache.js"
import * as Security from "../src/security/Security.js"
import { forEachDatabase, readJson } from "./harness.js"

describe("the public response cache", () => {
  const counted = () => {
    let computed = 0
    const app = new Hono<Env>()
    app.use("*", async (c, next) => {
      c.set("language", "vi")
      await next()
    })
    app.onError((error, c) => c.json({ error: String(error) }, (error as { status?: 400 }).status ?? 500))
    app.get("/progress", new ResponseCache().cached(60_000, ["unitId", "asOf"]), (c) => {
      computed++
      return c.json({ n: computed })
    })
    return { app, computed: () => computed }
  }

  it("computes once for the same parameters in any order, and once per distinct value", async () => {
    const { app, computed } = counted()
    for (const query of [
      "",
      "?unitId=a",
      "?unitId=a&asOf=2025-07-01",
      "?asOf=2025-07-01&unitId=a",
      "?unitId=a",
    ])
      expect((await app.request(`/progress${query}`)).status).toBe(200)
    expect(computed()).toBe(3)
  })

  it("refuses a parameter it does not know with a 400 naming it, and computes nothing", async () => {
    const { app, computed } = counted()
    for (let i = 0; i < 20; i++) expect((await app.request(`/progress?x=${i}`)).status).toBe(400)
    expect((await app.request("/progress?unitId=a&cachebust=1")).status).toBe(400)
    expect(computed()).toBe(0)
  })
})

forEachDatabase((db) => {
  describe("public reads", () => {
    it("answer 400 to an unknown parameter of the progress, in the error shape", async () => {
      const response = await db.request("/api/public/progress?x=1")
      expect(response.status).toBe(400)
      const body = await readJson<ErrorBody>(response)
      expect(body.issues.map((i) => i.path)).toEqual(["x"])
    })

    it(`answer 429 to one anonymous client after ${Security.publicReadPolicy.limit} reads, not to another`, async () => {
      const app = makeApp({
        runtime: db.runtime(),
        log: Log.make("silent"),
        secureCookies: false,
        trustProxy: 1,
      })
      const from = (address: string) => ({ headers: { "x-forwarded-for": address } })
      for (let i = 0; i < Security.publicReadPolicy.limit; i++)
        expect((await app.request("/api/public/units", from("203.0.113.9"))).status).toBe(200)
      const blocked = await app.request("/api/public/units", from("203.0.113.9"))
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0)
      expect((await app.request("/api/public/units", from("203.0.113.10"))).status).toBe(200)
    })
  })
})
