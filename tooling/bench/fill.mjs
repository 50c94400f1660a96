/**
 * `node tooling/bench/fill.mjs --people 8500000 --tree city`: fills (or finds already filled) the
 * benchmark database of one scale, as `pnpm bench` would before measuring — for starting the long
 * generation of the city on its own, in the background, with a time bound:
 *
 *   timeout 50m node tooling/bench/fill.mjs --people 8500000 --tree city --workers 3 > city.log 2>&1 &
 *
 * `--pglite` fills the embedded PGlite folder of that scale instead (with `Seed.seed`).
 * Needs the built API (`pnpm --filter @bdhv/api build`).
 */
import { parseArgs } from "node:util"
import * as Database from "./database.mjs"

const args = process.argv.slice(2)
const { values } = parseArgs({
  args: args[0] === "--" ? args.slice(1) : args,
  options: {
    people: { type: "string", default: "300000" },
    tree: { type: "string", default: "district" },
    seed: { type: "string", default: "20250326" },
    today: { type: "string", default: "2026-03-26" },
    server: { type: "string", default: "postgres://postgres@127.0.0.1:5432" },
    fresh: { type: "boolean", default: false },
    workers: { type: "string", default: "2" },
    pglite: { type: "boolean", default: false },
  },
})
const people = Number(values.people)
const tree = values.tree === "city" ? "city" : "district"
if (!Number.isInteger(people) || people <= 0)
  throw new Error(`--people must be a whole number, not ${values.people}`)
const started = Date.now()
const log = (/** @type {string} */ line) =>
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`)
const database =
  values.pglite === true
    ? await Database.embedded({
        dataSet: { people, seed: Number(values.seed), today: values.today ?? "2026-03-26" },
        log,
      })
    : await Database.onServer({
        serverUrl: (values.server ?? "").replace(/\/$/, ""),
        name: Database.serverName(people, tree),
        dataSet: { people, seed: Number(values.seed), today: values.today ?? "2026-03-26", tree },
        log,
        fresh: values.fresh === true,
        workers: Number(values.workers),
      })
process.stderr.write(
  `${database.label}: ${JSON.stringify(database.counts)} (${Math.round((Date.now() - started) / 1000)} s)\n`,
)
process.exit(0)
