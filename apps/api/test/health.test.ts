import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import { forEachDatabase, readJson } from "./harness.js"

forEachDatabase((db) => {
  describe("GET /api/health", () => {
    it("reports the database and the applied migrations", async () => {
      const response = await db.request("/api/health")
      expect(response.status).toBe(200)
      const body = await readJson<{
        status: string
        database: { ok: boolean; database: string; migration: number }
      }>(response)
      expect(body.status).toBe("ok")
      expect(body.database.ok).toBe(true)
      expect(body.database.database).toBe(db.kind === "pglite" ? "pglite" : "postgresql")
      expect(body.database.migration).toBeGreaterThanOrEqual(1)
    })

    it("answers an unknown path with the error shape, in Vietnamese by default", async () => {
      const response = await db.request("/api/no-such-thing")
      expect(response.status).toBe(404)
      expect(await readJson<ErrorBody>(response)).toEqual({
        error: "not_found",
        message: "Không có đường dẫn này",
        issues: [],
      })
    })

    it("answers in English when asked", async () => {
      const response = await db.request("/api/no-such-thing", {
        headers: { "accept-language": "en-US,en;q=0.9" },
      })
      expect((await readJson<ErrorBody>(response)).message).toBe("No such path")
    })

    it("echoes a request id, or makes one", async () => {
      const given = await db.request("/api/health", { headers: { "x-request-id": "req-12345678" } })
      expect(given.headers.get("x-request-id")).toBe("req-12345678")
      const made = await db.request("/api/health")
      expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/)
    })
  })

  // The database client gives the event loop a turn between statements, so a long chain of them (a
  // backup, an import, a burst of writes) never keeps timers, sockets and other requests waiting. PGlite
  // runs in the API's own thread and settles its promises without I/O: without that turn a loop of
  // statements on it ran for as long as it liked with no timer firing.
  describe("the event loop", () => {
    it("lets a timer fire between the statements of a long chain", async () => {
      let fired = false
      setTimeout(() => {
        fired = true
      }, 0)
      const statements = await db.sql((sql) =>
        Effect.gen(function* () {
          let n = 0
          while (!fired && n < 2_000) {
            yield* sql`select 1`
            n++
          }
          return n
        }),
      )
      expect(fired).toBe(true)
      expect(statements).toBeLessThan(2_000)
    })

    it("lets a timer fire while a loop of requests runs", async () => {
      let fired = false
      setTimeout(() => {
        fired = true
      }, 0)
      let requests = 0
      while (!fired && requests < 500) {
        expect((await db.request("/api/health")).status).toBe(200)
        requests++
      }
      expect(fired).toBe(true)
    })
  })
})
