/**
 * The sign-up queue in Chromium against the real server: three residents sign up on the public
 * endpoint; the commune officer sees the count on the dashboard, opens the queue, accepts one as a new
 * person with a new household, rejects one with a reason, and finds the third already on the register
 * among the suggested people. Screenshots of the queue and the review at phone and desktop width.
 */
import { resolve } from "node:path"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createCommuneWithVillage, createUser, get, post } from "./adminData.ts"
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
if (skipReason !== undefined) console.log(`admin sign-ups ${skipReason}`)

const screenshots = resolve(import.meta.dirname, "../../docs/screenshots")
const pageOptions = { bypassCSP: true } as const
const officer = { email: "canbo.phunghia@bdhv.test", password: "Cán bộ xã Phú Nghĩa 2025" } as const

describe.skipIf(skipReason !== undefined)("the sign-up queue in the browser", () => {
  let server: RunningServer
  let browser: Browser
  let classId = ""

  const signIn = async (page: Page, who: { email: string; password: string }) => {
    await page.goto(`${server.url}/admin/`)
    await page.getByLabel(/Thư điện tử/).fill(who.email)
    await page.getByLabel(/Mật khẩu/).fill(who.password)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.getByRole("heading", { name: /Tổng quan/ }).waitFor()
  }

  const check = async (page: Page, name: string, viewport: ViewportName) => {
    expect(await axeViolations(page), `${name} at ${viewport}`).toEqual([])
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, resolve(screenshots, `admin-${name}-${viewport}.png`))
  }

  /** A sign-up as the landing's form sends it. */
  const signUp = async (
    context: BrowserContext,
    villageId: string,
    fullName: string,
    phone: string,
    birthYear: number,
  ) => {
    const response = await context.request.post(`${server.url}/api/public/classes/${classId}/registrations`, {
      data: {
        fullName,
        phone,
        birthYear: String(birthYear),
        unitId: villageId,
        needs: birthYear < 1966 ? ["elderly"] : [],
        topicIds: [],
        classId,
        consent: true,
        website: "",
        elapsedMs: 15_000,
      },
    })
    expect(response.status(), await response.text()).toBe(201)
  }

  beforeAll(async () => {
    server = await startServer()
    browser = await launchBrowser()
    const setup = await openPage(browser, "desktop", pageOptions)
    await signIn(setup, admin)
    const context = setup.context()
    const { communeId, villageId } = await createCommuneWithVillage(context, server.url, {
      commune: "Xã Phú Nghĩa",
      code: "10030",
      village: "Thôn Đông Lai",
    })
    const household = await post<{ id: string }>(context, server.url, "/api/households", {
      code: "PN-0001",
      unitId: villageId,
      isRemote: false,
    })
    await post(context, server.url, "/api/people", {
      fullName: "Trần Thị Mai",
      birth: { year: 1961 },
      sex: "female",
      householdId: household.id,
      unitId: villageId,
      groups: [],
      vneidLevel: 1,
      hasDigitalBankAccount: false,
      phone: "0912 345 678",
    })
    classId = (
      await post<{ id: string }>(context, server.url, "/api/classes", {
        unitId: villageId,
        title: "Cài đặt và dùng VNeID",
        audience: "community",
        topicIds: ["vneid"],
        startsAt: "2027-03-10T01:00:00.000Z",
        durationMinutes: 90,
        mode: "in_person",
        venue: "Nhà văn hoá Thôn Đông Lai",
        capacity: 20,
        instructorIds: [],
        organizationId: null,
        status: "scheduled",
      })
    ).id
    await createUser(context, server.url, {
      email: officer.email,
      fullName: "Cán bộ Phú Nghĩa",
      password: officer.password,
      role: "commune_officer",
      unitId: communeId,
    })
    await signUp(context, villageId, "lê văn hùng", "0987 654 321", 1950)
    await signUp(context, villageId, "Phạm Thị Thu", "0911 222 333", 1988)
    await signUp(context, villageId, "tran thi mai", "0912345678", 1961)
    await context.close()
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it("accepts one sign-up as a new person with a household and rejects another with a reason", async () => {
    const page = await openPage(browser, "desktop", pageOptions)
    await signIn(page, officer)
    await page.getByRole("link", { name: "3 đăng ký học đang chờ xét →" }).click()
    await page.getByRole("heading", { name: "Đăng ký học chờ xét" }).waitFor()
    await expect.poll(() => page.getByRole("row").count()).toBe(4)
    await check(page, "sign-ups-queue", "desktop")

    // Accept: the form asks what the public form did not.
    await page.getByRole("link", { name: "Xét: Lê Văn Hùng" }).click()
    await page.getByRole("heading", { name: "Lê Văn Hùng" }).waitFor()
    await page.getByText("Không có ai trùng họ tên hoặc số điện thoại.").waitFor()
    await page.getByRole("button", { name: "Nhận và thêm vào danh sách" }).click()
    await page.getByText("Chọn giới tính").waitFor()
    await page.getByText("Vui lòng nhập mã hộ").first().waitFor()
    await page.getByLabel(/^Giới tính/).selectOption("male")
    await page.getByLabel(/^Mã hộ/).fill("PN-0002")
    await page.getByRole("button", { name: "Nhận và thêm vào danh sách" }).click()
    await page.getByText("Đã nhận", { exact: true }).waitFor()
    await page.getByRole("link", { name: "Mở hồ sơ người dân" }).click()
    await page.getByRole("heading", { name: /Lê Văn Hùng/ }).waitFor()

    // Reject: a reason is needed, then a confirmation.
    await page.goto(`${server.url}/admin/sign-ups`)
    await page.getByRole("link", { name: "Xét: Phạm Thị Thu" }).click()
    await page.getByRole("heading", { name: "Phạm Thị Thu" }).waitFor()
    await page.getByRole("button", { name: "Từ chối" }).click()
    await page.getByText("Vui lòng ghi lý do từ chối").waitFor()
    await page.getByLabel(/^Lý do từ chối/).fill("Đã đăng ký lớp ở xã khác")
    await page.getByRole("button", { name: "Từ chối" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Từ chối" }).click()
    await page.getByText("Đã từ chối", { exact: true }).waitFor()
    await page.getByText("Đã đăng ký lớp ở xã khác").waitFor()

    const context = page.context()
    const people = await get<{
      items: ReadonlyArray<{ fullName: string; sex: string; householdId: string | null }>
    }>(context, server.url, "/api/people?q=le%20van%20hung")
    expect(people.items).toHaveLength(1)
    expect(people.items[0]).toMatchObject({ fullName: "Lê Văn Hùng", sex: "male" })
    expect(people.items[0]!.householdId).not.toBeNull()
    const thu = await get<{ total: number }>(context, server.url, "/api/people?q=pham%20thi%20thu")
    expect(thu.total).toBe(0)
    expect(await get(context, server.url, "/api/sign-ups/pending-count")).toEqual({ pending: 1 })
    await page.goto(`${server.url}/admin/`)
    await page.getByRole("link", { name: "1 đăng ký học đang chờ xét →" }).waitFor()
    await context.close()
  })

  for (const viewport of ["phone", "desktop"] as const) {
    it(`suggests the resident already on the register first (${viewport})`, async () => {
      const page = await openPage(browser, viewport, pageOptions)
      await signIn(page, officer)
      await page.goto(`${server.url}/admin/sign-ups`)
      await page.getByRole("heading", { name: "Đăng ký học chờ xét" }).waitFor()
      if (viewport === "phone") await check(page, "sign-ups-queue", viewport)
      await page.getByRole("link", { name: "Xét: Tran Thi Mai" }).click()
      await page.getByRole("heading", { name: "Tran Thi Mai" }).waitFor()
      const candidate = page.locator(".candidate").first()
      await candidate.getByText("Trần Thị Mai").waitFor()
      await candidate.getByText("Trùng: họ tên, số điện thoại, năm sinh, xã").waitFor()
      await check(page, "sign-up-review", viewport)
      await page.context().close()
    })
  }
})
