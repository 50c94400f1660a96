/**
 * The databases the benchmarks run on, created, migrated and filled by the API's own code:
 * a database of their own on the PostgreSQL server (`bdhv_bench…`, never the test suites' `test`),
 * or an embedded PGlite folder under tooling/bench/.data/. Filled by the API's demo generator at a
 * given scale, then kept: a database is reused while its marker (scale, seed, "today" and a digest of
 * the built generator) still matches, since filling a district takes minutes.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Effect, ManagedRuntime, Redacted } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import { createHash } from "node:crypto"
import * as BulkLoad from "./bulkLoad.mjs"
import pg from "pg"
import { apiDist, fingerprint, load } from "./builtApi.mjs"

/** Where embedded databases live (gitignored). */
export const dataFolder = join(dirname(fileURLToPath(import.meta.url)), ".data")

/**
 * What a benchmark database holds: the demo district at a scale, generated from a seed up to a day.
 * @typedef {object} DataSet
 * @property {number} people
 * @property {number} seed
 * @property {string} today ISO date the generated activity runs up to
 * @property {"district" | "city"} [tree] Chương Mỹ (the default), or Hà Nội's 126 units of 2025
 */

/**
 * A database ready for a benchmark.
 * @typedef {object} BenchDatabase
 * @property {"postgres" | "pglite"} kind
 * @property {any} config the API's DatabaseConfig
 * @property {string} label e.g. "PostgreSQL 15.20 bdhv_bench" or "PGlite .data/pglite-300000"
 * @property {string | undefined} url the connection URL (PostgreSQL only)
 * @property {Record<string, number>} counts rows per table of the generated data
 * @property {number | undefined} seedSeconds time taken to generate and write it now; undefined when reused
 * @property {{ rows: number, seconds: Record<string, number> } | undefined} [loaded] how the bulk load that filled it went
 */

/**
 * What a filled database is marked with; `counts` is added when it is stored.
 * @param {DataSet} dataSet
 */
const markerOf = (dataSet) => ({
  people: dataSet.people,
  seed: dataSet.seed,
  today: dataSet.today,
  tree: dataSet.tree ?? "district",
  // The generator decides the data; migrations added later are applied when the database is opened,
  // as they would be on a production database.
  code: fingerprint(["demo"]),
  loaderVersion: BulkLoad.rowsVersion,
  city: cityDigest,
})

/**
 * Migrations that create only derived objects (tables rebuilt from the records, their functions and
 * triggers): when one's built text changes after a benchmark database was migrated with it — a
 * branch in progress edits its migration in place — the database is not filled again; its objects
 * are dropped and the migration runs again when the database is opened (rebuilding its tables).
 */
const derivedMigrations = [
  { id: 14, file: "db/migrations/0014_indicator_rollups.js" },
  { id: 103, file: "db/migrations/0103_birth_months_days.js" },
]

/** The digests of the built derived migrations, by id. */
const derivedDigests = () =>
  Object.fromEntries(
    derivedMigrations
      .filter(({ file }) => existsSync(join(apiDist, file)))
      .map(({ id, file }) => [
        id,
        createHash("sha256")
          .update(readFileSync(join(apiDist, file)))
          .digest("hex")
          .slice(0, 16),
      ]),
  )

/**
 * Drops what a derived migration made, so that opening the database runs it again.
 * @param {string} url
 * @param {number} id
 */
const resetDerived = async (url, id) => {
  const spec = derivedMigrations.find((m) => m.id === id)
  if (spec === undefined || !existsSync(join(apiDist, spec.file))) return
  const text = readFileSync(join(apiDist, spec.file), "utf8")
  const tables = [...text.matchAll(/create table (\w+)/g)].map((m) => m[1])
  const functions = [...new Set([...text.matchAll(/create function (\w+)/g)].map((m) => m[1]))]
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query("begin")
    for (const table of tables) await client.query(`drop table if exists ${table} cascade`)
    for (const fn of functions) {
      const { rows } = await client.query(
        "select oid::regprocedure::text as signature from pg_proc where proname = $1",
        [fn],
      )
      for (const row of rows) await client.query(`drop function if exists ${row.signature} cascade`)
    }
    await client.query("delete from schema_migrations where migration_id = $1", [id])
    await client.query("commit")
  } finally {
    await client.end()
  }
}

/**
 * Fills the unit tree's closure of a database loaded before the bulk loader fired its triggers
 * (they did not fire under `session_replication_role = replica`): one statement that touches no
 * row of unit_links fires them.
 * @param {string} url
 */
const closeTree = async (url) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query("select exists (select 1 from unit_closure) as present")
    if (rows[0]?.present !== true) await client.query("update unit_links set child_id = child_id where false")
  } finally {
    await client.end()
  }
}

/** A digest of Hà Nội's units the city is generated on. */
const cityDigest = createHash("sha256")
  .update(readFileSync(new URL("./data/hanoi-units-2025.json", import.meta.url)))
  .digest("hex")
  .slice(0, 16)

/**
 * Whether a stored marker describes the same data as a fresh one.
 * @param {Record<string, unknown>} stored
 * @param {ReturnType<typeof markerOf>} marker
 */
const sameData = (stored, marker) =>
  stored.people === marker.people &&
  stored.seed === marker.seed &&
  stored.today === marker.today &&
  stored.code === marker.code &&
  (stored.tree ?? "district") === marker.tree &&
  (stored.loaderVersion ?? 1) === marker.loaderVersion &&
  (marker.tree === "district" || stored.city === undefined || stored.city === marker.city)

/**
 * The name of the server database holding a data set: `bdhv_bench` for the district at 300,000 people,
 * `bdhv_bench_<people>` for the district at other scales, `bdhv_bench_city_<people>` for Hà Nội.
 * @param {number} people
 * @param {"district" | "city"} tree
 */
export const serverName = (people, tree) =>
  tree === "city" ? `bdhv_bench_city_${people}` : people === 300_000 ? "bdhv_bench" : `bdhv_bench_${people}`

/**
 * An Effect that runs `statements` with the SqlClient.
 * @param {(sql: any) => any} statements
 */
const withSql = (statements) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    return yield* statements(sql)
  })

/**
 * A runtime of the API's migrated database layer on a database configuration.
 * @param {any} config the API's DatabaseConfig
 */
export const databaseRuntime = async (config) => {
  const AppLayer = await load("AppLayer.js")
  return ManagedRuntime.make(AppLayer.database({ database: config }))
}

/**
 * Fills a migrated database with the demo district; returns the rows written and the time taken.
 * @param {any} config
 * @param {DataSet} dataSet
 * @param {(line: string) => void} log
 */
const fill = async (config, dataSet, log) => {
  const Seed = await load("demo/Seed.js")
  const runtime = await databaseRuntime(config)
  try {
    const started = performance.now()
    const ticker = setInterval(
      () => log(`  … generating, ${Math.round((performance.now() - started) / 1000)} s`),
      30_000,
    )
    try {
      const counts = await runtime.runPromise(
        Seed.seed({
          people: dataSet.people,
          seed: dataSet.seed,
          today: CalendarDate.CalendarDate.make(dataSet.today),
        }),
      )
      return { counts, seconds: (performance.now() - started) / 1000 }
    } finally {
      clearInterval(ticker)
    }
  } finally {
    await runtime.dispose()
  }
}

/**
 * Runs statements on the server's maintenance database (creating and dropping databases cannot
 * happen inside the database itself).
 * @param {string} serverUrl e.g. postgres://postgres@127.0.0.1:5432
 * @param {(sql: any) => any} statements
 */
const onMaintenance = async (serverUrl, statements) => {
  const Database = await load("db/Database.js")
  const runtime = ManagedRuntime.make(
    Database.layerFor({ _tag: "Postgres", url: Redacted.make(`${serverUrl}/postgres`) }),
  )
  try {
    return await runtime.runPromise(withSql(statements))
  } finally {
    await runtime.dispose()
  }
}

/**
 * A database named `name` on the PostgreSQL server holding the data set: reused when its marker
 * matches (unless `fresh`), else dropped, created and filled.
 * `migrate` migrates the new, empty database (by default this checkout's API database layer does it
 * when opened; the write-cost benchmark has another build's API do it).
 * @param {{ readonly serverUrl: string, readonly name: string, readonly dataSet: DataSet, readonly log: (line: string) => void, readonly fresh?: boolean, readonly workers?: number, readonly migrate?: (url: string) => Promise<void> }} options
 * @returns {Promise<BenchDatabase>}
 */
export const onServer = async ({ serverUrl, name, dataSet, log, fresh = false, workers = 2, migrate }) => {
  if (!/^bdhv_bench[a-z0-9_]*$/.test(name))
    throw new Error(`refusing database "${name}": not a bdhv_bench database`)
  const marker = markerOf(dataSet)
  const url = `${serverUrl}/${name}`
  const config = { _tag: "Postgres", url: Redacted.make(url) }
  const label = `PostgreSQL ${name}`
  /** @type {string | undefined} */
  const existing = await onMaintenance(serverUrl, (sql) =>
    Effect.map(
      sql`select shobj_description(oid, 'pg_database') as marker from pg_database where datname = ${name}`,
      (/** @type {ReadonlyArray<{ marker: string | null }>} */ rows) =>
        rows.length === 0 ? undefined : (rows[0]?.marker ?? ""),
    ),
  )
  if (!fresh && existing !== undefined && existing !== "") {
    const stored = JSON.parse(existing)
    if (sameData(stored, marker)) {
      log(`  reusing ${name} (${dataSet.people.toLocaleString("en")} people, seed ${dataSet.seed})`)
      await closeTree(url)
      const digests = derivedDigests()
      // A database another build migrates (the write cost's "before") is left to that build.
      const changed =
        migrate === undefined ? Object.keys(digests).filter((id) => stored.derived?.[id] !== digests[id]) : []
      if (changed.length > 0) {
        for (const id of changed) {
          log(`  migration ${id} changed since ${name} was migrated: dropping what it made, migrating again…`)
          await resetDerived(url, Number(id))
        }
        const runtime = await databaseRuntime(config)
        try {
          await runtime.runPromise(withSql((sql) => sql`select 1`))
        } finally {
          await runtime.dispose()
        }
        const updated = JSON.stringify({ ...stored, derived: digests }).replace(/'/g, "''")
        await onMaintenance(serverUrl, (sql) => sql.unsafe(`comment on database ${name} is '${updated}'`))
      }
      return {
        kind: "postgres",
        config,
        label,
        url,
        counts: stored.counts,
        seedSeconds: undefined,
        loaded: stored.load === undefined ? undefined : { rows: stored.rowsLoaded, seconds: stored.load },
      }
    }
  }
  log(`  creating ${name} and generating the demo district at ${dataSet.people.toLocaleString("en")} people…`)
  await onMaintenance(serverUrl, (sql) =>
    Effect.andThen(
      sql.unsafe(`drop database if exists ${name} with (force)`),
      sql.unsafe(`create database ${name}`),
    ),
  )
  // Opening the API's database layer migrates the new database; the bulk load then fills it.
  if (migrate !== undefined) await migrate(url)
  else {
    const runtime = await databaseRuntime(config)
    try {
      await runtime.runPromise(withSql((sql) => sql`select 1`))
    } finally {
      await runtime.dispose()
    }
  }
  const loaded = await BulkLoad.bulkLoad({
    url,
    people: dataSet.people,
    seed: dataSet.seed,
    today: dataSet.today,
    tree: dataSet.tree ?? "district",
    workers,
    log,
  })
  const { counts } = loaded
  const seconds = loaded.totalSeconds
  log(
    `  loaded ${loaded.rows.toLocaleString("en")} rows in ${Math.round(seconds)} s (${Object.entries(
      loaded.seconds,
    )
      .map(([name, s]) => `${name} ${Math.round(s)} s`)
      .join(", ")})`,
  )
  const stored = JSON.stringify({
    ...marker,
    counts,
    load: loaded.seconds,
    rowsLoaded: loaded.rows,
    // Migrated by the "before" build (migrate given): none of this build's derived migrations yet.
    derived: migrate === undefined ? derivedDigests() : {},
  }).replace(/'/g, "''")
  await onMaintenance(serverUrl, (sql) => sql.unsafe(`comment on database ${name} is '${stored}'`))
  return {
    kind: "postgres",
    config,
    label,
    url,
    counts,
    seedSeconds: seconds,
    loaded: { rows: loaded.rows, seconds: loaded.seconds },
  }
}

/**
 * `vacuum (analyze)` after the bulk load: autovacuum would do the same within minutes of a load;
 * doing it at once makes the figures independent of when autovacuum happens to pass (visibility map
 * for index-only scans, fresh statistics).
 * @param {any} config
 */
const vacuum = async (config) => {
  const runtime = await databaseRuntime(config)
  try {
    await runtime.runPromise(withSql((sql) => sql.unsafe("vacuum (analyze)")))
  } finally {
    await runtime.dispose()
  }
}

/**
 * An embedded PGlite folder holding the data set, reused when its marker file matches.
 * @param {{ readonly dataSet: DataSet, readonly log: (line: string) => void }} options
 * @returns {Promise<BenchDatabase>}
 */
export const embedded = async ({ dataSet, log }) => {
  const dir = join(dataFolder, `pglite-${dataSet.people}`)
  const markerFile = `${dir}.json`
  const marker = markerOf(dataSet)
  const config = { _tag: "Pglite", dataDir: dir }
  const label = `PGlite .data/pglite-${dataSet.people}`
  if (existsSync(markerFile) && existsSync(dir)) {
    const stored = JSON.parse(readFileSync(markerFile, "utf8"))
    if (sameData(stored, marker)) {
      log(`  reusing ${label}`)
      return { kind: "pglite", config, label, url: undefined, counts: stored.counts, seedSeconds: undefined }
    }
  }
  log(`  creating ${label} and generating ${dataSet.people.toLocaleString("en")} people…`)
  rmSync(markerFile, { force: true })
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dataFolder, { recursive: true })
  const { counts, seconds } = await fill(config, dataSet, log)
  await vacuum(config)
  writeFileSync(markerFile, JSON.stringify({ ...marker, counts }))
  return { kind: "pglite", config, label, url: undefined, counts, seedSeconds: seconds }
}
