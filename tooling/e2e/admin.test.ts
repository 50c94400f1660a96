/**
 * The admin app in Chromium against the real server: sign-in, accessibility (axe-core: no serious
 * or critical violation) and screenshots at phone and desktop width.
 */
import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import { Readable } from "node:stream"
import ExcelJS from "exceljs"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Topic from "@bdhv/domain/Topic"
import {
  createCommuneWithVillage,
  createHouseholdWithMembers,
  createTeam,
  createUnit,
  createUser,
  get,
  recordSkills,
} from "./adminData.ts"
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
/** The server's CSP (script-src 'self') would refuse axe-core's injected script; only the test lifts it. */
const pageOptions = { bypassCSP: true } as const

/** A CSV download read as a spreadsheet reads it (exceljs): one record per row, by heading. */
const spreadsheetRows = async (csvText: string): Promise<ReadonlyArray<Record<string, string>>> => {
  const workbook = new ExcelJS.Workbook()
  // exceljs keeps a byte order mark in the first heading, where Excel hides it.
  const sheet = await workbook.csv.read(Readable.from([csvText.replace(/^\uFEFF/, "")]))
  const rows: Array<ReadonlyArray<string>> = []
  sheet.eachRow((row) => {
    rows.push(
      Array.from({ length: sheet.columnCount }, (_, i) => {
        const value = row.getCell(i + 1).value
        return value === null || value === undefined ? "" : String(value)
      }),
    )
  })
  const [header = [], ...records] = rows
  return records.map((record) => Object.fromEntries(header.map((name, i) => [name, record[i] ?? ""])))
}

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
    // A full-page shot draws the sticky header where the page is scrolled to: start at the top.
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, resolve(screenshots, `admin-${name}-${viewport}.png`))
  }

  for (const viewport of ["phone", "desktop"] as const) {
    it(`sends a visitor to sign in, and signs in (${viewport})`, async () => {
      const page = await openPage(browser, viewport, pageOptions)
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
    const page = await openPage(browser, "desktop", pageOptions)
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

  it("schedules a class, enrolls by search, takes attendance on a phone, completes it and records the skills", async () => {
    const page = await openPage(browser, "phone", pageOptions)
    await signIn(page)
    await page.getByRole("heading", { name: /Tổng quan/ }).waitFor()
    const { villageId } = await createCommuneWithVillage(page.context(), server.url, {
      commune: "Xã Trần Phú",
      code: "10081",
      village: "Thôn Đồng Trữ",
    })
    await createHouseholdWithMembers(page.context(), server.url, { code: "TP-0007", villageId }, [
      { fullName: "Lê Văn Bình", birthYear: 1950, sex: "male" },
      { fullName: "Lê Thị Hoa", birthYear: 1955, sex: "female" },
    ])
    // Before the class: the village's one household has nobody with basic skills.
    await page.goto(`${server.url}/admin/?unit=${villageId}`)
    const digitalFamily = page.getByRole("article", { name: "Gia đình số" })
    await digitalFamily.getByText("0/1", { exact: true }).waitFor()

    await page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .last()
      .getByRole("link", { name: "Lớp học" })
      .click()
    await page.getByRole("link", { name: "Lên lịch lớp học" }).first().click()
    await page.getByLabel(/^Tên lớp/).fill("Kỹ năng số cơ bản cho người cao tuổi")
    await page.getByLabel(/^Đơn vị tổ chức/).selectOption(villageId)
    await page.getByLabel(/^Đối tượng/).selectOption("elderly")
    for (const id of Topic.defaultCoreTopics) {
      await page.getByLabel(Topic.topicsById.get(id)!.name.vi, { exact: true }).check()
    }
    const yesterday = CalendarDate.addDays(CalendarDate.fromInstant(Date.now()), -1)
    await page.getByLabel(/^Thời gian bắt đầu/).fill(`${yesterday}T08:00`)
    await page.getByLabel(/^Địa điểm/).fill("Nhà văn hoá thôn Đồng Trữ")
    await check(page, "class-form", "phone")
    await page.getByRole("button", { name: "Lưu" }).click()
    await page.getByRole("heading", { name: "Kỹ năng số cơ bản cho người cao tuổi" }).waitFor()

    for (const [typed, name] of [
      ["le van", "Lê Văn Bình"],
      ["hoa", "Lê Thị Hoa"],
    ] as const) {
      await page.getByRole("searchbox").fill(typed)
      await page.getByRole("button", { name: new RegExp(name) }).click()
      await page.getByRole("link", { name }).waitFor()
    }
    await check(page, "class", "phone")

    await page.getByRole("button", { name: "Có mặt: Lê Văn Bình" }).click()
    await page.getByRole("button", { name: "Vắng: Lê Thị Hoa" }).click()
    await expect
      .poll(() => page.getByRole("button", { name: "Có mặt: Lê Văn Bình" }).getAttribute("aria-pressed"))
      .toBe("true")
    await expect
      .poll(() => page.getByRole("button", { name: "Vắng: Lê Thị Hoa" }).getAttribute("aria-pressed"))
      .toBe("true")
    await page.getByRole("button", { name: "Hoàn thành lớp" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Hoàn thành lớp" }).click()
    await page.getByText("Hoàn thành", { exact: true }).waitFor()

    await page.getByRole("link", { name: "Lê Văn Bình" }).click()
    await page.getByRole("heading", { name: "Lê Văn Bình" }).waitFor()
    await page.getByText("Đã đạt kỹ năng số cơ bản.").waitFor()
    await check(page, "person-skilled", "phone")

    // After it: the household counts as a digital family, on the dashboard of its village.
    await page.goto(`${server.url}/admin/?unit=${villageId}`)
    await digitalFamily.getByText("1/1", { exact: true }).waitFor()
    await digitalFamily.getByText("100%", { exact: true }).waitFor()
    await check(page, "dashboard-village", "phone")
    await page.context().close()
  })

  it("gives a commune officer their commune and nothing of another, even by URL", async () => {
    const page = await openPage(browser, "desktop", pageOptions)
    await signIn(page)
    await page.getByRole("heading", { name: /Tổng quan/ }).waitFor()
    const mine = await createCommuneWithVillage(page.context(), server.url, {
      commune: "Xã Quảng Bị",
      code: "10072",
      village: "Thôn Tràng Cát",
    })
    const theirs = await createCommuneWithVillage(page.context(), server.url, {
      commune: "Xã Xuân Mai",
      code: "10045",
      village: "Thôn Đồng Vai",
    })
    const own = await createHouseholdWithMembers(
      page.context(),
      server.url,
      { code: "QB-0001", villageId: mine.villageId },
      [{ fullName: "Phạm Văn Quảng", birthYear: 1980, sex: "male" }],
    )
    const other = await createHouseholdWithMembers(
      page.context(),
      server.url,
      { code: "XM-0001", villageId: theirs.villageId },
      [{ fullName: "Đỗ Thị Xuân", birthYear: 1975, sex: "female" }],
    )
    await page.reload()

    // The district admin creates the officer's account in the app.
    await page.goto(`${server.url}/admin/users/new`)
    await page.getByLabel(/^Họ và tên/).fill("Cán Bộ Quảng Bị")
    await page.getByLabel(/^Thư điện tử/).fill("canbo.quangbi@bdhv.test")
    await page.getByLabel(/^Vai trò/).selectOption("commune_officer")
    await page.getByLabel(/^Phạm vi/).selectOption(mine.communeId)
    await page.getByLabel(/^Mật khẩu/).fill("Quảng Bị học số mỗi ngày")
    await page.getByRole("button", { name: "Lưu" }).click()
    await page.getByRole("heading", { name: "Cán Bộ Quảng Bị" }).waitFor()
    await check(page, "user", "desktop")
    await page.context().close()

    const officer = await openPage(browser, "desktop", pageOptions)
    await signIn(officer, "canbo.quangbi@bdhv.test", "Quảng Bị học số mỗi ngày")
    await officer.getByRole("heading", { name: /Tổng quan/ }).waitFor()
    expect(await officer.getByRole("link", { name: "Tài khoản" }).count()).toBe(0)

    await officer.goto(`${server.url}/admin/people`)
    await officer.getByRole("link", { name: "Phạm Văn Quảng" }).waitFor()
    expect(await officer.getByText("Đỗ Thị Xuân").count()).toBe(0)

    await officer.goto(`${server.url}/admin/people/${other.people[0]!.id}`)
    await officer.getByText("Không tìm thấy dữ liệu này").waitFor()
    expect(await officer.getByText("Đỗ Thị Xuân").count()).toBe(0)
    await check(officer, "out-of-scope", "desktop")
    await officer.goto(`${server.url}/admin/households/${other.householdId}`)
    await officer.getByText("Không tìm thấy dữ liệu này").waitFor()
    expect(await officer.getByText("XM-0001").count()).toBe(0)

    await officer.goto(`${server.url}/admin/households/${own.householdId}`)
    await officer.getByRole("heading", { name: "Hộ QB-0001" }).waitFor()
    await officer.context().close()
  })

  it("lets a team leader log a visit from the worklist on a phone, updating VNeID and the worklist", async () => {
    const setup = await openPage(browser, "desktop", pageOptions)
    await signIn(setup)
    await setup.getByRole("heading", { name: /Tổng quan/ }).waitFor()
    const { villageId } = await createCommuneWithVillage(setup.context(), server.url, {
      commune: "Xã Hoà Phú",
      code: "10096",
      village: "Thôn Đông Phú",
    })
    const household = await createHouseholdWithMembers(
      setup.context(),
      server.url,
      { code: "HP-0042", villageId },
      [
        { fullName: "Nguyễn Văn Tư", birthYear: 1944, sex: "male" },
        { fullName: "Nguyễn Thị Năm", birthYear: 1990, sex: "female" },
      ],
    )
    const team = await createTeam(
      setup.context(),
      server.url,
      "Tổ công nghệ số cộng đồng thôn Đông Phú",
      villageId,
    )
    await createUser(setup.context(), server.url, {
      email: "totruong.dongphu@bdhv.test",
      fullName: "Tổ Trưởng Đông Phú",
      password: "Đi từng ngõ gõ từng nhà",
      role: "team_leader",
      teamId: team.id,
    })

    const page = await openPage(browser, "phone", pageOptions)
    await signIn(page, "totruong.dongphu@bdhv.test", "Đi từng ngõ gõ từng nhà")
    await page.getByRole("heading", { name: /Tổng quan/ }).waitFor()
    await page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .last()
      .getByRole("link", { name: "Đi từng nhà" })
      .click()
    const start = page.getByRole("link", { name: /^Ghé thăm: / })
    await start.first().waitFor()
    expect(await start.count()).toBe(1)
    await check(page, "visits", "phone")

    await start.click()
    await page.getByRole("heading", { name: "Ghi nhận chuyến thăm hộ" }).waitFor()
    await page.getByLabel("Nguyễn Văn Tư").check()
    await page.getByLabel("Đã kích hoạt VNeID mức 2").check()
    await page.getByLabel("Định danh điện tử VNeID", { exact: true }).check()
    await check(page, "visit-form", "phone")
    await page.getByRole("button", { name: "Lưu chuyến thăm" }).click()
    await page.getByText("Đã ghi nhận chuyến thăm.").waitFor()
    await page.getByText("1 người được hướng dẫn").waitFor()
    // Still on the worklist (one topic is not basic skills), now as visited today.
    await page.getByText(/^Thăm lần cuối /).waitFor()

    const helped = await get<{ vneidLevel: number }>(
      setup.context(),
      server.url,
      `/api/people/${household.people[0]!.id}`,
    )
    expect(helped.vneidLevel).toBe(2)
    await page.context().close()
    await setup.context().close()
  })

  it("draws the communes on a map coloured by an indicator, and drills down when one is clicked", async () => {
    const page = await openPage(browser, "desktop", pageOptions)
    await signIn(page)
    await page.getByRole("heading", { name: /Tổng quan/ }).waitFor()
    const context = page.context()
    const hanoi = await createUnit(context, server.url, {
      code: "01",
      name: "Thành phố Hà Nội",
      kind: "province",
      validFrom: "2008-08-01",
    })
    const communes = [
      ["10015", "Phường Chương Mỹ", "phuong", 2],
      ["10030", "Xã Phú Nghĩa", "xa", 1],
      ["10045", "Xã Xuân Mai", "xa", 0],
      ["10072", "Xã Quảng Bị", "xa", 2],
      ["10081", "Xã Trần Phú", "xa", 1],
      ["10096", "Xã Hoà Phú", "xa", 0],
      ["10126", "Xã Bình Minh", "xa", 2],
    ] as const
    const lastMonth = CalendarDate.addDays(CalendarDate.fromInstant(Date.now()), -30)
    for (const [code, name, kind, skilledHouseholds] of communes) {
      const commune = await createUnit(context, server.url, {
        code,
        name,
        kind,
        validFrom: "2025-07-01",
        parentId: hanoi.id,
      })
      const village = await createUnit(context, server.url, {
        code: null,
        name: `Thôn Một ${code}`,
        kind: "thon",
        validFrom: "2025-07-01",
        parentId: commune.id,
      })
      for (let i = 0; i < 2; i++) {
        const { people } = await createHouseholdWithMembers(
          context,
          server.url,
          { code: `${code}-${i}`, villageId: village.id },
          [{ fullName: `Người Dân ${code} Số ${i}`, birthYear: 1970 + i, sex: i === 0 ? "female" : "male" }],
        )
        if (i < skilledHouseholds)
          await recordSkills(context, server.url, people[0]!.id, Topic.defaultCoreTopics, lastMonth)
      }
    }

    // The dashboard asks once for its indicators and their trends (the period comparison is a panel
    // of its own).
    const indicatorRequests: Array<string> = []
    page.on("request", (request) => {
      const path = new URL(request.url()).pathname
      if (path === "/api/indicators" || /^\/api\/indicators\/[^/]+\/trend$/.test(path))
        indicatorRequests.push(path)
    })
    await page.goto(`${server.url}/admin/?unit=${hanoi.id}`)
    await page.getByRole("heading", { name: /Thành phố Hà Nội/ }).waitFor()
    const map = page.getByRole("figure")
    await map.getByRole("link", { name: /^Bình Minh 100%/ }).waitFor()
    await map.getByRole("link", { name: /^Xuân Mai 0%/ }).waitFor()
    await page.locator(".trend").first().waitFor()
    expect(indicatorRequests).toEqual(["/api/indicators"])
    await check(page, "dashboard-map", "desktop")
    await page.setViewportSize({ width: 360, height: 740 })
    await check(page, "dashboard-map", "phone")
    await page.setViewportSize({ width: 1280, height: 800 })

    await map.getByRole("link", { name: /^Xuân Mai / }).click()
    await page.getByRole("heading", { name: /Xã Xuân Mai/ }).waitFor()
    // The breadcrumb runs from the deployment's scope (Chương Mỹ, which keeps serving its communes
    // after the reform) down to the commune.
    await page
      .getByRole("navigation", { name: "Đơn vị cấp trên" })
      .getByRole("link", { name: "Huyện Chương Mỹ" })
      .waitFor()
    await page.context().close()
  })

  it("imports a commune's list: shows the bad rows and cells, takes the fixed file, a second import changes nothing; exports the list as CSV and the report as XLSX", async () => {
    const page = await openPage(browser, "desktop", pageOptions)
    await signIn(page)
    await page.getByRole("heading", { name: /Tổng quan/ }).waitFor()
    const { communeId } = await createCommuneWithVillage(page.context(), server.url, {
      commune: "Xã Bình Minh",
      code: "10126",
      village: "Thôn Cổ Hiền",
    })
    await page.reload()
    const header = "Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn,Mức VNeID,Tài khoản ngân hàng số"
    const good = [
      "BM-001,Nguyễn Văn Hải,12/03/1958,Nam,Thôn Cổ Hiền,2,Có",
      "BM-001,Trần Thị Mai,1962,Nữ,Thôn Cổ Hiền,1,Không",
    ]
    const withMistakes = [
      header,
      ...good,
      "BM-002,Phạm Văn Long,31/02/1990,Nam,Thôn Cổ Hiền,0,Không",
      "BM-002,Phạm Thị Thu,1992,Không rõ,Thôn Cổ Hiền,3,Không",
    ].join("\n")
    const fixed = [
      header,
      ...good,
      "BM-002,Phạm Văn Long,28/02/1990,Nam,Thôn Cổ Hiền,0,Không",
      "BM-002,Phạm Thị Thu,1992,Nữ,Thôn Cổ Hiền,2,Không",
    ].join("\n")
    const upload = async (content: string) => {
      await page.getByLabel(/^Xã, phường nhận dữ liệu/).selectOption(communeId)
      await page.getByLabel("Tệp danh sách").setInputFiles({
        name: "danh-sach-binh-minh.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(content, "utf8"),
      })
      await page.getByRole("button", { name: "Tải lên và kiểm tra" }).click()
    }

    await page.goto(`${server.url}/admin/imports`)
    await check(page, "import", "desktop")
    await upload(withMistakes)
    await page.getByText("4 dòng, 2 dòng có lỗi", { exact: false }).waitFor()
    const badCells = page.locator("td.cell-bad")
    await badCells.first().waitFor()
    expect(await badCells.allTextContents()).toEqual([
      expect.stringContaining("31/02/1990"),
      expect.stringContaining("Không rõ"),
      expect.stringContaining("3"),
    ])
    expect(await page.getByRole("button", { name: /^Xác nhận nhập/ }).count()).toBe(0)
    await check(page, "import-errors", "desktop")

    await page.getByRole("button", { name: "Tải lên tệp đã sửa" }).click()
    await upload(fixed)
    await page.getByText("4 dòng, 0 dòng có lỗi.", { exact: false }).waitFor()
    await page.getByRole("button", { name: "Xác nhận nhập 4 dòng" }).click()
    await page.getByRole("heading", { name: "Đã nhập xong" }).waitFor()
    const summary = page.getByRole("status")
    await summary.getByText("Hộ thêm mới").waitFor()
    expect(await summary.locator("dd").allTextContents()).toEqual(["2", "0", "4", "0", "0"])
    await check(page, "import-done", "desktop")

    // The same file again: everyone is already there, nothing changes.
    await page.getByRole("button", { name: "Nhập tệp khác" }).click()
    await upload(fixed)
    await page.getByRole("button", { name: "Xác nhận nhập 4 dòng" }).click()
    await page.getByRole("heading", { name: "Đã nhập xong" }).waitFor()
    expect(await page.getByRole("status").locator("dd").allTextContents()).toEqual(["0", "0", "0", "0", "4"])

    await page.goto(`${server.url}/admin/people?q=pham`)
    await page.getByRole("link", { name: "Phạm Thị Thu" }).waitFor()
    // The list as CSV, with the search in force.
    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /Tải CSV/ }).click(),
    ])
    const csvText = readFileSync((await csv.path())!, "utf8")
    expect(csvText.charCodeAt(0)).toBe(0xfeff)
    expect(csvText).toContain("Phạm Thị Thu")
    expect(csvText).toContain("Phạm Văn Long")
    expect(csvText).not.toContain("Nguyễn Văn Hải")
    // Opened as a spreadsheet: Vietnamese headings, the village's name next to its id.
    const people = await spreadsheetRows(csvText)
    const thu = people.find((row) => row["Họ và tên"] === "Phạm Thị Thu")!
    expect(thu["Thôn, tổ dân phố"]).toBe("Thôn Cổ Hiền")
    expect(thu["Giới tính"]).toBe("Nữ")
    expect(thu["Hộ gia đình"]).toBe("BM-002")

    // The classes as CSV: the class scheduled at 08:00 reads 08:00, Vietnam time, with its topics in words.
    await page.goto(`${server.url}/admin/exports`)
    const [classesCsv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Lớp học (CSV)" }).click(),
    ])
    const classes = await spreadsheetRows(readFileSync((await classesCsv.path())!, "utf8"))
    const scheduled = classes.find((row) => row["Tiêu đề"] === "Kỹ năng số cơ bản cho người cao tuổi")!
    expect(scheduled["Bắt đầu (giờ Việt Nam)"]).toMatch(/^\d{2}\/\d{2}\/\d{4} 08:00$/)
    expect(scheduled["Đơn vị"]).toBe("Thôn Đồng Trữ")
    expect(scheduled["Chủ đề"]).toContain(Topic.topicsById.get(Topic.defaultCoreTopics[0]!)!.name.vi)
    expect(scheduled["Đối tượng"]).toBe("Người cao tuổi")

    // The commune's report as XLSX.
    await page.goto(`${server.url}/admin/exports`)
    await page.getByLabel(/^Đơn vị/).selectOption(communeId)
    const [report] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Tải báo cáo XLSX" }).click(),
    ])
    expect(report.suggestedFilename()).toMatch(/^bao-cao-bdhv-10126-.*\.xlsx$/)
    expect(
      readFileSync((await report.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe("PK")
    await check(page, "exports", "desktop")
    await page.context().close()
  })

  it("passes axe on every page at phone and desktop width, in Vietnamese and in English", async () => {
    // Runs last: the earlier tests left households, people, classes, teams, visits and imports behind.
    const pages = [
      ["dashboard", "/", /Tổng quan/],
      ["households", "/households", "Hộ gia đình"],
      ["people", "/people", "Người dân"],
      ["person-form", "/people/new", "Thêm người dân"],
      ["classes", "/classes", "Lớp học"],
      ["visits", "/visits", "Đi từng nhà"],
      ["organizations", "/organizations", "Tổ chức"],
      ["organization-form", "/organizations/new", "Thêm tổ chức"],
      ["guides", "/guides", "Đại sứ số"],
      ["guide-form", "/guides/new", "Thêm Đại sứ số"],
      ["support-staff", "/support-staff", "Hỗ trợ tại bộ phận một cửa"],
      ["teams", "/teams", "Tổ công nghệ số"],
      ["posts", "/posts", "Tin bài truyền thông"],
      ["events", "/events", "Sự kiện"],
      ["event-form", "/events/new", "Thêm sự kiện"],
      ["targets", "/targets", "Chỉ tiêu"],
      ["target-form", "/targets/new", "Đặt chỉ tiêu"],
      ["users", "/users", "Tài khoản"],
      ["audit", "/audit", "Nhật ký thao tác"],
      ["exports", "/exports", "Xuất báo cáo"],
      ["import", "/imports", "Nhập danh sách người dân và hộ gia đình"],
    ] as const
    for (const viewport of ["phone", "desktop"] as const) {
      const page = await openPage(browser, viewport, pageOptions)
      await signIn(page)
      await page.getByRole("heading", { name: /Tổng quan/ }).waitFor()
      if (viewport === "phone") {
        await page.getByRole("button", { name: "Thêm", exact: true }).click()
        await page.getByRole("dialog", { name: "Trình đơn" }).waitFor()
        await check(page, "menu", viewport)
        await page.keyboard.press("Escape")
        await page.getByRole("dialog").waitFor({ state: "detached" })
      }
      for (const [name, path, heading] of pages) {
        await page.goto(`${server.url}/admin${path}`)
        await page.getByRole("heading", { name: heading, level: 1 }).waitFor()
        await expect.poll(() => page.locator(".state-loading").count()).toBe(0)
        await check(page, name, viewport)
      }
      // A class and a household, as their lists link to them.
      await page.goto(`${server.url}/admin/classes`)
      await page.locator("table a").first().click()
      await page.getByRole("heading", { name: "Điểm danh" }).waitFor()
      await check(page, "class", viewport)
      await page.goto(`${server.url}/admin/households`)
      await page.locator("table a").first().click()
      await page.getByRole("heading", { name: "Thành viên" }).waitFor()
      await check(page, "household", viewport)

      // English, everywhere, with one tap; remembered.
      await page.getByRole("button", { name: /^EN/ }).click()
      await page.goto(`${server.url}/admin/`)
      await page.getByRole("heading", { name: /^Dashboard/ }).waitFor()
      await check(page, "dashboard-en", viewport)
      await page.context().close()
    }
  })
})
