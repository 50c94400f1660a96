/**
 * The table every benchmark run prints: one row per figure, with its budget and verdict, under the
 * machine it was measured on. Also written as Markdown and JSON into results/.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { toLine } from "./machine.mjs"

/**
 * One measured figure.
 * @typedef {object} Row
 * @property {string} benchmark e.g. "dashboard: all indicators × all units (PostgreSQL)"
 * @property {string} measured e.g. "median 84 ms, p95 97 ms (20 runs)"
 * @property {string} budget e.g. "≤ 150 ms", or "—" for a figure given for information
 * @property {"pass" | "FAIL" | "error" | "blocked" | "info"} verdict "error": the figure could not be
 *   computed (no request answered, no timed run), which is never a pass
 * @property {string | undefined} [note]
 * @property {string | undefined} [load] the 1-minute load average at the figure's start → end
 */

/**
 * @typedef {object} Run
 * @property {import("./machine.mjs").Machine} machine
 * @property {string} database e.g. "PostgreSQL 15.20 on 127.0.0.1"
 * @property {string} startedAt ISO instant
 * @property {string} loadBefore load average when the run started
 * @property {string} loadAfter load average when it ended
 * @property {ReadonlyArray<Row>} rows
 */

/**
 * @param {ReadonlyArray<ReadonlyArray<string>>} lines
 * @returns {string}
 */
const align = (lines) => {
  const widths = lines[0]?.map((_, i) => Math.max(...lines.map((cells) => (cells[i] ?? "").length))) ?? []
  return lines
    .map((cells) =>
      cells
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n")
}

/** @param {Run} run */
export const toText = (run) =>
  [
    `machine:  ${toLine(run.machine)}`,
    `database: ${run.database}`,
    `load average (1/5/15 min): ${run.loadBefore} at start, ${run.loadAfter} at end`,
    "",
    align([
      ["benchmark", "measured", "budget", "result"],
      ...run.rows.map((row) => [row.benchmark, row.measured, row.budget, row.verdict]),
    ]),
    ...run.rows.filter((row) => row.note !== undefined).map((row) => `  · ${row.benchmark}: ${row.note}`),
  ].join("\n")

/** @param {string} text */
const cell = (text) => text.replace(/\|/g, "\\|")

/**
 * A Markdown table with aligned columns (as the formatter writes it); the first line is the header.
 * @param {ReadonlyArray<ReadonlyArray<string>>} lines
 */
export const markdownTable = (lines) => {
  const width = (/** @type {string} */ text) => [...text].length
  const widths = lines[0]?.map((_, i) => Math.max(3, ...lines.map((cells) => width(cells[i] ?? "")))) ?? []
  /** @param {ReadonlyArray<string>} cells */
  const line = (cells) =>
    `| ${cells.map((text, i) => text + " ".repeat((widths[i] ?? 0) - width(text))).join(" | ")} |`
  const [header = [], ...body] = lines
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)]
}

/** @param {Run} run */
export const toMarkdown = (run) =>
  [
    `Measured ${run.startedAt} on ${toLine(run.machine)}; ${run.database}.`,
    `Load average (1/5/15 min): ${run.loadBefore} at start, ${run.loadAfter} at end.`,
    "",
    ...markdownTable([
      ["benchmark", "measured", "budget", "result"],
      ...run.rows.map((row) => [cell(row.benchmark), cell(row.measured), cell(row.budget), row.verdict]),
    ]),
    "",
    ...run.rows.filter((row) => row.note !== undefined).map((row) => `- ${cell(row.benchmark)}: ${row.note}`),
    "",
  ].join("\n")

/**
 * Writes `<name>.md` and `<name>.json` into the results folder.
 * @param {string} folder
 * @param {string} name
 * @param {Run} run
 */
export const save = (folder, name, run) => {
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, `${name}.md`), toMarkdown(run))
  writeFileSync(join(folder, `${name}.json`), `${JSON.stringify(run, null, 2)}\n`)
}

/**
 * The row of a figure computed from `samples` requests or runs: with none it is an error, whatever
 * the arithmetic made of nothing (0 req/s, a NaN median).
 * @param {Row} row
 * @param {number} samples
 * @returns {Row}
 */
export const fromSamples = (row, samples) =>
  samples > 0 && Number.isFinite(samples)
    ? row
    : {
        ...row,
        measured: `no figure (${row.measured})`,
        verdict: "error",
        note: [row.note, "computed from zero requests or runs: an error, not a result"]
          .filter(Boolean)
          .join("; "),
      }

/** Formats milliseconds for the table. @param {number} ms */
export const ms = (ms) => (ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`)
