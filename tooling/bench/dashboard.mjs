/**
 * The dashboard budget (DESIGN §6): every indicator for every unit of a district of 300,000 people
 * ≤ 150 ms on PostgreSQL, and at Hanoi scale (8.5 million people) ≤ 1 s — timed on the API's own
 * indicator computation over the demo district, after warm-up, with the EXPLAIN (ANALYZE, BUFFERS) of
 * its queries saved to results/.
 */
import { hasModule } from "./builtApi.mjs"

/**
 * @param {import("./run.mjs").Context} context
 * @returns {Promise<Array<import("./report.mjs").Row>>}
 */
export const run = async (context) => {
  const database = await context.serverDatabase()
  /** @type {Array<import("./report.mjs").Row>} */
  const rows = [seedRow(database)]
  if (!hasModule("indicators")) {
    rows.push({
      benchmark: "dashboard: all indicators × all units, district (PostgreSQL)",
      measured: "not measured",
      budget: "≤ 150 ms",
      verdict: "blocked",
      note: "the API has no indicator computation yet (apps/api/src/indicators)",
    })
  }
  return rows
}

/**
 * The size of the data set, and how long the API's generator took to write it (when it did now).
 * @param {import("./database.mjs").BenchDatabase} database
 * @returns {import("./report.mjs").Row}
 */
export const seedRow = (database) => {
  const counts = database.counts
  const n = (/** @type {string} */ table) => (counts[table] ?? 0).toLocaleString("en")
  return {
    benchmark: `data set: demo district (${database.label})`,
    measured:
      `${n("people")} people, ${n("households")} households, ${n("skill_records")} skill records` +
      (database.seedSeconds === undefined
        ? " (reused)"
        : `, generated in ${Math.round(database.seedSeconds)} s`),
    budget: "—",
    verdict: "info",
  }
}
