/**
 * The youth campaigns page in Chromium against the real server: a youth union base's campaign added
 * through the form, a youth volunteer approved into it from the volunteers page (the approval asks
 * which campaign or team they join first), the counts per base, and the dashboard's card of them.
 * Screenshots at phone and desktop width.
 */
import { resolve } from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createCommuneWithVillage, get, post } from "./adminData.ts"
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
if (skipReason !== undefined) console.log(`admin youth campaigns ${skipReason}`)

const screenshots = resolve(import.meta.dirname, "../../docs/screenshots")
const pageOptions = { bypassCSP: true } as const

describe.skipIf(skipReason !== undefined)("youth campaigns in the browser", () => {
  let server: RunningServer
  let browser: Browser

  const signIn = async (page: Page) => {
    await page.goto(`${server.url}/admin/`)
    await page.getByLabel(/Thư điện tử/).fill(admin.email)
    await page.getByLabel(/Mật khẩu/).fill(admin.password)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.getByRole("heading", { name: /Tổng quan/ }).waitFor()
  }

  const check = async (page: Page, name: string, viewport: ViewportName) => {
    expect(await axeViolations(page), `${name} at ${viewport}`).toEqual([])
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, resolve(screenshots, `admin-${name}-${viewport}.png`))
  }

  beforeAll(async () => {
    server = await startServer()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it("adds a campaign, approves a youth volunteer into it, and counts the base's volunteers", async () => {
    const page = await openPage(browser, "desktop", pageOptions)
    await signIn(page)
    const context = page.context()
    const { communeId, villageId } = await createCommuneWithVillage(context, server.url, {
      commune: "Xã Phú Nghĩa",
      code: "10030",
      village: "Thôn Đông Lai",
    })
    await post(context, server.url, "/api/organizations", {
      name: "Đoàn Thanh niên xã Phú Nghĩa",
      kind: "youth_union_base",
      unitId: communeId,
    })
    for (const [fullName, phone] of [
      ["Nguyễn Văn Khoa", "0912 700 001"],
      ["Trần Thị Mai", "0912 700 002"],
    ] as const) {
      const applied = await context.request.post(`${server.url}/api/public/volunteers`, {
        data: {
          fullName,
          phone,
          birthYear: "2003",
          unitId: villageId,
          role: "youth_volunteer",
          topicIds: ["vneid"],
          consent: true,
          website: "",
          elapsedMs: 15_000,
        },
      })
      expect(applied.status()).toBe(201)
    }

    await page.goto(`${server.url}/admin/youth-campaigns`)
    await page.getByRole("heading", { name: "Chiến dịch thanh niên" }).waitFor()
    await page.getByText("Chưa có chiến dịch nào.").first().waitFor()
    await page.getByRole("button", { name: "Thêm chiến dịch" }).click()
    await page.getByText("Vui lòng nhập chủ đề").waitFor()
    await page.getByLabel(/^Cơ sở đoàn/).selectOption({ label: "Đoàn Thanh niên xã Phú Nghĩa" })
    await page.getByLabel(/^Chủ đề/).fill("Mùa hè xanh số 2026")
    await page.getByLabel(/^Từ ngày/).fill("2026-06-01")
    await page.getByLabel(/^Đến ngày/).fill("2026-05-01")
    await page.getByRole("button", { name: "Thêm chiến dịch" }).click()
    await page.getByText(/Ngày kết thúc \(2026-05-01\) trước ngày bắt đầu/).waitFor()
    await page.getByLabel(/^Đến ngày/).fill("2026-08-31")
    await page.getByRole("button", { name: "Thêm chiến dịch" }).click()
    await page.getByText("Mùa hè xanh số 2026", { exact: true }).waitFor()

    await page.goto(`${server.url}/admin/volunteers`)
    const khoa = page.getByRole("row").filter({ hasText: "Nguyễn Văn Khoa" })
    await khoa.waitFor()
    // Approving names what the volunteer joins: without it the field says so and no dialog opens.
    await khoa.getByRole("button", { name: "Duyệt" }).click()
    await khoa.getByText("Chọn chiến dịch hoặc tổ mà tình nguyện viên tham gia khi duyệt").waitFor()
    expect(await page.getByRole("alertdialog").count()).toBe(0)
    await khoa.getByLabel(/^Tham gia/).selectOption({ label: "Chiến dịch: Mùa hè xanh số 2026" })
    await khoa.getByRole("button", { name: "Duyệt" }).click()
    const dialog = page.getByRole("alertdialog")
    await dialog.getByText(/Người này sẽ tham gia Chiến dịch: Mùa hè xanh số 2026/).waitFor()
    await dialog.getByRole("button", { name: "Duyệt" }).click()
    await khoa.waitFor({ state: "detached" })
    await page.getByRole("row").filter({ hasText: "Trần Thị Mai" }).waitFor()

    await page.goto(`${server.url}/admin/youth-campaigns`)
    const row = page.getByRole("row").filter({ hasText: "Đoàn Thanh niên xã Phú Nghĩa" })
    await expect
      .poll(() => row.getByRole("cell").allTextContents())
      .toEqual(["Đoàn Thanh niên xã Phú Nghĩa", "1", "1", "0", "0"])
    await page.getByText("1 tình nguyện viên").waitFor()
    const counts = await get<ReadonlyArray<{ volunteers: number }>>(
      context,
      server.url,
      "/api/youth-campaigns/counts",
    )
    expect(counts.map((c) => c.volunteers)).toEqual([1])
    await check(page, "youth-campaigns", "desktop")
    await context.close()

    const phone = await openPage(browser, "phone", pageOptions)
    await signIn(phone)
    await phone.goto(`${server.url}/admin/youth-campaigns`)
    await phone.getByText("1 tình nguyện viên").waitFor()
    await check(phone, "youth-campaigns", "phone")

    // The approval form on a phone: the field asks for the campaign or team, then the dialog names it.
    await phone.goto(`${server.url}/admin/volunteers`)
    const mai = phone.getByRole("row").filter({ hasText: "Trần Thị Mai" })
    await mai.getByRole("button", { name: "Duyệt" }).click()
    await mai.getByText("Chọn chiến dịch hoặc tổ mà tình nguyện viên tham gia khi duyệt").waitFor()
    expect(await axeViolations(phone), "volunteer approval at phone").toEqual([])
    await mai.screenshot({ path: resolve(screenshots, "admin-volunteer-approval-phone.png") })
    await mai.getByLabel(/^Tham gia/).selectOption({ label: "Chiến dịch: Mùa hè xanh số 2026" })
    await mai.getByRole("button", { name: "Duyệt" }).click()
    await phone
      .getByRole("alertdialog")
      .getByText(/Người này sẽ tham gia/)
      .waitFor()
    await screenshot(phone, resolve(screenshots, "admin-volunteer-approval-dialog-phone.png"))
    await phone.getByRole("alertdialog").getByRole("button", { name: "Duyệt" }).click()
    await mai.waitFor({ state: "detached" })

    // The dashboard's card: the base ranked with its volunteers, sessions held and people helped.
    await phone.goto(`${server.url}/admin/`)
    const card = phone.locator("section.youth-bases")
    const baseRow = card.getByRole("row").filter({ hasText: "Đoàn Thanh niên xã Phú Nghĩa" })
    await expect
      .poll(() => baseRow.evaluate((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText)))
      .toEqual(["1", "Đoàn Thanh niên xã Phú Nghĩa", "2", "0", "0"])
    expect(await axeViolations(phone), "dashboard youth card at phone").toEqual([])
    await card.scrollIntoViewIfNeeded()
    await card.screenshot({ path: resolve(screenshots, "admin-dashboard-youth-phone.png") })
    await phone.context().close()
  })
})
