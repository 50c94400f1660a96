/**
 * Fills a benchmark database on PostgreSQL fast enough for a city. The rows are the API's own demo
 * generator's (`demo/DemoDistrict.generate`, what `Seed.seed` runs — so the shapes and distributions
 * are the demo's, deterministic from the seed), but each batch goes to the server as one
 * `COPY … FROM STDIN` in text format instead of an INSERT, on one connection that the server works
 * on while this process generates the next batch. For the load, on that connection only:
 *
 * - `session_replication_role = replica`: no trigger fires — neither the derived-table triggers
 *   (migrations 0009 and 0013; the demo seed disables the same ones) nor the foreign-key checks, which
 *   are triggers too. The generator is the one the seed tests check with every constraint on, and a
 *   load with `checked: true` keeps the foreign-key checks to prove the mapping below keeps them.
 * - the secondary indexes of the bulk tables are dropped and built once at the end (as `Seed.seed`
 *   does); primary keys and unique constraints stay, so duplicates are still refused.
 * - then every derived table is rebuilt once by the database's own rebuild function
 *   (`bdhv_rebuild_indicator_tables()` of migration 0014 — person_skill_dates, household_dates, the
 *   indicator facts and rollups —, or before it the two refresh functions of 0009 and 0013).
 *
 * Two trees:
 * - **district** — Chương Mỹ: exactly the demo district of `Seed.seed` (same ids, same rows).
 * - **city** — Hà Nội as of 1 July 2025, its 126 communes and wards (`data/hanoi-units-2025.json`,
 *   from the shared reference data) with invented villages under each (synthetic names). Generated
 *   as 18 pieces of 7 commune-level units, each a demo district of `people / 18`: piece 0 is Chương Mỹ
 *   itself (its 7 new units are among the 126, with their history); piece k (seed + k) puts the 7 new
 *   units of its generated district onto 7 more of Hà Nội's units and gives its villages and records
 *   ids of their own. Those pieces have no history before 1 July 2025 (Hà Nội's former districts and
 *   communes are not modelled): their villages start on 1 July 2025, and what the generator files
 *   under a former commune or the district (its desks and posts before the reform) is left out.
 */
import { readFileSync } from "node:fs"
import { Worker } from "node:worker_threads"
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import { Effect } from "effect"
import pg from "pg"
import { from as copyFrom } from "pg-copy-streams"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import { load } from "./builtApi.mjs"
import * as CopyText from "./copyText.mjs"

/**
 * The version of the rows this loader writes beyond the generator's own (the city's mapping): a
 * benchmark database is filled again when it changes. The generator is fingerprinted apart.
 */
export const rowsVersion = 1

/** Hà Nội's commune-level units from 1 July 2025. */
export const city =
  /** @type {{ province: { code: string, name: string }, validFrom: string, units: ReadonlyArray<{ code: string, name: string, kind: string }> }} */ (
    JSON.parse(readFileSync(new URL("./data/hanoi-units-2025.json", import.meta.url), "utf8"))
  )

/** The tables the generator fills in bulk, whose secondary indexes are built after the load. */
const bulkTables = [
  "organizations",
  "households",
  "people",
  "classes",
  "class_topics",
  "enrollments",
  "skill_records",
  "guides",
  "guide_learners",
  "teams",
  "team_members",
  "visits",
  "visit_topics",
  "support_staff",
  "posts",
  "events",
]

/** Columns holding a unit's id. */
const unitColumns = new Set(["unitId", "childId", "parentId"])
/** Columns ending in Id that name a catalogue entry, the same in every piece. */
const sharedIdColumns = new Set(["topicId", "indicatorId"])

/**
 * How piece `k` (≥ 1) of the city rewrites a generated row, or drops it (null): record ids get the
 * piece's prefix, Chương Mỹ's new units become 7 other units of Hà Nội, villages get ids of their own
 * and start on 1 July 2025, rows filed under a former commune or the district are dropped.
 * @param {number} k
 * @param {ReadonlyArray<string>} targets the 7 unit ids of Hà Nội this piece fills, in the order of ChuongMy.newCommunes
 */
const pieceMapping = (k, targets) => {
  const prefix = `c${String(k).padStart(2, "0")}-`
  const newUnits = new Map(ChuongMy.newCommunes.map((unit, i) => [String(unit.id), targets[i]]))
  const chuongMy = new Set(ChuongMy.units.map((unit) => String(unit.id)))
  /** @param {string} id @returns {string | undefined} */
  const unit = (id) => newUnits.get(id) ?? (chuongMy.has(id) ? undefined : `vn:${prefix}${id.slice(3)}`)
  /** @param {unknown} id */
  const record = (id) => (id === null || id === undefined ? id : prefix + String(id))
  /**
   * @param {{ table: string, columns: ReadonlyArray<readonly [string, string]> }} spec
   * @returns {((row: Record<string, any>) => Record<string, any> | null)}
   */
  const rowMapping = (spec) => {
    if (spec.table === "topics" || spec.table === "targets") return () => null
    if (spec.table === "units")
      return (row) =>
        chuongMy.has(row.id)
          ? null
          : { ...row, id: unit(row.id), validFrom: ChuongMy.reformDate, successors: [] }
    if (spec.table === "unit_links")
      return (row) => {
        const parent = newUnits.get(row.parentId)
        return parent === undefined || chuongMy.has(row.childId)
          ? null
          : { ...row, childId: unit(row.childId), parentId: parent }
      }
    const columns = spec.columns.map(([column]) => column)
    return (row) => {
      /** @type {Record<string, any>} */
      const mapped = {}
      for (const column of columns) {
        const value = row[column]
        if (unitColumns.has(column)) {
          const id = value === null || value === undefined ? value : unit(value)
          if (id === undefined) return null
          mapped[column] = id
        } else if (column === "id" || (column.endsWith("Id") && !sharedIdColumns.has(column))) {
          mapped[column] = record(value)
        } else if (column.endsWith("Ids")) {
          mapped[column] = /** @type {ReadonlyArray<string>} */ (value).map(record)
        } else mapped[column] = value
      }
      return mapped
    }
  }
  return rowMapping
}

/**
 * The units of Hà Nội other than Chương Mỹ's 7, with their links to the city (from 1 July 2025).
 * @returns {{ units: Array<Record<string, any>>, links: Array<Record<string, any>>, others: Array<string> }}
 */
const otherCityUnits = () => {
  const chuongMyCodes = new Set(ChuongMy.newCommunes.map((unit) => unit.code))
  const others = city.units.filter((unit) => !chuongMyCodes.has(unit.code))
  const ids = others.map((unit) => String(ChuongMy.newCommuneId(unit.code)))
  return {
    units: others.map((unit, i) => ({
      id: ids[i],
      code: unit.code,
      name: unit.name,
      nameFolded: null,
      kind: unit.kind,
      validFrom: city.validFrom,
      validTo: null,
      successors: [],
    })),
    links: ids.map((id) => ({
      childId: id,
      parentId: String(ChuongMy.hanoi.id),
      validFrom: city.validFrom,
      validTo: null,
    })),
    others: ids,
  }
}

/**
 * What to load.
 * @typedef {object} LoadOptions
 * @property {string} url the benchmark database (created and migrated)
 * @property {number} people
 * @property {number} seed
 * @property {string} today
 * @property {"district" | "city"} tree
 * @property {boolean} [checked] keep the foreign-key checks (slower; proves the rows fit)
 * @property {(line: string) => void} log
 */

/** Pieces of the city: 126 units, 7 per generated district. */
export const cityPieces = city.units.length / ChuongMy.newCommunes.length

/**
 * A connection for the load: commits without waiting for the disk (a lost load is loaded again) and,
 * unless `checked`, with no trigger firing.
 * @param {string} url
 * @param {boolean} checked
 */
const connect = async (url, checked) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query("set synchronous_commit = off")
  if (!checked) await client.query("set session_replication_role = replica")
  return client
}

/**
 * Generates the pieces `ks` of the data set on a connection of its own and copies their rows;
 * `onRows` hears of every batch written. Returns the rows written per table.
 * @param {LoadOptions} options
 * @param {ReadonlyArray<number>} ks
 * @param {(table: string, rows: number) => void} onRows
 */
export const writePieces = async (options, ks, onRows) => {
  const [{ generate }, { Sink }, Rows, Text] = await Promise.all([
    load("demo/DemoDistrict.js"),
    load("demo/Sink.js"),
    load("demo/Rows.js"),
    import("@bdhv/domain/Text"),
  ])
  const client = await connect(options.url, options.checked === true)
  /** @type {Record<string, number>} */
  const counts = {}
  try {
    /**
     * @param {any} spec
     * @param {ReadonlyArray<Record<string, any>>} rows
     */
    const copy = async (spec, rows) => {
      if (rows.length === 0) return
      try {
        if (spec.onConflict === undefined) await copyInto(client, spec.table, spec, rows)
        else {
          // COPY has no ON CONFLICT: rows that may already be there (the migrations write the topic
          // catalogue) go through a staging table and the spec's own conflict clause.
          const stage = `bulk_load_${spec.table}`
          const columns = spec.columns
            .map((/** @type {[string]} */ [column]) => CopyText.columnOf(column))
            .join(", ")
          await client.query(
            `create temp table if not exists ${stage} (like ${spec.table} including defaults)`,
          )
          await copyInto(client, stage, spec, rows)
          await client.query(
            `insert into ${spec.table} (${columns}) select ${columns} from ${stage} ${spec.onConflict}`,
          )
          await client.query(`truncate ${stage}`)
        }
      } catch (error) {
        throw new Error(
          `COPY into ${spec.table} failed: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        )
      }
      counts[spec.table] = (counts[spec.table] ?? 0) + rows.length
      onRows(spec.table, rows.length)
    }
    const pieces = options.tree === "city" ? cityPieces : 1
    const today = CalendarDate.CalendarDate.make(options.today)
    const cityUnits = options.tree === "city" ? otherCityUnits() : undefined
    for (const k of ks) {
      /** @type {Map<string, (row: any) => any>} */
      const mappings = new Map()
      const rowMapping =
        k === 0 || cityUnits === undefined
          ? undefined
          : pieceMapping(k, cityUnits.others.slice((k - 1) * 7, k * 7))
      const mappingOf = (/** @type {any} */ spec) => {
        if (rowMapping === undefined) return undefined
        let mapping = mappings.get(spec.table)
        if (mapping === undefined) {
          mapping = rowMapping(spec)
          mappings.set(spec.table, mapping)
        }
        return mapping
      }
      const sink = new Sink((/** @type {any} */ spec, /** @type {ReadonlyArray<any>} */ rows) =>
        Effect.tryPromise({
          try: () => {
            const mapping = mappingOf(spec)
            return copy(spec, mapping === undefined ? rows : rows.map(mapping).filter((row) => row !== null))
          },
          catch: (error) => error,
        }),
      )
      const people = Math.round(options.people / pieces)
      const seed = k === 0 ? options.seed : (options.seed + k * 1_000_003) >>> 0
      await Effect.runPromise(generate({ people, seed, today }, sink))
      if (k === 0 && cityUnits !== undefined) {
        await copy(
          Rows.units,
          cityUnits.units.map((unit) => ({ ...unit, nameFolded: Text.searchKey(unit.name) })),
        )
        await copy(Rows.unitLinks, cityUnits.links)
      }
    }
    return counts
  } finally {
    await client.end()
  }
}

/**
 * Generates and loads the data set; returns the rows written per table and the seconds each phase
 * took. The city's pieces are shared out among `workers` threads (each with its connection, so the
 * server works on two COPY streams while two threads generate); piece 0 comes first, alone, as the
 * others' rows refer to its units.
 * @param {LoadOptions & { workers?: number }} options
 */
export const bulkLoad = async (options) => {
  const client = await connect(options.url, options.checked === true)
  /** @param {string} text @param {ReadonlyArray<unknown>} [values] */
  const sql = async (text, values) => (await client.query(text, /** @type {any} */ (values))).rows
  /** @type {Record<string, number>} */
  const counts = {}
  /** @type {Record<string, number>} */
  const seconds = {}
  let written = 0
  const onRows = (/** @type {string} */ table, /** @type {number} */ rows) => {
    counts[table] = (counts[table] ?? 0) + rows
    written += rows
  }
  const started = performance.now()
  let phaseStarted = started
  const phase = (/** @type {string} */ name) => {
    const now = performance.now()
    seconds[name] = (now - phaseStarted) / 1000
    phaseStarted = now
  }
  const ticker = setInterval(() => {
    const s = (performance.now() - started) / 1000
    options.log(
      `  … ${Math.round(s)} s: ${written.toLocaleString("en")} rows, ${Math.round(written / s).toLocaleString("en")} rows/s, ${(counts.people ?? 0).toLocaleString("en")} people`,
    )
  }, 30_000)
  try {
    const indexes = await sql(
      `select i.indexname, i.indexdef from pg_indexes i
      where i.schemaname = current_schema() and i.tablename = any ($1)
        and not exists (
          select 1 from pg_constraint c join pg_namespace n on n.oid = c.connamespace
          where c.conname = i.indexname and n.nspname = i.schemaname)`,
      [bulkTables],
    )
    for (const index of indexes) await sql(`drop index "${index.indexname}"`)
    phase("prepare")

    const pieces = options.tree === "city" ? cityPieces : 1
    // With the foreign-key checks on, piece 0 (Hà Nội and Chương Mỹ's units, which the others' rows
    // refer to) goes first, alone; without them every piece goes to the workers at once.
    const first = options.checked === true || pieces === 1 ? [0] : []
    if (first.length > 0) await writePieces(options, first, onRows)
    if (pieces > 1 && first.length > 0)
      options.log(`  piece 1 of ${pieces} written (${written.toLocaleString("en")} rows)`)
    const rest = Array.from({ length: pieces - first.length }, (_, i) => i + first.length)
    const workers = Math.max(1, Math.min(options.workers ?? 1, rest.length))
    await Promise.all(
      Array.from({ length: workers }, (_, w) =>
        pieceWorker(
          options,
          rest.filter((k) => k % workers === w),
          onRows,
          (k) => options.log(`  piece ${k + 1} of ${pieces} written (${written.toLocaleString("en")} rows)`),
        ),
      ),
    )
    phase("generate and copy")

    await buildIndexes(options, indexes)
    phase("indexes")
    // The unit tree's closure is kept by statement-level triggers on units and unit_links, which
    // did not fire during the load: one statement that touches no row fires them once.
    await sql("set session_replication_role = origin")
    await sql("update unit_links set child_id = child_id where false")
    if (options.checked !== true) await sql("set session_replication_role = replica")
    phase("unit closure")
    options.log("  rebuilding the derived tables…")
    await rebuildDerived(sql)
    phase("derived tables")
    await sql("set session_replication_role = origin")
    // Fresh statistics always; vacuum too where it is cheap. Above ~20 million rows a vacuum of the
    // fresh tables takes minutes of a shared machine and changes no plan the benchmarks read (the
    // dashboard reads the rollups; autovacuum sets the visibility map later, as in production).
    await sql(written < 20_000_000 ? "vacuum (analyze)" : "analyze")
    phase(written < 20_000_000 ? "vacuum analyze" : "analyze")
    return { counts, seconds, rows: written, totalSeconds: (performance.now() - started) / 1000 }
  } finally {
    clearInterval(ticker)
    await client.end()
  }
}

/**
 * Builds the dropped indexes again, largest tables first, on as many connections as there are
 * workers (CREATE INDEX on different tables, or on the same one, run side by side: each takes only a
 * share lock), each with memory enough to sort in one pass.
 * @param {LoadOptions & { workers?: number }} options
 * @param {ReadonlyArray<{ indexname: string, indexdef: string }>} indexes
 */
const buildIndexes = async (options, indexes) => {
  const order = [
    "skill_records",
    "people",
    "enrollments",
    "visit_topics",
    "class_topics",
    "households",
    "visits",
  ]
  const rank = (/** @type {string} */ def) => {
    const i = order.findIndex(
      (table) => def.includes(` ON public.${table} `) || def.includes(` ON ${table} `),
    )
    return i === -1 ? order.length : i
  }
  const queue = [...indexes].sort((a, b) => rank(a.indexdef) - rank(b.indexdef))
  const connections = Math.max(1, Math.min(options.workers ?? 1, queue.length))
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = await connect(options.url, options.checked === true)
      try {
        await client.query("set maintenance_work_mem = '1GB'")
        for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
          const started = performance.now()
          await client.query(index.indexdef)
          const s = (performance.now() - started) / 1000
          if (s >= 10) options.log(`  index ${index.indexname}: ${Math.round(s)} s`)
        }
      } finally {
        await client.end()
      }
    }),
  )
}

/**
 * Pieces written by a worker thread (`bulkLoadWorker.mjs`), one piece at a time.
 * @param {LoadOptions} options
 * @param {ReadonlyArray<number>} ks
 * @param {(table: string, rows: number) => void} onRows
 * @param {(k: number) => void} onPiece
 * @returns {Promise<void>}
 */
const pieceWorker = (options, ks, onRows, onPiece) =>
  ks.length === 0
    ? Promise.resolve()
    : new Promise((resolve, reject) => {
        const { log: _log, ...data } = options
        const worker = new Worker(new URL("./bulkLoadWorker.mjs", import.meta.url), {
          workerData: { options: data, ks },
        })
        worker.on("message", (/** @type {any} */ message) => {
          if (message.rows !== undefined) onRows(message.table, message.rows)
          else if (message.piece !== undefined) onPiece(message.piece)
        })
        worker.on("error", reject)
        worker.on("exit", (code) =>
          code === 0 ? resolve() : reject(new Error(`a bulk-load worker stopped with code ${code}`)),
        )
      })

/**
 * One `COPY table (columns) FROM STDIN` of the rows; ends when the server has taken them all, or
 * with the server's error (a refused row fails the statement).
 * @param {pg.Client} client
 * @param {string} table
 * @param {any} spec
 * @param {ReadonlyArray<Record<string, any>>} rows
 */
const copyInto = (client, table, spec, rows) =>
  new Promise((resolve, reject) => {
    const stream = client.query(copyFrom(CopyText.copyStatement({ ...spec, table })))
    stream.on("error", reject)
    stream.on("finish", resolve)
    stream.end(CopyText.lines(spec, rows))
  })

/**
 * Every bulk-load rebuild the built API has: the derived tables of migrations 0009 and 0013
 * (what `DerivedFacts.rebuild` runs), and the indicator rollups when the API has them. Run on the
 * load's connection, where triggers do not fire (as the demo seed runs it with them disabled).
 * @param {(text: string) => Promise<unknown>} sql
 */
const rebuildDerived = async (sql) => {
  const [found] = /** @type {Array<{ rollups: boolean }>} */ (
    await sql("select to_regproc('bdhv_rebuild_indicator_tables') is not null as rollups")
  )
  if (found?.rollups === true) {
    // Migration 0014: person_skill_dates, household_dates, the facts and the rollups, in that order.
    await sql("select bdhv_rebuild_indicator_tables()")
  } else {
    await sql("select bdhv_refresh_person_skill_dates(null)")
    await sql("select bdhv_refresh_household_dates(null)")
  }
}
