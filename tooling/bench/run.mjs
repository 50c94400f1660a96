/**
 * `pnpm bench`: the project's benchmarks against the budgets of DESIGN §6, printed as one table with
 * the machine, and saved to tooling/bench/results/. Benchmarks are a separate command, never timed
 * tests. Everything runs on this machine: the PostgreSQL server on 127.0.0.1, load over loopback.
 *
 *   pnpm bench                              all benchmarks at district scale, then a larger step
 *   pnpm bench -- --only dashboard,api      some of them (dashboard, import, api, landing)
 *   pnpm bench -- --people 300000 --large 1000000 --city 8500000   the district at two scales and
 *                                           Hà Nội's 126 units (0: skip a scale)
 *   pnpm bench -- --runs 30 --seconds 10    timed runs per query, seconds per load test
 *   pnpm bench -- --no-pglite --no-build    skip PGlite figures; use the current builds
 *   pnpm bench -- --only api --no-lists     the public progress alone, without the list load tests
 *   pnpm bench -- --server postgres://postgres@127.0.0.1:5432   where the bench databases live
 */
import { execFileSync } from "node:child_process"
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { parseArgs } from "node:util"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { repositoryRoot } from "./builtApi.mjs"
import * as Database from "./database.mjs"
import * as Document from "./document.mjs"
import * as Machine from "./machine.mjs"
import * as Report from "./report.mjs"

const benchmarks = {
  dashboard: () => import("./dashboard.mjs"),
  import: () => import("./imports.mjs"),
  api: () => import("./api.mjs"),
  landing: () => import("./landing.mjs"),
  writes: () => import("./writes.mjs"),
}

// `pnpm bench -- --only dashboard` hands the script a literal `--` first (pnpm passes it through);
// parseArgs would take everything after it as positionals and refuse them.
const args = process.argv.slice(2)
const { values } = parseArgs({
  args: args[0] === "--" ? args.slice(1) : args,
  options: {
    only: { type: "string", default: Object.keys(benchmarks).join(",") },
    people: { type: "string", default: "300000" },
    large: { type: "string", default: "1000000" },
    city: { type: "string", default: "8500000" },
    seed: { type: "string", default: "20250326" },
    today: { type: "string", default: "2026-03-26" },
    runs: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
    seconds: { type: "string", default: "10" },
    server: { type: "string", default: "postgres://postgres@127.0.0.1:5432" },
    pglite: { type: "boolean", default: true },
    lists: { type: "boolean", default: true },
    build: { type: "boolean", default: true },
    save: { type: "string", default: "latest" },
    before: { type: "string", default: "" },
  },
  allowNegative: true,
})

/** @param {string | undefined} text @param {string} name */
const count = (text, name) => {
  const n = Number(text)
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, not ${text}`)
  return n
}

/**
 * What the benchmarks were asked for.
 * @typedef {object} Options
 * @property {number} people the district scale
 * @property {number} large the district at a larger scale; 0 to skip
 * @property {number} city Hà Nội's 126 units of 2025 at this many people; 0 to skip
 * @property {number} seed
 * @property {string} today
 * @property {number} runs
 * @property {number} warmup
 * @property {number} seconds
 * @property {string} server
 * @property {boolean} pglite
 * @property {boolean} lists the API benchmark's list load tests (`--no-lists`: the public progress alone)
 * @property {string} before a built checkout of the commit before the rollups, for the write cost ("" to skip)
 */

/** @type {Options} */
const options = {
  people: count(values.people, "people"),
  large: count(values.large, "large"),
  city: count(values.city, "city"),
  seed: count(values.seed, "seed"),
  today: values.today ?? "2026-03-26",
  runs: Math.max(1, count(values.runs, "runs")),
  warmup: count(values.warmup, "warmup"),
  seconds: Math.max(1, Math.min(60, count(values.seconds, "seconds"))),
  server: (values.server ?? "").replace(/\/$/, ""),
  pglite: values.pglite === true,
  lists: values.lists === true,
  before: values.before ?? "",
}
const selected = (values.only ?? "").split(",").map((name) => name.trim())
for (const name of selected) {
  if (!(name in benchmarks))
    throw new Error(`unknown benchmark "${name}" (${Object.keys(benchmarks).join(", ")})`)
}

const resultsFolder = join(dirname(fileURLToPath(import.meta.url)), "results")

/** @param {string} line */
const log = (line) => process.stderr.write(`${line}\n`)

/**
 * @template A
 * @param {(key: number) => Promise<A>} make
 */
const memoized = (make) => {
  /** @type {Map<number, Promise<A>>} */
  const made = new Map()
  return (/** @type {number} */ key) => {
    let value = made.get(key)
    if (value === undefined) {
      value = make(key)
      made.set(key, value)
    }
    return value
  }
}

const serverDatabases = memoized((people) =>
  Database.onServer({
    serverUrl: options.server,
    name: Database.serverName(people, "district"),
    dataSet: { people, seed: options.seed, today: options.today },
    log,
  }),
)
const cityDatabases = memoized((people) =>
  Database.onServer({
    serverUrl: options.server,
    name: Database.serverName(people, "city"),
    dataSet: { people, seed: options.seed, today: options.today, tree: "city" },
    log,
  }),
)
const embeddedDatabases = memoized((people) =>
  Database.embedded({ dataSet: { people, seed: options.seed, today: options.today }, log }),
)

/**
 * What every benchmark receives.
 * @typedef {object} Context
 * @property {Options} options
 * @property {(line: string) => void} log progress, on stderr
 * @property {(people?: number) => Promise<Database.BenchDatabase>} serverDatabase the demo district on the server
 * @property {(people?: number) => Promise<Database.BenchDatabase>} embeddedDatabase the demo district in PGlite
 * @property {(people?: number) => Promise<Database.BenchDatabase>} cityDatabase Hà Nội's 126 units on the server
 * @property {string} resultsFolder
 */

/** @type {Context} */
const context = {
  options,
  log,
  serverDatabase: (people = options.people) => serverDatabases(people),
  embeddedDatabase: (people = options.people) => embeddedDatabases(people),
  cityDatabase: (people = options.city) => cityDatabases(people),
  resultsFolder,
}

/**
 * One run at a time on this checkout: runs share the bench databases, and a second run would drop and
 * refill them under the first. The lock file holds the running process's id; a stale one is taken over.
 */
const lockFile = join(Database.dataFolder, "run.lock")
const holderOf = () => {
  try {
    const pid = Number(readFileSync(lockFile, "utf8"))
    process.kill(pid, 0)
    return pid
  } catch {
    return undefined
  }
}
mkdirSync(Database.dataFolder, { recursive: true })
for (let waited = 0; ; waited += 5) {
  try {
    writeFileSync(lockFile, String(process.pid), { flag: "wx" })
    break
  } catch {
    const holder = holderOf()
    if (holder === undefined) {
      rmSync(lockFile, { force: true })
      continue
    }
    if (waited === 0) log(`waiting for the benchmark run of process ${holder} to end…`)
    if (waited >= 3600) {
      log("gave up after an hour of waiting")
      process.exit(2)
    }
    await new Promise((resolve) => setTimeout(resolve, 5000))
  }
}
process.on("exit", () => {
  if (holderOf() === process.pid) rmSync(lockFile, { force: true })
})

if (values.build === true) {
  const filters = [
    ...(selected.some((name) => name !== "landing") ? ["--filter=@bdhv/api"] : []),
    ...(selected.includes("landing") ? ["--filter=@bdhv/landing"] : []),
  ]
  log(`building ${filters.map((f) => f.slice("--filter=".length)).join(", ")}…`)
  try {
    execFileSync("pnpm", ["exec", "turbo", "run", "build", ...filters, "--output-logs=errors-only"], {
      cwd: repositoryRoot,
      stdio: ["ignore", 2, 2],
    })
  } catch {
    log("the build failed (above): nothing measured. Fix it, or measure the current builds with --no-build.")
    process.exit(2)
  }
}

const postgres = Machine.postgresVersion(options.server)
const started = {
  at: new Date().toISOString(),
  load: Machine.loadNow(),
}
/**
 * The innermost message of an error and its causes (a driver's own message is more useful than
 * "Query failed").
 * @param {unknown} error
 * @returns {string}
 */
const reasonOf = (error) => {
  const messages = []
  for (let e = error, depth = 0; e !== undefined && e !== null && depth < 10; depth++) {
    messages.push(e instanceof Error ? e.message : String(e))
    e = typeof e === "object" && "cause" in e ? e.cause : undefined
  }
  // Every line: a configuration error names the setting on its second line.
  return messages
    .filter((m) => m !== "")
    .join(" ← ")
    .replace(/\s*\n\s*/g, " ")
    .slice(0, 800)
}

/** @type {Array<Report.Row>} */
const rows = []
/** @type {Record<string, Document.Group>} */
const groups = {}
const machine = Machine.describe()
const database =
  postgres === undefined ? `PostgreSQL at ${options.server}` : `PostgreSQL ${postgres} on 127.0.0.1`
for (const name of selected) {
  log(`${name}…`)
  const groupStarted = { at: new Date().toISOString(), load: Machine.loadNow() }
  const benchmark = await benchmarks[/** @type {keyof typeof benchmarks} */ (name)]()
  /** @type {Array<Report.Row>} */
  let measured
  try {
    measured = await benchmark.run(context)
  } catch (error) {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error))
    measured = [{ benchmark: name, measured: "failed", budget: "—", verdict: "error", note: reasonOf(error) }]
  }
  const loadAfter = Machine.loadNow()
  const span = `${groupStarted.load.split(" / ")[0]} → ${loadAfter.split(" / ")[0]}`
  measured = measured.map((row) => ({ ...row, load: row.load ?? span }))
  rows.push(...measured)
  groups[name] = {
    machine,
    database,
    startedAt: groupStarted.at,
    endedAt: new Date().toISOString(),
    loadBefore: groupStarted.load,
    loadAfter,
    rows: measured,
  }
  // Each benchmark's figures reach BENCHMARKS.md as soon as they are measured: a run stopped later
  // (a deadline, a crash) keeps what it measured.
  if ((values.save ?? "latest") === "latest")
    Document.write(
      resultsFolder,
      Document.merge(resultsFolder, { [name]: /** @type {Document.Group} */ (groups[name]) }),
    )
}

/** @type {Report.Run} */
const result = {
  machine,
  database,
  startedAt: started.at,
  loadBefore: started.load,
  loadAfter: Machine.loadNow(),
  rows,
}
process.stdout.write(`\n${Report.toText(result)}\n`)
Report.save(resultsFolder, values.save ?? "latest", result)
log(`\nsaved to ${join("tooling/bench/results", `${values.save}.md`)} (and .json)`)
if ((values.save ?? "latest") === "latest") log("BENCHMARKS.md written")
// The API's database pools keep the event loop alive no longer than their runtimes; exit explicitly
// in case a driver holds a socket open.
process.exit(rows.some((row) => row.verdict === "FAIL" || row.verdict === "error") ? 1 : 0)
