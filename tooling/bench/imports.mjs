/**
 * The import budget (DESIGN §6): a commune's list of 100,000 residents from CSV and from XLSX,
 * validated row by row, ≤ 10 s; importing the same file again changes nothing. Run through the API
 * as users run it, over HTTP: upload (streamed parse and row-by-row validation, the preview) →
 * confirm → poll until written.
 *
 * The list holds the demo district's own people: the first 100,000 residents (by household) of the
 * most populous commune of the larger bench database, written in the layout communes keep, under the
 * import's own column names. Households are coded by their id with a "DS-" prefix, so they are new where the
 * list is imported: a database of its own (`bdhv_bench_import`), filled afresh before each format with
 * the demo generator's smallest district (the same units and organizations).
 */
import { createWriteStream, openAsBlob, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Person from "@bdhv/domain/Person"
import ExcelJS from "exceljs"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { hasModule, load } from "./builtApi.mjs"
import * as Database from "./database.mjs"
import { ms } from "./report.mjs"
import { signIn, startApi } from "./servers.mjs"

/** Rows in the list (DESIGN §6). */
const listRows = 100_000
/** The budget of one import, upload to written. */
const budgetMs = 10_000

/** @typedef {Record<string, string>} ListRow one person, by the import's column key */

/**
 * An import job as the API answers it (its JobView), in the parts read here.
 * @typedef {object} Job
 * @property {string} id
 * @property {"previewed" | "running" | "done" | "failed"} status
 * @property {number} issuesTotal
 * @property {ReadonlyArray<{ row: number, column: string, message: { en: string } }>} issues
 * @property {{ peopleCreated: number, peopleUpdated: number, peopleUnchanged: number, householdsCreated: number, householdsUpdated: number } | null} summary
 * @property {{ en: string } | null} error
 */

/**
 * The list: the first `rows` residents of the most populous commune (on today's tree) of a database.
 * @param {any} runtime
 * @param {number} rows
 * @returns {Promise<{ communeId: string, communeName: string, lines: Array<ListRow> }>}
 */
export const listOf = (runtime, rows) =>
  runtime.runPromise(
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const [commune] = yield* sql`
        select c.ancestor_id as id, a.name, count(*)::int as people
        from people p
        join unit_closure c on c.descendant_id = p.unit_id and c.depth = 1
          and c.valid_from <= current_date and (c.valid_to is null or c.valid_to >= current_date)
        join units a on a.id = c.ancestor_id
        where p.deleted_at is null
        group by c.ancestor_id, a.name order by people desc limit 1`
      if (commune === undefined) throw new Error("the source database has no people")
      const people = yield* sql`
        select h.id as household_id, p.full_name, p.birth_date, p.birth_year, p.sex, v.name as village, p.groups,
          p.school_level, (select o.name from organizations o where o.id = p.employer_ids[1]) as employer,
          p.vneid_level, p.digital_bank, p.phone, h.address
        from people p
        join households h on h.id = p.household_id
        join units v on v.id = p.unit_id
        join unit_closure c on c.descendant_id = p.unit_id and c.ancestor_id = ${commune.id} and c.depth = 1
          and c.valid_from <= current_date and (c.valid_to is null or c.valid_to >= current_date)
        where p.deleted_at is null
          -- The generator can give two members of a household the same name and birth year; the
          -- import cannot tell them apart (its identity of a person), so the list keeps the first.
          and not exists (
            select 1 from people twin
            where twin.household_id = p.household_id and twin.deleted_at is null and twin.id < p.id
              and twin.name_folded = p.name_folded and twin.birth_year = p.birth_year)
        order by h.id, p.id
        limit ${rows}`
      return {
        communeId: String(commune.id),
        communeName: String(commune.name),
        lines: people.map((/** @type {any} */ p) => listRowOf(p)),
      }
    }),
  )

/** "1958-03-12" → "12/03/1958", as a commune writes a date. */
const dayMonthYear = (/** @type {string} */ iso) => iso.split("-").reverse().join("/")

/**
 * One person as a row of the list, in the words the import reads.
 * @param {any} p
 * @returns {ListRow}
 */
const listRowOf = (p) => {
  /** @type {ReadonlyArray<Person.GroupTag>} */
  const groups = p.groups ?? []
  return {
    householdCode: `DS-${p.householdId}`,
    fullName: p.fullName,
    birth: p.birthDate === null ? String(p.birthYear) : dayMonthYear(String(p.birthDate)),
    sex: p.sex === "male" ? "Nam" : "Nữ",
    village: p.village,
    groups: groups.map((tag) => Person.groupNames[tag].vi).join("; "),
    schoolLevel: p.schoolLevel === null ? "" : String(p.schoolLevel).replaceAll("_", " "),
    employer: p.employer ?? "",
    vneidLevel: String(p.vneidLevel),
    digitalBank: p.digitalBank === true ? "Có" : "Không",
    phone: p.phone ?? "",
    address: p.address ?? "",
  }
}

let files = 0

/**
 * Writes the list as CSV (UTF-8 with BOM, as Excel saves it) and as XLSX; returns the two files.
 * @param {ReadonlyArray<ListRow>} lines
 * @param {Record<string, { name: { vi: string } }>} columns the import's columns
 */
export const writeFiles = async (lines, columns) => {
  const keys = Object.keys(columns)
  const header = keys.map((key) => columns[key]?.name.vi ?? key)
  const base = join(tmpdir(), `bdhv-bench-import-${process.pid}-${++files}`)
  const csvFile = `${base}.csv`
  const quote = (/** @type {string} */ v) => (/[",;\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)
  await new Promise((resolve, reject) => {
    const out = createWriteStream(csvFile)
    out.on("error", reject)
    out.write(`\uFEFF${header.map(quote).join(",")}\n`)
    for (const line of lines) out.write(`${keys.map((key) => quote(line[key] ?? "")).join(",")}\n`)
    out.end(resolve)
  })
  const xlsxFile = `${base}.xlsx`
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxFile, useSharedStrings: true })
  const sheet = workbook.addWorksheet("Danh sách")
  sheet.addRow(header).commit()
  for (const line of lines) sheet.addRow(keys.map((key) => line[key] ?? "")).commit()
  sheet.commit()
  await workbook.commit()
  return { csv: csvFile, xlsx: xlsxFile }
}

/**
 * What the people and households tables hold, as a count of rows created or updated since `since`
 * (the database's clock).
 * @param {any} runtime
 * @param {string} since
 */
const rowsChangedSince = (runtime, since) =>
  runtime.runPromise(
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const [row] = yield* sql`
        select (select count(*)::int from people where created_at > ${since}::timestamptz or updated_at > ${since}::timestamptz)
          + (select count(*)::int from households where created_at > ${since}::timestamptz or updated_at > ${since}::timestamptz)
          as changed`
      return Number(row?.changed ?? 0)
    }),
  )

/** @param {any} runtime */
const databaseNow = (runtime) =>
  runtime.runPromise(
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const [row] = yield* sql`select now()::text as now`
      return String(row?.now)
    }),
  )

/**
 * One import through the API: upload, then (when the preview found no problem) confirm and poll
 * until written. Times in milliseconds.
 * @param {string} origin
 * @param {{ cookie: string, csrfToken: string }} session
 * @param {{ file: string, name: string, type: string, communeId: string }} upload
 */
export const importOnce = async (origin, { cookie, csrfToken }, upload) => {
  const writeHeaders = { cookie, "x-csrf-token": csrfToken }
  const started = performance.now()
  const form = new FormData()
  form.set("communeId", upload.communeId)
  form.set("file", await openAsBlob(upload.file, { type: upload.type }), upload.name)
  const uploaded = await fetch(`${origin}/api/imports`, { method: "POST", headers: writeHeaders, body: form })
  const preview = /** @type {Job} */ (await uploaded.json())
  const previewed = performance.now()
  if (uploaded.status !== 201)
    throw new Error(`upload answered ${uploaded.status}: ${JSON.stringify(preview).slice(0, 300)}`)
  if (preview.issuesTotal > 0)
    return { preview, job: preview, previewMs: previewed - started, totalMs: Number.NaN }
  const confirmed = await fetch(`${origin}/api/imports/${preview.id}/confirm`, {
    method: "POST",
    headers: writeHeaders,
  })
  if (confirmed.status !== 202)
    throw new Error(`confirm answered ${confirmed.status}: ${await confirmed.text()}`)
  let job = /** @type {Job} */ (await confirmed.json())
  const deadline = Date.now() + 10 * 60_000
  while (job.status === "running" && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    job = /** @type {Job} */ (
      await (await fetch(`${origin}/api/imports/${preview.id}`, { headers: { cookie } })).json()
    )
  }
  return { preview, job, previewMs: previewed - started, totalMs: performance.now() - started }
}

/**
 * @param {import("./run.mjs").Context} context
 * @returns {Promise<Array<import("./report.mjs").Row>>}
 */
export const run = async (context) => {
  if (!hasModule("import/ImportJobs.js")) {
    return ["CSV", "XLSX"].map((format) => ({
      benchmark: `import: 100,000 people from ${format}`,
      measured: "not measured",
      budget: "≤ 10 s; re-import changes 0 rows",
      verdict: /** @type {const} */ ("blocked"),
      note: "the API has no import pipeline yet (apps/api/src/import/ImportJobs.ts)",
    }))
  }
  const { options } = context
  const { columns } = await load("import/Columns.js")
  const source = await context.serverDatabase(Math.max(options.large, 1_000_000))
  const sourceRuntime = await Database.databaseRuntime(source.config)
  const list = await listOf(sourceRuntime, listRows).finally(() => sourceRuntime.dispose())
  const files = await writeFiles(list.lines, columns)
  context.log(
    `  list: ${list.lines.length.toLocaleString("en")} residents of ${list.communeName} (${source.label})`,
  )
  /** @type {Array<import("./report.mjs").Row>} */
  const rows = []
  try {
    for (const format of /** @type {const} */ (["csv", "xlsx"])) {
      const target = await Database.onServer({
        serverUrl: options.server,
        name: "bdhv_bench_import",
        dataSet: { people: 0, seed: options.seed, today: options.today },
        log: context.log,
        fresh: true,
      })
      if (target.url === undefined) throw new Error("the import benchmark needs the PostgreSQL server")
      const api = await startApi({ databaseUrl: target.url })
      const runtime = await Database.databaseRuntime(target.config)
      try {
        const session = await signIn(api.origin)
        const upload = {
          file: files[format],
          name: `danh-sach.${format}`,
          type:
            format === "csv"
              ? "text/csv"
              : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          communeId: list.communeId,
        }
        context.log(`  ${format.toUpperCase()}: importing ${list.lines.length.toLocaleString("en")} rows`)
        const first = await importOnce(api.origin, session, upload)
        const label = `import: ${list.lines.length.toLocaleString("en")} people from ${format.toUpperCase()}`
        if (first.preview.issuesTotal > 0) {
          const [issue] = first.preview.issues
          rows.push({
            benchmark: label,
            measured: `preview ${ms(first.previewMs)}; not written`,
            budget: `≤ ${budgetMs / 1000} s`,
            verdict: "blocked",
            note: `${first.preview.issuesTotal} problems in the list, e.g. row ${issue?.row} ${issue?.column}: ${issue?.message?.en}`,
          })
          continue
        }
        const summary = first.job.summary
        rows.push({
          benchmark: label,
          measured: `${(first.totalMs / 1000).toFixed(1)} s (upload + validation ${(first.previewMs / 1000).toFixed(1)} s, write ${((first.totalMs - first.previewMs) / 1000).toFixed(1)} s)`,
          budget: `≤ ${budgetMs / 1000} s`,
          verdict: first.job.status === "done" && first.totalMs <= budgetMs ? "pass" : "FAIL",
          note:
            summary !== null
              ? `created ${summary.peopleCreated} people, ${summary.householdsCreated} households`
              : `the import ended ${first.job.status}: ${first.job.error?.en ?? ""}; the API logged: ${api.lastError() || "nothing"}`,
        })
        context.log(`  ${format.toUpperCase()}: importing the same file again`)
        const since = await databaseNow(runtime)
        const again = await importOnce(api.origin, session, upload)
        const changed = await rowsChangedSince(runtime, since)
        const s = again.job.summary
        rows.push({
          benchmark: "  same file again",
          measured: `${changed} rows changed; ${(again.totalMs / 1000).toFixed(1)} s`,
          budget: "0 rows changed",
          verdict: again.job.status === "done" && changed === 0 ? "pass" : "FAIL",
          note:
            s === null || s === undefined
              ? `the import ended ${again.job.status}: ${again.job.error?.en ?? ""}; the API logged: ${api.lastError() || "nothing"}`
              : `summary: ${s.peopleUnchanged} people unchanged, ${s.peopleCreated} created, ${s.peopleUpdated} updated; households ${s.householdsCreated} created, ${s.householdsUpdated} updated`,
        })
      } catch (error) {
        // A failure in words: the benchmark's own error and what the API logged when it happened
        // (a bare "Query failed" names neither the statement nor the server's reason).
        const logged = api.lastError()
        throw logged === ""
          ? error
          : new Error(
              `${error instanceof Error ? error.message : String(error)} — the API logged: ${logged}`,
              { cause: error },
            )
      } finally {
        await runtime.dispose()
        await api.stop()
      }
    }
  } finally {
    rmSync(files.csv, { force: true })
    rmSync(files.xlsx, { force: true })
  }
  return rows
}
