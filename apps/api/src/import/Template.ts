/**
 * The template of a commune's list of residents, as an Excel workbook to fill in: the list sheet has
 * the commune's title rows, the header with every column's name, and drop-down lists (data validation)
 * for the sex, the commune's villages and residential groups, the VNeID level, the school level and the
 * yes/no column; the guide sheet explains each column and shows a sample row; a hidden sheet holds the
 * villages the drop-down reads. The import reads the first sheet only, so the sample is never imported.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Person from "@bdhv/domain/Person"
import { Effect } from "effect"
import ExcelJS from "exceljs"
import * as SqlClient from "effect/sql/SqlClient"
import * as Today from "../Today.js"
import type { Actor } from "../auth/Actor.js"
import * as Cell from "../export/Cell.js"
import { communeKinds } from "../indicators/AggregateSql.js"
import { inScope, subtree } from "../resources/Scope.js"
import { NotFound } from "../ServiceError.js"
import { type ColumnKey, columns } from "./Columns.js"

/** Rows of the list sheet that carry drop-down lists. */
export const templateRows = 2_000

type Language = "vi" | "en"

const order: ReadonlyArray<ColumnKey> = [
  "householdCode",
  "fullName",
  "birth",
  "sex",
  "village",
  "groups",
  "schoolLevel",
  "employer",
  "vneidLevel",
  "digitalBank",
  "phone",
  "address",
]

/** The values a drop-down offers, as the import reads them back. */
export const choices = {
  sex: ["Nam", "Nữ"],
  vneidLevel: ["Chưa có", "Mức 1", "Mức 2"],
  digitalBank: ["Có", "Không"],
  schoolLevel: ["Tiểu học", "THCS", "THPT", "Nghề", "Đại học"],
} as const

const hints: { readonly [K in ColumnKey]: { readonly vi: string; readonly en: string } } = {
  householdCode: {
    vi: "Mã của hộ, giống nhau cho mọi người cùng hộ (bắt buộc)",
    en: "The household's code, the same for everyone in it (required)",
  },
  fullName: { vi: "Họ và tên đầy đủ (bắt buộc)", en: "Full name (required)" },
  birth: {
    vi: "Ngày/tháng/năm (12/03/1958) hoặc chỉ năm sinh (1958) (bắt buộc)",
    en: "Day/month/year (12/03/1958) or the year only (1958) (required)",
  },
  sex: { vi: "Nam hoặc Nữ (bắt buộc)", en: "Nam (male) or Nữ (female) (required)" },
  village: {
    vi: "Chọn trong danh sách thôn, tổ dân phố của xã (bắt buộc)",
    en: "Pick from the commune's villages and residential groups (required)",
  },
  groups: {
    vi: `Có thể ghi nhiều nhóm, cách nhau bởi dấu chấm phẩy: ${Object.values(Person.groupNames)
      .map((n) => n.vi)
      .join("; ")}`,
    en: `Several groups may be written, separated by semicolons: ${Object.values(Person.groupNames)
      .map((n) => n.en)
      .join("; ")}`,
  },
  schoolLevel: { vi: "Chỉ ghi cho học sinh, sinh viên", en: "Only for students" },
  employer: {
    vi: "Tên doanh nghiệp, hợp tác xã (cho người lao động)",
    en: "The enterprise or cooperative (for workers)",
  },
  vneidLevel: { vi: "Chưa có, Mức 1 hoặc Mức 2", en: "Chưa có (none), Mức 1 or Mức 2" },
  digitalBank: { vi: "Có hoặc Không", en: "Có (yes) or Không (no)" },
  phone: { vi: "Số điện thoại di động hoặc cố định", en: "Mobile or landline number" },
  address: { vi: "Số nhà, ngõ, xóm", en: "House number, lane" },
}

/** The commune and its villages, as the tree stands today, within the actor's scope. */
export const communeOf = (actor: Actor, communeId: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const today = yield* Today.today
    const [commune] = yield* sql<{ id: string; name: string }>`
      select u.id, u.name from units u
      where u.id = ${communeId} and u.deleted_at is null and u.kind in ${sql.in(communeKinds)}
        and u.valid_from <= ${today}::date and (u.valid_to is null or u.valid_to >= ${today}::date)
        and ${inScope(sql, actor, "u.id", today)}`
    if (commune === undefined) return yield* new NotFound({ entity: "unit", id: communeId })
    const villages = yield* sql<{ name: string }>`
      select u.name from units u
      where u.deleted_at is null and u.id <> ${communeId} and u.id in ${subtree(sql, communeId, today)}
      order by u.name`
    return { name: commune.name, villages: villages.map((v) => v.name) }
  })

const list = (values: ReadonlyArray<string>): string => `"${values.join(",")}"`

/** The template workbook for a commune, with its headings in a language. */
export const workbook = async (
  commune: { readonly name: string; readonly villages: ReadonlyArray<string> },
  language: Language,
): Promise<Uint8Array> => {
  const book = new ExcelJS.Workbook()
  book.creator = "BDHV"
  const sheet = book.addWorksheet(language === "vi" ? "Danh sách" : "List")
  const guide = book.addWorksheet(language === "vi" ? "Hướng dẫn" : "Guide")
  const lists = book.addWorksheet(language === "vi" ? "Danh mục" : "Choices", { state: "hidden" })

  sheet.addRow([Cell.inert(commune.name.toUpperCase())]).font = { bold: true }
  sheet.addRow([
    language === "vi"
      ? "DANH SÁCH NGƯỜI DÂN THEO HỘ GIA ĐÌNH — PHONG TRÀO “BÌNH DÂN HỌC VỤ SỐ”"
      : "RESIDENTS BY HOUSEHOLD — “BÌNH DÂN HỌC VỤ SỐ” CAMPAIGN",
  ]).font = { bold: true, size: 13 }
  sheet.mergeCells(1, 1, 1, order.length)
  sheet.mergeCells(2, 1, 2, order.length)
  const headerRow = sheet.addRow(order.map((key) => columns[key].name[language]))
  headerRow.font = { bold: true }
  headerRow.alignment = { wrapText: true, vertical: "middle" }
  sheet.views = [{ state: "frozen", ySplit: headerRow.number }]
  order.forEach((key, i) => {
    sheet.getColumn(i + 1).width = key === "fullName" || key === "address" || key === "groups" ? 26 : 16
  })

  lists.addRow([language === "vi" ? "Thôn, tổ dân phố" : "Villages"])
  for (const village of commune.villages) lists.addRow([Cell.inert(village)])

  const first = headerRow.number + 1
  const last = headerRow.number + templateRows
  const letter = (key: ColumnKey) => String.fromCharCode(65 + order.indexOf(key))
  const validations = sheet as unknown as {
    readonly dataValidations: { add: (range: string, validation: ExcelJS.DataValidation) => void }
  }
  const dropDown = (key: ColumnKey, formula: string) =>
    validations.dataValidations.add(`${letter(key)}${first}:${letter(key)}${last}`, {
      type: "list",
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: columns[key].name[language],
      error: hints[key][language],
      showInputMessage: true,
      promptTitle: columns[key].name[language],
      prompt: hints[key][language].slice(0, 255),
    })
  dropDown("sex", list(choices.sex))
  dropDown("vneidLevel", list(choices.vneidLevel))
  dropDown("digitalBank", list(choices.digitalBank))
  dropDown("schoolLevel", list(choices.schoolLevel))
  if (commune.villages.length > 0) {
    const sheetName = lists.name.replaceAll("'", "''")
    dropDown("village", `'${sheetName}'!$A$2:$A$${commune.villages.length + 1}`)
  }

  guide.addRow([language === "vi" ? "Cách điền danh sách" : "How to fill in the list"]).font = {
    bold: true,
    size: 13,
  }
  guide.addRow([
    language === "vi"
      ? "Điền mỗi người một dòng ở trang “Danh sách”, dưới dòng tiêu đề cột. Có thể giữ các dòng tiêu đề ở trên. Dòng mẫu:"
      : "Fill in one person per row on the “List” sheet, below the column headings; the title rows above may stay. A sample row:",
  ])
  guide.addRow(order.map((key) => columns[key].name[language])).font = { bold: true }
  const village = commune.villages[0] ?? (language === "vi" ? "Thôn Đông" : "Thôn Đông")
  guide.addRow([
    "HD-001",
    "Nguyễn Văn An",
    "12/03/1958",
    "Nam",
    Cell.inert(village),
    language === "vi" ? "Nông dân; Đảng viên" : "Farmer; Party member",
    "",
    "",
    "Mức 2",
    "Có",
    "0912 345 678",
    language === "vi" ? "Số 5, ngõ 2" : "No. 5, lane 2",
  ]).font = { italic: true }
  guide.addRow([])
  guide.addRow([
    language === "vi" ? "Cột" : "Column",
    language === "vi" ? "Cách ghi" : "What to write",
  ]).font = {
    bold: true,
  }
  for (const key of order) guide.addRow([columns[key].name[language], hints[key][language]])
  guide.getColumn(1).width = 24
  guide.getColumn(2).width = 80

  const buffer = await book.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
