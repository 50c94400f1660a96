/**
 * The admin app in Chromium against the real server: sign-in, accessibility (axe-core: no serious
 * or critical violation) and screenshots at phone and desktop width.
 */
import { resolve } from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { admin, type RunningServer, startServer } from "./adminServer.ts"
import {
  axeViolations,
  browserUnavailable,
  launchBrowser,
  openPage,
  screenshot,
  type ViewportName,
} from "./browser.ts"

const skipReason = browserUnavailable()
if (skipReason !== undefined) console.log(`admin ${skipReason}`)

const screenshots = resolve(import.meta.dirname, "../../docs/screenshots")

describe.skipIf(skipReason !== undefined)("admin app in the browser", () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    server = await startServer()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const signIn = async (page: Page, email: string = admin.email, password: string = admin.password) => {
    await page.goto(`${server.url}/admin/`)
    await page.getByLabel(/Thư điện tử/).fill(email)
    await page.getByLabel(/Mật khẩu/).fill(password)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
  }

  /** Checks the page with axe and photographs it as docs/screenshots/admin-<name>-<viewport>.png. */
  const check = async (page: Page, name: string, viewport: ViewportName) => {
    const violations = await axeViolations(page)
    expect(violations, `${name} at ${viewport}`).toEqual([])
    await screenshot(page, resolve(screenshots, `admin-${name}-${viewport}.png`))
  }

  for (const viewport of ["phone", "desktop"] as const) {
    it(`sends a visitor to sign in, and signs in (${viewport})`, async () => {
      const page = await openPage(browser, viewport)
      await page.goto(`${server.url}/admin/households`)
      await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/login")
      await page.getByRole("heading", { name: "Đăng nhập" }).waitFor()
      await check(page, "login", viewport)

      await page.getByLabel(/Thư điện tử/).fill(admin.email)
      await page.getByLabel(/Mật khẩu/).fill("not the password")
      await page.getByRole("button", { name: "Đăng nhập" }).click()
      await page.getByRole("alert").filter({ hasText: "không đúng" }).waitFor()

      await signIn(page)
      await page.getByRole("heading", { name: /Tổng quan/ }).waitFor()
      await page.context().close()
    })
  }
})
