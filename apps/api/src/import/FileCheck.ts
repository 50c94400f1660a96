/**
 * Reading and checking an uploaded list, with no database: every row is decoded by the domain
 * (`RowDecoder`) and checked across rows (a household in two villages, a person listed twice). The rows
 * that passed come out in batches, ready to stage; the issues, the counts and the first `issuesKept`
 * problems come at the end. What a file can make this hold is bounded: its rows (`maxRows`), the issues
 * kept, and what `RowReader` reads.
 *
 * It runs in a worker thread (`ReadWorker`), so a hostile file's parsing never holds the thread that
 * answers requests.
 */
import * as Text from "@bdhv/domain/Text"
import type * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Result } from "effect"
import { type ColumnKey, columns, headerText, layoutOf, requiredColumns } from "./Columns.js"
import { type Context, decodeRow, type ImportedPerson, type RowIssue } from "./RowDecoder.js"
import { type Cell, type Format, rowsOf } from "./RowReader.js"

/** Issues kept of a job (the first ones, in file order); `issuesTotal` counts them all. */
export const issuesKept = 1_000
/** Data rows read from one file; a longer list is refused (split it by village). */
export const maxRows = 200_000
/** Rows that passed, handed on at a time. */
export const batchSize = 2_000

/** A row that passed, with the household's search key. */
export interface CheckedRow extends ImportedPerson {
  readonly householdSearch: string
}

/** What reading the whole file found. */
export interface Outcome {
  readonly rows: number
  readonly validRows: number
  readonly invalidRows: number
  readonly issues: ReadonlyArray<RowIssue>
  readonly issuesTotal: number
}

const missingColumn = (key: ColumnKey): RowIssue => ({
  row: 1,
  column: columns[key].name.vi,
  message: {
    vi: `Thiếu cột "${columns[key].name.vi}"`,
    en: `The column "${columns[key].name.en}" is missing`,
  },
})

const tooManyRows = (row: number): RowIssue => ({
  row,
  column: "",
  message: {
    vi: `Tệp có hơn ${maxRows.toLocaleString("vi-VN")} dòng: hãy chia danh sách (ví dụ theo thôn) rồi tải lên từng phần`,
    en: `The file has more than ${maxRows.toLocaleString("en-US")} rows: split the list (by village, say) and upload each part`,
  },
})

const empty: ValidationMessage.Bilingual = { vi: "Tệp không có dữ liệu", en: "The file is empty" }

/**
 * The rows of a file that passed, `batchSize` at a time, while the file has no problem; once it has one,
 * nothing more (nothing will be written). Returns what the whole file held. Throws `Unreadable`.
 */
export async function* check(
  format: Format,
  bytes: Uint8Array,
  context: Context,
): AsyncGenerator<ReadonlyArray<CheckedRow>, Outcome> {
  const issues: Array<RowIssue> = []
  let issuesTotal = 0
  let rows = 0
  let invalidRows = 0
  let validRows = 0
  let staged: Array<CheckedRow> = []
  const report = (found: ReadonlyArray<RowIssue>) => {
    issuesTotal += found.length
    for (const issue of found) if (issues.length < issuesKept) issues.push(issue)
  }
  const outcome = (): Outcome => ({ rows, validRows, invalidRows, issues, issuesTotal })
  let layout: ReturnType<typeof layoutOf> | undefined
  const householdVillage = new Map<string, { unitId: string; row: number }>()
  const householdSearch = new Map<string, string>()
  const seen = new Map<string, number>()
  for await (const row of rowsOf(format, bytes)) {
    if (layout === undefined) {
      layout = layoutOf(row.cells.map((cell: Cell) => (cell === null ? "" : String(cell).slice(0, 200))))
      const missing = requiredColumns.filter((key) => !layout!.index.has(key))
      if (missing.length > 0) {
        report(missing.map(missingColumn))
        return outcome()
      }
      continue
    }
    if (rows === maxRows) {
      // Said first, whatever else was found: it is the one problem that stops the reading.
      issuesTotal++
      issues.unshift(tooManyRows(row.line))
      if (issues.length > issuesKept) issues.pop()
      return outcome()
    }
    rows++
    const decoded = decodeRow(layout, context, row)
    if (Result.isFailure(decoded)) {
      invalidRows++
      report(decoded.failure)
      continue
    }
    const person = decoded.success
    const home = householdVillage.get(person.householdCode)
    const key = `${person.householdCode}|${person.nameFolded}|${person.birthYear}`
    const twin = seen.get(key)
    const crossIssues: Array<RowIssue> = []
    if (home !== undefined && home.unitId !== person.unitId) {
      crossIssues.push({
        row: row.line,
        column: headerText(layout, "village"),
        message: {
          vi: `Hộ ${person.householdCode} đã ghi ở thôn khác (dòng ${home.row})`,
          en: `Household ${person.householdCode} is in another village on row ${home.row}`,
        },
      })
    }
    if (twin !== undefined) {
      crossIssues.push({
        row: row.line,
        column: headerText(layout, "fullName"),
        message: {
          vi: `Trùng với dòng ${twin}: cùng hộ, họ tên và năm sinh`,
          en: `Same person as row ${twin}: same household, name and birth year`,
        },
      })
    }
    if (crossIssues.length > 0) {
      invalidRows++
      report(crossIssues)
      continue
    }
    if (home === undefined) {
      householdVillage.set(person.householdCode, { unitId: person.unitId, row: row.line })
      // The household is found by its code, its first member's name and its address.
      householdSearch.set(
        person.householdCode,
        Text.searchKey(`${person.householdCode} ${person.fullName} ${person.address ?? ""}`),
      )
    }
    seen.set(key, row.line)
    validRows++
    if (issuesTotal === 0) {
      staged.push({ ...person, householdSearch: householdSearch.get(person.householdCode)! })
      if (staged.length >= batchSize) {
        yield staged
        staged = []
      }
    }
  }
  if (layout === undefined) report([{ row: 1, column: "", message: empty }])
  if (issuesTotal === 0 && staged.length > 0) yield staged
  return outcome()
}
