import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import * as Indicator from "@bdhv/domain/Indicator"
import ExcelJS from "exceljs"
import { parse } from "csv-parse/sync"
import { beforeAll, describe, expect, it } from "vitest"
import * as Seed from "../src/demo/Seed.js"
import type * as Report from "../src/indicators/Report.js"
import { forEachDatabase, readJson } from "./harness.js"

const today = CalendarDate.CalendarDate.make("2026-11-20")

forEachDatabase((db) => {
  describe("exports", () => {
    let cookie: string
    beforeAll(async () => {
      await db.run(Seed.seed({ people: 600, today }))
      cookie = await db.login()
    }, 180_000)

    it("writes the indicator report as the table a commune sends up: units as rows, indicators as columns", async () => {
      const response = await db.request(`/api/exports/report.xlsx?asOf=${today}`, { cookie })
      expect(response.status).toBe(200)
      expect(response.headers.get("content-type")).toContain("spreadsheetml")
      expect(response.headers.get("content-disposition")).toMatch(
        /attachment; filename="bao-cao-bdhv-.*\.xlsx"/,
      )
      const report = await readJson<Report.IndicatorReport>(
        await db.request(`/api/indicators?asOf=${today}`, { cookie }),
      )
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(await response.arrayBuffer())
      const sheet = workbook.worksheets[0]!
      expect(String(sheet.getCell("A2").value)).toContain(ChuongMy.hanoi.name)
      expect(String(sheet.getCell("A3").value)).toContain("20/11/2026")
      // Row 5: indicator names over 5 columns each; row 6: value, numerator, denominator, target, status.
      expect(sheet.getRow(5).getCell(3).value).toBe(Indicator.definition("digital-family").name.vi)
      expect(sheet.getRow(6).getCell(4).value).toBe("Tử số")
      const units = [report, ...report.children]
      expect(sheet.rowCount).toBe(6 + units.length)
      units.forEach((unit, i) => {
        const row = sheet.getRow(7 + i)
        expect(row.getCell(2).value).toBe(unit.unit.name)
        unit.indicators.forEach((figure, k) => {
          expect(row.getCell(3 + k * 5 + 1).value).toBe(figure.numerator)
          expect(row.getCell(3 + k * 5 + 2).value).toBe(figure.denominator)
        })
      })
    })

    it("exports a list as CSV with the list's own search", async () => {
      const list = await readJson<{ total: number }>(
        await db.request("/api/people?q=nguyen&pageSize=1", { cookie }),
      )
      expect(list.total).toBeGreaterThan(0)
      const response = await db.request("/api/exports/people.csv?q=nguyen", { cookie })
      expect(response.status).toBe(200)
      expect(response.headers.get("content-type")).toContain("text/csv")
      const bytes = new Uint8Array(await response.arrayBuffer())
      // A byte order mark, so that Excel reads the file as UTF-8.
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const rows = parse(new TextDecoder().decode(bytes), { columns: true }) as Array<Record<string, string>>
      expect(rows).toHaveLength(list.total)
      for (const row of rows) expect(row.fullName).toMatch(/Nguyễn/)
    })

    it("exports every page of a long list", async () => {
      const list = await readJson<{ total: number }>(await db.request("/api/people?pageSize=1", { cookie }))
      expect(list.total).toBeGreaterThan(500)
      const text = await (await db.request("/api/exports/people.csv", { cookie })).text()
      expect(parse(text, { columns: true })).toHaveLength(list.total)
    })

    it("answers 404 for no such list and 400 for a bad filter", async () => {
      expect((await db.request("/api/exports/secrets.csv", { cookie })).status).toBe(404)
      expect((await db.request("/api/exports/people.csv?vneidLevel=7", { cookie })).status).toBe(400)
      expect((await db.request("/api/exports/people.csv")).status).toBe(401)
    })
  })
})
