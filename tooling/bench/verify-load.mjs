/**
 * `node tooling/bench/verify-load.mjs [people]`: checks the bulk loader against the demo seed at a small
 * scale. Fills one database with `Seed.seed` (INSERTs, every constraint and trigger on) and one with
 * `bulkLoad` (COPY) for the district and the same seed, and compares them table by table (a digest
 * of every row, derived tables included); then loads the city with the foreign-key checks on, so a
 * row the city's mapping got wrong is refused. Exits 1 on a difference.
 */
import { Effect, Redacted } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import pg from "pg"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import { load } from "./builtApi.mjs"
import { bulkLoad } from "./bulkLoad.mjs"
import { databaseRuntime } from "./database.mjs"

const server = process.env.BENCH_SERVER ?? "postgres://postgres@127.0.0.1:5432"
const people = Number(process.argv[2] ?? "3000")
const seed = 20250326
const today = "2026-03-26"
/** @param {string} line */
const log = (line) => process.stderr.write(`${line}\n`)

const admin = new pg.Client({ connectionString: `${server}/postgres` })
await admin.connect()
/** @param {string} name */
const fresh = async (name) => {
  await admin.query(`drop database if exists ${name} with (force)`)
  await admin.query(`create database ${name}`)
  const config = { _tag: "Postgres", url: Redacted.make(`${server}/${name}`) }
  const runtime = await databaseRuntime(config)
  // Opening the database layer migrates the database.
  await runtime.runPromise(
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      yield* sql`select 1`
    }),
  )
  return { config, runtime, url: `${server}/${name}` }
}

const tables = [
  "units",
  "unit_links",
  "topics",
  "organizations",
  "households",
  "people",
  "classes",
  "class_topics",
  "enrollments",
  "skill_records",
  "guides",
  "guide_learners",
  "support_staff",
  "teams",
  "team_members",
  "visits",
  "visit_topics",
  "posts",
  "events",
  "targets",
  "person_skill_dates",
  "household_dates",
  "unit_closure",
  // Migration 0014's facts and rollups, when the API has them.
  "person_facts",
  "household_facts",
  "indicator_rollup",
]

/**
 * A digest per table of every row's values, ignoring the columns the database fills itself
 * (timestamps, versions).
 * @param {string} url
 */
const digests = async (url) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    /** @type {Record<string, string>} */
    const out = {}
    for (const table of tables) {
      const exists = await client.query("select to_regclass($1) is not null as present", [table])
      if (exists.rows[0]?.present !== true) {
        out[table] = "no such table"
        continue
      }
      const columns = await client.query(
        `select column_name from information_schema.columns
        where table_schema = current_schema() and table_name = $1
          and column_name not in ('created_at', 'updated_at', 'version', 'deleted_at')
        order by column_name`,
        [table],
      )
      const list = columns.rows.map((c) => `t.${c.column_name}`).join(", ")
      const { rows } = await client.query(
        `select count(*)::int as n, md5(coalesce(string_agg(md5(row(${list})::text), '' order by md5(row(${list})::text)), '')) as digest from ${table} t`,
      )
      out[table] = `${rows[0]?.n} rows ${rows[0]?.digest}`
    }
    return out
  } finally {
    await client.end()
  }
}

let failed = false
try {
  log(`demo seed (INSERT) of ${people} people…`)
  const seeded = await fresh("bdhv_bench_verify_seed")
  const Seed = await load("demo/Seed.js")
  await seeded.runtime.runPromise(Seed.seed({ people, seed, today: CalendarDate.CalendarDate.make(today) }))
  await seeded.runtime.dispose()

  log("bulk load (COPY) of the same district…")
  const copied = await fresh("bdhv_bench_verify_copy")
  await copied.runtime.dispose()
  await bulkLoad({ url: copied.url, people, seed, today, tree: "district", log })

  const [a, b] = [await digests(seeded.url), await digests(copied.url)]
  for (const table of tables) {
    const same = a[table] === b[table]
    if (!same) failed = true
    log(`  ${same ? "same" : "DIFFERENT"}  ${table}: seed ${a[table]}${same ? "" : `, copy ${b[table]}`}`)
  }

  log(`city of ${people * 18} people with the foreign-key checks on…`)
  const city = await fresh("bdhv_bench_verify_city")
  await city.runtime.dispose()
  const loaded = await bulkLoad({
    url: city.url,
    people: people * 18,
    seed,
    today,
    tree: "city",
    checked: true,
    workers: 2,
    log,
  })
  log(`  ${loaded.rows.toLocaleString("en")} rows: ${JSON.stringify(loaded.counts)}`)
  const client = new pg.Client({ connectionString: city.url })
  await client.connect()
  const {
    rows: [tree],
  } = await client.query(`
    select count(*)::int as communes,
      (select count(*)::int from unit_links l join units v on v.id = l.child_id
        where v.kind in ('thon', 'to_dan_pho') and l.valid_to is null) as villages
    from unit_links l where l.parent_id = 'vn:01:2008-08-01' and l.valid_from = '2025-07-01'`)
  log(`  Hà Nội from 2025-07-01: ${tree?.communes} communes and wards, ${tree?.villages} villages`)
  if (tree?.communes !== 126) failed = true
  await client.end()
} catch (error) {
  failed = true
  log(error instanceof Error ? (error.stack ?? error.message) : String(error))
} finally {
  for (const name of ["bdhv_bench_verify_seed", "bdhv_bench_verify_copy", "bdhv_bench_verify_city"])
    await admin.query(`drop database if exists ${name} with (force)`)
  await admin.end()
}
log(failed ? "FAILED" : "the bulk load writes what the seed writes")
process.exit(failed ? 1 : 0)
