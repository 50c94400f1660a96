/**
 * Rows as PostgreSQL's COPY text format (`COPY … FROM STDIN`, the default format): one line per row,
 * columns separated by tabs, `\N` for null, and backslash, tab, newline and carriage return escaped.
 * Columns are described by the API's own table specs (`demo/Rows.js`), so a row goes to COPY exactly
 * as the demo generator would insert it.
 */

const special = /[\\\t\n\r]/
const specialAll = /[\\\t\n\r]/g
/** @param {string} c */
const escapeOne = (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r")

/**
 * A text escaped for COPY.
 * @param {string} text
 */
export const escaped = (text) => (special.test(text) ? text.replace(specialAll, escapeOne) : text)

/**
 * A PostgreSQL array literal of texts, `{"a","b"}` (every element quoted, so commas, braces and
 * spaces inside need no other care).
 * @param {ReadonlyArray<string>} values
 */
export const textArray = (values) =>
  `{${values.map((value) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`

/**
 * One column value as COPY text.
 * @param {unknown} value
 * @param {string} type the column's SQL type in the table spec
 */
export const field = (value, type) => {
  if (value === null || value === undefined) return "\\N"
  if (type === "text[]") return escaped(textArray(/** @type {ReadonlyArray<string>} */ (value)))
  if (typeof value === "boolean") return value ? "t" : "f"
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`)
    return String(value)
  }
  return escaped(String(value))
}

/**
 * The snake_case column of a camelCase field (`householdId` → `household_id`), as the API's table
 * writer names them.
 * @param {string} name
 */
export const columnOf = (name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/**
 * The COPY statement of a table spec.
 * @param {{ table: string, columns: ReadonlyArray<readonly [string, string]> }} spec
 */
export const copyStatement = (spec) =>
  `copy ${spec.table} (${spec.columns.map(([column]) => columnOf(column)).join(", ")}) from stdin`

/**
 * Rows of a table spec as COPY text.
 * @param {{ columns: ReadonlyArray<readonly [string, string]> }} spec
 * @param {ReadonlyArray<Record<string, unknown>>} rows
 */
export const lines = (spec, rows) => {
  let text = ""
  for (const row of rows) {
    let line = ""
    for (let i = 0; i < spec.columns.length; i++) {
      const [column, type] = /** @type {readonly [string, string]} */ (spec.columns[i])
      line += (i === 0 ? "" : "\t") + field(row[column], type)
    }
    text += `${line}\n`
  }
  return text
}
