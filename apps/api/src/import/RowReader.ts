/**
 * Reads the rows of an uploaded list as a stream — CSV with csv-parse, XLSX with exceljs's streaming
 * reader — so a file of 100,000 rows is never held whole as text or as a workbook. Each row comes with
 * its number as the user sees it in their spreadsheet (the header is row 1).
 */
import { Readable } from "node:stream"
import { parse } from "csv-parse"
import ExcelJS from "exceljs"

/** A cell as read: text, a number, a date (Excel dates), a boolean, or nothing. */
export type Cell = string | number | Date | boolean | null

/** One row of the file. */
export interface FileRow {
  /** The row's number in the spreadsheet (1 is the header). */
  readonly line: number
  readonly cells: ReadonlyArray<Cell>
}

/** The formats the import reads. */
export type Format = "csv" | "xlsx"

/** The rows of a CSV file (UTF-8, with or without BOM; comma, semicolon or tab separated). */
export async function* csvRows(input: ReadableStream<Uint8Array>): AsyncGenerator<FileRow> {
  const parser = Readable.fromWeb(input as import("node:stream/web").ReadableStream<Uint8Array>).pipe(
    parse({
      bom: true,
      delimiter: [",", ";", "\t"],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
    }),
  )
  for await (const record of parser as AsyncIterable<{ record: Array<string>; info: { lines: number } }>) {
    yield { line: record.info.lines, cells: record.record.map((cell) => (cell === "" ? null : cell)) }
  }
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

/** The rows of the first worksheet of an XLSX file. */
export async function* xlsxRows(input: ReadableStream<Uint8Array>): AsyncGenerator<FileRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.fromWeb(input as import("node:stream/web").ReadableStream<Uint8Array>),
    { worksheets: "emit", sharedStrings: "cache", styles: "cache", hyperlinks: "ignore" },
  )
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const values = row.values as Array<ExcelJS.CellValue>
      // `values` is 1-based, as Excel counts columns.
      const cells = values.slice(1).map(cellOf)
      if (cells.some((cell) => cell !== null && cell !== "")) yield { line: row.number, cells }
    }
    // Only the first sheet is the list; the others (notes, pivot tables) are left alone.
    return
  }
}

/** The rows of a file in a format. */
export const rowsOf = (format: Format, input: ReadableStream<Uint8Array>): AsyncGenerator<FileRow> =>
  format === "csv" ? csvRows(input) : xlsxRows(input)
