/**
 * The registries and classes in Chromium against the real server: a household found by a member,
 * that member highlighted; a person found by a phone number written another way; enrollment search
 * with the class's commune and its audience first; attendance unmarked until tapped and "all present"
 * undone per person; the audit log in words, in Vietnamese and English. Screenshots at 360 and 1280 px.
 */
import { resolve } from "node:path"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Topic from "@bdhv/domain/Topic"
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
if (skipReason !== undefined) console.log(`admin registries ${skipReason}`)

const screenshots = resolve(import.meta.dirname, "../../docs/screenshots")
const pageOptions = { bypassCSP: true } as const
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i

interface Created {
  readonly id: string
  readonly version: number
}

describe.skipIf(skipReason !== undefined)("admin registries and classes in the browser", () => {
  let server: RunningServer
  let browser: Browser
  const ids = { village: "", household: "", head: "", daughter: "", elsewhere: "" }

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

  const person = (context: BrowserContext, fullName: string, birthYear: number, unitId: string, extra = {}) =>
    post<Created>(context, server.url, "/api/people", {
      fullName,
      birth: { year: birthYear },
      sex: "female",
      householdId: null,
      unitId,
      groups: [],
      vneidLevel: 0,
      hasDigitalBankAccount: false,
      ...extra,
    })

  beforeAll(async () => {
    server = await startServer()
    browser = await launchBrowser()
    // The records, written through the API as the district admin.
    const page = await openPage(browser, "desktop", pageOptions)
    await signIn(page)
    const context = page.context()
    const { villageId } = await createCommuneWithVillage(context, server.url, {
      commune: "Xã Hoà Phú",
      code: "10096",
      village: "Thôn Phú Mỹ",
    })
    const other = await createCommuneWithVillage(context, server.url, {
      commune: "Xã Quảng Bị",
      code: "10072",
      village: "Thôn Đồng Bụt",
    })
    ids.village = villageId
    const household = await post<Created>(context, server.url, "/api/households", {
      code: "HP-0042",
      unitId: villageId,
      address: "Xóm Giữa, Thôn Phú Mỹ",
      isRemote: false,
    })
    ids.household = household.id
    ids.head = (await person(context, "Đỗ Văn Hùng", 1950, villageId, { householdId: household.id })).id
    ids.daughter = (
      await person(context, "Đỗ Thị Mai", 1992, villageId, {
        householdId: household.id,
        phone: "0912 345 678",
      })
    ).id
    ids.elsewhere = (await person(context, "Đỗ Thị Xuân", 1948, other.villageId)).id
    const response = await context.request.patch(`${server.url}/api/households/${household.id}`, {
      data: { headId: ids.head, version: household.version },
      headers: {
        "x-csrf-token": decodeURIComponent(
          (await context.cookies()).find((c) => c.name === "bdhv_csrf")?.value ?? "",
        ),
        origin: server.url,
      },
    })
    expect(response.status()).toBe(200)
    await context.close()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  for (const viewport of ["phone", "desktop"] as const) {
    it(`finds a household by a member's name, that member highlighted beside the head (${viewport})`, async () => {
      const page = await openPage(browser, viewport, pageOptions)
      await signIn(page)
      await page.goto(`${server.url}/admin/households`)
      await page.getByRole("heading", { name: "Hộ gia đình", level: 1 }).waitFor()
      await page.getByRole("searchbox").fill("do thi mai")
      await page.getByRole("searchbox").press("Enter")
      const row = page.locator("tbody tr").filter({ hasText: "HP-0042" })
      await row.locator("mark", { hasText: "Đỗ Thị Mai" }).waitFor()
      await expect.poll(() => page.locator("tbody tr").count()).toBe(1)
      await expect.poll(() => row.textContent()).toContain("Đỗ Văn Hùng")
      await check(page, "households-member-match", viewport)

      // By the head's name, the head is the one highlighted.
      await page.getByRole("searchbox").fill("do van hung")
      await page.getByRole("searchbox").press("Enter")
      await row.locator("mark", { hasText: "Đỗ Văn Hùng" }).waitFor()
      await expect.poll(() => row.locator("mark").count()).toBe(1)
      await page.context().close()
    })
  }

  it("finds a person by a phone number written another way", async () => {
    const page = await openPage(browser, "phone", pageOptions)
    await signIn(page)
    await page.goto(`${server.url}/admin/people`)
    await page.getByRole("heading", { name: "Người dân", level: 1 }).waitFor()
    for (const spelling of ["84-912-345-678", "+84912345678"]) {
      await page.getByRole("searchbox").fill(spelling)
      await page.getByRole("searchbox").press("Enter")
      await expect
        .poll(async () =>
          (await page.locator("tbody tr").allTextContents()).map((t) => t.includes("Đỗ Thị Mai")),
        )
        .toEqual([true])
    }
    await check(page, "people-phone-search", "phone")
    await page.context().close()
  })

  it("enrolls with the commune and the audience first, keeps a warning by its name, and undoes 'all present' per person", async () => {
    const page = await openPage(browser, "phone", pageOptions)
    await signIn(page)
    const yesterday = CalendarDate.addDays(CalendarDate.fromInstant(Date.now()), -1)
    const created = await post<Created>(page.context(), server.url, "/api/classes", {
      unitId: ids.village,
      title: "Điện thoại thông minh cho người cao tuổi",
      audience: "elderly",
      topicIds: [...Topic.defaultCoreTopics].slice(0, 1),
      startsAt: `${yesterday}T01:00:00.000Z`,
      durationMinutes: 90,
      mode: "in_person",
      venue: "Nhà văn hoá thôn Phú Mỹ",
      capacity: 10,
      instructorIds: [],
      organizationId: null,
      status: "scheduled",
    })
    await page.goto(`${server.url}/admin/classes/${created.id}`)
    await page.getByRole("heading", { name: "Điện thoại thông minh cho người cao tuổi" }).waitFor()

    // "Đỗ": the commune's elderly man, then its young woman (warned), then the elderly woman elsewhere.
    await page.getByRole("searchbox").fill("do")
    const results = page.locator(".picker-result > span:first-child")
    await expect.poll(() => results.allTextContents()).toEqual(["Đỗ Văn Hùng", "Đỗ Thị Mai", "Đỗ Thị Xuân"])
    await page.getByRole("button", { name: /Đỗ Thị Mai/ }).click()
    await page.getByRole("link", { name: "Đỗ Thị Mai" }).waitFor()
    await page.getByRole("button", { name: /Đỗ Văn Hùng/ }).click()
    await page.getByRole("link", { name: "Đỗ Văn Hùng" }).waitFor()
    // The warning stays beside her name after the next enrollment.
    const maiRow = page.locator(".attendance-row").filter({ hasText: "Đỗ Thị Mai" })
    const hungRow = page.locator(".attendance-row").filter({ hasText: "Đỗ Văn Hùng" })
    await maiRow.getByText(/người cao tuổi \(từ 60 tuổi\); người này \d+ tuổi/).waitFor()
    // Unmarked until tapped.
    await expect.poll(() => page.getByText("Chưa điểm danh", { exact: true }).count()).toBe(2)

    await page.getByRole("button", { name: "Tất cả có mặt" }).click()
    for (const row of [maiRow, hungRow]) {
      await expect
        .poll(() => row.getByRole("button", { name: /^Có mặt/ }).getAttribute("aria-pressed"))
        .toBe("true")
    }
    await page.getByRole("button", { name: "Bỏ đánh dấu: Đỗ Thị Mai" }).click()
    await maiRow.getByText("Chưa điểm danh", { exact: true }).waitFor()
    await expect
      .poll(() => maiRow.getByRole("button", { name: /^Có mặt/ }).getAttribute("aria-pressed"))
      .toBe("false")
    await expect
      .poll(() => hungRow.getByRole("button", { name: /^Có mặt/ }).getAttribute("aria-pressed"))
      .toBe("true")
    await check(page, "class-attendance-undo", "phone")

    // Marked absent instead, and the record agrees.
    await page.getByRole("button", { name: "Vắng: Đỗ Thị Mai" }).click()
    await expect
      .poll(() => maiRow.getByRole("button", { name: /^Vắng/ }).getAttribute("aria-pressed"))
      .toBe("true")
    const enrollments = await get<{ items: ReadonlyArray<{ fullName: string; status: string }> }>(
      page.context(),
      server.url,
      `/api/classes/${created.id}/enrollments`,
    )
    expect(Object.fromEntries(enrollments.items.map((e) => [e.fullName, e.status]))).toEqual({
      "Đỗ Thị Mai": "no_show",
      "Đỗ Văn Hùng": "attended",
    })
    await page.setViewportSize({ width: 1280, height: 800 })
    await check(page, "class-attendance-undo", "desktop")
    await page.context().close()
  })

  for (const viewport of ["phone", "desktop"] as const) {
    it(`names the audit log's records, actions and actors in words, in Vietnamese and English (${viewport})`, async () => {
      const page = await openPage(browser, viewport, pageOptions)
      await signIn(page)
      await page.goto(`${server.url}/admin/audit?entity=person`)
      await page.getByRole("heading", { name: "Nhật ký thao tác", level: 1 }).waitFor()
      const row = page.locator("tbody tr").filter({ hasText: "Đỗ Thị Mai" }).first()
      await row.getByText("Người · Đỗ Thị Mai").waitFor()
      await expect.poll(() => row.textContent()).toContain(admin.email)
      await expect.poll(() => row.textContent()).toMatch(/Thêm|Sửa/)
      await row.getByRole("link", { name: "Đỗ Thị Mai" }).waitFor()
      // No id in sight outside the details of the change.
      const shown = await page.locator("tbody td:not(:last-child)").allTextContents()
      expect(shown.join(" ")).not.toMatch(uuid)
      // The detail of her record: each field by its name, the village by its name, no JSON.
      const created = page
        .locator("tbody tr")
        .filter({ hasText: "Đỗ Thị Mai" })
        .filter({ hasText: "Thêm" })
        .first()
      await created.getByText(/^Chi tiết/).click()
      const fields = created.locator(".audit-fields")
      const field = (name: string) =>
        fields
          .locator("div")
          .filter({ has: page.locator("dt", { hasText: new RegExp(`^${name}$`) }) })
          .locator("dd")
      expect(await field("Họ và tên").innerText()).toBe("Đỗ Thị Mai")
      expect(await field("Đơn vị").innerText()).toBe("Thôn Phú Mỹ")
      expect(await field("Giới tính").innerText()).toBe("Nữ")
      expect(await field("Tài khoản ngân hàng số").innerText()).toBe("Không")
      expect(await field("Ngày sinh hoặc năm sinh").innerText()).toBe("Năm: 1992")
      expect(await field("Hộ gia đình").innerText()).toBe("Xem bản ghi")
      expect(await fields.innerText()).not.toMatch(/[{}"]/)
      expect(await fields.innerText()).not.toMatch(uuid)
      await check(page, "audit-in-words", viewport)

      await page.getByRole("button", { name: /^EN/ }).click()
      await page.getByRole("heading", { name: "Audit log", level: 1 }).waitFor()
      await row.getByText("Person · Đỗ Thị Mai").waitFor()
      await expect.poll(() => row.textContent()).toMatch(/Created|Updated/)
      const createdEn = page
        .locator("tbody tr")
        .filter({ hasText: "Đỗ Thị Mai" })
        .filter({ hasText: "Created" })
        .first()
      const details = createdEn.locator("details.audit-change")
      if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open)))
        await createdEn.getByText(/^Details/).click()
      await createdEn.locator("dt", { hasText: /^Full name$/ }).waitFor()
      expect(await createdEn.locator(".audit-fields").innerText()).toContain("Thôn Phú Mỹ")
      await check(page, "audit-in-words-en", viewport)
      await page.context().close()
    })
  }
})
