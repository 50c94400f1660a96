/**
 * One cell of a file the system writes (CSV or XLSX): a number, a text, or empty; texts made inert so
 * that a spreadsheet never runs what anyone typed into a form (OWASP's CSV-injection guidance: a cell
 * that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by Excel,
 * LibreOffice and Google Sheets, so it gets a leading `'`, which they show as text).
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"

/** A cell's value: a number stays a number in a spreadsheet, a text is shown as typed. */
export type Cell = string | number | null

const formulaStart = /^[=+\-@\t\r\n]/
// A plain number ("-5", "-64,2", "+3.5") starts with a sign but is no formula: it stays as it is.
const plainNumber = /^[+-]?\d+(?:[.,]\d+)*$/

/** A text as a spreadsheet must show it: with a leading `'` when it would start a formula. */
export const inert = (text: string): string =>
  formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text

/** A cell made inert: numbers and empty cells as they are, texts through {@link inert}. */
export const inertCell = (cell: Cell): Cell => (typeof cell === "string" ? inert(cell) : cell)

const two = (n: number): string => String(n).padStart(2, "0")

/** A calendar date as Vietnamese forms write it: `dd/mm/yyyy`. */
export const dateText = (date: CalendarDate.CalendarDate): string => {
  const { year, month, day } = CalendarDate.toParts(date)
  return `${two(day)}/${two(month)}/${year}`
}

/** An instant in Vietnam time (UTC+7, as the campaign lives it): `dd/mm/yyyy HH:mm`. */
export const instantText = (instant: Date | number): string => {
  const ms = typeof instant === "number" ? instant : instant.getTime()
  const local = new Date(ms + CalendarDate.vietnamOffsetMs)
  return `${dateText(CalendarDate.fromInstant(ms))} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`
}
