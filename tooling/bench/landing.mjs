/**
 * The public site's JavaScript weight (DESIGN §6: ≤ 50 kB gzip before the map), as the landing size
 * report (landing-size.mjs) measures it on the built site.
 */
import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"

const kB = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} kB`

/**
 * @param {import("./run.mjs").Context} _context
 * @returns {Promise<Array<import("./report.mjs").Row>>}
 */
export const run = async (_context) => {
  const script = fileURLToPath(new URL("./landing-size.mjs", import.meta.url))
  const size = JSON.parse(execFileSync(process.execPath, [script, "--json"], { encoding: "utf8" }))
  return [
    {
      benchmark: "landing: JS on first load (gzip)",
      measured: kB(size.initialGzipBytes),
      budget: `≤ ${kB(size.budgetBytes)}`,
      verdict: size.withinBudget ? "pass" : "FAIL",
      note: `loaded on demand: ${kB(size.lazyGzipBytes)}; page HTML ${kB(size.htmlGzipBytes)} gzip`,
    },
  ]
}
