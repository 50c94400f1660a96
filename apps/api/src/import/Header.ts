/**
 * Finds the header of a list as the rows of its file arrive: the title rows a real list starts with
 * ("UBND XÃ …", "DANH SÁCH …") are kept aside (the error report writes them back), the header is the
 * first row that names enough columns (`Spreadsheet.isHeaderRow`), and the row that only numbers the
 * columns under it ("(1) (2) (3)…"), or a second header line left by merged header cells, is skipped.
 * A header written over two rows (a group label merged over sub-headers, a label split over two rows,
 * the domain's `Spreadsheet.twoLineHeader`) is read as one: the finder waits for the row under a header
 * before it answers, and the top line is kept with the titles. When no row qualifies, the problems say
 * what was looked for, in words.
 */
import * as Spreadsheet from "@bdhv/domain/Spreadsheet"
import type * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import type { Cell, FileRow } from "./RowReader.js"

/** A problem of the file as a whole (a missing column, no header), for the issue list. */
export interface HeaderIssue {
  readonly row: number
  readonly column: string
  readonly message: ValidationMessage.Bilingual
}

/** The texts of a row's cells, as a header is read. */
export const headerTexts = (row: FileRow): ReadonlyArray<string> =>
  row.cells.map((cell: Cell) => (cell === null ? "" : cell instanceof Date ? "" : String(cell).slice(0, 200)))

/** What a row was to the finder. */
export type Step<K extends string> =
  | { readonly _tag: "Title" }
  | {
      readonly _tag: "Header"
      readonly layout: Spreadsheet.Layout<K>
      readonly issues: ReadonlyArray<HeaderIssue>
      /** The line of the header (its second line, for a header over two rows). */
      readonly line: number
      /** Whether the row just fed is the first row of data (the finder answers one row late). */
      readonly data: boolean
    }
  | { readonly _tag: "Skipped" }
  | { readonly _tag: "Data" }
  | { readonly _tag: "NoHeader"; readonly issues: ReadonlyArray<HeaderIssue> }

const names = <K extends string>(list: Spreadsheet.ListColumns<K>, keys: ReadonlyArray<K>) => ({
  vi: keys.map((key) => list.columns[key].name.vi).join(", "),
  en: keys.map((key) => list.columns[key].name.en).join(", "),
})

const missingIssues = <K extends string>(
  list: Spreadsheet.ListColumns<K>,
  layout: Spreadsheet.Layout<K>,
  line: number,
): ReadonlyArray<HeaderIssue> =>
  Spreadsheet.missingColumns(list, layout).map((key) => ({
    row: line,
    column: list.columns[key].name.vi,
    message: {
      vi: `Thiếu cột "${list.columns[key].name.vi}" ở dòng tiêu đề (dòng ${line})`,
      en: `The column "${list.columns[key].name.en}" is missing from the header (row ${line})`,
    },
  }))

/** A header finder for a kind of list; feed it the file's rows in order. */
export const finder = <K extends string>(list: Spreadsheet.ListColumns<K>) => {
  const titles: Array<FileRow> = []
  let header: FileRow | undefined
  /** A header row waiting for the row under it: a second line of it, or not. */
  let pending: { readonly row: FileRow; readonly texts: ReadonlyArray<string> } | undefined
  let afterHeader = 0
  /** The row naming the most columns so far, for the message when none names enough. */
  let best: { row: FileRow; count: number } | undefined

  const noHeader = (): ReadonlyArray<HeaderIssue> => {
    if (titles.length === 0) {
      return [{ row: 1, column: "", message: { vi: "Tệp không có dữ liệu", en: "The file is empty" } }]
    }
    if (best !== undefined) {
      return missingIssues(list, Spreadsheet.layoutOf(list, headerTexts(best.row)), best.row.line)
    }
    const required = names(list, list.required)
    return [
      {
        row: titles[0]!.line,
        column: "",
        message: {
          vi: `Không tìm thấy dòng tiêu đề cột trong ${Spreadsheet.headerSearchRows} dòng đầu. Dòng tiêu đề cần có các cột: ${required.vi}`,
          en: `No header row in the first ${Spreadsheet.headerSearchRows} rows. The header needs the columns: ${required.en}`,
        },
      },
    ]
  }

  return {
    /** The rows above the header, as the file wrote them. */
    titles: (): ReadonlyArray<FileRow> => titles,
    /** The header row, once found. */
    header: (): FileRow | undefined => header,
    next: (row: FileRow): Step<K> => {
      if (pending !== undefined) {
        const top = pending
        pending = undefined
        const texts = headerTexts(row)
        afterHeader = 1
        const both = Spreadsheet.twoLineHeader(list, top.texts, texts)
        if (both !== undefined) {
          titles.push(top.row)
          header = row
          const layout = Spreadsheet.layoutOf(list, both)
          return {
            _tag: "Header",
            layout,
            issues: missingIssues(list, layout, row.line),
            line: row.line,
            data: false,
          }
        }
        header = top.row
        const layout = Spreadsheet.layoutOf(list, top.texts)
        // Right under the header: its column numbers, or its second line (merged header cells repeat).
        const skipped = Spreadsheet.isColumnNumberRow(texts) || Spreadsheet.isHeaderRow(list, texts)
        if (!skipped) afterHeader = 2
        const issues = missingIssues(list, layout, top.row.line)
        return { _tag: "Header", layout, issues, line: top.row.line, data: !skipped }
      }
      if (header === undefined) {
        const texts = headerTexts(row)
        if (Spreadsheet.isHeaderRow(list, texts)) {
          pending = { row, texts }
          return { _tag: "Skipped" }
        }
        titles.push(row)
        const count = Spreadsheet.knownColumnCount(list, texts)
        if (count > 0 && (best === undefined || count > best.count)) best = { row, count }
        if (titles.length >= Spreadsheet.headerSearchRows) return { _tag: "NoHeader", issues: noHeader() }
        return { _tag: "Title" }
      }
      // Right under the header: its column numbers, or its second line (merged header cells repeat).
      if (afterHeader < 2) {
        afterHeader++
        const texts = headerTexts(row)
        if (Spreadsheet.isColumnNumberRow(texts) || Spreadsheet.isHeaderRow(list, texts))
          return { _tag: "Skipped" }
        afterHeader = 2
      }
      return { _tag: "Data" }
    },
    /** The problems when the file ended before a header was found. */
    end: (): ReadonlyArray<HeaderIssue> => {
      if (pending !== undefined) {
        // A header and nothing under it.
        header = pending.row
        const issues = missingIssues(list, Spreadsheet.layoutOf(list, pending.texts), pending.row.line)
        pending = undefined
        return issues
      }
      return header === undefined ? noHeader() : []
    },
  }
}

/** The warnings for the derived columns of a header ("Người cao tuổi"): ignored, not read. */
export const derivedWarnings = <K extends string>(
  layout: Spreadsheet.Layout<K>,
  line: number,
): ReadonlyArray<HeaderIssue> =>
  layout.derived.map((d) => ({
    row: line,
    column: d.header,
    message: Spreadsheet.derivedColumnWarning(d.header),
  }))
