/**
 * The admin app in Chromium against the real server: sign-in, accessibility (axe-core: no serious
 * or critical violation) and screenshots at phone and desktop width.
 */
import { resolve } from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createCommuneWithVillage } from "./adminData.ts"
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

  it("adds a household and a person, validating with the domain's messages, and finds her without accents", async () => {
    const page = await openPage(browser, "desktop")
    await signIn(page)
    await page.getByRole("heading", { name: /Tổng quan/ }).waitFor()
    await createCommuneWithVillage(page.context(), server.url, {
      commune: "Xã Phú Nghĩa",
      code: "10030",
      village: "Thôn Đông Lai",
    })
    // The tree was set up a moment ago, as an administrator would have before: start afresh.
    await page.reload()

    await page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .first()
      .getByRole("link", { name: "Hộ gia đình" })
      .click()
    await page.getByRole("heading", { name: "Hộ gia đình" }).waitFor()
    await page.getByText("Chưa có hộ gia đình nào.").waitFor()
    await check(page, "households-empty", "desktop")

    await page.getByRole("link", { name: "Thêm hộ gia đình" }).first().click()
    await page.getByRole("button", { name: "Lưu" }).click()
    await page.getByText("Vui lòng nhập mã hộ").waitFor()
    await check(page, "household-form-errors", "desktop")
    await page.getByLabel(/^Mã hộ/).fill("PN-0001")
    await page.getByLabel(/^Thôn, tổ dân phố/).selectOption({ label: "Thôn Đông Lai" })
    await page.getByLabel(/^Địa chỉ/).fill("Xóm 3, Thôn Đông Lai")
    await page.getByRole("button", { name: "Lưu" }).click()
    await page.getByRole("heading", { name: "Hộ PN-0001" }).waitFor()

    await page.getByRole("link", { name: "Thêm thành viên" }).click()
    await page.getByRole("heading", { name: "Thêm người dân" }).waitFor()
    await page.getByLabel(/^Họ và tên/).fill("  nguyễn   thị lan ")
    await page
      .getByLabel(/^Ngày sinh/)
      .last()
      .fill("1961-03-08")
    await page.getByLabel(/^Giới tính/).selectOption("female")
    await page.getByLabel("Có tài khoản ngân hàng số").check()
    await page.getByRole("button", { name: "Lưu" }).click()
    await page.getByRole("heading", { name: "Nguyễn Thị Lan" }).waitFor()
    await check(page, "person", "desktop")

    await page.goto(`${server.url}/admin/people`)
    await page.getByRole("searchbox").fill("nguyen thi")
    await page.getByRole("link", { name: "Nguyễn Thị Lan" }).waitFor()
    await check(page, "people", "desktop")
    await page.context().close()
  })
})
