import { Effect, Exit, Redacted } from "effect"
import { describe, expect, it } from "vitest"
import { createUser } from "../src/auth/Accounts.js"
import { AppConfig, type AppConfigShape } from "../src/Config.js"
import * as FirstAdmin from "../src/users/FirstAdmin.js"
import { forEachDatabase } from "./harness.js"

forEachDatabase((db) => {
  const withConfig = (changes: Partial<AppConfigShape>) =>
    FirstAdmin.ensure().pipe(Effect.provideService(AppConfig, { ...db.config(), ...changes }))

  const disableAdmins = () =>
    db.sql(
      (sql) =>
        sql`update users set disabled_at = now() where role = 'district_admin' and disabled_at is null`,
    )

  describe("the first district admin", () => {
    it("is not made again once a district admin exists", async () => {
      expect(await db.run(withConfig({ initialAdmin: undefined }))).toEqual({ _tag: "Exists" })
    })

    it("refuses a production start with an enabled demo account", async () => {
      await db.run(
        createUser(
          {
            email: "canbo@demo.bdhv.vn",
            fullName: "Cán bộ thử",
            password: "mật khẩu bản thử",
            role: "viewer",
            unitId: null,
          },
          undefined,
        ),
      )
      const exit = await db.runtime().runPromiseExit(withConfig({ nodeEnv: "production" }))
      expect(Exit.isFailure(exit)).toBe(true)
      expect(String(exit)).toContain("canbo@demo.bdhv.vn")
      await db.sql((sql) => sql`update users set disabled_at = now() where email = 'canbo@demo.bdhv.vn'`)
      expect(await db.run(withConfig({ nodeEnv: "production" }))).toEqual({ _tag: "Exists" })
    })

    it("refuses a production start with no admin and no BDHV_ADMIN_* to make one", async () => {
      await disableAdmins()
      const exit = await db
        .runtime()
        .runPromiseExit(withConfig({ nodeEnv: "production", initialAdmin: undefined }))
      expect(Exit.isFailure(exit)).toBe(true)
      expect(String(exit)).toContain("BDHV_ADMIN_EMAIL")
    })

    it("is made from BDHV_ADMIN_EMAIL and BDHV_ADMIN_PASSWORD when none exists", async () => {
      const outcome = await db.run(
        withConfig({
          nodeEnv: "production",
          initialAdmin: {
            email: "quantri@chuongmy.gov.vn",
            password: Redacted.make("một mật khẩu thật dài"),
          },
        }),
      )
      expect(outcome).toEqual({ _tag: "FromEnvironment", email: "quantri@chuongmy.gov.vn" })
      const login = await db.request("/api/auth/login", {
        body: { email: "quantri@chuongmy.gov.vn", password: "một mật khẩu thật dài" },
      })
      expect(login.status).toBe(200)
    })

    it("is generated on a demo (not production) and printed once: only its hash is stored", async () => {
      await disableAdmins()
      const outcome = await db.run(withConfig({ nodeEnv: "development", initialAdmin: undefined }))
      if (outcome._tag !== "Generated") throw new Error(`expected a generated admin, got ${outcome._tag}`)
      const password = Redacted.value(outcome.password)
      expect(outcome.email).toBe(FirstAdmin.demoAdminEmail)
      expect(password.length).toBeGreaterThanOrEqual(20)
      expect(FirstAdmin.announce(outcome)).toContain(password)
      const login = await db.request("/api/auth/login", { body: { email: outcome.email, password } })
      expect(login.status).toBe(200)
      const stored = await db.sql((sql) => sql<{ row: string }>`select u::text as row from users u`)
      expect(stored.some((r) => r.row.includes(password))).toBe(false)
      // The next start finds it and prints nothing.
      expect(await db.run(withConfig({ nodeEnv: "development", initialAdmin: undefined }))).toEqual({
        _tag: "Exists",
      })
      // A demo database is never served in production.
      const exit = await db.runtime().runPromiseExit(withConfig({ nodeEnv: "production" }))
      expect(Exit.isFailure(exit)).toBe(true)
    })
  })
})
