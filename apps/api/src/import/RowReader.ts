/**
 * Reads the rows of an uploaded list as a stream — CSV with csv-parse, XLSX with exceljs's streaming
 * reader — so a file is never held as a workbook. Each row comes with its number as the user sees it in
 * their spreadsheet (the header is row 1).
 *
 * Everything a file can make the server hold is bounded (`readLimits`): a row's size and its number of
 * cells are capped, a cell longer than any field is cut (and reported by the decoder), an XLSX is
 * checked by `ZipGuard` before it is expanded, and a CSV must be UTF-8 — a file in a Vietnamese legacy
 * encoding (Windows-1258, TCVN3, VNI) is refused with a message naming it, not read as mojibake.
 *
 * A merged range of a worksheet gives its value to every cell it covers, as the commune sees it: a
 * household code merged over the household's rows is that code on each row.
 */
import { Readable } from "node:stream"
import type * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { parse } from "csv-parse"
import ExcelJS from "exceljs"
import * as ZipGuard from "./ZipGuard.js"

/** A cell as read: text, a number, a date (Excel dates), a boolean, or nothing. */
export type Cell = string | number | Date | boolean | null

/** One row of the file. */
export interface FileRow {
  readonly line: number
  readonly cells: ReadonlyArray<Cell>
}

/** The formats the import reads. */
export type Format = "csv" | "xlsx"

/** The bounds of what one file is read into. */
export const readLimits = {
  /** Cells read per row; columns further right are not part of a commune's list. */
  cells: 64,
  /** Characters kept of a cell: more than any field holds, so a longer cell is reported, not stored. */
  cellLength: 1_000,
  /**
   * Characters of one CSV record: enough for a cell far longer than any field (which the decoder then
   * refuses with the field's message), and a bound on what an unclosed quote makes the parser hold.
   */
  recordBytes: 16 * 1024 * 1024,
} as const

/** A file that cannot be read, with the reason in words. */
export class Unreadable extends Error {
  constructor(readonly reason: ValidationMessage.Bilingual) {
    super(reason.en)
  }
}

/** A cell cut to `readLimits.cellLength`, keeping one character more so the decoder sees it is too long. */
const bounded = (cell: Cell): Cell =>
  typeof cell === "string" && cell.length > readLimits.cellLength
    ? cell.slice(0, readLimits.cellLength + 1)
    : cell

// Excel rows are sparse arrays: every hole becomes an empty cell.
const cellsOf = (cells: ReadonlyArray<Cell>): ReadonlyArray<Cell> =>
  Array.from(cells.slice(0, readLimits.cells), (cell) => bounded(cell ?? null))

/** Windows-1258 writes tones as combining marks after the letter: these bytes, after a Latin letter. */
const windows1258Tones = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2])

/** The name of the encoding a non-UTF-8 text most likely is in. */
const legacyEncodingOf = (bytes: Uint8Array): string => {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return "UTF-16"
  let tones = 0
  let high = 0
  for (let i = 1; i < Math.min(bytes.length, 1 << 20); i++) {
    const byte = bytes[i]!
    if (byte < 0x80) continue
    high++
    const before = bytes[i - 1]!
    if (
      windows1258Tones.has(byte) &&
      (((before | 0x20) >= 0x61 && (before | 0x20) <= 0x7a) || before >= 0xc0)
    )
      tones++
  }
  return high > 0 && tones * 4 >= high ? "Windows-1258" : "TCVN3/VNI hoặc mã 8-bit khác (8-bit legacy)"
}

/** Refuses a CSV that is not UTF-8, naming what it seems to be. */
export const checkUtf8 = (bytes: Uint8Array): void => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes)
  } catch {
    const encoding = legacyEncodingOf(bytes)
    throw new Unreadable({
      vi: `Tệp CSV không phải mã UTF-8 (có vẻ là ${encoding}). Trong Excel, chọn Lưu thành → "CSV UTF-8", rồi tải lên lại.`,
      en: `The CSV file is not UTF-8 (it looks like ${encoding}). In Excel, choose Save As → "CSV UTF-8" and upload it again.`,
    })
  }
}

/** The rows of a CSV file (UTF-8, with or without BOM; comma, semicolon or tab separated). */
export async function* csvRows(bytes: Uint8Array): AsyncGenerator<FileRow> {
  checkUtf8(bytes)
  const parser = Readable.from(chunksOf(bytes)).pipe(
    parse({
      bom: true,
      delimiter: [",", ";", "\t"],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      max_record_size: readLimits.recordBytes,
    }),
  )
  try {
    for await (const record of parser as AsyncIterable<{ record: Array<string>; info: { lines: number } }>) {
      yield {
        line: record.info.lines,
        cells: cellsOf(record.record.map((cell) => (cell === "" ? null : cell))),
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code === "CSV_MAX_RECORD_SIZE") {
      throw new Unreadable({
        vi: `Tệp có một dòng dài quá ${readLimits.recordBytes / (1024 * 1024)} MB (có thể thiếu dấu ngoặc kép đóng)`,
        en: `A row of the file is longer than ${readLimits.recordBytes / (1024 * 1024)} MB (perhaps a closing quote is missing)`,
      })
    }
    throw error
  } finally {
    parser.destroy()
  }
}

/** The bytes in slices, so the parser works through them a slice at a time. */
function* chunksOf(bytes: Uint8Array): Generator<Buffer> {
  const slice = 256 * 1024
  for (let at = 0; at < bytes.length; at += slice)
    yield Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(slice, bytes.length - at))
}

const cellOf = (value: ExcelJS.CellValue): Cell => {
  if (value === null || value === undefined) return null
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value
  if (value instanceof Date) return value
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("")
    if ("result" in value) return cellOf((value.result ?? null) as ExcelJS.CellValue)
    if ("text" in value && typeof value.text === "string") return value.text
    if ("error" in value) return null
  }
  return String(value)
}

/** A merged range: rows and columns, 1-based and inclusive, as Excel counts them. */
interface Merge {
  readonly top: number
  readonly left: number
  readonly bottom: number
  readonly right: number
}

const columnNumber = (letters: string): number => {
  let n = 0
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64)
  return n
}

/** "A5:B8" → its rows and columns; `undefined` for a range beyond the columns read. */
const mergeOf = (ref: string): Merge | undefined => {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref)
  if (match === null) return undefined
  const [left, right] = [columnNumber(match[1]!), columnNumber(match[3]!)]
  const [top, bottom] = [Number(match[2]), Number(match[4])]
  if (left > readLimits.cells || bottom < top || right < left) return undefined
  return { top, left, bottom, right: Math.min(right, readLimits.cells) }
}

/**
 * Gives each row the values of the merged ranges that cover it: the value of a range is its top-left
 * cell's, and applies to its cells that are empty. Rows arrive in order, so a range's value is known
 * when its first row is read.
 */
const mergeFiller = (refs: ReadonlyArray<string>) => {
  const merges = refs.flatMap((ref) => mergeOf(ref) ?? []).sort((a, b) => a.top - b.top)
  let next = 0
  let open: Array<{ readonly merge: Merge; readonly value: ExcelJS.CellValue }> = []
  return (rowNumber: number, values: Array<ExcelJS.CellValue>): Array<ExcelJS.CellValue> => {
    open = open.filter((o) => o.merge.bottom >= rowNumber)
    while (next < merges.length && merges[next]!.top <= rowNumber) {
      const merge = merges[next++]!
      if (merge.bottom < rowNumber) continue
      // The top-left value, if its row was read; a range whose first row is missing is empty.
      open.push({ merge, value: merge.top === rowNumber ? (values[merge.left] ?? null) : null })
    }
    if (open.length === 0) return values
    const filled = [...values]
    for (const { merge, value } of open) {
      if (value === null || value === undefined) continue
      for (let c = merge.left; c <= merge.right; c++) {
        if (filled[c] === null || filled[c] === undefined || filled[c] === "") filled[c] = value
      }
    }
    return filled
  }
}

/** The rows of the first worksheet of an XLSX file, once `ZipGuard` has found it safe to expand. */
export async function* xlsxRows(bytes: Uint8Array): AsyncGenerator<FileRow> {
  let checked: ZipGuard.Checked
  try {
    checked = await ZipGuard.check(bytes)
  } catch (error) {
    if (error instanceof ZipGuard.ZipRefused) throw new Unreadable(error.reason)
    throw error
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunksOf(bytes)), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
  })
  for await (const worksheet of reader) {
    const id = (worksheet as unknown as { readonly id: string }).id
    const fill = mergeFiller(checked.merges.get(`xl/worksheets/sheet${id}.xml`) ?? [])
    for await (const row of worksheet) {
      const values = fill(row.number, row.values as Array<ExcelJS.CellValue>)
      // `values` is 1-based, as Excel counts columns.
      const cells = cellsOf(values.slice(1, readLimits.cells + 1).map(cellOf))
      if (cells.some((cell) => cell !== null && cell !== "")) yield { line: row.number, cells }
    }
    // Only the first sheet is the list; the others (notes, pivot tables) are left alone.
    return
  }
}

/** The rows of a file in a format. */
export const rowsOf = (format: Format, bytes: Uint8Array): AsyncGenerator<FileRow> =>
  format === "csv" ? csvRows(bytes) : xlsxRows(bytes)
