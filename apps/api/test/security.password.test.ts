import { beforeAll, describe, expect, it } from "vitest"
import { createUser } from "../src/auth/Accounts.js"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import * as Csrf from "../src/security/Csrf.js"
import { forEachDatabase, readJson } from "./harness.js"

forEachDatabase((db) => {
  const email = "doi.mat.khau@test.bdhv.vn"
  const original = "mật khẩu ban đầu 2025"

  beforeAll(async () => {
    await db.run(
      createUser(
        { email, fullName: "Đổi Mật Khẩu", password: original, role: "viewer", unitId: null },
        undefined,
      ),
    )
  })

  const change = (cookie: string, currentPassword: string, newPassword: string) =>
    db.request("/api/account/password", { cookie, body: { currentPassword, newPassword } })

  describe("POST /api/account/password", () => {
    it("refuses a wrong current password, naming the field, and changes nothing", async () => {
      const cookie = await db.login({ email, password: original })
      const response = await change(cookie, "không đúng", "mật khẩu mới rất dài")
      expect(response.status).toBe(400)
      expect((await readJson<ErrorBody>(response)).issues.map((i) => i.path)).toEqual(["currentPassword"])
      expect((await db.request("/api/auth/me", { cookie })).status).toBe(200)
      expect((await db.request("/api/auth/login", { body: { email, password: original } })).status).toBe(200)
    })

    it("refuses a weak new password, naming the field", async () => {
      const cookie = await db.login({ email, password: original })
      const response = await change(cookie, original, "ngắn")
      expect(response.status).toBe(400)
      expect((await readJson<ErrorBody>(response)).issues.map((i) => i.path)).toEqual(["newPassword"])
    })

    it("needs a signed-in user", async () => {
      const response = await db.request("/api/account/password", {
        body: { currentPassword: original, newPassword: "mật khẩu mới rất dài" },
      })
      expect(response.status).toBe(401)
    })

    it("changes the password, ends every session, and gives this device a new one", async () => {
      const otherDevice = await db.login({ email, password: original })
      const thisDevice = await db.login({ email, password: original })
      const response = await change(thisDevice, original, "mật khẩu mới rất dài")
      expect(response.status).toBe(204)
      const lines = response.headers.getSetCookie()
      const session = lines.find((l) => l.startsWith("bdhv_session="))?.split(";")[0] ?? ""
      const csrf = lines.find((l) => l.startsWith(`${Csrf.cookieName}=`))?.split(";")[0] ?? ""
      expect(session).not.toBe("")
      expect(csrf).toBe(`${Csrf.cookieName}=${Csrf.tokenFor(session.slice("bdhv_session=".length))}`)
      expect((await db.request("/api/auth/me", { cookie: otherDevice })).status).toBe(401)
      expect((await db.request("/api/auth/me", { cookie: thisDevice })).status).toBe(401)
      expect((await db.request("/api/auth/me", { cookie: `${session}; ${csrf}` })).status).toBe(200)
      expect((await db.request("/api/auth/login", { body: { email, password: original } })).status).toBe(401)
      expect(
        (await db.request("/api/auth/login", { body: { email, password: "mật khẩu mới rất dài" } })).status,
      ).toBe(200)
      const entries = await db.sql(
        (sql) => sql<{ before: unknown; after: unknown }>`
          select a.before, a.after from audit_log a join users u on u.id = a.entity_id
          where u.email = ${email} and a.action = 'password_change'`,
      )
      expect(entries).toEqual([{ before: null, after: null }])
    })
  })
})
