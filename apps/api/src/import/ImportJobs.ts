/**
 * Importing a commune's list of residents: upload → preview → confirm → progress → summary.
 *
 * - **Preview** reads the file in a worker thread (`FileReader`, `FileCheck`): every row checked with
 *   the domain (`RowDecoder`) and across rows (a household in two villages, a person listed twice); the
 *   rows that passed are staged in `import_job_rows`, a batch at a time, with no transaction across
 *   batches (so PGlite's one connection is free between them). What a file can make the server hold is
 *   bounded: its rows (`maxRows`), the issues kept (the first `issuesKept`, and their count), what
 *   `RowReader` reads, and the worker's heap.
 * - **Confirm** writes them all in one transaction, or nothing: households and people are upserted from
 *   the staged rows in a few set-based statements. A household is its code in its village; a person is
 *   matched in their household by folded name and birth year, so importing the same file again finds
 *   everyone and changes nothing (rows are updated only where a value differs).
 * - **Progress** is the job's state, polled while the write runs in the background.
 *
 * Jobs live in the database (`import_jobs`) for an hour after their last change, so any instance can
 * answer for a job and confirm it; only the phase of a write in progress is known to the instance
 * running it alone. The uploaded file itself is never kept.
 */
import { randomUUID } from "node:crypto"
import * as Text from "@bdhv/domain/Text"
import type * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as AuditLog from "../audit/AuditLog.js"
import type { Actor } from "../auth/Actor.js"
import * as PersonRows from "../db/rows/Person.js"
import { insertRows, type TableSpec } from "../db/TableWriter.js"
import { communeKinds, countedEmployerKinds } from "../indicators/AggregateSql.js"
import { inScope, subtree, unitInScope } from "../resources/Scope.js"
import { Conflict, NotFound } from "../ServiceError.js"
import type { CheckedRow } from "./FileCheck.js"
import * as FileReader from "./FileReader.js"
import * as ErrorReport from "./ErrorReport.js"
import type { Context, RowIssue } from "./RowDecoder.js"
import type { FileRow, Format } from "./RowReader.js"
import * as Today from "../Today.js"

/** What an import did. */
export interface Summary {
  readonly householdsCreated: number
  readonly householdsUpdated: number
  readonly peopleCreated: number
  readonly peopleUpdated: number
  readonly peopleUnchanged: number
}

/** Where an import stands. */
export type Status = "previewed" | "running" | "done" | "failed"

/** An import job as the API shows it. */
export interface JobView {
  readonly id: string
  readonly communeId: string
  readonly fileName: string
  readonly format: Format
  readonly status: Status
  /** Data rows read (the header not counted). */
  readonly rows: number
  readonly validRows: number
  readonly invalidRows: number
  /** Problems found, at most `issuesShown` of them; `issuesTotal` says how many there are. */
  readonly issues: ReadonlyArray<RowIssue>
  readonly issuesTotal: number
  /** What was read but not used (a derived column such as "Người cao tuổi"): no obstacle to the import. */
  readonly warnings: ReadonlyArray<RowIssue>
  readonly progress: {
    readonly phase: "waiting" | "rows" | "households" | "people" | "done"
    readonly done: number
    readonly total: number
  }
  readonly summary: Summary | null
  readonly error: ValidationMessage.Bilingual | null
}

/** Issues shown with a job; the kept ones are paged by `issuesOf`. */
export const issuesShown = 200
/** Issues kept of a job, and rows read from one file (`FileCheck`). */
export { issuesKept, maxRows } from "./FileCheck.js"

/** The phase of writes this instance is running, by job. */
const running = new Map<string, JobView["progress"]>()

export interface JobRow {
  readonly id: string
  readonly ownerId: string
  readonly communeId: string
  readonly fileName: string
  readonly format: Format
  readonly status: Status | "reading"
  readonly rows: number
  readonly validRows: number
  readonly invalidRows: number
  readonly issues: unknown
  readonly issuesTotal: number
  readonly warnings: unknown
  readonly progress: unknown
  readonly summary: unknown
  readonly error: unknown
}

export const parsed = <A>(value: unknown): A => (typeof value === "string" ? JSON.parse(value) : value) as A

const interrupted: ValidationMessage.Bilingual = {
  vi: "Nhập dữ liệu bị gián đoạn; không có thay đổi nào được ghi. Hãy thử lại.",
  en: "The import was interrupted; nothing was changed. Try again.",
}

const view = (job: JobRow): JobView => {
  const issues = parsed<ReadonlyArray<RowIssue>>(job.issues)
  return {
    id: job.id,
    communeId: job.communeId,
    fileName: job.fileName,
    format: job.format,
    status: job.status === "reading" ? "previewed" : job.status,
    rows: job.rows,
    validRows: job.validRows,
    invalidRows: job.invalidRows,
    issues: issues.slice(0, issuesShown),
    issuesTotal: job.issuesTotal,
    warnings: parsed<ReadonlyArray<RowIssue>>(job.warnings),
    progress: running.get(job.id) ?? parsed<JobView["progress"]>(job.progress),
    summary: parsed<Summary | null>(job.summary),
    error: parsed<ValidationMessage.Bilingual | null>(job.error),
  }
}

export const json = (value: unknown): string => JSON.stringify(value)

/** The commune's villages and employers, by id and folded name, as the tree stands today. */
const contextOf = (actor: Actor, communeId: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const today = yield* Today.today
    const [commune] = yield* sql<{ id: string }>`
      select u.id from units u where u.id = ${communeId} and u.deleted_at is null and u.kind in ${sql.in(communeKinds)}
        and u.valid_from <= ${today}::date and (u.valid_to is null or u.valid_to >= ${today}::date)
        and ${inScope(sql, actor, "u.id", today)}`
    if (commune === undefined) return yield* new NotFound({ entity: "unit", id: communeId })
    const villages = yield* sql<{ id: string; name: string }>`
      select u.id, u.name from units u
      where u.deleted_at is null and u.id <> ${communeId} and u.id in ${subtree(sql, communeId, today)}`
    const employers = yield* sql<{ id: string; name: string }>`
      select o.id, o.name from organizations o
      where o.deleted_at is null and o.kind in ${sql.in(countedEmployerKinds)}
        and o.unit_id in ${subtree(sql, communeId, today)}
      order by o.id`
    const byName = (rows: ReadonlyArray<{ id: string; name: string }>, withIds: boolean) => {
      const map = new Map<string, string>()
      for (const row of rows) {
        if (!map.has(Text.searchKey(row.name))) map.set(Text.searchKey(row.name), row.id)
        // "Thôn Đồng Bến" is also written "Đồng Bến".
        const bare = Text.searchKey(row.name.replace(/^(Thôn|Tổ dân phố|Xóm|Ấp|Bản)\s+/i, ""))
        if (!map.has(bare)) map.set(bare, row.id)
        if (withIds) map.set(row.id, row.id)
      }
      return map
    }
    return { villages: byName(villages, true), employers: byName(employers, false) } satisfies Context
  })

interface StagedRow extends CheckedRow {
  readonly jobId: string
}

// A person's columns are the people table's (its row codec), but the household, matched on confirm.
const personColumns = PersonRows.table.columns.flatMap(([column, type]) =>
  column === "id" || column === "householdId" || column === "schoolId" ? [] : [[column, type] as const],
)

const stagedRows: TableSpec<StagedRow> = {
  table: "import_job_rows",
  columns: [
    ["jobId", "text"],
    ["row", "integer"],
    ["householdCode", "text"],
    ["address", "text"],
    ["householdSearch", "text"],
    ...personColumns,
  ],
}

/** Up to `size` rows of a file, then a turn of the event loop, so other requests are answered meanwhile. */
export const nextRows = async (
  rows: AsyncIterator<FileRow>,
  size: number,
): Promise<ReadonlyArray<FileRow>> => {
  const batch: Array<FileRow> = []
  while (batch.length < size) {
    const next = await rows.next()
    if (next.done === true) break
    batch.push(next.value)
  }
  await new Promise((resolve) => setImmediate(resolve))
  return batch
}

export const unreadableFile = (reason: ValidationMessage.Bilingual) =>
  new Conflict({
    message: {
      vi: "Không đọc được tệp. Hãy lưu lại dưới dạng CSV (UTF-8) hoặc Excel (.xlsx) rồi tải lên lại.",
      en: "The file could not be read. Save it as CSV (UTF-8) or Excel (.xlsx) and upload it again.",
    },
    issues: [{ path: "file", message: reason }],
  })

export const damaged: ValidationMessage.Bilingual = {
  vi: "Nội dung tệp bị hỏng hoặc không đúng định dạng",
  en: "The contents of the file are damaged or not in the format its name says",
}

/**
 * Reads and checks an uploaded file for a commune: a new job in state `previewed`, with every problem
 * found (the first `issuesKept`, and their count), or none and the rows staged, ready to import.
 *
 * The file is read in a worker thread (`FileReader`), a batch at a time as the rows are staged, so this
 * thread only stages rows; no transaction spans two batches, so on PGlite the one connection is free
 * between them. `pace` runs before each batch after the first (tests hold a preview mid-file with it).
 */
export const preview = Effect.fn("ImportJobs.preview")(function* (
  actor: Actor,
  input: {
    readonly communeId: string
    readonly fileName: string
    readonly format: Format
    readonly bytes: Uint8Array
  },
  pace: Effect.Effect<void> = Effect.void,
) {
  const sql = yield* SqlClient.SqlClient
  // Expired jobs go first, with their staged rows; a write still running is left to finish.
  yield* sql`delete from import_jobs where expires_at < now() and status <> 'running'`
  const context = yield* contextOf(actor, input.communeId)
  const id = randomUUID()
  yield* sql`
    insert into import_jobs (id, owner_id, commune_id, file_name, format, status, progress, expires_at)
    values (${id}, ${actor.userId}, ${input.communeId}, ${input.fileName.slice(0, 255)}, ${input.format}, 'reading',
            ${json({ phase: "waiting", done: 0, total: 0 })}::jsonb, now() + interval '1 hour')`
  const reading = Effect.acquireUseRelease(
    Effect.sync(() => FileReader.open(input.format, input.bytes, context)),
    (reader) =>
      Effect.gen(function* () {
        for (let batch = 0; ; batch++) {
          if (batch > 0) yield* pace
          const reply = yield* Effect.promise(reader.next)
          switch (reply._tag) {
            case "Rows":
              yield* insertRows(
                stagedRows,
                reply.rows.map((row) => ({ ...row, jobId: id })),
              )
              continue
            case "Done":
              return reply.outcome
            case "Unreadable":
              return yield* unreadableFile(reply.reason)
            case "Damaged":
              return yield* unreadableFile(damaged)
          }
        }
      }),
    (reader) => Effect.promise(reader.close),
  )
  const read = yield* Effect.exit(reading)
  if (read._tag === "Failure") {
    yield* sql`delete from import_job_rows where job_id = ${id}`
    yield* sql`delete from import_jobs where id = ${id}`
    return yield* Effect.failCause(read.cause)
  }
  const { rows, validRows, invalidRows, issues, issuesTotal, warnings, titles, header, badRows } = read.value
  // Rows are staged only while the file has no problem; with one, nothing will be written.
  if (issuesTotal > 0) yield* sql`delete from import_job_rows where job_id = ${id}`
  const kept = issuesTotal === 0 ? null : ErrorReport.keptRows(titles, header, badRows)
  const [job] = yield* sql<JobRow>`
    update import_jobs set status = 'previewed', rows = ${rows}, valid_rows = ${validRows},
      invalid_rows = ${invalidRows}, issues = ${json(issues)}::jsonb, issues_total = ${issuesTotal},
      warnings = ${json(warnings)}::jsonb, report = ${kept === null ? null : json(kept)}::jsonb,
      expires_at = now() + interval '1 hour'
    where id = ${id}
    returning ${jobColumns(sql)}`
  return view(job!)
})

export const jobColumns = (sql: SqlClient.SqlClient) =>
  sql.unsafe(`id, owner_id, commune_id, file_name, format, status, rows, valid_rows, invalid_rows, issues,
    issues_total, warnings, progress, summary, error`)

/** A job its owner, or a district admin whose scope holds its commune, may see; else not found. */
export const jobOf = (actor: Actor, id: string, kind: "people" | "certificates" | "any" = "people") =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const [job] = yield* sql<JobRow>`
      select ${jobColumns(sql)} from import_jobs
      where id = ${id} and status <> 'reading' and (expires_at >= now() or status = 'running')
        and (${kind} = 'any' or kind = ${kind})`
    const mayOversee =
      job !== undefined && actor.role === "district_admin" && (yield* unitInScope(actor, job.communeId))
    if (job === undefined || (job.ownerId !== actor.userId && !mayOversee)) {
      return yield* new NotFound({ entity: "import", id })
    }
    if (job.status !== "running" || running.has(job.id)) return job
    // A write holds its job's row locked until it ends. Unlocked, and confirmed more than half a minute
    // ago (time enough for any instance to have started the write), it was killed with its process and
    // rolled back: the job is marked failed, so it can be uploaded again.
    const [lost] = yield* sql<JobRow>`
      update import_jobs set status = 'failed', error = ${json(interrupted)}::jsonb,
        expires_at = now() + interval '1 hour'
      where id = (select id from import_jobs where id = ${id} and status = 'running'
                    and expires_at < now() + interval '59 minutes 30 seconds' for update skip locked)
      returning ${jobColumns(sql)}`
    return lost ?? job
  })

/**
 * What the error report of a job is made of: the file's name, its problems and warnings (the first
 * `issuesKept`, and their count), and the rows kept of the file (its titles, header and bad rows).
 */
export const reportOf = (actor: Actor, id: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const job = yield* jobOf(actor, id, "any")
    const [stored] = yield* sql<{ report: unknown }>`select report from import_jobs where id = ${id}`
    return {
      fileName: job.fileName,
      issues: parsed<ReadonlyArray<RowIssue>>(job.issues),
      issuesTotal: job.issuesTotal,
      warnings: parsed<ReadonlyArray<RowIssue>>(job.warnings),
      kept: parsed<ErrorReport.KeptRows | null>(stored?.report ?? null),
    }
  })

/** A job as it stands. */
export const status = (actor: Actor, id: string) => Effect.map(jobOf(actor, id), view)

/** A page of a job's problems, in file order (the first `issuesKept` are kept; `total` counts all). */
export const issuesOf = (actor: Actor, id: string, page: number, pageSize: number) =>
  Effect.map(jobOf(actor, id, "any"), (job) => ({
    items: parsed<ReadonlyArray<RowIssue>>(job.issues).slice((page - 1) * pageSize, page * pageSize),
    page,
    pageSize,
    total: job.issuesTotal,
  }))

const count = (rows: ReadonlyArray<unknown>) => rows.length

/** Writes a previewed job's staged rows, all or nothing, updating its progress as it goes. */
const write = (actor: Actor, job: JobRow) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const total = job.validRows
    return yield* sql.withTransaction(
      Effect.gen(function* () {
        running.set(job.id, { phase: "rows", done: 0, total })
        // The job's row stays locked while its write runs: an instance that finds it unlocked and still
        // "running" knows the write's process is gone (see `jobOf`).
        yield* sql`select id from import_jobs where id = ${job.id} for update`
        yield* sql`create temp table import_rows on commit drop as
          select row, household_code, unit_id, address, household_search, full_name, name_folded, birth_date,
            birth_year, sex, phone, groups, school_level, employer_ids, vneid_level, digital_bank
          from import_job_rows where job_id = ${job.id}`
        // Statistics for the staged rows, so the upserts below get hash joins, not nested loops.
        yield* sql.unsafe("analyze import_rows")
        const [households] = yield* sql<{ n: number }>`
          select count(distinct (unit_id, household_code))::int as n from import_rows`
        running.set(job.id, { phase: "households", done: 0, total: households?.n ?? 0 })
        // Households that were there already first, then the new ones (so none is compared twice).
        const householdsUpdated = yield* sql.unsafe(
          `update households h set address = r.address, search_folded = r.household_search,
             version = h.version + 1, updated_at = now()
           from (select distinct on (unit_id, household_code) * from import_rows order by unit_id, household_code, row) r
           where h.unit_id = r.unit_id and h.code = r.household_code and h.deleted_at is null
             and (h.address, h.search_folded) is distinct from (r.address, r.household_search)
           returning h.id`,
        )
        const householdsCreated = yield* sql.unsafe(
          `insert into households (id, unit_id, code, address, search_folded)
           select gen_random_uuid()::text, r.unit_id, r.household_code, r.address, r.household_search
           from (select distinct on (unit_id, household_code) * from import_rows order by unit_id, household_code, row) r
           where not exists (select 1 from households h
             where h.unit_id = r.unit_id and h.code = r.household_code and h.deleted_at is null)
           returning id`,
        )
        running.set(job.id, { phase: "people", done: 0, total })
        // The staged rows' join with their households is estimated at a few rows (the unit and the code
        // are correlated), so the planner would match each row against people by an index loop over the
        // folded name — every namesake in the commune, for each of 100,000 rows: a re-import ran for more
        // than ten minutes. Set-based joins for the person statements of this transaction.
        yield* sql.unsafe("set local enable_nestloop = off")
        const matched = `select distinct on (r.row) r.*, h.id as household_id, p.id as person_id
          from import_rows r
          join households h on h.unit_id = r.unit_id and h.code = r.household_code and h.deleted_at is null
          left join people p on p.household_id = h.id and p.name_folded = r.name_folded
            and p.birth_year = r.birth_year and p.deleted_at is null
          order by r.row, p.created_at, p.id`
        const peopleUpdated = yield* sql.unsafe(
          `with m as (${matched})
           update people p set full_name = m.full_name, name_folded = m.name_folded, birth_date = m.birth_date,
             birth_year = m.birth_year, sex = m.sex, phone = m.phone, groups = m.groups,
             school_level = m.school_level, employer_ids = m.employer_ids, vneid_level = m.vneid_level,
             digital_bank = m.digital_bank, unit_id = m.unit_id, version = p.version + 1, updated_at = now()
           from m
           where p.id = m.person_id
             and (p.full_name, p.birth_date, p.sex, p.phone, p.groups, p.school_level, p.employer_ids,
                  p.vneid_level, p.digital_bank, p.unit_id)
               is distinct from (m.full_name, m.birth_date, m.sex, m.phone, m.groups, m.school_level,
                  m.employer_ids, m.vneid_level, m.digital_bank, m.unit_id)
           returning p.id`,
        )
        const peopleCreated = yield* sql.unsafe(
          `with m as (${matched})
           insert into people (id, unit_id, household_id, full_name, name_folded, birth_date, birth_year, sex,
             phone, groups, school_level, employer_ids, vneid_level, digital_bank)
           select gen_random_uuid()::text, m.unit_id, m.household_id, m.full_name, m.name_folded, m.birth_date,
             m.birth_year, m.sex, m.phone, m.groups, m.school_level, m.employer_ids, m.vneid_level, m.digital_bank
           from m where m.person_id is null
           returning id`,
        )
        const summary: Summary = {
          householdsCreated: count(householdsCreated),
          householdsUpdated: count(householdsUpdated),
          peopleCreated: count(peopleCreated),
          peopleUpdated: count(peopleUpdated),
          peopleUnchanged: total - count(peopleCreated) - count(peopleUpdated),
        }
        yield* sql.unsafe("set local enable_nestloop = on")
        // One entry for the whole import: which file, for which commune, and what it changed.
        yield* AuditLog.append({
          actor,
          entity: "import",
          entityId: job.id,
          action: "import",
          after: { communeId: job.communeId, fileName: job.fileName, rows: total, ...summary },
        })
        // The job is done in the same transaction as the data it wrote: never one without the other.
        yield* sql`delete from import_job_rows where job_id = ${job.id}`
        yield* sql`
          update import_jobs set status = 'done', summary = ${json(summary)}::jsonb,
            progress = ${json({ phase: "done", done: total, total })}::jsonb, expires_at = now() + interval '1 hour'
          where id = ${job.id}`
        return summary
      }),
    )
  })

const failed: ValidationMessage.Bilingual = {
  vi: "Nhập dữ liệu thất bại; không có thay đổi nào được ghi. Hãy thử lại.",
  en: "The import failed; nothing was changed. Try again.",
}

/**
 * Starts writing a previewed job without problems, in the background; answers at once with the job
 * (poll {@link status} for progress). A job with problems, or already started, is a conflict — decided
 * by one conditional update, so two instances cannot both start it.
 */
export const confirm = Effect.fn("ImportJobs.confirm")(function* (actor: Actor, id: string) {
  const sql = yield* SqlClient.SqlClient
  const job = yield* jobOf(actor, id)
  if (job.issuesTotal > 0) {
    return yield* new Conflict({
      message: {
        vi: "Tệp còn dòng lỗi. Hãy sửa các dòng đã nêu rồi tải lên lại: không nhập phần nào khi còn lỗi.",
        en: "The file still has bad rows. Fix the rows listed and upload it again: nothing is imported while any row is wrong.",
      },
    })
  }
  const [started] = yield* sql<JobRow>`
    update import_jobs set status = 'running', expires_at = now() + interval '1 hour',
      progress = ${json({ phase: "waiting", done: 0, total: job.validRows })}::jsonb
    where id = ${id} and status = 'previewed' and issues_total = 0
    returning ${jobColumns(sql)}`
  if (started === undefined) {
    return yield* new Conflict({
      message: { vi: "Lần nhập này đã được xác nhận", en: "This import was already confirmed" },
    })
  }
  running.set(id, { phase: "waiting", done: 0, total: job.validRows })
  yield* Effect.forkDetach(
    write(actor, started).pipe(
      Effect.matchCauseEffect({
        onSuccess: () => Effect.void,
        onFailure: (cause) =>
          Effect.logError("import failed", cause).pipe(
            Effect.andThen(sql`
              update import_jobs set status = 'failed', error = ${json(failed)}::jsonb,
                expires_at = now() + interval '1 hour'
              where id = ${id}`),
            Effect.ignore,
          ),
      }),
      Effect.ensuring(Effect.sync(() => running.delete(id))),
    ),
  )
  return view(started)
})
