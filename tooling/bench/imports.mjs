/**
 * The import budget (DESIGN §6): 100,000 people from CSV and from XLSX, validated row by row, ≤ 10 s;
 * importing the same file again changes nothing. Run through the API's own import pipeline.
 */
import { hasModule } from "./builtApi.mjs"

/**
 * @param {import("./run.mjs").Context} _context
 * @returns {Promise<Array<import("./report.mjs").Row>>}
 */
export const run = async (_context) => {
  if (!hasModule("import") && !hasModule("imports")) {
    return ["CSV", "XLSX"].map((format) => ({
      benchmark: `import: 100,000 people from ${format}`,
      measured: "not measured",
      budget: "≤ 10 s; re-import changes 0 rows",
      verdict: /** @type {const} */ ("blocked"),
      note: "the API has no import pipeline yet (apps/api/src/import)",
    }))
  }
  return []
}
