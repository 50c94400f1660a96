/**
 * The first rows of a CSV file, read in the browser so the import preview can show the file itself
 * with the API's problems marked on it. Reads like the API does: UTF-8 with or without BOM; comma,
 * semicolon or tab separated; quoted cells; empty lines skipped; each row numbered by the file line
 * it ends on, which is how the API names a bad row. The header is found as the API finds it, below the
 * title rows a real list starts with (`Spreadsheet.headerRowIndex`), and the row that numbers the
 * columns under it is left out.
 */
import * as Spreadsheet from "@bdhv/domain/Spreadsheet"

export interface PreviewRow {
  /** The file line the row ends on (the header is line 1). */
  readonly line: number
  readonly cells: ReadonlyArray<string>
}

export interface CsvPreview {
  readonly header: ReadonlyArray<string>
  readonly rows: ReadonlyArray<PreviewRow>
}

const separators = [",", ";", "\t"] as const

/** Parses `text` into rows, keeping at most `limit` data rows after the header. */
export const previewCsv = (text: string, limit = 200): CsvPreview => {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text
  const records: Array<PreviewRow> = []
  let cells: Array<string> = []
  let cell = ""
  let quoted = false
  let line = 1
  let i = 0
  const endRecord = () => {
    cells.push(cell)
    if (cells.some((value) => value.trim() !== "")) records.push({ line, cells })
    cells = []
    cell = ""
  }
  while (i < source.length && records.length <= limit) {
    const char = source[i]!
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"'
        i += 2
        continue
      }
      if (char === '"') quoted = false
      else {
        if (char === "\n") line++
        cell += char
      }
      i++
      continue
    }
    if (char === '"' && cell === "") quoted = true
    else if ((separators as ReadonlyArray<string>).includes(char)) {
      cells.push(cell)
      cell = ""
    } else if (char === "\n" || char === "\r") {
      endRecord()
      if (char === "\r" && source[i + 1] === "\n") i++
      line++
    } else cell += char
    i++
  }
  if (records.length <= limit && (cell !== "" || cells.length > 0)) endRecord()
  const at =
    Spreadsheet.headerRowIndex(
      Spreadsheet.residentColumns,
      records.map((record) => record.cells),
    ) ?? 0
  const header = records[at]
  const rows = records.slice(at + 1).filter((row) => !Spreadsheet.isColumnNumberRow(row.cells))
  return { header: header?.cells ?? [], rows: rows.slice(0, limit) }
}
