/**
 * The periodic reports in Chromium against the real server: a commune officer writes and submits the
 * commune's report for the last month that has ended, on a phone; the district admin, another account,
 * sees it counted on the dashboard and in the list, approves it on a desk, and opens the printable copy.
 * Each page is checked with axe and photographed at 360 px and 1280 px.
 */
import { resolve } from "node:path"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Report from "@bdhv/domain/Report"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createUser, unitByCode } from "./adminData.ts"
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
if (skipReason !== undefined) console.log(`admin reports ${skipReason}`)

const screenshots = resolve(import.meta.dirname, "../../docs/screenshots")
/** The server's CSP (script-src 'self') would refuse axe-core's injected script; only the test lifts it. */
const pageOptions = { bypassCSP: true } as const

const officer = {
  email: "canbo.chuongmy@bdhv.test",
  fullName: "Nguyễn Thị Thu",
  password: "e2e-Commune-Officer-2025",
} as const

describe.skipIf(skipReason !== undefined)("periodic reports in the browser", () => {
  let server: RunningServer
  let browser: Browser
  let communeId: string
  const period = Report.lastEnded("month", CalendarDate.fromInstant(Date.now()))
  const periodName = Report.periodName(period).vi

  beforeAll(async () => {
    server = await startServer()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const signIn = async (page: Page, email: string, password: string) => {
    await page.goto(`${server.url}/admin/`)
    await page.getByLabel(/Thư điện tử/).fill(email)
    await page.getByLabel(/Mật khẩu/).fill(password)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.getByRole("heading", { name: /Tổng quan/ }).waitFor()
  }

  const check = async (page: Page, name: string, viewport: ViewportName) => {
    const violations = await axeViolations(page)
    expect(violations, `${name} at ${viewport}`).toEqual([])
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, resolve(screenshots, `admin-${name}-${viewport}.png`))
  }

  it("a commune officer writes and submits the commune's report on a phone", async () => {
    const page = await openPage(browser, "phone", pageOptions)
    await signIn(page, admin.email, admin.password)
    const today = CalendarDate.fromInstant(Date.now())
    const found = await unitByCode(page.context(), server.url, "10015", today)
    if (found === undefined) throw new Error("the tree has no phường Chương Mỹ (10015)")
    communeId = found
    await createUser(page.context(), server.url, { ...officer, role: "commune_officer", unitId: communeId })
    await page.context().clearCookies()

    await signIn(page, officer.email, officer.password)
    await page.goto(`${server.url}/admin/reports`)
    await page.getByRole("heading", { name: /Báo cáo định kỳ/ }).waitFor()
    const row = page.getByRole("row", { name: /Phường Chương Mỹ/ })
    await expect.poll(() => row.textContent()).toContain("Chưa lập")
    await check(page, "reports", "phone")

    await row.getByRole("link", { name: /Mở báo cáo/ }).click()
    await page.getByRole("heading", { name: new RegExp(`Phường Chương Mỹ.*${periodName}`) }).waitFor()
    // Submitting without saying what was done is refused, on the field.
    await page.getByRole("button", { name: "Gửi báo cáo" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Gửi báo cáo" }).click()
    await page.getByRole("alert").filter({ hasText: "Hãy ghi kết quả đã làm được" }).waitFor()

    await page.getByLabel(/Kết quả đã làm được/).fill("Mở 6 lớp kỹ năng số cơ bản cho 180 người; đi 120 hộ.")
    await page.getByLabel(/Khó khăn, vướng mắc/).fill("Nhiều người cao tuổi chưa có điện thoại thông minh.")
    await page.getByLabel(/Đề xuất, kiến nghị/).fill("Đề nghị hỗ trợ 10 máy tính bảng cho tổ công nghệ số.")
    await page.getByRole("button", { name: "Lưu nháp" }).click()
    await expect.poll(() => page.locator(".report-meta").textContent()).toContain("Đang soạn")
    await check(page, "report-draft", "phone")
    await page.getByRole("button", { name: "Gửi báo cáo" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Gửi báo cáo" }).click()
    await expect.poll(() => page.locator(".report-meta").textContent()).toContain("Đã gửi, chờ duyệt")
    // Submitted: the commune reads it and can neither edit nor approve it.
    expect(await page.getByLabel(/Kết quả đã làm được/).count()).toBe(0)
    expect(await page.getByRole("button", { name: "Phê duyệt" }).count()).toBe(0)
    await page.getByText("Mở 6 lớp kỹ năng số cơ bản").waitFor()
    await page.context().close()
  })

  it("the district admin sees it counted, approves it, and prints the signed copy", async () => {
    const page = await openPage(browser, "desktop", pageOptions)
    await signIn(page, admin.email, admin.password)
    const card = page.getByRole("region", { name: /Báo cáo .* của các xã/ })
    await expect.poll(() => card.textContent()).toMatch(/đã gửi \(1\/\d+ xã\)/)

    await card.getByRole("link", { name: "Xem các báo cáo" }).click()
    const row = page.getByRole("row", { name: /Phường Chương Mỹ/ })
    await expect.poll(() => row.textContent()).toContain("Đã gửi, chờ duyệt")
    await check(page, "reports", "desktop")
    await row.getByRole("link", { name: /Mở báo cáo/ }).click()
    await page.getByRole("button", { name: "Phê duyệt" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Phê duyệt" }).click()
    await expect.poll(() => page.locator(".report-meta").textContent()).toContain("Đã duyệt")
    await page.getByRole("columnheader", { name: "Chênh lệch" }).waitFor()
    await page
      .getByText(/Duyệt: .*/)
      .first()
      .waitFor()
    expect(await page.getByRole("link", { name: "Tải XLSX" }).getAttribute("href")).toContain("report.xlsx")
    await check(page, "report-approved", "desktop")
    const history = await page.locator(".report-history").textContent()
    expect(history).toContain(officer.fullName)
    expect(history).toContain("Phê duyệt")

    await page.getByRole("link", { name: "Bản in" }).click()
    await page.getByText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").waitFor()
    await page.getByText("THỦ TRƯỞNG ĐƠN VỊ").waitFor()
    await check(page, "report-print", "desktop")
    await page.emulateMedia({ media: "print" })
    // On paper only the sheet shows: the menu is hidden.
    expect(await page.getByRole("navigation", { name: "Điều hướng chính" }).first().isVisible()).toBe(false)
    await page.emulateMedia({ media: "screen" })
    const printUrl = page.url()
    await page.context().close()

    const phone = await openPage(browser, "phone", pageOptions)
    await signIn(phone, admin.email, admin.password)
    await phone.goto(printUrl)
    await phone.getByText("CẤP PHÊ DUYỆT").waitFor()
    await check(phone, "report-print", "phone")
    await phone.goto(`${server.url}/admin/reports/${communeId}/${period}`)
    await phone.getByRole("columnheader", { name: "Chênh lệch" }).waitFor()
    await check(phone, "report-approved", "phone")
    await phone.context().close()
  })
})
