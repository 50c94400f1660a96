/**
 * The dashboard's table, on a small tree with real records: the child units ranked by an indicator in
 * the XLSX export (as the admin shows them), headings in the reader's language, the unit's own total
 * row first, and a viewer (aggregates only, no personal data) seeing a share of a handful of people as
 * withheld, in the JSON report and the workbook alike.
 */
import * as Topic from "@bdhv/domain/Topic"
import ExcelJS from "exceljs"
import { beforeAll, describe, expect, it } from "vitest"
import { createTree, type Tree } from "./fixtures.js"
import { forEachDatabase, readJson, type TestDatabase } from "./harness.js"

const asOf = "2026-11-20"

/** Six households in a village, each with one adult; `identified` of them hold a level-2 VNeID. */
const households = async (
  db: TestDatabase,
  cookie: string,
  village: string,
  tag: string,
  identified: number,
) => {
  const people: Array<string> = []
  for (let i = 0; i < 6; i++) {
    const household = await db.request("/api/households", {
      cookie,
      body: { code: `${tag}-${i}`, unitId: village, isRemote: false },
    })
    if (household.status !== 201) throw new Error(`household: ${await household.text()}`)
    const { id } = await readJson<{ id: string }>(household)
    const person = await db.request("/api/people", {
      cookie,
      body: {
        fullName: `Người Thử ${tag} ${i}`,
        birth: { year: 1970 + i },
        sex: i % 2 === 0 ? "female" : "male",
        householdId: id,
        unitId: village,
        groups: [],
        vneidLevel: i < identified ? 2 : 0,
        hasDigitalBankAccount: false,
      },
    })
    if (person.status !== 201) throw new Error(`person: ${await person.text()}`)
    people.push((await readJson<{ id: string }>(person)).id)
  }
  return people
}

/** Every core topic for a person on a date: basic digital skills from that day. */
const skilled = async (db: TestDatabase, cookie: string, personId: string, date: string) => {
  for (const topicId of Topic.defaultCoreTopics) {
    const record = await db.request("/api/skill-records", {
      cookie,
      body: { personId, topicId, date, source: "assessment", evidenceId: `dash-${personId}-${topicId}` },
    })
    if (record.status !== 201) throw new Error(`skill record: ${await record.text()}`)
  }
}

/** The rows of the workbook's one sheet, as text. */
const sheetRows = async (response: Response): Promise<ReadonlyArray<ReadonlyArray<string>>> => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await response.arrayBuffer())
  const sheet = workbook.worksheets[0]!
  const rows: Array<ReadonlyArray<string>> = []
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(
      Array.from({ length: sheet.columnCount }, (_, i) => {
        const value = row.getCell(i + 1).value
        return value === null || value === undefined ? "" : String(value)
      }),
    )
  })
  return rows
}

interface Figure {
  readonly id: string
  readonly value: number | null
  readonly numerator: number
  readonly withheld?: true
}
interface Report {
  readonly indicators: ReadonlyArray<Figure>
  readonly children: ReadonlyArray<{
    readonly unit: { readonly name: string }
    readonly indicators: ReadonlyArray<Figure>
  }>
}

forEachDatabase((db) => {
  let admin: string
  let viewer: string
  let tree: Tree

  beforeAll(async () => {
    admin = await db.login()
    tree = await createTree(db, admin)
    const ward = await households(db, admin, tree.villageA, "PCM", 5)
    // Basic skills in the ward: one by September, a second in October, two more in November.
    await skilled(db, admin, ward[0]!, "2026-09-15")
    await skilled(db, admin, ward[1]!, "2026-10-10")
    await skilled(db, admin, ward[2]!, "2026-11-05")
    await skilled(db, admin, ward[3]!, "2026-11-06")
    await households(db, admin, tree.villageQ, "QB", 1)
    const account = await db.request("/api/users", {
      cookie: admin,
      body: {
        fullName: "Người Xem Số Liệu",
        email: "viewer@dash.test",
        password: "một mật khẩu đủ dài",
        role: "viewer",
        unitId: tree.hanoi,
      },
    })
    if (account.status !== 201) throw new Error(`viewer: ${await account.text()}`)
    viewer = await db.login({ email: "viewer@dash.test", password: "một mật khẩu đủ dài" })
  }, 120_000)

  describe("the ranking table as a workbook", () => {
    const table = (query: string, cookie: string, headers: Record<string, string> = {}) =>
      db.request(`/api/indicators/table.xlsx?unitId=${tree.hanoi}&asOf=${asOf}&${query}`, { cookie, headers })

    it("ranks the child units by the chosen indicator, highest first, after the unit's own total", async () => {
      const response = await table("sort=digital-identity", admin)
      expect(response.status).toBe(200)
      expect(response.headers.get("content-disposition")).toMatch(/xep-hang-bdhv-01-2026-11-20\.xlsx/)
      const rows = await sheetRows(response)
      const header = rows.findIndex((row) => row[0] === "Hạng")
      expect(rows[header]!.slice(0, 3)).toEqual(["Hạng", "Mã đơn vị", "Đơn vị"])
      const column = rows[header]!.indexOf("Mỗi công dân một danh tính số (%)")
      expect(column).toBeGreaterThan(2)
      expect(rows.some((row) => row[0] === "Xếp hạng theo: Mỗi công dân một danh tính số")).toBe(true)
      const body = rows.slice(header + 1).filter((row) => row[2] !== "")
      // 6 of 12 adults, then 5/6 (83,3% rounded down) and 1/6 (16,6%).
      expect(body.map((row) => [row[0], row[2], row[column]])).toEqual([
        ["Toàn đơn vị", "Hà Nội", "50"],
        ["1", "Phường Chương Mỹ", "83.3"],
        ["2", "Xã Quảng Bị", "16.6"],
      ])
    })

    it("keeps the ranks when sorted lowest first, and words the headings in English when asked", async () => {
      const rows = await sheetRows(await table("sort=digital-identity&order=asc&lang=en", admin))
      const header = rows.findIndex((row) => row[0] === "Rank")
      expect(rows[header]!.slice(0, 3)).toEqual(["Rank", "Code", "Unit"])
      const body = rows.slice(header + 1).filter((row) => row[2] !== "")
      expect(body.map((row) => [row[0], row[2]])).toEqual([
        ["Whole unit", "Hà Nội"],
        ["2", "Xã Quảng Bị"],
        ["1", "Phường Chương Mỹ"],
      ])
      // An indicator with nothing to measure says so in words, not 0.
      const column = rows[header]!.indexOf("Digital ambassadors meeting the quota (%)")
      expect(column, rows[header]!.join(" | ")).toBeGreaterThan(2)
      expect(body.map((row) => row[column])).toEqual(["No data", "No data", "No data"])
    })

    it("refuses an unknown column, naming the field", async () => {
      const response = await table("sort=popularity", admin)
      expect(response.status).toBe(400)
      const error = await readJson<{ issues: ReadonlyArray<{ path: string }> }>(response)
      expect(error.issues.map((issue) => issue.path)).toEqual(["sort"])
    })

    it("shows a viewer a share of fewer than five people as withheld, in the report and the workbook", async () => {
      const report = await readJson<Report>(
        await db.request(`/api/indicators?unitId=${tree.hanoi}&asOf=${asOf}`, { cookie: viewer }),
      )
      const identity = (figures: ReadonlyArray<Figure>) => figures.find((f) => f.id === "digital-identity")!
      // 6 of 12 is shown; 5 of 6 and 1 of 6 would name the one household apart.
      expect(identity(report.indicators)).toMatchObject({ value: 0.5, numerator: 6 })
      expect(identity(report.indicators).withheld).toBeUndefined()
      for (const child of report.children) {
        expect(identity(child.indicators), child.unit.name).toMatchObject({
          value: null,
          numerator: 0,
          withheld: true,
        })
      }
      const full = await readJson<Report>(
        await db.request(`/api/indicators?unitId=${tree.hanoi}&asOf=${asOf}`, { cookie: admin }),
      )
      expect(full.children.map((child) => identity(child.indicators).numerator).sort()).toEqual([1, 5])

      const rows = await sheetRows(await table("sort=digital-identity", viewer))
      const header = rows.findIndex((row) => row[0] === "Hạng")
      const column = rows[header]!.indexOf("Mỗi công dân một danh tính số (%)")
      const body = rows.slice(header + 1).filter((row) => row[2] !== "")
      expect(body.map((row) => [row[0], row[column]])).toEqual([
        ["Toàn đơn vị", "50"],
        ["", "Không công bố (dưới 5 người)"],
        ["", "Không công bố (dưới 5 người)"],
      ])
    })
  })
  describe("the violations grouped and filtered", () => {
    interface Groups {
      readonly counts: {
        readonly total: number
        readonly categories: Record<string, number>
        readonly levels: Record<string, number>
      }
      readonly shown: number
      readonly groups: ReadonlyArray<{
        readonly rule: string
        readonly category: string
        readonly count: number
        readonly units: ReadonlyArray<{
          readonly unitName: string | null
          readonly unitLevel: string | null
          readonly count: number
          readonly items: ReadonlyArray<{ readonly message: { readonly vi: string } }>
        }>
      }>
    }
    const groups = async (query: string) => {
      const response = await db.request(`/api/violations/groups?unitId=${tree.hanoi}&asOf=${asOf}&${query}`, {
        cookie: admin,
      })
      expect(response.status).toBe(200)
      return readJson<Groups>(response)
    }

    it("puts the breaches of the seed's rules apart from indicators behind schedule, with counts", async () => {
      const all = await groups("")
      const list = await readJson<{ total: number }>(
        await db.request(`/api/violations?unitId=${tree.hanoi}&asOf=${asOf}&pageSize=1`, { cookie: admin }),
      )
      expect(all.counts.total).toBe(list.total)
      expect(all.shown).toBe(all.counts.total)
      expect(all.counts.categories.breach! + all.counts.categories.progress!).toBe(all.counts.total)
      expect(all.groups.reduce((sum, g) => sum + g.count, 0)).toBe(all.counts.total)
      // Breaches first, the commune desks without anyone (errors) before the rest.
      expect(all.groups[0]!.rule).toBe("commune-without-support-staff")
      const firstProgress = all.groups.findIndex((g) => g.category === "progress")
      expect(firstProgress).toBeGreaterThan(0)
      expect(all.groups.slice(firstProgress).every((g) => g.category === "progress")).toBe(true)
    })

    it("filters by category, rule and unit level, keeping the counts of the whole list", async () => {
      const breaches = await groups("category=breach")
      expect(breaches.groups.every((g) => g.category === "breach")).toBe(true)
      expect(breaches.shown).toBe(breaches.counts.categories.breach)

      const desks = await groups("rule=commune-without-support-staff")
      expect(desks.groups.map((g) => g.rule)).toEqual(["commune-without-support-staff"])
      expect(desks.groups[0]!.units.map((u) => [u.unitName, u.unitLevel, u.count]).sort()).toEqual([
        ["Phường Chương Mỹ", "commune", 1],
        ["Xã Quảng Bị", "commune", 1],
      ])
      expect(desks.groups[0]!.units[0]!.items[0]!.message.vi).toMatch(/chưa có nhân sự hỗ trợ/)

      const villages = await groups("level=village")
      expect(villages.shown).toBe(villages.counts.levels.village)
      for (const g of villages.groups) for (const u of g.units) expect(u.unitLevel).toBe("village")
      // A week without a class is a commune's: none at village level.
      const weeks = await groups("level=village&rule=commune-week-without-community-class")
      expect(weeks.shown).toBe(0)
      expect(weeks.groups).toEqual([])
      // At most three examples of a rule in a unit; the count says how many there are.
      const weekly = await groups("rule=commune-week-without-community-class")
      for (const u of weekly.groups[0]!.units) {
        expect(u.count).toBeGreaterThan(3)
        expect(u.items.length).toBe(3)
      }
    })

    it("refuses an unknown rule, naming the field", async () => {
      const response = await db.request(`/api/violations/groups?unitId=${tree.hanoi}&rule=late-lunch`, {
        cookie: admin,
      })
      expect(response.status).toBe(400)
      expect((await readJson<{ issues: ReadonlyArray<{ path: string }> }>(response)).issues[0]!.path).toBe(
        "rule",
      )
    })
  })
  describe("this period against the last", () => {
    interface Change {
      readonly id: string
      readonly now: number | null
      readonly thisPeriod: number | null
      readonly lastPeriod: number | null
      readonly pace: string | null
      readonly withheld?: true
    }
    interface Changes {
      readonly bounds: Record<string, string>
      readonly unit: { readonly indicators: ReadonlyArray<Change> }
      readonly children: ReadonlyArray<{
        readonly unit: { readonly name: string }
        readonly indicators: ReadonlyArray<Change>
      }>
    }
    const comparison = async (query: string, cookie = admin) => {
      const response = await db.request(
        `/api/indicators/comparison?unitId=${tree.hanoi}&asOf=${asOf}&${query}`,
        {
          cookie,
        },
      )
      expect(response.status).toBe(200)
      return readJson<Changes>(response)
    }
    const family = (changes: Changes, name: string) =>
      changes.children.find((c) => c.unit.name === name)!.indicators.find((i) => i.id === "digital-family")!

    it("gives each unit's gain this month so far and in the whole of last month, in points", async () => {
      const month = await comparison("period=month")
      expect(month.bounds).toEqual({
        start: "2026-11-01",
        previousEnd: "2026-10-31",
        previousStart: "2026-10-01",
        beforeEnd: "2026-09-30",
      })
      // 1 of 6 households by September, 2 by October, 4 now: 16,6% → 33,3% → 66,6%.
      expect(family(month, "Phường Chương Mỹ")).toMatchObject({
        now: 4 / 6,
        thisPeriod: 33.3,
        lastPeriod: 16.7,
        pace: "faster",
      })
      expect(family(month, "Xã Quảng Bị")).toMatchObject({
        now: 0,
        thisPeriod: 0,
        lastPeriod: 0,
        pace: "same",
      })
      // The unit's own total: 4 of 12 households now (33,3%), 2 at the end of October (16,6%).
      expect(month.unit.indicators.find((i) => i.id === "digital-family")).toMatchObject({ thisPeriod: 16.7 })
    })

    it("compares this quarter with the last by calendar quarter", async () => {
      const quarter = await comparison("period=quarter")
      expect(quarter.bounds.previousEnd).toBe("2026-09-30")
      expect(family(quarter, "Phường Chương Mỹ")).toMatchObject({
        thisPeriod: 50,
        lastPeriod: 16.6,
        pace: "faster",
      })
    })

    it("blanks for a viewer a share of a handful of people, and refuses an unknown period", async () => {
      const month = await comparison("period=month", viewer)
      expect(family(month, "Phường Chương Mỹ")).toMatchObject({ withheld: true, now: null, thisPeriod: null })
      const bad = await db.request(`/api/indicators/comparison?unitId=${tree.hanoi}&period=week`, {
        cookie: admin,
      })
      expect(bad.status).toBe(400)
      expect((await readJson<{ issues: ReadonlyArray<{ path: string }> }>(bad)).issues[0]!.path).toBe(
        "period",
      )
    })
  })
})
