/**
 * Importing a commune's list of residents: upload → preview → confirm → progress → summary.
 *
 * - **Preview** reads the file as a stream, checks every row with the domain (`RowDecoder`) and across
 *   rows (a household in two villages, a person listed twice), and keeps the rows that passed.
 * - **Confirm** writes them all in one transaction, or nothing: the rows go into a temporary table in
 *   batches, then households and people are upserted in a few set-based statements. A household is its
 *   code in its village; a person is matched in their household by folded name and birth year, so
 *   importing the same file again finds everyone and changes nothing (rows are updated only where a value
 *   differs).
 * - **Progress** is the job's state, polled while the write runs in the background.
 *
 * Jobs live in this process's memory for an hour (the uploaded file itself is never kept).
 */
import { randomUUID } from "node:crypto"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Text from "@bdhv/domain/Text"
import type * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Effect, Result } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as AuditLog from "../audit/AuditLog.js"
import type { Actor } from "../auth/Actor.js"
import { insertRows, type TableSpec } from "../db/TableWriter.js"
import { communeKinds, countedEmployerKinds } from "../indicators/AggregateSql.js"
import { inScope, subtree, unitInScope } from "../resources/Scope.js"
import { Conflict, NotFound } from "../ServiceError.js"
import { type ColumnKey, columns, headerText, layoutOf, requiredColumns } from "./Columns.js"
import { type Context, decodeRow, type ImportedPerson, type RowIssue } from "./RowDecoder.js"
import { type Format, rowsOf } from "./RowReader.js"

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
  readonly progress: {
    readonly phase: "waiting" | "rows" | "households" | "people" | "done"
    readonly done: number
    readonly total: number
  }
  readonly summary: Summary | null
  readonly error: ValidationMessage.Bilingual | null
}

interface Job {
  readonly id: string
  readonly ownerId: string
  readonly communeId: string
  readonly fileName: string
  readonly format: Format
  readonly createdAt: number
  status: Status
  rows: number
  people: ReadonlyArray<ImportedPerson>
  readonly issues: Array<RowIssue>
  invalidRows: number
  progress: JobView["progress"]
  summary: Summary | null
  error: ValidationMessage.Bilingual | null
}

/** Issues shown with a job; all of them are paged by `issuesOf`. */
export const issuesShown = 200

const jobs = new Map<string, Job>()
const jobLifetimeMs = 60 * 60 * 1000

const forget = () => {
  const now = Date.now()
  for (const [id, job] of jobs)
    if (job.status !== "running" && now - job.createdAt > jobLifetimeMs) jobs.delete(id)
}

const view = (job: Job): JobView => ({
  id: job.id,
  communeId: job.communeId,
  fileName: job.fileName,
  format: job.format,
  status: job.status,
  rows: job.rows,
  validRows: job.people.length,
  invalidRows: job.invalidRows,
  issues: job.issues.slice(0, issuesShown),
  issuesTotal: job.issues.length,
  progress: job.progress,
  summary: job.summary,
  error: job.error,
})

/** The commune's villages and employers, by id and folded name, as the tree stands today. */
const contextOf = (actor: Actor, communeId: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const today = CalendarDate.fromInstant(Date.now())
    const [commune] = yield* sql<{ id: string }>`
      select u.id from units u where u.id = ${communeId} and u.deleted_at is null and u.kind in ${sql.in(communeKinds)}
        and u.valid_from <= ${today}::date and (u.valid_to is null or u.valid_to >= ${today}::date)
        and ${inScope(sql, actor, "u.id")}`
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

const missingColumn = (key: ColumnKey): RowIssue => ({
  row: 1,
  column: columns[key].name.vi,
  message: {
    vi: `Thiếu cột "${columns[key].name.vi}"`,
    en: `The column "${columns[key].name.en}" is missing`,
  },
})

/**
 * Reads and checks an uploaded file for a commune: a new job in state `previewed`, with every problem
 * found, or none and the rows ready to import.
 */
export const preview = Effect.fn("ImportJobs.preview")(function* (
  actor: Actor,
  input: {
    readonly communeId: string
    readonly fileName: string
    readonly format: Format
    readonly stream: ReadableStream<Uint8Array>
  },
) {
  forget()
  const context = yield* contextOf(actor, input.communeId)
  const job: Job = {
    id: randomUUID(),
    ownerId: actor.userId,
    communeId: input.communeId,
    fileName: input.fileName,
    format: input.format,
    createdAt: Date.now(),
    status: "previewed",
    rows: 0,
    people: [],
    issues: [],
    invalidRows: 0,
    progress: { phase: "waiting", done: 0, total: 0 },
    summary: null,
    error: null,
  }
  const people: Array<ImportedPerson> = []
  yield* Effect.tryPromise({
    try: async () => {
      let layout: ReturnType<typeof layoutOf> | undefined
      const householdVillage = new Map<string, { unitId: string; row: number }>()
      const seen = new Map<string, number>()
      for await (const row of rowsOf(input.format, input.stream)) {
        if (layout === undefined) {
          layout = layoutOf(row.cells.map((cell) => (cell === null ? "" : String(cell))))
          const missing = requiredColumns.filter((key) => !layout!.index.has(key))
          if (missing.length > 0) {
            job.issues.push(...missing.map(missingColumn))
            return
          }
          continue
        }
        job.rows++
        const decoded = decodeRow(layout, context, row)
        if (Result.isFailure(decoded)) {
          job.invalidRows++
          job.issues.push(...decoded.failure)
          continue
        }
        const person = decoded.success
        const home = householdVillage.get(person.householdCode)
        const key = `${person.householdCode}|${person.nameFolded}|${person.birthYear}`
        const twin = seen.get(key)
        const crossIssues: Array<RowIssue> = []
        if (home !== undefined && home.unitId !== person.unitId) {
          crossIssues.push({
            row: row.line,
            column: headerText(layout, "village"),
            message: {
              vi: `Hộ ${person.householdCode} đã ghi ở thôn khác (dòng ${home.row})`,
              en: `Household ${person.householdCode} is in another village on row ${home.row}`,
            },
          })
        }
        if (twin !== undefined) {
          crossIssues.push({
            row: row.line,
            column: headerText(layout, "fullName"),
            message: {
              vi: `Trùng với dòng ${twin}: cùng hộ, họ tên và năm sinh`,
              en: `Same person as row ${twin}: same household, name and birth year`,
            },
          })
        }
        if (crossIssues.length > 0) {
          job.invalidRows++
          job.issues.push(...crossIssues)
          continue
        }
        if (home === undefined)
          householdVillage.set(person.householdCode, { unitId: person.unitId, row: row.line })
        seen.set(key, row.line)
        people.push(person)
      }
      if (layout === undefined) {
        job.issues.push({
          row: 1,
          column: "",
          message: { vi: "Tệp không có dữ liệu", en: "The file is empty" },
        })
      }
    },
    catch: (cause) =>
      new Conflict({
        message: {
          vi: "Không đọc được tệp. Hãy lưu lại dưới dạng CSV (UTF-8) hoặc Excel (.xlsx) rồi tải lên lại.",
          en: "The file could not be read. Save it as CSV (UTF-8) or Excel (.xlsx) and upload it again.",
        },
        issues: [
          { path: "file", message: { vi: String(cause).slice(0, 200), en: String(cause).slice(0, 200) } },
        ],
      }),
  })
  job.people = people
  jobs.set(job.id, job)
  return view(job)
})

/** A job its owner, or a district admin whose scope holds its commune, may see; else not found. */
const jobOf = (actor: Actor, id: string) =>
  Effect.gen(function* () {
    const job = jobs.get(id)
    const mayOversee =
      job !== undefined && actor.role === "district_admin" && (yield* unitInScope(actor, job.communeId))
    if (job === undefined || (job.ownerId !== actor.userId && !mayOversee)) {
      return yield* new NotFound({ entity: "import", id })
    }
    return job
  })

/** A job as it stands. */
export const status = (actor: Actor, id: string) => Effect.map(jobOf(actor, id), view)

/** A page of a job's problems, in file order. */
export const issuesOf = (actor: Actor, id: string, page: number, pageSize: number) =>
  Effect.map(jobOf(actor, id), (job) => ({
    items: job.issues.slice((page - 1) * pageSize, page * pageSize),
    page,
    pageSize,
    total: job.issues.length,
  }))

interface StagedRow extends ImportedPerson {
  readonly householdSearch: string
}

const staging: TableSpec<StagedRow> = {
  table: "import_rows",
  columns: [
    ["row", "integer"],
    ["householdCode", "text"],
    ["unitId", "text"],
    ["address", "text"],
    ["householdSearch", "text"],
    ["fullName", "text"],
    ["nameFolded", "text"],
    ["birthDate", "date"],
    ["birthYear", "integer"],
    ["sex", "text"],
    ["phone", "text"],
    ["groups", "text[]"],
    ["schoolLevel", "text"],
    ["employerIds", "text[]"],
    ["vneidLevel", "smallint"],
    ["digitalBank", "boolean"],
  ],
}

const batchSize = 5_000

const count = (rows: ReadonlyArray<unknown>) => rows.length

/** Writes a previewed job's rows, all or nothing, updating its progress as it goes. */
const write = (actor: Actor, job: Job) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const people = job.people
    const heads = new Map<string, ImportedPerson>()
    for (const p of people)
      if (!heads.has(`${p.unitId}|${p.householdCode}`)) heads.set(`${p.unitId}|${p.householdCode}`, p)
    const staged: Array<StagedRow> = people.map((p) => {
      const head = heads.get(`${p.unitId}|${p.householdCode}`)!
      return {
        ...p,
        householdSearch: Text.searchKey(`${p.householdCode} ${head.fullName} ${head.address ?? ""}`),
      }
    })
    return yield* sql.withTransaction(
      Effect.gen(function* () {
        yield* sql.unsafe(`create temp table import_rows (
          row integer, household_code text, unit_id text, address text, household_search text,
          full_name text, name_folded text, birth_date date, birth_year integer, sex text, phone text,
          groups text[], school_level text, employer_ids text[], vneid_level smallint, digital_bank boolean
        ) on commit drop`)
        job.progress = { phase: "rows", done: 0, total: staged.length }
        for (let i = 0; i < staged.length; i += batchSize) {
          yield* insertRows(staging, staged.slice(i, i + batchSize))
          job.progress = { phase: "rows", done: Math.min(staged.length, i + batchSize), total: staged.length }
        }
        // Statistics for the staged rows, so the upserts below get hash joins, not nested loops.
        yield* sql.unsafe("analyze import_rows")
        job.progress = { phase: "households", done: 0, total: heads.size }
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
        job.progress = { phase: "people", done: 0, total: staged.length }
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
          peopleUnchanged: staged.length - count(peopleCreated) - count(peopleUpdated),
        }
        // One entry for the whole import: which file, for which commune, and what it changed.
        yield* AuditLog.append({
          actor,
          entity: "import",
          entityId: job.id,
          action: "import",
          after: { communeId: job.communeId, fileName: job.fileName, rows: staged.length, ...summary },
        })
        return summary
      }),
    )
  })

/**
 * Starts writing a previewed job without problems, in the background; answers at once with the job
 * (poll {@link status} for progress). A job with problems, or already started, is a conflict.
 */
export const confirm = Effect.fn("ImportJobs.confirm")(function* (actor: Actor, id: string) {
  const job = yield* jobOf(actor, id)
  if (job.status !== "previewed") {
    return yield* new Conflict({
      message: { vi: "Lần nhập này đã được xác nhận", en: "This import was already confirmed" },
    })
  }
  if (job.issues.length > 0) {
    return yield* new Conflict({
      message: {
        vi: "Tệp còn dòng lỗi. Hãy sửa các dòng đã nêu rồi tải lên lại: không nhập phần nào khi còn lỗi.",
        en: "The file still has bad rows. Fix the rows listed and upload it again: nothing is imported while any row is wrong.",
      },
    })
  }
  job.status = "running"
  yield* Effect.forkDetach(
    write(actor, job).pipe(
      Effect.matchCauseEffect({
        onSuccess: (summary) =>
          Effect.sync(() => {
            job.status = "done"
            job.summary = summary
            job.progress = { phase: "done", done: job.people.length, total: job.people.length }
            job.people = []
          }),
        onFailure: (cause) =>
          Effect.sync(() => {
            job.status = "failed"
            job.error = {
              vi: "Nhập dữ liệu thất bại; không có thay đổi nào được ghi. Hãy thử lại.",
              en: "The import failed; nothing was changed. Try again.",
            }
          }).pipe(Effect.andThen(Effect.logError("import failed", cause))),
      }),
    ),
  )
  return view(job)
})
