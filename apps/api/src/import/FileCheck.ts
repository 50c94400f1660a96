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
import * as Spreadsheet from "@bdhv/domain/Spreadsheet"
import * as Text from "@bdhv/domain/Text"
import { Result } from "effect"
import { headerText, type Layout } from "./Columns.js"
import * as Header from "./Header.js"
import { type Context, decodeRow, type ImportedPerson, type RowIssue } from "./RowDecoder.js"
import { type FileRow, type Format, rowsOf } from "./RowReader.js"

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
  /** What was read but not used (a derived column such as "Người cao tuổi"): no obstacle to the import. */
  readonly warnings: ReadonlyArray<RowIssue>
  /** The file's title rows and header, and its bad rows as written (the first `issuesKept`): the error report's rows. */
  readonly titles: ReadonlyArray<FileRow>
  readonly header: FileRow | undefined
  readonly badRows: ReadonlyArray<FileRow>
}

const tooManyRows = (row: number): RowIssue => ({
  row,
  column: "",
  message: {
    vi: `Tệp có hơn ${maxRows.toLocaleString("vi-VN")} dòng: hãy chia danh sách (ví dụ theo thôn) rồi tải lên từng phần`,
    en: `The file has more than ${maxRows.toLocaleString("en-US")} rows: split the list (by village, say) and upload each part`,
  },
})

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
  const header = Header.finder(Spreadsheet.residentColumns)
  const warnings: Array<RowIssue> = []
  const badRows: Array<FileRow> = []
  /** A bad row, as the file wrote it, for the error report (as many as the issues kept). */
  const keep = (row: FileRow) => {
    if (badRows.length < issuesKept) badRows.push(row)
  }
  const outcome = (): Outcome => ({
    rows,
    validRows,
    invalidRows,
    issues,
    issuesTotal,
    warnings,
    titles: header.titles(),
    header: header.header(),
    badRows,
  })
  let layout: Layout | undefined
  const householdVillage = new Map<string, { unitId: string; row: number }>()
  const householdSearch = new Map<string, string>()
  const seen = new Map<string, number>()
  for await (const row of rowsOf(format, bytes)) {
    const step = header.next(row)
    if (step._tag === "Title" || step._tag === "Skipped") continue
    if (step._tag === "NoHeader") {
      report(step.issues)
      return outcome()
    }
    if (step._tag === "Header") {
      layout = step.layout
      warnings.push(...Header.derivedWarnings(layout, step.line))
      if (step.issues.length > 0) {
        report(step.issues)
        return outcome()
      }
      if (!step.data) continue
    }
    if (layout === undefined) continue
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
      keep(row)
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
      keep(row)
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
  if (layout === undefined && issuesTotal === 0) report(header.end())
  if (issuesTotal === 0 && staged.length > 0) yield staged
  return outcome()
}
