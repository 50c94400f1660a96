import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Redacted } from "effect"
import { describe, expect, it } from "vitest"
import { ConfigInvalid, fromEnvironment } from "../src/Config.js"

const secretFile = (contents: string) => {
  const path = join(mkdtempSync(join(tmpdir(), "bdhv-secret-")), "admin-password")
  writeFileSync(path, contents)
  return path
}

describe("security configuration", () => {
  it("keeps CORS closed and trusts no proxy unless configured", () => {
    const config = fromEnvironment({})
    expect(config.corsOrigins).toEqual([])
    expect(config.trustProxy).toBe(0)
  })

  it("reads the allowed origins and the proxy count", () => {
    const config = fromEnvironment({
      CORS_ORIGINS: "https://portal.hanoi.gov.vn, http://localhost:5174",
      BDHV_TRUST_PROXY: "1",
    })
    expect(config.corsOrigins).toEqual(["https://portal.hanoi.gov.vn", "http://localhost:5174"])
    expect(config.trustProxy).toBe(1)
  })

  it("names a bad origin list", () => {
    expect(() => fromEnvironment({ CORS_ORIGINS: "*" })).toThrow(/CORS_ORIGINS="\*"/)
    expect(() => fromEnvironment({ CORS_ORIGINS: "https://a.vn/path" })).toThrow(ConfigInvalid)
  })

  it("reads the first admin's password from a file, without its trailing newline", () => {
    const config = fromEnvironment({
      BDHV_ADMIN_EMAIL: "admin@chuongmy.gov.vn",
      BDHV_ADMIN_PASSWORD_FILE: secretFile("một mật khẩu dài đủ\n"),
    })
    expect(config.initialAdmin?.email).toBe("admin@chuongmy.gov.vn")
    expect(Redacted.value(config.initialAdmin?.password ?? Redacted.make(""))).toBe("một mật khẩu dài đủ")
  })

  it("refuses a password given both inline and in a file, an empty file, or a missing one", () => {
    const file = secretFile("x".repeat(20))
    expect(() =>
      fromEnvironment({ BDHV_ADMIN_PASSWORD: "y".repeat(20), BDHV_ADMIN_PASSWORD_FILE: file }),
    ).toThrow(/not both/)
    expect(() => fromEnvironment({ BDHV_ADMIN_PASSWORD_FILE: secretFile("\n") })).toThrow(/empty/)
    expect(() => fromEnvironment({ BDHV_ADMIN_PASSWORD_FILE: "/no/such/secret" })).toThrow(ConfigInvalid)
  })

  it("refuses a short first-admin password in production", () => {
    expect(() =>
      fromEnvironment({
        NODE_ENV: "production",
        BDHV_ADMIN_EMAIL: "a@b.vn",
        BDHV_ADMIN_PASSWORD: "admin123",
      }),
    ).toThrow(/at least 12 characters/)
    expect(() =>
      fromEnvironment({
        NODE_ENV: "development",
        BDHV_ADMIN_EMAIL: "a@b.vn",
        BDHV_ADMIN_PASSWORD: "admin123",
      }),
    ).not.toThrow()
  })
})
