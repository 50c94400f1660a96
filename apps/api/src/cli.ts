/**
 * The BDHV command line, on the database the environment configures (DATA_DIR or DATABASE_URL, as the
 * server): `bdhv <command>`.
 *
 *   migrate                                  apply pending migrations (and load the administrative units, as every start does)
 *   units load                               load the shipped administrative units (Vietnam from 1 July 2025, Hà Nội
 *                                            before it) if this version is not loaded yet; every start does it too
 *   seed [--scale quick|district|N] [--seed N] [--today YYYY-MM-DD] [--force]
 *                                            generate the demo district (an empty database only, unless --force)
 *   import FILE --commune UNIT_ID            import a commune's list (CSV or XLSX), all or nothing
 *   export report --unit UNIT_ID --asOf YYYY-MM-DD FILE
 *                                            write the indicator report as XLSX
 *   backup FILE [--datadir]                  save the database (portable .jsonl.gz; --datadir: PGlite's folder as .tar.gz)
 *   restore FILE                             restore a backup into an empty database
 *   create-admin --email E --name NAME [--unit UNIT_ID] [--password P]
 *                                            create a district admin (a password is made and shown once if none is given)
 *   explain [--unit UNIT_ID] [--asOf YYYY-MM-DD]
 *                                            EXPLAIN ANALYZE of the dashboard's statements (read from the rollups)
 *   demo                                     migrate, seed the quick demo if empty, and serve everything
 */
import { randomBytes } from "node:crypto"
import { existsSync } from "node:fs"
import { readFile, writeFile } from "node:fs/promises"
import { PGlite } from "@electric-sql/pglite"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import { Effect, ManagedRuntime } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as AppLayer from "./AppLayer.js"
import * as Accounts from "./auth/Accounts.js"
import type { Actor } from "./auth/Actor.js"
import * as Backup from "./backup/Backup.js"
import { type AppConfigShape, ConfigInvalid, fromEnvironment } from "./Config.js"
import * as Seed from "./demo/Seed.js"
import { reportWorkbook } from "./export/ReportWorkbook.js"
import * as ImportJobs from "./import/ImportJobs.js"
import type { Format } from "./import/RowReader.js"
import * as AggregateSql from "./indicators/AggregateSql.js"
import * as Report from "./indicators/Report.js"
import * as Rollups from "./indicators/Rollups.js"
import * as DeploymentScope from "./units/DeploymentScope.js"
import * as ReferenceUnits from "./units/ReferenceUnits.js"
import * as Today from "./Today.js"

/** The actor of commands run at the console: a district admin over everything, recorded as the CLI. */
const console_: Actor = {
  userId: "cli",
  email: "cli@localhost",
  fullName: "Dòng lệnh (CLI)",
  role: "district_admin",
  unitId: null,
  teamId: null,
  guideId: null,
}

interface Args {
  readonly positional: ReadonlyArray<string>
  readonly options: ReadonlyMap<string, string | true>
}

const parseArgs = (argv: ReadonlyArray<string>): Args => {
  const positional: Array<string> = []
  const options = new Map<string, string | true>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined]
      const value =
        inline ?? (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("--") ? argv[++i] : undefined)
      options.set(name, value ?? true)
    } else positional.push(arg)
  }
  return { positional, options }
}

class UsageError extends Error {}

const option = (args: Args, name: string): string | undefined => {
  const value = args.options.get(name)
  return typeof value === "string" ? value : undefined
}
const required = (args: Args, name: string): string => {
  const value = option(args, name)
  if (value === undefined) throw new UsageError(`--${name} is required`)
  return value
}
const dateOption = (args: Args, name: string): CalendarDate.CalendarDate | undefined => {
  const value = option(args, name)
  if (value === undefined) return undefined
  const date = CalendarDate.parse(value)
  if (date === undefined) throw new UsageError(`--${name}: write the date as YYYY-MM-DD`)
  return date
}
const print = (line: string) => process.stdout.write(`${line}\n`)

const openRuntime = (overrides: Partial<AppConfigShape> = {}) => {
  const config = { ...fromEnvironment(process.env), ...overrides }
  return { config, runtime: ManagedRuntime.make(AppLayer.make(config)) }
}

const withDatabase = async <A>(
  effect: Effect.Effect<A, unknown, SqlClient.SqlClient>,
  overrides: Partial<AppConfigShape> = {},
): Promise<A> => {
  const { runtime } = openRuntime(overrides)
  try {
    return await runtime.runPromise(effect)
  } finally {
    await runtime.dispose()
  }
}

const scaleOf = (value: string | undefined): number => {
  if (value === undefined || value === "quick") return Seed.scales.quick
  if (value === "district") return Seed.scales.district
  const n = Number(value)
  if (!Number.isInteger(n) || n < 100)
    throw new UsageError("--scale: quick, district, or a number of people ≥ 100")
  return n
}

const seedIfEmpty = (
  people: number,
  force: boolean,
  seed: number | undefined,
  today: CalendarDate.CalendarDate | undefined,
) =>
  Effect.gen(function* () {
    if (!force && !(yield* Seed.isEmpty)) return undefined
    return yield* Seed.seed({ people, seed, today })
  })

const commands: Record<string, (args: Args) => Promise<void>> = {
  migrate: async () => {
    await withDatabase(Effect.void)
    print("Database migrated.")
  },

  units: async (args) => {
    if (args.positional[1] !== "load") throw new UsageError("units load")
    // Started without the load and the scope, so this command does the load and reports it.
    const { scopeUnit } = fromEnvironment(process.env)
    const result = await withDatabase(
      Effect.tap(ReferenceUnits.ensure, () => DeploymentScope.ensure(scopeUnit)),
      { referenceUnits: false, scopeUnit: undefined },
    )
    print(
      result.loaded
        ? `Administrative units ${result.version}: ${result.units.toLocaleString("en")} units and ${result.links.toLocaleString("en")} parent links written.`
        : `Administrative units ${result.version} were already loaded; nothing changed.`,
    )
  },

  seed: async (args) => {
    const people = scaleOf(option(args, "scale"))
    const seedOption = option(args, "seed")
    const started = performance.now()
    const counts = await withDatabase(
      seedIfEmpty(
        people,
        args.options.has("force"),
        seedOption === undefined ? undefined : Number(seedOption),
        dateOption(args, "today"),
      ),
    )
    if (counts === undefined) {
      print(
        "The database already holds people; nothing seeded (use --force to add the demo district anyway).",
      )
      return
    }
    print(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s:`)
    for (const [table, n] of Object.entries(counts)) print(`  ${table.padEnd(16)} ${n.toLocaleString("en")}`)
  },

  import: async (args) => {
    const file = args.positional[1]
    if (file === undefined) throw new UsageError("import FILE --commune UNIT_ID")
    const communeId = required(args, "commune")
    const format: Format = file.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv"
    const bytes = await readFile(file)
    const summary = await withDatabase(
      Effect.gen(function* () {
        const job = yield* ImportJobs.preview(console_, {
          communeId,
          fileName: file,
          format,
          bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        })
        if (job.issuesTotal > 0)
          return { job, issues: (yield* ImportJobs.issuesOf(console_, job.id, 1, 10_000)).items }
        yield* ImportJobs.confirm(console_, job.id)
        for (;;) {
          const status = yield* ImportJobs.status(console_, job.id)
          if (status.status !== "running") return { job: status, issues: [] }
          yield* Effect.sleep("100 millis")
        }
      }),
    )
    if (summary.issues.length > 0) {
      print(`${summary.issues.length} problem(s); nothing imported:`)
      for (const issue of summary.issues)
        print(`  row ${issue.row}, ${issue.column}: ${issue.message.vi} / ${issue.message.en}`)
      process.exitCode = 1
      return
    }
    print(`Imported ${summary.job.rows} rows: ${JSON.stringify(summary.job.summary)}`)
  },

  export: async (args) => {
    const [, what, file] = args.positional
    if (what !== "report" || file === undefined)
      throw new UsageError("export report --unit UNIT_ID --asOf YYYY-MM-DD FILE")
    const asOf = dateOption(args, "asOf") ?? Effect.runSync(Today.today)
    const report = await withDatabase(Report.report(option(args, "unit"), asOf, undefined))
    await writeFile(file, await reportWorkbook(report, "vi", Effect.runSync(Today.today)))
    print(`Wrote ${file}: ${report.unit.name}, ${report.children.length} units, as at ${asOf}.`)
  },

  backup: async (args) => {
    const file = args.positional[1]
    if (file === undefined) throw new UsageError("backup FILE [--datadir]")
    const config = fromEnvironment(process.env)
    if (args.options.has("datadir")) {
      if (config.database._tag !== "Pglite" || config.database.dataDir === undefined) {
        throw new UsageError("--datadir copies an embedded database's folder: DATABASE_URL must not be set")
      }
      const db = await PGlite.create({ dataDir: config.database.dataDir })
      const dump = await db.dumpDataDir("gzip")
      await writeFile(file, new Uint8Array(await dump.arrayBuffer()))
      await db.close()
      print(`Wrote ${file} (the PGlite folder ${config.database.dataDir}).`)
      return
    }
    const counts = await withDatabase(Backup.backup(file))
    print(
      `Wrote ${file}: ${Object.values(counts)
        .reduce((a, b) => a + b, 0)
        .toLocaleString("en")} rows.`,
    )
  },

  restore: async (args) => {
    const file = args.positional[1]
    if (file === undefined) throw new UsageError("restore FILE")
    const config = fromEnvironment(process.env)
    if (file.endsWith(".tar.gz") || file.endsWith(".tgz")) {
      if (config.database._tag !== "Pglite" || config.database.dataDir === undefined) {
        throw new UsageError("a PGlite folder backup restores into an embedded database only")
      }
      if (existsSync(config.database.dataDir)) {
        throw new UsageError(`${config.database.dataDir} exists: restore a folder backup into a new DATA_DIR`)
      }
      const db = await PGlite.create({
        dataDir: config.database.dataDir,
        loadDataDir: new Blob([await readFile(file)]),
      })
      await db.close()
      print(`Restored ${file} into ${config.database.dataDir}.`)
      return
    }
    // Into a database that holds nothing yet: neither the shipped tree nor a scope (the backup has its own).
    const counts = await withDatabase(Backup.restore(file), { referenceUnits: false, scopeUnit: undefined })
    print(
      `Restored ${Object.values(counts)
        .reduce((a, b) => a + b, 0)
        .toLocaleString("en")} rows from ${file}.`,
    )
  },

  "create-admin": async (args) => {
    const email = required(args, "email")
    const fullName = required(args, "name")
    const given = option(args, "password")
    const password = given ?? randomBytes(12).toString("base64url")
    await withDatabase(
      Accounts.createUser(
        { email, fullName, password, role: "district_admin", unitId: option(args, "unit") ?? null },
        undefined,
      ),
    )
    print(`District admin ${email} created.`)
    if (given === undefined) print(`Password (shown only this once): ${password}`)
  },

  explain: async (args) => {
    const asOf = dateOption(args, "asOf") ?? Effect.runSync(Today.today)
    await withDatabase(
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        const unitId = option(args, "unit")
        const report = yield* Report.report(unitId, asOf, undefined)
        const statements = yield* Rollups.statementsFor(report.unit.id, asOf, Report.trendSnapshotsOf(asOf))
        for (const [i, statement] of statements.entries()) {
          const plan = yield* AggregateSql.runStatement(sql, {
            text: `explain (analyze, buffers) ${statement.text}`,
            params: statement.params,
          })
          print(`-- statement ${i + 1} of ${statements.length}`)
          for (const row of plan) print(String(Object.values(row)[0]))
        }
        for (let i = 0; i < 3; i++) {
          const started = performance.now()
          yield* Report.report(unitId, asOf, undefined)
          print(`-- whole report: ${(performance.now() - started).toFixed(0)} ms`)
        }
      }),
    )
  },

  demo: async () => {
    const people = Seed.scales.quick
    const counts = await withDatabase(seedIfEmpty(people, false, undefined, undefined))
    if (counts !== undefined) print(`Demo data: ${counts.people?.toLocaleString("en")} people in Chương Mỹ.`)
    // The server reads the same environment, opens the same database, and prints its URLs and, on the
    // first start, the demo admin's login.
    await import("./main.js")
  },
}

const main = async () => {
  const args = parseArgs(process.argv.slice(2))
  const name = args.positional[0] ?? "help"
  const command = commands[name]
  if (command === undefined) {
    print("Usage: bdhv <migrate|units|seed|import|export|backup|restore|create-admin|explain|demo> …")
    print("See the header of src/cli.ts for every option.")
    process.exitCode = name === "help" ? 0 : 2
    return
  }
  await command(args)
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || error instanceof ConfigInvalid) {
    process.stderr.write(`${error.message}\n`)
    process.exit(2)
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
