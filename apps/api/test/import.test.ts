import * as ChuongMy from "@bdhv/domain/ChuongMy"
import ExcelJS from "exceljs"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { beforeAll, describe, expect, it } from "vitest"
import * as Seed from "../src/demo/Seed.js"
import { SeededRandom } from "../src/demo/SeededRandom.js"
import * as VietnameseNames from "../src/demo/VietnameseNames.js"
import type { JobView } from "../src/import/ImportJobs.js"
import { forEachDatabase, readJson, type TestDatabase } from "./harness.js"

const communeId = ChuongMy.newCommunes[0]!.id
const header = [
  "Mã hộ",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Thôn/TDP",
  "Nhóm đối tượng",
  "Cấp học",
  "Nơi làm việc",
  "Mức VNeID",
  "Tài khoản ngân hàng số",
  "Số điện thoại",
  "Địa chỉ",
]

type Line = Array<string>

/** A commune's list of `rows` residents, deterministic, every row valid. */
const makeList = (rows: number, villages: ReadonlyArray<string>, employer: string): Array<Line> => {
  const random = new SeededRandom(7)
  const lines: Array<Line> = []
  let household = 0
  while (lines.length < rows) {
    household++
    const code = `IMP-${String(household).padStart(5, "0")}`
    const village = random.pick(villages)
    const family = VietnameseNames.familyName(random)
    const size = Math.min(random.between(1, 6), rows - lines.length)
    // Two members with the same name and birth year would be one person to the import (twins get
    // different names in the commune's list).
    const names = new Set<string>()
    for (let i = 0; i < size; i++) {
      const male = random.chance(0.5)
      const year = i < 2 ? random.between(1940, 1995) : random.between(2005, 2019)
      const age = 2026 - year
      const groups =
        age <= 17 && age >= 11
          ? "Học sinh"
          : age >= 18 && random.chance(0.2)
            ? "Người lao động"
            : random.pick(["", "", "Nông dân", "Đảng viên", "Tiểu thương; Đoàn viên", "Người khuyết tật"])
      let name = VietnameseNames.fullName(random, family, male ? "male" : "female", year)
      while (names.has(`${name}|${year}`))
        name = VietnameseNames.fullName(random, family, male ? "male" : "female", year)
      names.add(`${name}|${year}`)
      lines.push([
        code,
        name,
        random.chance(0.8) ? `${random.between(1, 28)}/${random.between(1, 12)}/${year}` : String(year),
        male ? "Nam" : "Nữ",
        village,
        groups,
        groups === "Học sinh" ? "THCS" : "",
        groups === "Người lao động" ? employer : "",
        age >= 14 ? random.pick(["Mức 2", "Mức 2", "Mức 1", "Chưa có"]) : "0",
        age >= 16 && random.chance(0.6) ? "Có" : "Không",
        age >= 16 && random.chance(0.4) ? `09${random.between(10_000_000, 99_999_999)}` : "",
        `Số ${household}, ${village}`,
      ])
    }
  }
  return lines
}

const csv = (lines: ReadonlyArray<Line>): string =>
  `\uFEFF${[header, ...lines].map((line) => line.map((v) => (/[",;\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(",")).join("\n")}\n`

const upload = async (
  db: TestDatabase,
  cookie: string,
  name: string,
  content: string | Uint8Array,
  type = "text/csv",
) => {
  const form = new FormData()
  form.set("communeId", communeId)
  form.set("file", new Blob([content], { type }), name)
  return db.request("/api/imports", { body: form, cookie })
}

const finish = async (db: TestDatabase, cookie: string, id: string): Promise<JobView> => {
  const confirmed = await db.request(`/api/imports/${id}/confirm`, { method: "POST", cookie })
  expect(confirmed.status).toBe(202)
  for (;;) {
    const job = await readJson<JobView>(await db.request(`/api/imports/${id}`, { cookie }))
    if (job.status !== "running") return job
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Everything an import writes, as text, so two states can be compared. */
const snapshot = (db: TestDatabase) =>
  db.run(
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const rows = yield* sql<{ line: string }>`
        select concat_ws('|', h.code, h.unit_id, h.address, h.version, p.full_name, p.birth_date, p.birth_year,
          p.sex, p.phone, array_to_string(p.groups, ','), p.school_level, array_to_string(p.employer_ids, ','),
          p.vneid_level, p.digital_bank, p.version) as line
        from people p join households h on h.id = p.household_id
        where h.code like 'IMP-%' order by line`
      return rows.map((r) => r.line)
    }),
  )

forEachDatabase((db) => {
  describe("import of a commune's list", () => {
    let cookie: string
    let villages: ReadonlyArray<string>
    let employer: string
    beforeAll(async () => {
      await db.run(Seed.seed({ people: 300 }))
      cookie = await db.login()
      const context = await db.run(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          const villages = yield* sql<{ name: string }>`
            select u.name from units u join unit_links l on l.child_id = u.id
            where l.parent_id = ${communeId} and l.valid_to is null order by u.name`
          const employers = yield* sql<{ name: string }>`
            select o.name from organizations o
            where o.kind in ('enterprise', 'cooperative')
              and o.unit_id in (select l.child_id from unit_links l where l.parent_id = ${communeId} and l.valid_to is null)
            order by o.name limit 1`
          return { villages: villages.map((v) => v.name), employer: employers[0]!.name }
        }),
      )
      villages = context.villages
      employer = context.employer
    }, 180_000)

    it("names exactly the bad rows of a 10,000-row file and imports nothing", async () => {
      const lines = makeList(10_000, villages, employer)
      // Spreadsheet rows: the header is row 1, so list index i is row i + 2.
      const bad: ReadonlyArray<readonly [row: number, column: string, cell: number, value: string]> = [
        [101, "Ngày sinh", 2, "31/02/1980"],
        [2002, "Giới tính", 3, "X"],
        [5000, "Thôn/TDP", 4, "Thôn Không Có Thật"],
        [7777, "Số điện thoại", 10, "12345"],
        [9999, "Họ và tên", 1, ""],
      ]
      const broken = lines.map((line) => [...line])
      for (const [row, , cell, value] of bad) broken[row - 2]![cell] = value
      const before = await snapshot(db)
      const response = await upload(db, cookie, "danh-sach.csv", csv(broken))
      expect(response.status).toBe(201)
      const job = await readJson<JobView>(response)
      expect(job.rows).toBe(10_000)
      expect(job.invalidRows).toBe(bad.length)
      expect(job.issues.map((i) => [i.row, i.column])).toEqual(bad.map(([row, column]) => [row, column]))
      for (const issue of job.issues) expect(issue.message.vi.length).toBeGreaterThan(5)
      const refused = await db.request(`/api/imports/${job.id}/confirm`, { method: "POST", cookie })
      expect(refused.status).toBe(409)
      expect(await snapshot(db)).toEqual(before)
    }, 240_000)

    it("imports the fixed file, and importing it again changes nothing", async () => {
      const lines = makeList(10_000, villages, employer)
      const first = await readJson<JobView>(await upload(db, cookie, "danh-sach.csv", csv(lines)))
      expect(first.issuesTotal).toBe(0)
      const done = await finish(db, cookie, first.id)
      expect(done.status).toBe("done")
      expect(done.summary).toMatchObject({ peopleCreated: 10_000, peopleUpdated: 0 })
      const after = await snapshot(db)
      expect(after).toHaveLength(10_000)
      const again = await readJson<JobView>(await upload(db, cookie, "danh-sach.csv", csv(lines)))
      const redone = await finish(db, cookie, again.id)
      expect(redone.summary).toEqual({
        householdsCreated: 0,
        householdsUpdated: 0,
        peopleCreated: 0,
        peopleUpdated: 0,
        peopleUnchanged: 10_000,
      })
      expect(await snapshot(db)).toEqual(after)
    }, 240_000)

    it("reads the same list from an Excel workbook", async () => {
      const workbook = new ExcelJS.Workbook()
      const sheet = workbook.addWorksheet("Danh sách")
      sheet.addRow(header)
      const lines = makeList(40, villages, employer).map((line) => {
        const copy: Array<string | number | Date> = [...line]
        copy[0] = line[0]!.replace("IMP-", "IMPX-")
        // Excel keeps dates as dates and years as numbers.
        const dmy = /^(\d+)\/(\d+)\/(\d{4})$/.exec(line[2]!)
        copy[2] =
          dmy === null
            ? Number(line[2])
            : new Date(Date.UTC(Number(dmy[3]), Number(dmy[2]) - 1, Number(dmy[1])))
        return copy
      })
      for (const line of lines) sheet.addRow(line)
      const buffer = await workbook.xlsx.writeBuffer()
      const response = await upload(
        db,
        cookie,
        "danh-sach.xlsx",
        new Uint8Array(buffer as ArrayBuffer),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      )
      expect(response.status).toBe(201)
      const job = await readJson<JobView>(response)
      expect([job.rows, job.issuesTotal]).toEqual([40, 0])
      expect((await finish(db, cookie, job.id)).summary).toMatchObject({ peopleCreated: 40 })
    })

    it("refuses a file of another type (415), a file too large (413), and needs a commune", async () => {
      expect((await upload(db, cookie, "report.pdf", "%PDF-1.7 ...", "application/pdf")).status).toBe(415)
      expect(
        (
          await upload(
            db,
            cookie,
            "fake.xlsx",
            "not a zip",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          )
        ).status,
      ).toBe(415)
      expect((await upload(db, cookie, "big.csv", new Uint8Array(31 * 1024 * 1024).fill(65))).status).toBe(
        413,
      )
      const form = new FormData()
      form.set("file", new Blob([csv([])], { type: "text/csv" }), "empty.csv")
      const noCommune = await db.request("/api/imports", { body: form, cookie })
      expect(noCommune.status).toBe(400)
      const json = await db.request("/api/imports", { body: { communeId }, cookie })
      expect(json.status).toBe(415)
    })

    it("imports a plain five-column list, every other column empty in every row", async () => {
      const lines = [
        ["IMP5-001", "Nguyễn Văn Năm", "1970", "Nam", villages[0]!],
        ["IMP5-001", "Trần Thị Năm", "12/03/1972", "Nữ", villages[0]!],
        ["IMP5-002", "Lê Văn Sáu", "1980", "Nam", villages[0]!],
      ]
      const text = `${["Mã hộ", "Họ và tên", "Ngày sinh", "Giới tính", "Thôn"].join(",")}\n${lines.map((l) => l.join(",")).join("\n")}\n`
      const job = await readJson<JobView>(await upload(db, cookie, "nam-cot.csv", text))
      expect([job.rows, job.issuesTotal]).toEqual([3, 0])
      const done = await finish(db, cookie, job.id)
      expect(done.error).toBeNull()
      expect(done.summary).toMatchObject({ householdsCreated: 2, peopleCreated: 3 })
    })

    it("names the missing columns of a list", async () => {
      const response = await upload(db, cookie, "thieu-cot.csv", "Họ và tên,Giới tính\nNguyễn Văn An,Nam\n")
      const job = await readJson<JobView>(response)
      expect(job.issues.map((i) => i.column)).toEqual(["Mã hộ", "Ngày sinh", "Thôn, tổ dân phố"])
    })
  })
})
