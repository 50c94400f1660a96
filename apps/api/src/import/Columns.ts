/**
 * The columns of a commune's list of residents, one row per person, as communes keep it in Excel: the
 * domain's `Spreadsheet.residentColumns` (Vietnamese labels with or without accents, English accepted),
 * and how the import names a column in its messages — by the header as the file writes it.
 */
import * as Spreadsheet from "@bdhv/domain/Spreadsheet"
import type { Bilingual } from "@bdhv/domain/ValidationMessage"

/** A column the import reads. */
export type ColumnKey = Spreadsheet.ResidentColumn

/** Each column: its name in both languages (as the template writes it). */
export const columns = Spreadsheet.residentColumns.columns

/** The columns a file must have. */
export const requiredColumns: ReadonlyArray<ColumnKey> = Spreadsheet.residentColumns.required

/** Where each known column is in a header row (0-based), and the header text as the file writes it. */
export type Layout = Spreadsheet.Layout<ColumnKey>

/** Reads a header row. */
export const layoutOf = (headers: ReadonlyArray<string>): Layout =>
  Spreadsheet.layoutOf(Spreadsheet.residentColumns, headers)

/** The header a column has in the file, or its template name when the file lacks it. */
export const headerText = (layout: Layout, key: ColumnKey, language: keyof Bilingual = "vi"): string =>
  layout.header.get(key) ?? columns[key].name[language]
