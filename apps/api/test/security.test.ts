import { describe, expect, it } from "vitest"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import { makeApp } from "../src/http/app.js"
import * as Log from "../src/Log.js"
import * as Csrf from "../src/security/Csrf.js"
import * as LoginThrottle from "../src/security/LoginThrottle.js"
import * as Security from "../src/security/Security.js"
import { forEachDatabase, readJson, testAdmin } from "./harness.js"

const cookieOf = (response: Response, name: string): string | undefined =>
  response.headers.getSetCookie().find((line) => line.startsWith(`${name}=`))

const cookieValue = (line: string | undefined): string => line?.split(";")[0]?.split("=")[1] ?? ""

forEachDatabase((db) => {
  /** The app as deployed behind one reverse proxy, with one partner origin allowed. */
  const behindProxy = () =>
    makeApp({
      runtime: db.runtime(),
      log: Log.make("silent"),
      secureCookies: false,
      trustProxy: 1,
      corsOrigins: ["https://portal.hanoi.gov.vn"],
    })

  const post = (
    app: ReturnType<typeof makeApp>,
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.request(path, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    })

  describe("session cookies", () => {
    it("are httpOnly, SameSite, on the whole site, and not Secure over plain HTTP in development", async () => {
      const response = await db.request("/api/auth/login", { body: testAdmin })
      const session = cookieOf(response, "bdhv_session") ?? ""
      expect(session).toMatch(/; HttpOnly/)
      expect(session).toMatch(/; SameSite=(Lax|Strict)/)
      expect(session).toMatch(/; Path=\//)
      expect(session).not.toMatch(/; Secure/)
    })

    it("are Secure when the request came over HTTPS through the proxy", async () => {
      const response = await post(behindProxy(), "/api/auth/login", testAdmin, {
        "x-forwarded-for": "203.0.113.7",
        "x-forwarded-proto": "https",
      })
      expect(response.status).toBe(200)
      expect(cookieOf(response, "bdhv_session")).toMatch(/; Secure/)
      expect(cookieOf(response, Csrf.cookieName)).toMatch(/; Secure/)
    })

    it("come with a readable CSRF cookie that is not httpOnly and never sent cross-site", async () => {
      const response = await db.request("/api/auth/login", { body: testAdmin })
      const csrf = cookieOf(response, Csrf.cookieName) ?? ""
      expect(csrf).not.toMatch(/HttpOnly/)
      expect(csrf).toMatch(/; SameSite=Strict/)
      expect(cookieValue(csrf)).toBe(Csrf.tokenFor(cookieValue(cookieOf(response, "bdhv_session"))))
    })

    it("change at every sign-in, and the CSRF token with them", async () => {
      const first = await db.request("/api/auth/login", { body: testAdmin })
      const second = await db.request("/api/auth/login", { body: testAdmin })
      expect(cookieValue(cookieOf(first, "bdhv_session"))).not.toBe(
        cookieValue(cookieOf(second, "bdhv_session")),
      )
      expect(cookieValue(cookieOf(first, Csrf.cookieName))).not.toBe(
        cookieValue(cookieOf(second, Csrf.cookieName)),
      )
    })

    it("are refused once the session has signed out (a stale session)", async () => {
      const cookie = await db.login()
      expect((await db.request("/api/auth/me", { cookie })).status).toBe(200)
      const logout = await db.request("/api/auth/logout", { method: "POST", cookie })
      expect(logout.status).toBe(204)
      expect(cookieOf(logout, Csrf.cookieName)).toMatch(/Max-Age=0/)
      expect((await db.request("/api/auth/me", { cookie })).status).toBe(401)
      expect((await db.request("/api/audit", { cookie })).status).toBe(401)
    })
  })

  describe("CSRF protection", () => {
    it("refuses a cookie-authenticated write without the token, and changes nothing", async () => {
      const cookie = await db.login()
      const session = cookie.split("; ").find((part) => part.startsWith("bdhv_session=")) ?? ""
      const forged = await db.request("/api/auth/logout", {
        method: "POST",
        cookie: session,
        headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      })
      expect(forged.status).toBe(403)
      expect((await readJson<ErrorBody>(forged)).error).toBe("cross_site_request")
      // Same site but no token: still refused.
      const tokenless = await db.request("/api/auth/logout", { method: "POST", cookie: session })
      expect(tokenless.status).toBe(403)
      expect((await readJson<ErrorBody>(tokenless)).error).toBe("csrf_token_invalid")
      // A token of another session is no better.
      const other = await db.request("/api/auth/logout", {
        method: "POST",
        cookie: session,
        headers: { [Csrf.headerName]: Csrf.tokenFor("another-session") },
      })
      expect(other.status).toBe(403)
      expect((await db.request("/api/auth/me", { cookie })).status).toBe(200)
    })

    it("accepts the write with the token from the cookie, as the admin app sends it", async () => {
      const cookie = await db.login()
      const token = /bdhv_csrf=([^;]+)/.exec(cookie)?.[1] ?? ""
      const response = await db.request("/api/auth/logout", {
        method: "POST",
        cookie,
        headers: { [Csrf.headerName]: token, "sec-fetch-site": "same-origin" },
      })
      expect(response.status).toBe(204)
    })

    it("refuses a sign-in posted from another site (login CSRF)", async () => {
      const response = await db.request("/api/auth/login", {
        body: testAdmin,
        headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      })
      expect(response.status).toBe(403)
      expect(cookieOf(response, "bdhv_session")).toBeUndefined()
    })

    it("refuses Origin: null, and an Origin of another host from a browser without Sec-Fetch-Site", async () => {
      for (const origin of ["null", "http://evil.example"]) {
        const response = await db.request("/api/auth/login", { body: testAdmin, headers: { origin } })
        expect(response.status).toBe(403)
      }
      const same = await db.request("/api/auth/login", {
        body: testAdmin,
        headers: { origin: "http://localhost" },
      })
      expect(same.status).toBe(200)
    })

    it("hands the token out again to a session that lost its CSRF cookie", async () => {
      const cookie = await db.login()
      const session = cookie.split("; ").find((part) => part.startsWith("bdhv_session=")) ?? ""
      const me = await db.request("/api/auth/me", { cookie: session })
      expect(cookieValue(cookieOf(me, Csrf.cookieName))).toBe(
        Csrf.tokenFor(session.slice("bdhv_session=".length)),
      )
    })
  })

  describe("login throttling", () => {
    it(`answers 429 with Retry-After after ${LoginThrottle.maxFailures} wrong passwords for one account`, async () => {
      const email = "throttled@test.bdhv.vn"
      const { createUser } = await import("../src/auth/Accounts.js")
      await db.run(
        createUser(
          { email, fullName: "Thử Khoá", password: "mật khẩu đúng 2025", role: "viewer", unitId: null },
          undefined,
        ),
      )
      for (let attempt = 1; attempt <= LoginThrottle.maxFailures; attempt++) {
        const wrong = await db.request("/api/auth/login", { body: { email, password: `sai ${attempt}` } })
        expect(wrong.status).toBe(401)
      }
      const blocked = await db.request("/api/auth/login", { body: { email, password: "mật khẩu đúng 2025" } })
      expect(blocked.status).toBe(429)
      const retryAfter = Number(blocked.headers.get("retry-after"))
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(LoginThrottle.windowMinutes * 60)
      expect((await readJson<ErrorBody>(blocked)).error).toBe("too_many_requests")
      // The account is throttled, not the whole API: another account still signs in.
      expect((await db.request("/api/auth/login", { body: testAdmin })).status).toBe(200)
      // Emails differing only in case are the same account.
      const upper = await db.request("/api/auth/login", {
        body: { email: email.toUpperCase(), password: "x" },
      })
      expect(upper.status).toBe(429)
    })

    it(`checks at most ${LoginThrottle.maxFailures} of 200 wrong passwords sent at once for one account`, async () => {
      const email = "raced@test.bdhv.vn"
      const { createUser } = await import("../src/auth/Accounts.js")
      await db.run(
        createUser(
          { email, fullName: "Thử Đua", password: "mật khẩu đúng 2025", role: "viewer", unitId: null },
          undefined,
        ),
      )
      const statuses = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          db.request("/api/auth/login", { body: { email, password: `sai ${i}` } }).then((r) => r.status),
        ),
      )
      const checked = statuses.filter((status) => status === 401).length
      expect(checked).toBeLessThanOrEqual(LoginThrottle.maxFailures)
      expect(checked + statuses.filter((status) => status === 429).length).toBe(200)
      // The right password is refused too while the account is throttled.
      const right = await db.request("/api/auth/login", { body: { email, password: "mật khẩu đúng 2025" } })
      expect(right.status).toBe(429)
    })

    it(`limits wrong passwords per address across instances, counted in the database (${LoginThrottle.maxAddressFailures})`, async () => {
      const from = { "x-forwarded-for": "198.51.100.77" }
      const statuses: Array<number> = []
      // Three instances behind one balancer: each one's in-memory limiter lets its own allowance through.
      for (let instance = 0; instance < 3; instance++) {
        const app = behindProxy()
        for (let i = 0; i < Security.loginPolicy.limit; i++) {
          const email = `spray${instance}-${i}@test.bdhv.vn`
          statuses.push((await post(app, "/api/auth/login", { email, password: "x" }, from)).status)
        }
      }
      expect(statuses.filter((status) => status === 401).length).toBe(LoginThrottle.maxAddressFailures)
    })

    it("answers 429 to one address trying many accounts, before any password is checked", async () => {
      const app = behindProxy()
      const from = { "x-forwarded-for": "198.51.100.23" }
      let last: Response | undefined
      for (let attempt = 0; attempt < Security.loginPolicy.limit; attempt++) {
        last = await post(
          app,
          "/api/auth/login",
          { email: `guess${attempt}@test.bdhv.vn`, password: "x" },
          from,
        )
        expect(last.status).toBe(401)
      }
      const blocked = await post(app, "/api/auth/login", testAdmin, from)
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0)
      // Another address is not affected; the client cannot pick its address by prepending to the header.
      expect(
        (await post(app, "/api/auth/login", testAdmin, { "x-forwarded-for": "198.51.100.24" })).status,
      ).toBe(200)
      const spoofed = await post(app, "/api/auth/login", testAdmin, {
        "x-forwarded-for": "1.2.3.4, 198.51.100.23",
      })
      expect(spoofed.status).toBe(429)
    })
  })

  describe("public forms", () => {
    it(`answer 429 with Retry-After after ${Security.publicFormPolicy.limit} submissions from one address`, async () => {
      const app = behindProxy()
      const from = { "x-forwarded-for": "192.0.2.50" }
      for (let n = 0; n < Security.publicFormPolicy.limit; n++) {
        const response = await post(app, "/api/public/volunteers", {}, from)
        expect(response.status).not.toBe(429)
      }
      const blocked = await post(app, "/api/public/volunteers", {}, from)
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0)
      // Reading public figures is not limited by the form allowance.
      const read = await app.request("/api/public/progress", { headers: from })
      expect(read.status).not.toBe(429)
    })
  })

  describe("headers", () => {
    it("send a CSP that lets nothing run from an API response, and the usual hardening headers", async () => {
      const response = await db.request("/api/health")
      expect(response.headers.get("content-security-policy")).toContain("default-src 'none'")
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'")
      expect(response.headers.get("x-content-type-options")).toBe("nosniff")
      expect(response.headers.get("x-frame-options")).toBe("DENY")
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
    })

    it("keep CORS closed unless the origin is configured", async () => {
      const closed = await db.request("/api/health", { headers: { origin: "https://portal.hanoi.gov.vn" } })
      expect(closed.headers.get("access-control-allow-origin")).toBeNull()
      const app = behindProxy()
      const allowed = await app.request("/api/health", { headers: { origin: "https://portal.hanoi.gov.vn" } })
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://portal.hanoi.gov.vn")
      const other = await app.request("/api/health", { headers: { origin: "https://evil.example" } })
      expect(other.headers.get("access-control-allow-origin")).toBeNull()
      const preflight = await app.request("/api/auth/logout", {
        method: "OPTIONS",
        headers: {
          origin: "https://portal.hanoi.gov.vn",
          "access-control-request-method": "POST",
          "access-control-request-headers": Csrf.headerName,
        },
      })
      expect(preflight.status).toBe(204)
      expect(preflight.headers.get("access-control-allow-headers")).toContain(Csrf.headerName)
    })
  })
})
