import { describe, expect, it } from "vitest"
import type { Actor } from "../src/auth/Actor.js"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import { forEachDatabase, readJson, testAdmin } from "./harness.js"

forEachDatabase((db) => {
  describe("auth", () => {
    it("creates the first district admin from the configuration, scoped to everything", async () => {
      const cookie = await db.login()
      const me = await db.request("/api/auth/me", { cookie })
      expect(me.status).toBe(200)
      const actor = await readJson<Actor>(me)
      expect(actor).toMatchObject({ email: testAdmin.email, role: "district_admin", unitId: null })
    })

    it("sets an httpOnly, SameSite=Lax session cookie", async () => {
      const response = await db.request("/api/auth/login", { body: testAdmin })
      const cookie = response.headers.get("set-cookie") ?? ""
      expect(cookie).toMatch(/^bdhv_session=[A-Za-z0-9_-]{43};/)
      expect(cookie).toContain("HttpOnly")
      expect(cookie).toContain("SameSite=Lax")
      expect(cookie).toContain("Path=/")
    })

    it("rotates the session at login: the old token stops working", async () => {
      const first = await db.login()
      const again = await db.request("/api/auth/login", { body: testAdmin, cookie: first })
      expect(again.status).toBe(200)
      expect((await db.request("/api/auth/me", { cookie: first })).status).toBe(401)
    })

    it("refuses a wrong password with 401 and the same message as an unknown email", async () => {
      const wrong = await db.request("/api/auth/login", { body: { ...testAdmin, password: "sai mật khẩu" } })
      const unknown = await db.request("/api/auth/login", {
        body: { email: "nobody@test.bdhv.vn", password: "x" },
      })
      expect(wrong.status).toBe(401)
      expect(unknown.status).toBe(401)
      expect(await readJson<ErrorBody>(wrong)).toEqual(await readJson<ErrorBody>(unknown))
    })

    it("names the missing field of a bad login request", async () => {
      const response = await db.request("/api/auth/login", { body: { email: testAdmin.email } })
      expect(response.status).toBe(400)
      const body = await readJson<ErrorBody>(response)
      expect(body.issues.map((i) => i.path)).toEqual(["password"])
      expect(body.issues[0]?.message).toBe("Vui lòng nhập mật khẩu")
    })

    it("answers 415 to a login that is not JSON", async () => {
      const response = await db.request("/api/auth/login", {
        body: "email=a&password=b",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      })
      expect(response.status).toBe(415)
    })

    it("answers 400 with the error shape to malformed JSON", async () => {
      const response = await db.request("/api/auth/login", {
        body: "{not json",
        headers: { "content-type": "application/json" },
      })
      expect(response.status).toBe(400)
      expect((await readJson<ErrorBody>(response)).issues).toEqual([])
    })

    it("refuses a session after logout", async () => {
      const cookie = await db.login()
      expect((await db.request("/api/auth/logout", { method: "POST", cookie })).status).toBe(204)
      expect((await db.request("/api/auth/me", { cookie })).status).toBe(401)
    })

    it("records sign-ins in the audit log", async () => {
      await db.login()
      const rows = await db.sql(
        (sql) => sql<{ n: number }>`select count(*)::int as n from audit_log where action = 'login'`,
      )
      expect(rows[0]?.n).toBeGreaterThan(0)
    })
  })
})
