/**
 * The write cost of keeping the indicator rollups (issue 9): the same writes through two builds of
 * the API — "before", a checkout of the commit before the rollups (`--before <checkout>`, built), and
 * "after", this checkout — each on its own copy of the same district of 300,000 people, as a ratio
 * after ÷ before of the medians:
 *
 * - a single person created (`POST /api/people`), one request at a time, 40 per build, in turns of
 *   10 (before, after, before, after…) so a burst of load elsewhere weighs on both;
 * - an import of 10,000 rows (CSV, new households), upload to written, three lists per build
 *   (disjoint residents of one commune), in turns.
 *
 * The copies are made from one base database, filled once by the bulk loader on the schema of the
 * "before" build (its API migrates it when it first starts), then copied as templates; the "after"
 * copy is migrated by this checkout's API (the rollups' migration rebuilds them).
 */
import { existsSync, rmSync } from "node:fs"
import { join } from "node:path"
import { Redacted } from "effect"
import pg from "pg"
import { load } from "./builtApi.mjs"
import * as Database from "./database.mjs"
import { importOnce, listOf, writeFiles } from "./imports.mjs"
import { median } from "./percentiles.mjs"
import { fromSamples, ms } from "./report.mjs"
import { signIn, startApi } from "./servers.mjs"

const people = 300_000
const baseName = "bdhv_bench_writes_base"
const importRows = 10_000
const imports = 3
const creates = 40

/**
 * @param {import("./run.mjs").Context} context
 * @returns {Promise<Array<import("./report.mjs").Row>>}
 */
export const run = async (context) => {
  const { options } = context
  const beforeDist = options.before === "" ? undefined : join(options.before, "apps/api/dist")
  if (beforeDist === undefined || !existsSync(join(beforeDist, "main.js"))) {
    return ["a single person created", "an import of 10,000 rows"].map((what) => ({
      benchmark: `write cost of the rollups: ${what} (after ÷ before)`,
      measured: "not measured",
      budget: "—",
      verdict: /** @type {const} */ ("blocked"),
      note:
        beforeDist === undefined
          ? "give --before <a built checkout of the commit before the rollups> (e.g. git worktree add ../bench-before e43c3e0; pnpm install; pnpm --filter @bdhv/api build)"
          : `no built API at ${beforeDist}`,
    }))
  }
  const admin = new pg.Client({ connectionString: `${options.server}/postgres` })
  await admin.connect()
  try {
    // The base: the district on the "before" schema, made once.
    await Database.onServer({
      serverUrl: options.server,
      name: baseName,
      dataSet: { people, seed: options.seed, today: options.today },
      log: context.log,
      migrate: async (url) => {
        const api = await startApi({ databaseUrl: url, dist: beforeDist })
        await api.stop()
      },
    })
    const copies = { before: "bdhv_bench_writes_before", after: "bdhv_bench_writes_after" }
    for (const name of Object.values(copies)) {
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.query(`create database ${name} template ${baseName}`)
    }
    const url = (/** @type {string} */ name) => `${options.server}/${name}`

    // The lists: residents of the most populous commune, three files of 10,000 — read from the
    // "after" copy, which this checkout's database layer may migrate (the base must stay "before").
    const { columns } = await load("import/Columns.js")
    const afterConfig = { _tag: "Postgres", url: Redacted.make(url(copies.after)) }
    const runtime = await Database.databaseRuntime(afterConfig)
    const list = await listOf(runtime, importRows * imports).finally(() => runtime.dispose())
    const files = []
    for (let i = 0; i < imports; i++)
      files.push(await writeFiles(list.lines.slice(i * importRows, (i + 1) * importRows), columns))
    const village = await villageOf(url(copies.after), list.communeId)

    context.log("  starting the API before and after the rollups (the after copy is migrated now)")
    const apis = {
      before: await startApi({ databaseUrl: url(copies.before), dist: beforeDist }),
      after: await startApi({ databaseUrl: url(copies.after) }),
    }
    try {
      const sessions = {
        before: await signIn(apis.before.origin),
        after: await signIn(apis.after.origin),
      }
      /** @type {{ before: Array<number>, after: Array<number> }} */
      const create = { before: [], after: [] }
      /** @type {{ before: Array<number>, after: Array<number> }} */
      const imported = { before: [], after: [] }
      let n = 0
      /** @param {"before" | "after"} side */
      const createOne = async (side) => {
        const { cookie, csrfToken } = sessions[side]
        const started = performance.now()
        const response = await fetch(`${apis[side].origin}/api/people`, {
          method: "POST",
          headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
          body: JSON.stringify({
            fullName: `Nguyễn Thị Đo Ghi ${++n}`,
            birth: { year: 1950 + (n % 60) },
            sex: n % 2 === 0 ? "female" : "male",
            householdId: null,
            unitId: village,
            groups: n % 3 === 0 ? ["farmer"] : [],
            vneidLevel: n % 3,
            hasDigitalBankAccount: n % 2 === 0,
          }),
        })
        const body = await response.text()
        if (response.status !== 201)
          throw new Error(
            `POST /api/people (${side}) answered ${response.status}: ${body.slice(0, 300)}; the API logged: ${apis[side].lastError() || "nothing"}`,
          )
        return performance.now() - started
      }
      context.log(`  a person created, ${creates} per build in turns of 10`)
      for (const side of /** @type {const} */ (["before", "after"]))
        for (let i = 0; i < 3; i++) await createOne(side)
      for (let turn = 0; turn < creates / 10; turn++)
        for (const side of /** @type {const} */ (["before", "after"]))
          for (let i = 0; i < 10; i++) create[side].push(await createOne(side))

      context.log(`  imports of ${importRows.toLocaleString("en")} rows, ${imports} per build in turns`)
      for (const [i, file] of files.entries()) {
        for (const side of /** @type {const} */ (["before", "after"])) {
          const result = await importOnce(apis[side].origin, sessions[side], {
            file: file.csv,
            name: `danh-sach-${i + 1}.csv`,
            type: "text/csv",
            communeId: list.communeId,
          })
          if (result.job.status !== "done")
            throw new Error(
              `the import (${side}) ended ${result.job.status}: ${result.job.error?.en ?? `${result.preview.issuesTotal} problems`}; the API logged: ${apis[side].lastError() || "nothing"}`,
            )
          imported[side].push(result.totalMs)
        }
      }
      for (const file of files) {
        rmSync(file.csv, { force: true })
        rmSync(file.xlsx, { force: true })
      }
      return [
        ratioRow("write cost of the rollups: a single person created (after ÷ before)", create),
        ratioRow(
          `write cost of the rollups: an import of ${importRows.toLocaleString("en")} rows, CSV (after ÷ before)`,
          imported,
        ),
      ]
    } finally {
      await apis.before.stop()
      await apis.after.stop()
    }
  } finally {
    await admin.end()
  }
}

/**
 * A village of the commune, for the people created.
 * @param {string} url
 * @param {string} communeId
 */
const villageOf = async (url, communeId) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query(
      `select descendant_id as id from unit_closure where ancestor_id = $1 and depth = 1
        and valid_from <= current_date and (valid_to is null or valid_to >= current_date)
      order by descendant_id limit 1`,
      [communeId],
    )
    if (rows[0] === undefined) throw new Error(`the commune ${communeId} has no village`)
    return String(rows[0].id)
  } finally {
    await client.end()
  }
}

/**
 * @param {string} benchmark
 * @param {{ before: ReadonlyArray<number>, after: ReadonlyArray<number> }} timings
 * @returns {import("./report.mjs").Row}
 */
const ratioRow = (benchmark, { before, after }) => {
  const ratio = median(after) / median(before)
  return fromSamples(
    {
      benchmark,
      measured: `×${ratio.toFixed(2)} (median ${ms(median(after))} after, ${ms(median(before))} before; ${after.length} + ${before.length} runs)`,
      budget: "—",
      verdict: "info",
    },
    Math.min(before.length, after.length),
  )
}
