import { describe, expect, it } from "vitest"
import { ConfigInvalid, fromEnvironment } from "../src/Config.js"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import { forEachDatabase, readJson } from "./harness.js"

describe("configuration", () => {
  it("has defaults for an empty environment: port 3000, PGlite in ./data", () => {
    const config = fromEnvironment({})
    expect(config.port).toBe(3000)
    expect(config.database).toEqual({ _tag: "Pglite", dataDir: "./data" })
    expect(config.nodeEnv).toBe("development")
  })

  it("listens on this machine only unless HOST says otherwise", () => {
    expect(fromEnvironment({}).host).toBe("127.0.0.1")
    expect(fromEnvironment({ HOST: "0.0.0.0" }).host).toBe("0.0.0.0")
    expect(() => fromEnvironment({ HOST: "any where" })).toThrow(/HOST="any where"/)
  })

  it("uses a PostgreSQL server when DATABASE_URL is set", () => {
    expect(fromEnvironment({ DATABASE_URL: "postgres://u@db:5432/bdhv" }).database._tag).toBe("Postgres")
  })

  it("names every bad variable and its value", () => {
    try {
      fromEnvironment({ PORT: "70000", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigInvalid)
      const message = (error as ConfigInvalid).message
      expect(message).toContain('PORT="70000": must be between 1 and 65535')
      expect(message).toContain('DATABASE_URL="mysql://x"')
      expect(message).toContain('LOG_LEVEL="loud"')
    }
  })
})

forEachDatabase((db) => {
  describe("request limits", () => {
    it("answers 413 with the error shape to an oversized body, storing nothing", async () => {
      const cookie = await db.login()
      const response = await db.request("/api/households", {
        cookie,
        body: { code: "x".repeat(2 * 1024 * 1024), unitId: "u", isRemote: false },
      })
      expect(response.status).toBe(413)
      expect((await readJson<ErrorBody>(response)).error).toBe("payload_too_large")
      const [row] = await db.sql((sql) => sql<{ n: number }>`select count(*)::int as n from households`)
      expect(row?.n).toBe(0)
    })

    it("answers 415 to a resource write that is not JSON", async () => {
      const cookie = await db.login()
      const response = await db.request("/api/households", {
        cookie,
        body: "code=x",
        headers: { "content-type": "text/plain" },
      })
      expect(response.status).toBe(415)
      expect((await readJson<ErrorBody>(response)).error).toBe("unsupported_media_type")
    })

    it("answers 400, not 500, to query parameters of the wrong shape", async () => {
      const cookie = await db.login()
      const response = await db.request("/api/people?page=0&pageSize=5000&sort=shoeSize&vneidLevel=7", {
        cookie,
      })
      expect(response.status).toBe(400)
      const paths = (await readJson<ErrorBody>(response)).issues.map((i) => i.path)
      expect(paths).toEqual(expect.arrayContaining(["page", "pageSize", "sort", "vneidLevel"]))
    })
  })
})
