/**
 * The error report of an import, as an Excel workbook the commune fixes and uploads again: the first
 * sheet is the file's own rows — its title rows, its header, and every row with a problem (as many as
 * the issues kept) — with two columns added, the row's number in the original file and its problems in
 * words naming the column; the bad cells are shaded. The second sheet lists every problem kept, and
 * the warnings. The added columns are no column of the list, so the import ignores them when the
 * fixed sheet comes back.
 *
 * Every text the file brought goes through `Cell.inert`, so nothing typed into the list runs as a
 * formula when the report is opened.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import type * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import ExcelJS from "exceljs"
import * as Cell from "../export/Cell.js"
import type { FileRow } from "./RowReader.js"

/** A row of the file as the report keeps it: its number and cells (dates as dd/mm/yyyy). */
export interface KeptRow {
  readonly line: number
  readonly cells: ReadonlyArray<string | number | boolean | null>
}

/** What an import keeps of a file with problems, for its report. */
export interface KeptRows {
  readonly titles: ReadonlyArray<KeptRow>
  readonly header: KeptRow | null
  readonly rows: ReadonlyArray<KeptRow>
}

/** A problem (or warning) as the report lists it. */
export interface Issue {
  readonly row: number
  readonly column: string
  readonly message: ValidationMessage.Bilingual
}

const dateCell = (cell: Date): string | null => {
  const date = Number.isNaN(cell.getTime()) ? undefined : CalendarDate.parse(cell.toISOString().slice(0, 10))
  return date === undefined ? null : Cell.dateText(date)
}

const keptRow = (row: FileRow): KeptRow => ({
  line: row.line,
  cells: row.cells.map((cell) => (cell instanceof Date ? dateCell(cell) : cell)),
})

/** The rows of a file to keep for its report. */
export const keptRows = (
  titles: ReadonlyArray<FileRow>,
  header: FileRow | undefined,
  rows: ReadonlyArray<FileRow>,
): KeptRows => ({
  titles: titles.map((row) => keptRow(titleOf(row))),
  header: header === undefined ? null : keptRow(header),
  rows: [...rows].sort((a, b) => a.line - b.line).map(keptRow),
})

/** A title merged across the sheet reads as the same text in every cell: it is kept once. */
const titleOf = (row: FileRow): FileRow => {
  const filled = row.cells.filter((cell) => cell !== null && cell !== "")
  return filled.length > 1 && filled.every((cell) => cell === filled[0])
    ? { line: row.line, cells: [filled[0]!] }
    : row
}

const words = {
  sheet: { vi: "Dòng cần sửa", en: "Rows to fix" },
  issuesSheet: { vi: "Danh sách lỗi", en: "Problems" },
  line: { vi: "Dòng trong tệp gốc", en: "Row in the original file" },
  problems: { vi: "Lỗi cần sửa", en: "Problems to fix" },
  row: { vi: "Dòng", en: "Row" },
  column: { vi: "Cột", en: "Column" },
  problem: { vi: "Lỗi", en: "Problem" },
  kind: { vi: "Loại", en: "Kind" },
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Cảnh báo", en: "Warning" },
} as const

const badFill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE2E1" } }

/** A problem in words, naming its column: `Ngày sinh: …`. */
const inWords = (issue: Issue, language: "vi" | "en"): string =>
  issue.column === "" ? issue.message[language] : `${issue.column}: ${issue.message[language]}`

/** The workbook of a report, in a language. */
export const workbook = async (
  report: {
    readonly fileName: string
    readonly issues: ReadonlyArray<Issue>
    readonly issuesTotal: number
    readonly warnings: ReadonlyArray<Issue>
    readonly kept: KeptRows | null
  },
  language: "vi" | "en",
): Promise<Uint8Array> => {
  const book = new ExcelJS.Workbook()
  book.creator = "BDHV"
  const sheet = book.addWorksheet(words.sheet[language])
  const kept = report.kept ?? { titles: [], header: null, rows: [] }
  const width = Math.max(0, ...[kept.header, ...kept.rows].map((row) => row?.cells.length ?? 0))
  const cellsOf = (row: KeptRow) => {
    const cells = [...row.cells]
    while (cells.length < width) cells.push(null)
    return cells.map((cell) => (typeof cell === "string" ? Cell.inert(cell) : cell))
  }
  for (const title of kept.titles) sheet.addRow(cellsOf(title)).font = { bold: true }
  const headerTexts = (kept.header?.cells ?? []).map((cell) => (cell === null ? "" : String(cell).trim()))
  if (kept.header !== null) {
    const row = sheet.addRow([...cellsOf(kept.header), words.line[language], words.problems[language]])
    row.font = { bold: true }
  }
  const byRow = new Map<number, Array<Issue>>()
  for (const issue of report.issues) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue])
  for (const kept_ of kept.rows) {
    const issues = byRow.get(kept_.line) ?? []
    const row = sheet.addRow([
      ...cellsOf(kept_),
      kept_.line,
      Cell.inert(issues.map((issue) => inWords(issue, language)).join("; ")),
    ])
    for (const issue of issues) {
      const at = headerTexts.indexOf(issue.column)
      if (at >= 0) row.getCell(at + 1).fill = badFill
    }
    row.getCell(width + 2).font = { color: { argb: "FFB42318" } }
  }
  if (report.issuesTotal > report.issues.length) {
    const more = report.issuesTotal - report.issues.length
    sheet.addRow([
      language === "vi"
        ? `Còn ${more.toLocaleString("vi-VN")} lỗi nữa chưa ghi ở đây (chỉ giữ ${report.issues.length.toLocaleString("vi-VN")} lỗi đầu tiên). Sửa các dòng trên rồi tải lên lại để xem tiếp.`
        : `${more.toLocaleString("en-US")} more problems are not listed here (only the first ${report.issues.length.toLocaleString("en-US")} are kept). Fix the rows above and upload again to see the rest.`,
    ]).font = { italic: true }
  }
  sheet.getColumn(width + 2).width = 60
  if (kept.header !== null) sheet.views = [{ state: "frozen", ySplit: kept.titles.length + 1 }]

  const list = book.addWorksheet(words.issuesSheet[language])
  list.addRow([
    words.kind[language],
    words.row[language],
    words.column[language],
    words.problem[language],
  ]).font = {
    bold: true,
  }
  for (const issue of report.issues) {
    list.addRow([
      words.error[language],
      issue.row,
      Cell.inert(issue.column),
      Cell.inert(issue.message[language]),
    ])
  }
  for (const warning of report.warnings) {
    list.addRow([
      words.warning[language],
      warning.row,
      Cell.inert(warning.column),
      Cell.inert(warning.message[language]),
    ])
  }
  list.getColumn(3).width = 24
  list.getColumn(4).width = 80
  const buffer = await book.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}
