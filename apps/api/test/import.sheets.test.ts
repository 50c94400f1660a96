/**
 * Real commune spreadsheets and the national platform's certificates: a list with title rows above its
 * header, the labels people write, Excel dates and merged cells imports; a list with bad rows gives an
 * error report in Excel that reads back with its column of errors and, fixed, imports; the template
 * carries its drop-down lists; a certificate list becomes skill records, its unmatched rows reported.
 */
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import * as Topic from "@bdhv/domain/Topic"
import ExcelJS from "exceljs"
import { beforeAll, describe, expect, it } from "vitest"
import * as Seed from "../src/demo/Seed.js"
import type { JobView } from "../src/import/ImportJobs.js"
import { forEachDatabase, readJson, type TestDatabase } from "./harness.js"

const communeId = ChuongMy.newCommunes[0]!.id
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

const upload = async (
  db: TestDatabase,
  cookie: string,
  path: string,
  name: string,
  content: string | Uint8Array,
  type: string,
) => {
  const form = new FormData()
  form.set("communeId", communeId)
  form.set("file", new Blob([content], { type }), name)
  return db.request(path, { body: form, cookie })
}

const bytesOf = async (workbook: ExcelJS.Workbook) =>
  new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)

const readWorkbook = async (response: Response) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await response.arrayBuffer())
  return workbook
}

const texts = (row: ExcelJS.Row): Array<string> =>
  (row.values as Array<ExcelJS.CellValue>)
    .slice(1)
    .map((v) => (v === null || v === undefined ? "" : String(v)))

const finish = async (db: TestDatabase, cookie: string, id: string): Promise<JobView> => {
  const confirmed = await db.request(`/api/imports/${id}/confirm`, { method: "POST", cookie })
  expect(confirmed.status).toBe(202)
  for (;;) {
    const job = await readJson<JobView>(await db.request(`/api/imports/${id}`, { cookie }))
    if (job.status !== "running") return job
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Two title rows (merged across the sheet, as communes write them), then the header. */
const titled = (sheet: ExcelJS.Worksheet, width: number) => {
  sheet.addRow(["UBND XÃ PHÚ NGHĨA"])
  sheet.addRow(["DANH SÁCH NGƯỜI DÂN THAM GIA PHONG TRÀO BÌNH DÂN HỌC VỤ SỐ"])
  sheet.mergeCells(1, 1, 1, width)
  sheet.mergeCells(2, 1, 2, width)
}

const peopleNamed = (db: TestDatabase, prefix: string) =>
  db.sql(
    (sql) => sql<{
      fullName: string
      birthDate: string | null
      birthYear: number
      code: string
      phone: string | null
    }>`
      select p.full_name, p.birth_date::text as birth_date, p.birth_year, h.code, p.phone
      from people p join households h on h.id = p.household_id
      where h.code like ${`${prefix}%`} and p.deleted_at is null order by p.full_name`,
  )

forEachDatabase((db) => {
  describe("real commune spreadsheets", () => {
    let cookie: string
    let villages: ReadonlyArray<string>
    beforeAll(async () => {
      await db.run(Seed.seed({ people: 60 }))
      cookie = await db.login()
      const rows = await db.sql(
        (sql) => sql<{ name: string }>`
          select u.name from units u join unit_links l on l.child_id = u.id
          where l.parent_id = ${communeId} and l.valid_to is null order by u.name`,
      )
      villages = rows.map((r) => r.name)
      expect(villages.length).toBeGreaterThan(1)
    }, 180_000)

    it("imports a list with two title rows, Vietnamese labels, Excel-serial dates and merged cells", async () => {
      const workbook = new ExcelJS.Workbook()
      const sheet = workbook.addWorksheet("Thôn")
      const header = [
        "STT",
        "Mã hộ gia đình",
        "HO VA TEN",
        "Ngày, tháng, năm sinh",
        "Giới tính",
        "Thôn/Tổ dân phố",
        "Người cao tuổi",
        "Số điện thoại",
      ]
      titled(sheet, header.length)
      sheet.addRow(header)
      sheet.addRow(header.map((_, i) => `(${i + 1})`))
      // Excel keeps a date as a serial number (21256 is 12/03/1958) or, formatted, as a date cell.
      sheet.addRow([1, "TT-001", "Nguyễn Văn Tiêu Đề", 21256, "Nam", villages[0], "x", "0912 345 001"])
      // The household code is merged over the household's two rows: the second row has it too.
      sheet.addRow([2, null, "Trần Thị Tiêu Đề", new Date(Date.UTC(1961, 7, 9)), "Nữ", villages[0], "x", ""])
      sheet.mergeCells(5, 2, 6, 2)
      sheet.addRow([3, "TT-002", "Lê Văn Tiêu Đề", "2/3/1990", "nam", villages[1], "", ""])
      sheet.addRow([4, "TT-002", "Lê Thị Tiêu Đề", "15/11/2012", "NỮ", villages[1], "", ""])
      const response = await upload(
        db,
        cookie,
        "/api/imports",
        "danh-sach-thon.xlsx",
        await bytesOf(workbook),
        xlsxType,
      )
      expect(response.status).toBe(201)
      const job = await readJson<JobView>(response)
      expect(job.issues).toEqual([])
      expect([job.rows, job.validRows, job.invalidRows]).toEqual([4, 4, 0])
      expect(job.warnings.map((w) => [w.row, w.column])).toEqual([[3, "Người cao tuổi"]])
      expect(job.warnings[0]!.message.vi).toContain("ngày sinh")
      const done = await finish(db, cookie, job.id)
      expect(done.summary).toMatchObject({ householdsCreated: 2, peopleCreated: 4 })
      expect(await peopleNamed(db, "TT-")).toEqual([
        { fullName: "Lê Thị Tiêu Đề", birthDate: "2012-11-15", birthYear: 2012, code: "TT-002", phone: null },
        { fullName: "Lê Văn Tiêu Đề", birthDate: "1990-03-02", birthYear: 1990, code: "TT-002", phone: null },
        {
          fullName: "Nguyễn Văn Tiêu Đề",
          birthDate: "1958-03-12",
          birthYear: 1958,
          code: "TT-001",
          phone: "+84912345001",
        },
        {
          fullName: "Trần Thị Tiêu Đề",
          birthDate: "1961-08-09",
          birthYear: 1961,
          code: "TT-001",
          phone: null,
        },
      ])
    })

    it("reads a header written over two rows: a group label over its sub-headers, a label split in two", async () => {
      const workbook = new ExcelJS.Workbook()
      const sheet = workbook.addWorksheet("Thôn")
      titled(sheet, 9)
      // Rows 3 and 4: the labels of the first six columns merged down both rows, "Thông tin số" merged
      // over its two sub-headers, and "Số điện / thoại" split over the two rows.
      sheet.addRow([
        "STT",
        "Mã hộ",
        "Họ và tên",
        "Ngày sinh",
        "Giới tính",
        "Thôn/TDP",
        "Thông tin số",
        null,
        "Số điện",
      ])
      sheet.addRow([null, null, null, null, null, null, "Mức VNeID", "Tài khoản ngân hàng số", "thoại"])
      for (let column = 1; column <= 6; column++) sheet.mergeCells(3, column, 4, column)
      sheet.mergeCells(3, 7, 3, 8)
      sheet.addRow([
        1,
        "HL-001",
        "Phạm Văn Hai Dòng",
        "12/03/1958",
        "Nam",
        villages[0],
        2,
        "Có",
        "0912 345 101",
      ])
      sheet.addRow([2, "HL-001", "Vũ Thị Hai Dòng", "1961", "Nữ", villages[0], 0, "Không", ""])
      const response = await upload(
        db,
        cookie,
        "/api/imports",
        "hai-dong-tieu-de.xlsx",
        await bytesOf(workbook),
        xlsxType,
      )
      expect(response.status).toBe(201)
      const job = await readJson<JobView>(response)
      expect(job.issues).toEqual([])
      expect([job.rows, job.validRows, job.invalidRows]).toEqual([2, 2, 0])
      const done = await finish(db, cookie, job.id)
      expect(done.summary).toMatchObject({ householdsCreated: 1, peopleCreated: 2 })
      const people = await db.sql(
        (sql) => sql<{ fullName: string; vneidLevel: number; digitalBank: boolean; phone: string | null }>`
          select p.full_name, p.vneid_level, p.digital_bank, p.phone
          from people p join households h on h.id = p.household_id
          where h.code = 'HL-001' and p.deleted_at is null order by p.full_name`,
      )
      // The columns named only on the second line are read: VNeID, the bank account, the phone.
      expect(people).toEqual([
        { fullName: "Phạm Văn Hai Dòng", vneidLevel: 2, digitalBank: true, phone: "+84912345101" },
        { fullName: "Vũ Thị Hai Dòng", vneidLevel: 0, digitalBank: false, phone: null },
      ])
    })

    it("says where it looked when no row of the file is a header", async () => {
      const text = "UBND XÃ PHÚ NGHĨA\nDANH SÁCH\nNguyễn Văn An,1958\n"
      const job = await readJson<JobView>(
        await upload(db, cookie, "/api/imports", "khong-tieu-de.csv", text, "text/csv"),
      )
      expect(job.rows).toBe(0)
      expect(job.issuesTotal).toBe(1)
      expect(job.issues[0]!.message.vi).toContain("Không tìm thấy dòng tiêu đề")
      expect(job.issues[0]!.message.vi).toContain("Họ và tên")
    })

    it("gives the bad rows back as an Excel file with a column of errors, which imports once fixed", async () => {
      const workbook = new ExcelJS.Workbook()
      const sheet = workbook.addWorksheet("DS")
      const header = ["Mã hộ", "Họ và tên", "Ngày sinh", "Giới tính", "Thôn", "Ghi chú"]
      titled(sheet, header.length)
      sheet.addRow(header)
      sheet.addRow(["BC-001", "Phạm Văn Báo Cáo", "12/03/1958", "Nam", villages[0], ""])
      sheet.addRow(["BC-001", "Phạm Thị Báo Cáo", "31/02/1960", "Nữ", villages[0], '=HYPERLINK("x")'])
      sheet.addRow(["BC-002", "Đỗ Văn Báo Cáo", "1975", "X", "Thôn Không Có", ""])
      const previewed = await readJson<JobView>(
        await upload(db, cookie, "/api/imports", "danh-sach-loi.xlsx", await bytesOf(workbook), xlsxType),
      )
      expect(previewed.invalidRows).toBe(2)
      expect(previewed.issues.map((i) => [i.row, i.column])).toEqual([
        [5, "Ngày sinh"],
        [6, "Thôn"],
        [6, "Giới tính"],
      ])

      const report = await db.request(`/api/imports/${previewed.id}/report.xlsx`, { cookie })
      expect(report.status).toBe(200)
      expect(report.headers.get("content-type")).toBe(xlsxType)
      const book = await readWorkbook(report)
      const rows = book.worksheets[0]!
      expect(texts(rows.getRow(1))[0]).toBe("UBND XÃ PHÚ NGHĨA")
      expect(texts(rows.getRow(3))).toEqual([...header, "Dòng trong tệp gốc", "Lỗi cần sửa"])
      const bad = texts(rows.getRow(4))
      expect(bad.slice(0, 3)).toEqual(["BC-001", "Phạm Thị Báo Cáo", "31/02/1960"])
      // A cell that would run as a formula comes back inert.
      expect(bad[5]).toBe('\'=HYPERLINK("x")')
      expect(bad[6]).toBe("5")
      expect(bad[7]).toMatch(/^Ngày sinh: /)
      const other = texts(rows.getRow(5))
      expect(other[6]).toBe("6")
      expect(other[7]).toContain("Thôn: ")
      expect(other[7]).toContain("Giới tính: ")
      expect(rows.rowCount).toBe(5)
      const list = book.worksheets[1]!
      expect(texts(list.getRow(2))).toEqual(["Lỗi", "5", "Ngày sinh", previewed.issues[0]!.message.vi])

      // The commune fixes the two rows in the report and uploads it: the added columns are ignored.
      rows.getRow(4).getCell(3).value = "28/02/1960"
      rows.getRow(5).getCell(4).value = "Nam"
      rows.getRow(5).getCell(5).value = villages[1]!
      rows.getRow(4).getCell(6).value = ""
      const fixed = await readJson<JobView>(
        await upload(db, cookie, "/api/imports", "danh-sach-loi-da-sua.xlsx", await bytesOf(book), xlsxType),
      )
      expect([fixed.rows, fixed.issuesTotal]).toEqual([2, 0])
      expect((await finish(db, cookie, fixed.id)).summary).toMatchObject({ peopleCreated: 2 })
    })

    it("keeps the first issues of a long bad file in its report and says how many more there are", async () => {
      const lines = Array.from({ length: 1_205 }, (_, i) => `BL-${i},Người Thứ ${i},1980,X,${villages[0]}`)
      const text = `Mã hộ,Họ và tên,Năm sinh,Giới tính,Thôn\n${lines.join("\n")}\n`
      const job = await readJson<JobView>(
        await upload(db, cookie, "/api/imports", "dai.csv", text, "text/csv"),
      )
      expect(job.issuesTotal).toBe(1_205)
      const book = await readWorkbook(
        await db.request(`/api/imports/${job.id}/report.xlsx?lang=en`, { cookie }),
      )
      const sheet = book.worksheets[0]!
      // The header, 1,000 kept rows, and the line that counts the rest.
      expect(sheet.rowCount).toBe(1 + 1_000 + 1)
      expect(texts(sheet.getRow(1_002))[0]).toContain("205 more problems")
    })

    it("answers the report only to whoever may see the import", async () => {
      const job = await readJson<JobView>(
        await upload(db, cookie, "/api/imports", "x.csv", "Mã hộ,Họ và tên\n", "text/csv"),
      )
      expect((await db.request(`/api/imports/${job.id}/report.xlsx`)).status).toBe(401)
      expect((await db.request("/api/imports/no-such-job/report.xlsx", { cookie })).status).toBe(404)
    })

    it("downloads a template with the commune's villages and the drop-down lists", async () => {
      const response = await db.request(
        `/api/imports/template.xlsx?communeId=${encodeURIComponent(communeId)}`,
        {
          cookie,
        },
      )
      expect(response.status).toBe(200)
      expect(response.headers.get("content-disposition")).toContain(".xlsx")
      const book = await readWorkbook(response)
      const [sheet, guide, lists] = book.worksheets
      expect(texts(sheet!.getRow(3))).toEqual([
        "Mã hộ",
        "Họ và tên",
        "Ngày sinh",
        "Giới tính",
        "Thôn, tổ dân phố",
        "Nhóm đối tượng",
        "Cấp học",
        "Nơi làm việc",
        "Mức VNeID",
        "Tài khoản ngân hàng số",
        "Số điện thoại",
        "Địa chỉ",
      ])
      expect(sheet!.getCell("D4").dataValidation).toMatchObject({ type: "list", formulae: ['"Nam,Nữ"'] })
      expect(sheet!.getCell("J100").dataValidation).toMatchObject({ type: "list", formulae: ['"Có,Không"'] })
      expect(sheet!.getCell("I4").dataValidation?.formulae).toEqual(['"Chưa có,Mức 1,Mức 2"'])
      const villageList = sheet!.getCell("E4").dataValidation?.formulae[0] as string
      expect(villageList).toBe(`'Danh mục'!$A$2:$A$${villages.length + 1}`)
      expect(lists!.state).toBe("hidden")
      expect(
        lists!
          .getColumn(1)
          .values.slice(2)
          .map((v) => String(v)),
      ).toEqual([...villages])
      expect(texts(guide!.getRow(4)).slice(0, 4)).toEqual(["HD-001", "Nguyễn Văn An", "12/03/1958", "Nam"])

      // Filled in as the drop-downs offer, the template imports.
      sheet!.addRow([
        "MAU-001",
        "Vũ Văn Mẫu",
        "01/01/1970",
        "Nam",
        villages[0],
        "",
        "",
        "",
        "Mức 2",
        "Có",
        "",
        "",
      ])
      const job = await readJson<JobView>(
        await upload(db, cookie, "/api/imports", "mau.xlsx", await bytesOf(book), xlsxType),
      )
      expect([job.rows, job.issuesTotal, job.warnings.length]).toEqual([1, 0, 0])
      expect((await db.request("/api/imports/template.xlsx?communeId=nowhere", { cookie })).status).toBe(404)
    })
  })

  describe("the national platform's certificates", () => {
    let cookie: string
    let villages: ReadonlyArray<string>
    const fullId = "001203004567"
    const otherId = "001203009999"
    beforeAll(async () => {
      cookie = await db.login()
      const rows = await db.sql(
        (sql) => sql<{ name: string }>`
          select u.name from units u join unit_links l on l.child_id = u.id
          where l.parent_id = ${communeId} and l.valid_to is null order by u.name`,
      )
      villages = rows.map((r) => r.name)
      // The residents: two namesakes born the same day, one with a phone.
      const list = [
        "Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn,Số điện thoại",
        `CC-001,Hoàng Thị Chứng,04/05/1990,Nữ,${villages[0]},0912 000 111`,
        `CC-002,Bùi Văn Nhận,1985,Nam,${villages[0]},`,
        `CC-003,Ngô Văn Trùng,01/01/1980,Nam,${villages[0]},0912 000 333`,
        `CC-004,Ngô Văn Trùng,01/01/1980,Nam,${villages[1]},0912 000 444`,
        `CC-005,Đinh Thị Khác,07/07/1977,Nữ,${villages[1]},0912 000 555`,
      ].join("\n")
      const job = await readJson<JobView>(
        await upload(db, cookie, "/api/imports", "cc.csv", `${list}\n`, "text/csv"),
      )
      expect(job.issuesTotal).toBe(0)
      expect((await finish(db, cookie, job.id)).status).toBe("done")
    }, 120_000)

    interface CertificateJob {
      id: string
      rows: number
      matchedRows: number
      unmatchedRows: number
      issues: Array<{ row: number; column: string; message: { vi: string; en: string } }>
      issuesTotal: number
      warnings: Array<{ row: number; column: string; message: { vi: string; en: string } }>
      summary: { recordsCreated: number; recordsExisting: number } | null
    }

    const certificateList = () => {
      const workbook = new ExcelJS.Workbook()
      const sheet = workbook.addWorksheet("Chứng chỉ")
      sheet.addRow(["NỀN TẢNG BÌNH DÂN HỌC VỤ SỐ"])
      sheet.addRow(["DANH SÁCH HỌC VIÊN HOÀN THÀNH KHÓA HỌC"])
      sheet.addRow([
        "Số CCCD",
        "SĐT",
        "Họ tên học viên",
        "Ngày sinh",
        "Tên khóa học",
        "Ngày cấp",
        "Số chứng chỉ",
      ])
      // By phone; by a full ID number (cut to its last digits, never kept); unknown; two namesakes and
      // no phone; another phone; an unknown course.
      sheet.addRow([
        "",
        "0912000111",
        "HOANG THI CHUNG",
        "04/05/1990",
        "Kỹ năng số cơ bản",
        46000,
        "BDHV-0001",
      ])
      sheet.addRow([
        fullId,
        "",
        "Bùi Văn Nhận",
        new Date(Date.UTC(1985, 5, 1)),
        "An toàn số",
        "01/12/2025",
        "BDHV-0002",
      ])
      sheet.addRow([otherId, "", "Tạ Văn Vắng", "02/02/1992", "An toàn số", "01/12/2025", "BDHV-0003"])
      sheet.addRow(["5678", "", "Ngô Văn Trùng", "01/01/1980", "An toàn số", "01/12/2025", "BDHV-0004"])
      sheet.addRow([
        "",
        "0987 654 321",
        "Đinh Thị Khác",
        "07/07/1977",
        "An toàn số",
        "01/12/2025",
        "BDHV-0005",
      ])
      sheet.addRow(["", "0912000111", "Hoàng Thị Chứng", "04/05/1990", "Nấu ăn", "01/12/2025", "BDHV-0006"])
      return bytesOf(workbook)
    }

    it("records a certificate list as skill records of the online platform and reports the unmatched rows", async () => {
      const response = await upload(
        db,
        cookie,
        "/api/imports/certificates",
        "chung-chi.xlsx",
        await certificateList(),
        xlsxType,
      )
      expect(response.status).toBe(201)
      const job = await readJson<CertificateJob>(response)
      expect([job.rows, job.matchedRows, job.unmatchedRows]).toEqual([6, 2, 4])
      const byRow = [...job.issues].sort((a, b) => a.row - b.row)
      expect(byRow.map((i) => [i.row, i.column, i.message.en])).toEqual([
        [6, "Họ tên học viên", "No resident has this name and birth date"],
        [7, "Họ tên học viên", expect.stringContaining("Several residents")],
        [8, "Họ tên học viên", "A resident has this name and birth date but another phone number"],
        [9, "Tên khóa học", 'This course matches no topic of the skills catalogue: "Nấu ăn"'],
      ])
      expect(job.warnings.map((w) => [w.column, w.message.en])).toEqual([
        ["Số CCCD", expect.stringContaining("(2 rows)")],
      ])

      const confirmed = await db.request(`/api/imports/certificates/${job.id}/confirm`, {
        method: "POST",
        cookie,
      })
      expect(confirmed.status).toBe(200)
      const done = await readJson<CertificateJob>(confirmed)
      expect(done.summary).toEqual({
        recordsCreated: Topic.defaultCoreTopics.length + 1,
        recordsExisting: 0,
      })
      const records = await db.sql(
        (sql) => sql<{ fullName: string; topicId: string; achievedOn: string; evidenceId: string }>`
          select p.full_name, r.topic_id, r.achieved_on::text as achieved_on, r.evidence_id
          from skill_records r join people p on p.id = r.person_id
          where r.source = 'online_platform' and r.evidence_id like 'BDHV-%' and r.deleted_at is null
          order by r.evidence_id, r.topic_id`,
      )
      expect(records.filter((r) => r.evidenceId === "BDHV-0002")).toEqual([
        {
          fullName: "Bùi Văn Nhận",
          topicId: "digital-safety",
          achievedOn: "2025-12-01",
          evidenceId: "BDHV-0002",
        },
      ])
      const basic = records.filter((r) => r.evidenceId === "BDHV-0001")
      expect(basic.map((r) => r.topicId).sort()).toEqual([...Topic.defaultCoreTopics].sort())
      // 46000 is Excel's serial for 9 December 2025.
      expect(new Set(basic.map((r) => `${r.fullName} ${r.achievedOn}`))).toEqual(
        new Set(["Hoàng Thị Chứng 2025-12-09"]),
      )

      // The same list again adds nothing: a certificate number is recorded once.
      const again = await readJson<CertificateJob>(
        await upload(
          db,
          cookie,
          "/api/imports/certificates",
          "chung-chi.xlsx",
          await certificateList(),
          xlsxType,
        ),
      )
      expect(again.matchedRows).toBe(2)
      const redone = await readJson<CertificateJob>(
        await db.request(`/api/imports/certificates/${again.id}/confirm`, { method: "POST", cookie }),
      )
      expect(redone.summary).toEqual({
        recordsCreated: 0,
        recordsExisting: Topic.defaultCoreTopics.length + 1,
      })
      expect(
        (await db.request(`/api/imports/certificates/${again.id}/confirm`, { method: "POST", cookie }))
          .status,
      ).toBe(409)

      // The unmatched rows download as the list's own rows with their reasons.
      const book = await readWorkbook(await db.request(`/api/imports/${job.id}/report.xlsx`, { cookie }))
      const sheet = book.worksheets[0]!
      expect(texts(sheet.getRow(4)).slice(2, 3)).toEqual(["Tạ Văn Vắng"])
      expect(texts(sheet.getRow(4))[8]).toContain("Họ tên học viên: Không có người nào")
      // No national ID digits are kept: not the number, and not even in the error report's rows.
      expect(texts(sheet.getRow(4))[0]).toBe("…9999")
    })

    it("keeps no national ID number anywhere", async () => {
      const tables = await db.sql(
        (sql) => sql<{ tableName: string }>`
          select table_name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`,
      )
      for (const { tableName } of tables) {
        const rows = await db.sql(
          (sql) => sql<{ row: string }>`select t::text as row from ${sql(tableName)} t`,
        )
        for (const { row } of rows) {
          expect(row, tableName).not.toContain(fullId)
          expect(row, tableName).not.toContain(otherId)
        }
      }
    })
  })
})
