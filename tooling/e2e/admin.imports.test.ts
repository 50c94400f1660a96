/**
 * The import page with a real commune spreadsheet, in Chromium against the real server: an Excel list
 * with two title rows, Vietnamese labels, Excel dates and a derived "Người cao tuổi" column is read; its
 * bad row is named and downloads as Excel with a column of errors; the template downloads; a file with
 * no header says so instead of "0 rows, 0 errors". Photographed at 360 px and 1280 px.
 */
import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import ExcelJS from "exceljs"
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
if (skipReason !== undefined) console.log(`admin imports ${skipReason}`)

const screenshots = resolve(import.meta.dirname, "../../docs/screenshots")
const pageOptions = { bypassCSP: true } as const

/** A commune's list as communes keep it: two title rows, then the header, one row wrong. */
const communeList = async (village: string): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet("Danh sách")
  sheet.addRow(["UBND XÃ BÌNH MINH"])
  sheet.addRow(["DANH SÁCH NGƯỜI DÂN THÔN ĐỒNG TÂM"])
  sheet.mergeCells(1, 1, 1, 7)
  sheet.mergeCells(2, 1, 2, 7)
  sheet.addRow(["STT", "Mã hộ", "Họ và tên", "Ngày sinh", "Giới tính", "Thôn/Tổ dân phố", "Người cao tuổi"])
  sheet.addRow([1, "TP-001", "Nguyễn Văn Tiến", 21256, "Nam", village, "x"])
  sheet.addRow([2, "TP-001", "Lê Thị Phương", "31/02/1962", "Nữ", village, "x"])
  sheet.addRow([3, "TP-002", "Trần Văn Đồng", "2/3/1990", "Nam", village, ""])
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
}

describe.skipIf(skipReason !== undefined)("the import page with a commune's real spreadsheet", () => {
  let server: RunningServer
  let browser: Browser
  let communeId = ""
  const village = "Thôn Đồng Tâm"

  beforeAll(async () => {
    server = await startServer()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

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

  const upload = async (page: Page, name: string, buffer: Buffer, mimeType: string) => {
    await page.getByLabel(/^Xã, phường nhận dữ liệu/).selectOption(communeId)
    await page.getByLabel("Tệp danh sách").setInputFiles({ name, mimeType, buffer })
    await page.getByRole("button", { name: "Tải lên và kiểm tra" }).click()
  }

  for (const viewport of ["phone", "desktop"] as const) {
    it(`reads a list with title rows, names its bad row and gives it back as Excel (${viewport})`, async () => {
      const page = await openPage(browser, viewport, pageOptions)
      await signIn(page)
      if (communeId === "") {
        communeId = (
          await createCommuneWithVillage(page.context(), server.url, {
            commune: "Xã Bình Minh",
            code: "10126",
            village,
          })
        ).communeId
        await page.reload()
      }
      await page.goto(`${server.url}/admin/imports`)
      await page.getByLabel(/^Xã, phường nhận dữ liệu/).selectOption(communeId)

      // The template of the chosen commune.
      const [template] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Tải tệp mẫu (Excel)" }).click(),
      ])
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(readFileSync((await template.path())!))
      expect(book.worksheets[0]!.getCell("E4").dataValidation?.type).toBe("list")
      await check(page, "import-template", viewport)

      await upload(
        page,
        "danh-sach-binh-minh.xlsx",
        await communeList(village),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      )
      await page.getByText("3 dòng, 1 dòng có lỗi (1 lỗi).", { exact: false }).waitFor()
      await page.getByText(/Cột "Người cao tuổi" được tính từ ngày sinh/).waitFor()
      const errors = page.locator("table.import-errors tbody tr")
      expect(await errors.allTextContents()).toEqual([
        expect.stringMatching(/^5.*Ngày sinh.*ngày\/tháng\/năm/),
      ])
      const [report] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Tải các dòng lỗi (Excel) để sửa" }).click(),
      ])
      const errorsBook = new ExcelJS.Workbook()
      await errorsBook.xlsx.load(readFileSync((await report.path())!))
      const sheet = errorsBook.worksheets[0]!
      expect(sheet.getRow(4).getCell(3).value).toBe("Lê Thị Phương")
      expect(String(sheet.getRow(4).getCell(9).value)).toMatch(/^Ngày sinh: /)
      await check(page, "import-title-rows", viewport)

      // A file with no header row says what is missing, not "0 rows, 0 errors".
      await page.getByRole("button", { name: "Tải lên tệp đã sửa" }).click()
      await upload(
        page,
        "khong-tieu-de.csv",
        Buffer.from("UBND XÃ BÌNH MINH\nNguyễn Văn A,1960\n"),
        "text/csv",
      )
      await page.getByText(/chưa đọc được dòng dữ liệu nào/).waitFor()
      expect(await page.getByText("0 dòng, 0 dòng có lỗi").count()).toBe(0)
      expect(await page.getByText("Tệp có dòng sai").count()).toBe(0)
      await page.context().close()
    })
  }
})
