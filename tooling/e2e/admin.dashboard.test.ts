/**
 * The dashboard as a district officer decides with it, in Chromium against the real server: the
 * communes ranked in one table and sorted by an indicator, the map shaded by value with its legend
 * (labels following the reader's text size), the violations filtered by rule and unit level, the
 * period comparison; a page's skeleton while its data is on the way; and a commune officer's menu
 * without the pages the role cannot use. Screenshots at 360 px and 1280 px go to docs/screenshots/.
 */
import { resolve } from "node:path"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Topic from "@bdhv/domain/Topic"
import type { Browser, BrowserContext, Locator, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  createHouseholdWithMembers,
  createTeam,
  createUnit,
  createUser,
  get,
  post,
  recordSkills,
} from "./adminData.ts"
import { admin, type RunningServer, startServer } from "./adminServer.ts"
import { axeViolations, browserUnavailable, launchBrowser, openPage, type ViewportName } from "./browser.ts"

const skipReason = browserUnavailable()
if (skipReason !== undefined) console.log(`admin dashboard ${skipReason}`)

const screenshots = resolve(import.meta.dirname, "../../docs/screenshots")
const pageOptions = { bypassCSP: true } as const

interface Report {
  readonly unit: { readonly id: string; readonly name: string }
  readonly children: ReadonlyArray<{
    readonly unit: { readonly id: string; readonly name: string; readonly code: string | null }
  }>
}

describe.skipIf(skipReason !== undefined)("the dashboard in the browser", () => {
  let server: RunningServer
  let browser: Browser
  /** Commune name → households with a skilled member, of two. */
  const skilledBy = new Map<string, number>()

  /** The district admin's session cookies, once signed in: later pages reuse the session. */
  let adminCookies: Awaited<ReturnType<BrowserContext["cookies"]>> = []

  /**
   * Opens the dashboard as `email`. The district admin signs in through the form once; later pages take
   * that session's cookies, as a second tab would (the API allows 20 sign-ins per address in 5 minutes,
   * fewer than this file's pages).
   */
  const signIn = async (page: Page, email: string = admin.email, password: string = admin.password) => {
    if (email === admin.email && adminCookies.length > 0) {
      await page.context().addCookies(adminCookies)
      await page.goto(`${server.url}/admin/`)
      await page.getByRole("heading", { name: /Tổng quan/ }).waitFor()
      return
    }
    await page.goto(`${server.url}/admin/`)
    await page.getByLabel(/Thư điện tử/).fill(email)
    await page.getByLabel(/Mật khẩu/).fill(password)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.getByRole("heading", { name: /Tổng quan/ }).waitFor()
    if (email === admin.email) adminCookies = await page.context().cookies()
  }

  /** Photographs one part of the page as docs/screenshots/admin-<name>-<viewport>.png. */
  const shoot = async (part: Locator, name: string, viewport: ViewportName) => {
    await part.scrollIntoViewIfNeeded()
    await part.screenshot({ path: resolve(screenshots, `admin-${name}-${viewport}.png`) })
  }

  beforeAll(async () => {
    server = await startServer()
    browser = await launchBrowser()
    const page = await openPage(browser, "desktop", pageOptions)
    await signIn(page)
    const context = page.context()
    // The deployment's scope (Chương Mỹ) and the communes that cover it today.
    const report = await get<Report>(context, server.url, "/api/indicators")
    const lastMonth = CalendarDate.addDays(CalendarDate.fromInstant(Date.now()), -30)
    let n = 0
    for (const child of report.children) {
      const skilled = [2, 1, 0][n % 3]!
      skilledBy.set(child.unit.name, skilled)
      const village = await createUnit(context, server.url, {
        code: null,
        name: `Thôn Thử ${n}`,
        kind: "thon",
        validFrom: "2025-07-01",
        parentId: child.unit.id,
      })
      for (let i = 0; i < 2; i++) {
        const { people } = await createHouseholdWithMembers(
          context,
          server.url,
          { code: `DASH-${n}-${i}`, villageId: village.id },
          [{ fullName: `Người Dân ${n} Số ${i}`, birthYear: 1970 + i, sex: i === 0 ? "female" : "male" }],
        )
        if (i < skilled)
          await recordSkills(context, server.url, people[0]!.id, Topic.defaultCoreTopics, lastMonth)
      }
      n++
    }
    await context.close()
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  /** The table's rows as [rank, unit, value of the "Gia đình số" column]. */
  const tableRows = async (page: Page) => {
    const table = page.locator("table.ranking-table")
    const headers = await table.locator("thead th").allInnerTexts()
    const column = headers.findIndex((h) => h.startsWith("Gia đình số"))
    return table.locator("tbody:not(.total-rows) tr").evaluateAll(
      (rows, col) =>
        rows.map((row) => {
          const cells = [...row.children].map((cell) =>
            (cell as HTMLElement).innerText.split("\n")[0]!.trim(),
          )
          return [cells[0]!, cells[1]!, cells[col]!.replace(/ —.*$/, "")] as const
        }),
      column,
    )
  }

  for (const viewport of ["desktop", "phone"] as const) {
    it(`ranks the communes by a clicked indicator, highest first, with the unit's total on top (${viewport})`, async () => {
      const page = await openPage(browser, viewport, pageOptions)
      await signIn(page)
      const table = page.locator("table.ranking-table")
      await table.waitFor()
      await page.locator(".trend").first().waitFor()
      // Nothing is wider than the screen: the table scrolls inside its own box.
      const width = page.viewportSize()!.width
      const overflowing = await page.evaluate(
        (screenWidth) =>
          [...document.querySelectorAll("body *")]
            .filter((element) => element.getBoundingClientRect().right > screenWidth + 1)
            .filter((element) => !element.closest(".ranking-wrap table, .bottombar"))
            .map(
              (element) =>
                `${element.tagName}.${element.className} ${Math.round(element.getBoundingClientRect().right)}`,
            )
            .slice(0, 12),
        width,
      )
      expect(overflowing).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
      const nameHeader = table.getByRole("columnheader", { name: /^Đơn vị/ })
      await nameHeader.getByRole("button").click()
      await expect.poll(() => nameHeader.getAttribute("aria-sort")).toBe("ascending")
      const byName = (await tableRows(page)).map((row) => row[1])
      expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, "vi")))

      const family = table.getByRole("columnheader", { name: /^Gia đình số/ })
      await family.getByRole("button").click()
      await expect.poll(() => family.getAttribute("aria-sort")).toBe("descending")
      expect(new URL(page.url()).searchParams.get("sort")).toBe("digital-family")
      const rows = await tableRows(page)
      const values = rows.map((row) => Number.parseFloat(row[2].replace(",", ".")))
      expect(values).toEqual([...values].sort((a, b) => b - a))
      expect(rows[0]![0]).toBe("1")
      // Communes with both households skilled share rank 1; the next rank skips past them.
      const top = [...skilledBy.values()].filter((s) => s === 2).length
      expect(rows.filter((row) => row[0] === "1").length).toBe(top)
      expect(rows[top]![0]).toBe(String(top + 1))
      // Each row's value is the commune's own: 2 of 2 → 100%, 1 of 2 → 50%, 0 → 0%.
      for (const [, name, value] of rows) expect(value, name).toBe(`${(skilledBy.get(name) ?? 0) * 50}%`)
      await expect.poll(() => table.locator(".total-row").innerText()).toMatch(/Toàn đơn vị/)

      await family.getByRole("button").click()
      await expect.poll(() => family.getAttribute("aria-sort")).toBe("ascending")
      const ascending = (await tableRows(page)).map((row) => Number.parseFloat(row[2].replace(",", ".")))
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
      await family.getByRole("button").click()
      await expect.poll(() => family.getAttribute("aria-sort")).toBe("descending")

      // The download is the same table as a workbook.
      const download = page.getByRole("link", { name: "Tải bảng (Excel)" })
      expect(await download.getAttribute("href")).toMatch(
        /\/api\/indicators\/table\.xlsx\?.*sort=digital-family&order=desc&lang=vi/,
      )
      expect(await axeViolations(page)).toEqual([])
      await shoot(page.locator("section.ranking"), "dashboard-ranking", viewport)
      await page.context().close()
    })
  }

  for (const viewport of ["desktop", "phone"] as const) {
    it(`shades the map by value with a legend of the bands, no data and withheld (${viewport})`, async () => {
      const page = await openPage(browser, viewport, pageOptions)
      await signIn(page)
      const map = page.locator("figure.commune-map")
      await map.waitFor()
      const legend = map.getByRole("list", { name: "Chú giải: Gia đình số" })
      expect(await legend.getByRole("listitem").allInnerTexts()).toEqual([
        "0–20%",
        "20–40%",
        "40–60%",
        "60–80%",
        "80–100%",
        "Chưa có số liệu",
        "Không công bố (dưới 5 người)",
      ])
      // A commune at 100% is in the darkest band, one at 0% in the lightest: by value, not by status.
      const fillOf = (name: RegExp) =>
        map
          .getByRole("link", { name })
          .first()
          .locator("path")
          .evaluate((path) => getComputedStyle(path).fill)
      const full = [...skilledBy].find(([, s]) => s === 2)
      const none = [...skilledBy].find(([, s]) => s === 0)
      if (full !== undefined && (await map.getByRole("link", { name: / 100% / }).count()) > 0)
        expect(await fillOf(/ 100% /)).toBe("rgb(8, 81, 156)")
      if (none !== undefined && (await map.getByRole("link", { name: / 0% / }).count()) > 0)
        expect(await fillOf(/ 0% /)).toBe("rgb(239, 243, 255)")
      // Another indicator shades the map again; one with nothing to measure is "no data" everywhere.
      await page.getByLabel("Tô màu bản đồ theo chỉ tiêu").selectOption("guides-quota")
      await map.getByRole("list", { name: "Chú giải: Đại sứ số đủ định mức" }).waitFor()
      await expect.poll(() => fillOf(/Chưa có số liệu/)).toBe("rgb(213, 217, 222)")
      await page.getByLabel("Tô màu bản đồ theo chỉ tiêu").selectOption("digital-family")

      // Labels are sized in the page's text size: a larger text setting makes them larger.
      const labelHeight = () =>
        map
          .locator(".commune-value")
          .first()
          .evaluate((label) => label.getBoundingClientRect().height)
      const normal = await labelHeight()
      await page.evaluate(() => {
        document.documentElement.style.fontSize = "150%"
      })
      await expect.poll(labelHeight).toBeGreaterThan(normal * 1.3)
      await page.evaluate(() => {
        document.documentElement.style.fontSize = ""
      })
      await expect.poll(labelHeight).toBeLessThan(normal * 1.1)
      expect(await axeViolations(page)).toEqual([])
      await shoot(map, "dashboard-map-legend", viewport)
      await page.context().close()
    })
  }

  for (const viewport of ["desktop", "phone"] as const) {
    it(`shows the breaches apart from progress and filters them by rule and level, with counts (${viewport})`, async () => {
      const page = await openPage(browser, viewport, pageOptions)
      await signIn(page)
      const panel = page.locator("section.violations-panel")
      const breaches = panel.getByRole("button", { name: /^Vi phạm quy định/ })
      const progress = panel.getByRole("button", { name: /^Chỉ tiêu chậm tiến độ/ })
      await expect.poll(() => breaches.getAttribute("aria-pressed")).toBe("true")
      // No commune has anyone at its desk: one error per commune, first.
      const firstGroup = panel.locator(".violation-group").first()
      await expect
        .poll(() => firstGroup.locator("h3").innerText())
        .toMatch(/Xã, phường chưa có nhân sự hỗ trợ/)
      expect(await firstGroup.locator("h3").innerText()).toMatch(new RegExp(`${skilledBy.size} trường hợp`))
      const groupTitles = () => panel.locator(".violation-group h3").allInnerTexts()
      for (const title of await groupTitles()) expect(title).not.toMatch(/Chỉ tiêu không kịp tiến độ/)

      await panel.getByLabel("Quy định").selectOption("commune-week-without-community-class")
      await expect.poll(async () => (await groupTitles()).length).toBe(1)
      expect((await groupTitles())[0]).toMatch(/Tuần không có buổi học cộng đồng/)
      expect(new URL(page.url()).searchParams.get("vrule")).toBe("commune-week-without-community-class")
      await panel
        .getByText(/và \d+ trường hợp khác/)
        .first()
        .waitFor()
      expect(await axeViolations(page)).toEqual([])
      await shoot(panel, "dashboard-violations-filter", viewport)

      // A commune's weekly class is no village's: at village level nothing matches.
      await panel.getByLabel("Cấp đơn vị").selectOption("village")
      await panel.getByText("Không có trường hợp nào khớp bộ lọc.").waitFor()

      await progress.click()
      await expect.poll(() => progress.getAttribute("aria-pressed")).toBe("true")
      await expect.poll(async () => (await groupTitles()).length).toBeGreaterThan(0)
      for (const title of await groupTitles()) expect(title).toMatch(/Chỉ tiêu/)
      await page.context().close()
    })
  }

  for (const viewport of ["desktop", "phone"] as const) {
    it(`compares this month with last month and this quarter with last, per commune (${viewport})`, async () => {
      const page = await openPage(browser, viewport, pageOptions)
      await signIn(page)
      const panel = page.locator("section.comparison")
      await panel.locator("tbody tr").first().waitFor()
      expect(await panel.locator("tbody tr").count()).toBe(skilledBy.size + 1)
      await panel.getByLabel("Kỳ so sánh").selectOption("quarter")
      expect(new URL(page.url()).searchParams.get("cmp")).toBe("quarter")
      await panel
        .getByText(/Quý này so với quý trước/)
        .last()
        .waitFor()
      expect(await axeViolations(page)).toEqual([])
      await shoot(panel, "dashboard-comparison", viewport)
      await page.context().close()
    })
  }

  /** A label a chart drew on its canvas: the text and its box, in the canvas's pixels. */
  interface DrawnLabel {
    readonly text: string
    readonly left: number
    readonly right: number
    readonly top: number
    readonly bottom: number
  }

  /**
   * Keeps, for each canvas, the labels of its last drawing (the chart clears the whole canvas before
   * it draws again): each label's box from the browser's own text metrics, at the place it was drawn.
   */
  const recordCanvasText = () => {
    const drawn = new Map<HTMLCanvasElement, Array<DrawnLabel>>()
    ;(window as unknown as { drawnLabels: typeof drawn }).drawnLabels = drawn
    const proto = CanvasRenderingContext2D.prototype
    const { clearRect, fillText } = proto
    proto.clearRect = function (x, y, w, h) {
      if (x <= 0 && y <= 0 && w >= this.canvas.width && h >= this.canvas.height) drawn.set(this.canvas, [])
      return clearRect.call(this, x, y, w, h)
    }
    proto.fillText = function (text, x, y, maxWidth) {
      const metrics = this.measureText(text)
      const at = this.getTransform().transformPoint(new DOMPoint(x, y))
      const labels = drawn.get(this.canvas) ?? []
      labels.push({
        text,
        left: at.x - metrics.actualBoundingBoxLeft,
        right: at.x + metrics.actualBoundingBoxRight,
        top: at.y - metrics.actualBoundingBoxAscent,
        bottom: at.y + metrics.actualBoundingBoxDescent,
      })
      drawn.set(this.canvas, labels)
      return fillText.call(this, text, x, y, maxWidth)
    }
  }

  for (const viewport of ["desktop", "phone"] as const) {
    it(`draws the trend axes whole inside each chart, "0%" to "100%" and months in Vietnamese (${viewport})`, async () => {
      const page = await openPage(browser, viewport, pageOptions)
      await page.addInitScript(recordCanvasText)
      await signIn(page)
      const trend = page.locator(".trend").first()
      await trend.waitFor()
      const charts = () =>
        page.evaluate(() =>
          [...(window as unknown as { drawnLabels: Map<HTMLCanvasElement, Array<DrawnLabel>> }).drawnLabels]
            .filter(([canvas]) => canvas.isConnected && canvas.closest(".trend") !== null)
            .map(([canvas, labels]) => {
              const box = canvas.getBoundingClientRect()
              const card = canvas.closest(".indicator-card")!.getBoundingClientRect()
              return {
                width: canvas.width,
                height: canvas.height,
                inCard: box.left >= card.left - 0.5 && box.right <= card.right + 0.5,
                labels: labels.filter((label) => label.text.trim() !== ""),
              }
            }),
        )
      await expect
        .poll(async () => (await charts()).filter((c) => c.labels.length > 0).length)
        .toBeGreaterThan(0)
      const drawn = (await charts()).filter((c) => c.labels.length > 0)
      for (const chart of drawn) {
        expect(chart.inCard).toBe(true)
        // Every label whole inside its canvas: nothing cut at an edge ("00%", "02" for 2026).
        const outside = chart.labels.filter(
          (label) =>
            label.left < 0 || label.top < 0 || label.right > chart.width || label.bottom > chart.height,
        )
        expect(outside).toEqual([])
        const texts = chart.labels.map((label) => label.text)
        // The value axis reads 0%, 50%, 100%; the time axis reads Vietnamese months and whole years.
        expect(texts).toEqual(expect.arrayContaining(["0%", "50%", "100%"]))
        const times = texts.filter((text) => !text.endsWith("%"))
        expect(times.length).toBeGreaterThan(0)
        for (const text of times) expect(text).toMatch(/^(thg \d{1,2}|\d{4})$/)
        expect(times.some((text) => /^\d{4}$/.test(text))).toBe(true)
        expect(times.some((text) => text.startsWith("thg "))).toBe(true)
      }
      await shoot(
        page
          .locator(".indicator-card")
          .filter({ has: page.locator(".trend") })
          .first(),
        "dashboard-trend",
        viewport,
      )
      await page.context().close()
    })
  }

  it("shows the door-to-door page's heading and skeleton at once while a team leader's data is on the way", async () => {
    const setup = await openPage(browser, "desktop", pageOptions)
    await signIn(setup)
    const report = await get<Report>(setup.context(), server.url, "/api/indicators")
    const team = await createTeam(
      setup.context(),
      server.url,
      "Tổ đi từng nhà thử",
      report.children[0]!.unit.id,
    )
    await createUser(setup.context(), server.url, {
      email: "leader@dash.test",
      fullName: "Tổ Trưởng Thử",
      password: "e2e-Team-Leader-2025",
      role: "team_leader",
      teamId: team.id,
    })
    await setup.context().close()

    const page = await openPage(browser, "phone", pageOptions)
    await signIn(page, "leader@dash.test", "e2e-Team-Leader-2025")
    // The team's worklist is held on its way until the page's frame has been seen.
    let release!: () => void
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    let asked = 0
    await page.route(/\/api\/visits\/offline\//, async (route) => {
      asked++
      await held
      await route.continue()
    })
    await page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: "Đi từng nhà" })
      .click()
    const main = page.locator("main")
    await main.getByRole("heading", { name: "Đi từng nhà" }).waitFor()
    await main.locator(".skeleton").waitFor()
    // The worklist was asked for and has not come: what shows is the frame, not the data.
    await expect.poll(() => asked).toBeGreaterThan(0)
    expect(await main.locator(".visit-counts").count()).toBe(0)
    expect(await main.getByRole("status").filter({ hasText: "Đang tải" }).count()).toBe(1)
    await page.screenshot({ path: resolve(screenshots, "admin-visits-loading-phone.png") })
    release()
    await main.locator(".visit-counts").waitFor()
    expect(await main.locator(".skeleton").count()).toBe(0)
    await page.context().close()
  })

  it("asks once for the indicators and their trends and once for the youth card, which says when no base has a campaign", async () => {
    const page = await openPage(browser, "phone", pageOptions)
    await signIn(page)
    const requests: Array<string> = []
    page.on("request", (request) => {
      const path = new URL(request.url()).pathname
      if (path.startsWith("/api/indicators") || path.startsWith("/api/youth-campaigns")) requests.push(path)
    })
    await page.reload()
    await page.locator(".trend").first().waitFor()
    const card = page.locator("section.youth-bases")
    await card.getByText("Chưa có cơ sở đoàn nào có chiến dịch ở đơn vị này.").waitFor()
    await page.locator("section.comparison, .comparison").first().waitFor()
    // The indicators with their trends are one answer; the period comparison and the youth card ask
    // on their own, once each.
    expect(requests.filter((path) => path !== "/api/indicators/comparison").sort()).toEqual([
      "/api/indicators",
      "/api/youth-campaigns/counts",
    ])
    expect(await axeViolations(page)).toEqual([])
    await shoot(card, "dashboard-youth-empty", "phone")
    await page.context().close()
  })

  it("opens every page of each role's menu without a refusal: the menu is the API's access table", async () => {
    const setup = await openPage(browser, "desktop", pageOptions)
    await signIn(setup)
    const context = setup.context()
    const report = await get<Report>(context, server.url, "/api/indicators")
    const communeId = report.children[1]!.unit.id
    const village = await createUnit(context, server.url, {
      code: null,
      name: "Thôn Vai Trò",
      kind: "thon",
      validFrom: "2025-07-01",
      parentId: communeId,
    })
    const { people } = await createHouseholdWithMembers(
      context,
      server.url,
      { code: "ROLE-1", villageId: village.id },
      [{ fullName: "Đại Sứ Vai Trò", birthYear: 1990, sex: "female" }],
    )
    const guide = await post<{ id: string }>(context, server.url, "/api/guides", {
      personId: people[0]!.id,
      unitId: communeId,
      since: "2025-08-01",
    })
    const team = await createTeam(context, server.url, "Tổ vai trò", communeId)
    const accounts = [
      { role: "commune_officer", unitId: communeId },
      { role: "team_leader", teamId: team.id },
      { role: "guide", guideId: guide.id },
      { role: "viewer", unitId: communeId },
    ] as const
    for (const account of accounts)
      await createUser(context, server.url, {
        email: `${account.role}@roles.test`,
        fullName: `Vai Trò ${account.role}`,
        password: "e2e-Every-Role-2025",
        ...account,
      })
    await context.close()

    const logins = [
      { role: "district_admin", email: admin.email, password: admin.password },
      ...accounts.map((account) => ({
        role: account.role,
        email: `${account.role}@roles.test`,
        password: "e2e-Every-Role-2025",
      })),
    ]
    const opened: Record<string, ReadonlyArray<string>> = {}
    for (const login of logins) {
      const page = await openPage(browser, "desktop", pageOptions)
      await signIn(page, login.email, login.password)
      const refused: Array<string> = []
      page.on("response", (response) => {
        if (response.status() === 403 && new URL(response.url()).pathname.startsWith("/api/"))
          refused.push(`${response.request().method()} ${new URL(response.url()).pathname}`)
      })
      const menu = page.getByRole("navigation", { name: "Điều hướng chính" }).first()
      const hrefs = await menu
        .getByRole("link")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")!))
      opened[login.role] = hrefs
      for (const href of hrefs) {
        await page.goto(`${server.url}${href}`)
        const main = page.locator("main")
        await main.locator("h1").first().waitFor()
        await page.waitForLoadState("networkidle")
        await expect.poll(() => main.locator("[aria-busy='true']").count()).toBe(0)
        expect(refused, `${login.role} ${href}`).toEqual([])
        expect(await main.innerText(), `${login.role} ${href}`).not.toContain("không có quyền")
      }
      await page.context().close()
    }
    // Each role has a menu of its own: the accounts and the audit log are the district admin's only.
    expect(opened.district_admin).toEqual(expect.arrayContaining(["/admin/users", "/admin/audit"]))
    for (const role of ["commune_officer", "team_leader", "guide", "viewer"])
      expect(opened[role]!.filter((href) => href === "/admin/users" || href === "/admin/audit")).toEqual([])
    expect(opened.team_leader).toContain("/admin/visits")
    expect(opened.guide).toContain("/admin/learners")
    // A known long test: five roles, every page of each menu.
  }, 900_000)

  it("leaves out of a commune officer's menu the pages the role cannot use", async () => {
    const page = await openPage(browser, "desktop", pageOptions)
    await signIn(page)
    const report = await get<Report>(page.context(), server.url, "/api/indicators")
    await createUser(page.context(), server.url, {
      email: "officer@dash.test",
      fullName: "Cán Bộ Xã",
      password: "e2e-Commune-Officer-2025",
      role: "commune_officer",
      unitId: report.children[0]!.unit.id,
    })
    await page.context().close()
    const officer = await openPage(browser, "desktop", pageOptions)
    await signIn(officer, "officer@dash.test", "e2e-Commune-Officer-2025")
    const menu = officer.getByRole("navigation", { name: "Điều hướng chính" }).first()
    const items = await menu.getByRole("link").allInnerTexts()
    expect(items.join(" | ")).toMatch(/Tổng quan/)
    for (const hidden of ["Tài khoản", "Nhật ký thao tác"]) expect(items.join(" | ")).not.toContain(hidden)
    await officer.context().close()
  })
})
