/**
 * Importing the national platform's completion lists (binhdanhocvuso): upload → preview → confirm.
 *
 * - **Preview** reads the list (CSV or XLSX, title rows and the platform's labels accepted: see
 *   `Spreadsheet.certificateColumns`), checks each row, and matches it to a resident of the chosen
 *   commune within the importer's scope by the domain's rule (`Certificate.matchPerson`: folded name,
 *   birth date, then phone). Rows that match nobody, or several people, or whose certificate number is
 *   already recorded for someone else, are reported with the reason; the matched rows are staged in
 *   `certificate_job_rows`. National ID digits are read only to the last four (`Certificate.idTailOf`)
 *   and never staged or stored; a list that gives full numbers gets a warning.
 * - **Confirm** writes a skill record of source `online_platform` per matched row and topic of its
 *   course, with the certificate number as evidence, in one transaction. A certificate number is
 *   recorded once per topic (migration 0090), so importing the same list again adds nothing.
 *
 * Unlike a list of residents, a certificate list is not all or nothing: the platform's lists name
 * people from elsewhere, so the rows that match are imported and the others are reported.
 */
import { randomUUID } from "node:crypto"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Certificate from "@bdhv/domain/Certificate"
import * as Person from "@bdhv/domain/Person"
import * as Phone from "@bdhv/domain/Phone"
import * as Spreadsheet from "@bdhv/domain/Spreadsheet"
import * as Text from "@bdhv/domain/Text"
import type * as Topic from "@bdhv/domain/Topic"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Effect, Result } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as Today from "../Today.js"
import * as AuditLog from "../audit/AuditLog.js"
import type { Actor } from "../auth/Actor.js"
import { insertRows, type TableSpec } from "../db/TableWriter.js"
import { inScope, subtree } from "../resources/Scope.js"
import { Conflict } from "../ServiceError.js"
import * as ErrorReport from "./ErrorReport.js"
import * as Header from "./Header.js"
import {
  damaged,
  issuesKept,
  issuesShown,
  type JobRow,
  jobColumns,
  jobOf,
  json,
  maxRows,
  nextRows,
  parsed,
  unreadableFile,
} from "./ImportJobs.js"
import type { RowIssue } from "./RowDecoder.js"
import { type Cell, type FileRow, type Format, rowsOf, Unreadable } from "./RowReader.js"
import { communeOf } from "./Template.js"

/** What a certificate import wrote. */
export interface Summary {
  readonly recordsCreated: number
  /** Records of these certificates that were there already (an earlier import of the same list). */
  readonly recordsExisting: number
}

/** A certificate import as the API shows it. */
export interface JobView {
  readonly id: string
  readonly communeId: string
  readonly fileName: string
  readonly format: Format
  readonly status: "previewed" | "done" | "failed"
  /** Data rows read. */
  readonly rows: number
  /** Rows matched to one resident, ready to record. */
  readonly matchedRows: number
  /** Rows not imported: invalid, matched to nobody or to several people. */
  readonly unmatchedRows: number
  readonly issues: ReadonlyArray<RowIssue>
  readonly issuesTotal: number
  readonly warnings: ReadonlyArray<RowIssue>
  readonly summary: Summary | null
}

const list = Spreadsheet.certificateColumns
type Key = Spreadsheet.CertificateColumn

const view = (job: JobRow): JobView => ({
  id: job.id,
  communeId: job.communeId,
  fileName: job.fileName,
  format: job.format,
  status: job.status === "done" ? "done" : job.status === "failed" ? "failed" : "previewed",
  rows: job.rows,
  matchedRows: job.validRows,
  unmatchedRows: job.invalidRows,
  issues: parsed<ReadonlyArray<RowIssue>>(job.issues).slice(0, issuesShown),
  issuesTotal: job.issuesTotal,
  warnings: parsed<ReadonlyArray<RowIssue>>(job.warnings),
  summary: parsed<Summary | null>(job.summary),
})

interface StagedRow {
  readonly jobId: string
  readonly row: number
  readonly personId: string
  readonly topicId: string
  readonly achievedOn: string
  readonly certificateNumber: string
}

const stagedRows: TableSpec<StagedRow> = {
  table: "certificate_job_rows",
  columns: [
    ["jobId", "text"],
    ["row", "integer"],
    ["personId", "text"],
    ["topicId", "text"],
    ["achievedOn", "date"],
    ["certificateNumber", "text"],
  ],
}

/** A row read and checked, waiting to be matched. */
interface ReadRow {
  readonly row: FileRow
  readonly learner: Certificate.Learner
  readonly topics: ReadonlyArray<Topic.TopicId>
  readonly completedOn: CalendarDate.CalendarDate
  readonly certificateNumber: string
}

const text = (cell: Cell | undefined): string =>
  cell === null || cell === undefined || cell instanceof Date ? "" : String(cell).trim()

const messages = {
  birth: {
    vi: "Ghi đủ ngày sinh, dạng ngày/tháng/năm (12/03/1958)",
    en: "Write the full birth date as day/month/year (12/03/1958)",
  },
  completedOn: {
    vi: "Ngày hoàn thành phải có dạng ngày/tháng/năm và không sau hôm nay",
    en: "The completion date must be day/month/year and not after today",
  },
  course: {
    vi: "Không rõ khóa học này thuộc chủ đề kỹ năng nào",
    en: "This course matches no topic of the skills catalogue",
  },
  certificateNumber: { vi: "Thiếu số chứng chỉ", en: "The certificate number is missing" },
  certificateLength: {
    vi: "Số chứng chỉ dài quá 100 ký tự",
    en: "The certificate number is longer than 100 characters",
  },
  identity: {
    vi: "Cần số điện thoại hoặc các số cuối CCCD để đối chiếu",
    en: "A phone number or the last digits of the national ID are needed to match the row",
  },
  idTail: { vi: "Số CCCD không hợp lệ", en: "The national ID digits are not valid" },
} satisfies Record<string, ValidationMessage.Bilingual>

const fullName = ValidationMessage.decoderWithMessages(Person.FullName)

/** Checks one row; `Result.fail` with its issues. The ID digits go no further than this function. */
const readRow = (
  layout: Spreadsheet.Layout<Key>,
  row: FileRow,
  today: CalendarDate.CalendarDate,
  onFullId: () => void,
): Result.Result<ReadRow, ReadonlyArray<RowIssue>> => {
  const issues: Array<RowIssue> = []
  const cell = (key: Key): Cell | undefined => {
    const i = layout.index.get(key)
    return i === undefined ? undefined : row.cells[i]
  }
  const issue = (key: Key, message: ValidationMessage.Bilingual) =>
    issues.push({ row: row.line, column: layout.header.get(key) ?? list.columns[key].name.vi, message })

  const name = fullName(text(cell("fullName")))
  if (Result.isFailure(name)) for (const m of name.failure) issue("fullName", m.message)
  const birthCell = cell("birth")
  const birthDate = Spreadsheet.dateOfCell(birthCell ?? null)
  if (birthDate === undefined) issue("birth", messages.birth)
  const courseText = text(cell("course"))
  const topics = Certificate.topicsOfCourse(courseText)
  if (topics === undefined) {
    const shown = courseText.length > 60 ? `${courseText.slice(0, 60)}…` : courseText
    issue("course", {
      vi: `${messages.course.vi}: "${shown}"`,
      en: `${messages.course.en}: "${shown}"`,
    })
  }
  const completedOn = Spreadsheet.dateOfCell(cell("completedOn") ?? null)
  if (completedOn === undefined || completedOn > today) issue("completedOn", messages.completedOn)
  const certificateNumber = text(cell("certificateNumber"))
  if (certificateNumber === "") issue("certificateNumber", messages.certificateNumber)
  else if (certificateNumber.length > 100) issue("certificateNumber", messages.certificateLength)

  const phoneText = text(cell("phone"))
  let phone: Phone.PhoneNumber | undefined
  if (phoneText !== "") {
    const parsedPhone = Phone.parse(phoneText)
    if (Result.isSuccess(parsedPhone)) phone = parsedPhone.success
    else issue("phone", parsedPhone.failure.text)
  }
  const idText = text(cell("idTail"))
  const idTail = idText === "" ? undefined : Certificate.idTailOf(idText)
  if (idText !== "" && idTail === undefined) issue("idTail", messages.idTail)
  if (idTail?.wasFull === true) onFullId()
  if (phoneText === "" && idText === "")
    issue(layout.index.has("phone") ? "phone" : "idTail", messages.identity)

  if (issues.length > 0 || Result.isFailure(name) || birthDate === undefined || topics === undefined)
    return Result.fail(issues)
  return Result.succeed({
    row,
    learner: { fullName: name.success, birthDate, phone },
    topics,
    completedOn: completedOn!,
    certificateNumber,
  })
}

const problemIssue = (
  layout: Spreadsheet.Layout<Key>,
  line: number,
  message: ValidationMessage.Bilingual,
): RowIssue => ({
  row: line,
  column: layout.header.get("fullName") ?? list.columns.fullName.name.vi,
  message,
})

/** Matches a batch of checked rows to the commune's residents, and finds certificates already recorded. */
const matchBatch = (actor: Actor, communeId: string, batch: ReadonlyArray<ReadRow>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const today = yield* Today.today
    const names = [...new Set(batch.map((r) => Text.searchKey(r.learner.fullName)))]
    const people =
      names.length === 0
        ? []
        : yield* sql<{
            id: string
            fullName: string
            birthDate: string | null
            birthYear: number
            phone: string | null
            nameFolded: string
          }>`
        select p.id, p.full_name, p.birth_date::text as birth_date, p.birth_year, p.phone, p.name_folded
        from people p
        where p.deleted_at is null and p.name_folded in ${sql.in(names)}
          and p.unit_id in ${subtree(sql, communeId, today)} and ${inScope(sql, actor, "p.unit_id", today)}`
    const byName = new Map<string, Array<Certificate.Candidate>>()
    for (const p of people) {
      const candidates = byName.get(p.nameFolded) ?? []
      candidates.push({
        id: p.id,
        fullName: p.fullName,
        birthDate: p.birthDate === null ? null : (CalendarDate.parse(p.birthDate) ?? null),
        birthYear: p.birthYear,
        phone: p.phone as Phone.PhoneNumber | null,
      })
      byName.set(p.nameFolded, candidates)
    }
    const numbers = [...new Set(batch.map((r) => r.certificateNumber))]
    const recorded = yield* sql<{ evidenceId: string; personId: string }>`
      select distinct evidence_id, person_id from skill_records
      where source = 'online_platform' and deleted_at is null and evidence_id in ${sql.in(numbers)}`
    const holder = new Map(recorded.map((r) => [r.evidenceId, r.personId]))
    return batch.map((read) => ({
      read,
      match: Certificate.matchPerson(read.learner, byName.get(Text.searchKey(read.learner.fullName)) ?? []),
      holder: holder.get(read.certificateNumber),
    }))
  })

const matchBatchSize = 500

/**
 * Reads and matches a completion list for a commune: a new job in state `previewed`, with the rows
 * matched staged and the others reported (the first `issuesKept`, and their count).
 */
export const preview = Effect.fn("CertificateImport.preview")(function* (
  actor: Actor,
  input: {
    readonly communeId: string
    readonly fileName: string
    readonly format: Format
    readonly bytes: Uint8Array
  },
) {
  const sql = yield* SqlClient.SqlClient
  yield* sql`delete from import_jobs where expires_at < now() and status <> 'running'`
  // The commune must be one the importer may see.
  yield* communeOf(actor, input.communeId)
  const id = randomUUID()
  yield* sql`
    insert into import_jobs (id, kind, owner_id, commune_id, file_name, format, status, progress, expires_at)
    values (${id}, 'certificates', ${actor.userId}, ${input.communeId}, ${input.fileName.slice(0, 255)},
            ${input.format}, 'reading', ${json({ phase: "waiting", done: 0, total: 0 })}::jsonb,
            now() + interval '1 hour')`
  const today = yield* Today.today
  const header = Header.finder(list)
  const issues: Array<RowIssue> = []
  const warnings: Array<RowIssue> = []
  const badRows: Array<FileRow> = []
  let issuesTotal = 0
  let rows = 0
  let matchedRows = 0
  let fullIds = 0
  let idColumn: number | undefined
  let idHeader: string = list.columns.idTail.name.vi
  /** A row as the report keeps it: its national-ID cell cut to the last digits, as everywhere. */
  const masked = (row: FileRow): FileRow => {
    if (idColumn === undefined) return row
    const cells = [...row.cells]
    const tail = Certificate.idTailOf(text(cells[idColumn]))
    cells[idColumn] = tail === undefined ? null : `…${tail.tail}`
    return { line: row.line, cells }
  }
  const report = (row: FileRow | undefined, found: ReadonlyArray<RowIssue>) => {
    issuesTotal += found.length
    for (const issue of found) if (issues.length < issuesKept) issues.push(issue)
    if (row !== undefined && badRows.length < issuesKept) badRows.push(masked(row))
  }
  const seenNumbers = new Map<string, number>()
  const reading = Effect.gen(function* () {
    const file = rowsOf(input.format, input.bytes)[Symbol.asyncIterator]()
    let layout: Spreadsheet.Layout<Key> | undefined
    let pending: Array<ReadRow> = []
    const flush = Effect.gen(function* () {
      if (pending.length === 0 || layout === undefined) return
      const matched = yield* matchBatch(actor, input.communeId, pending)
      pending = []
      const staged: Array<StagedRow> = []
      for (const { read, match, holder } of matched) {
        const line = read.row.line
        if (match._tag !== "Matched") {
          report(read.row, [problemIssue(layout, line, Certificate.matchMessages[match.problem])])
          continue
        }
        if (holder !== undefined && holder !== match.personId) {
          report(read.row, [
            {
              row: line,
              column: layout.header.get("certificateNumber") ?? list.columns.certificateNumber.name.vi,
              message: {
                vi: "Số chứng chỉ này đã được ghi nhận cho một người khác",
                en: "This certificate number is already recorded for someone else",
              },
            },
          ])
          continue
        }
        matchedRows++
        for (const topicId of read.topics) {
          staged.push({
            jobId: id,
            row: line,
            personId: match.personId,
            topicId,
            achievedOn: read.completedOn,
            certificateNumber: read.certificateNumber,
          })
        }
      }
      if (staged.length > 0) yield* insertRows(stagedRows, staged)
    })
    try {
      for (;;) {
        const batch = yield* Effect.tryPromise({
          try: () => nextRows(file, matchBatchSize),
          catch: (cause) =>
            cause instanceof Unreadable ? unreadableFile(cause.reason) : unreadableFile(damaged),
        })
        if (batch.length === 0) break
        for (const row of batch) {
          const step = header.next(row)
          if (step._tag === "Title" || step._tag === "Skipped") continue
          if (step._tag === "NoHeader") return report(undefined, step.issues)
          if (step._tag === "Header") {
            layout = step.layout
            idColumn = layout.index.get("idTail")
            idHeader = layout.header.get("idTail") ?? idHeader
            warnings.push(...Header.derivedWarnings(layout, step.line))
            if (step.issues.length > 0) return report(undefined, step.issues)
            if (!step.data) continue
          }
          if (layout === undefined) continue
          if (rows === maxRows)
            return report(undefined, [
              {
                row: row.line,
                column: "",
                message: {
                  vi: `Danh sách có hơn ${maxRows.toLocaleString("vi-VN")} dòng: hãy chia nhỏ rồi tải lên từng phần`,
                  en: `The list has more than ${maxRows.toLocaleString("en-US")} rows: split it and upload each part`,
                },
              },
            ])
          rows++
          const read = readRow(layout, row, today, () => fullIds++)
          if (Result.isFailure(read)) {
            report(row, read.failure)
            continue
          }
          const twin = seenNumbers.get(read.success.certificateNumber)
          if (twin !== undefined) {
            report(row, [
              {
                row: row.line,
                column: layout.header.get("certificateNumber") ?? list.columns.certificateNumber.name.vi,
                message: {
                  vi: `Trùng số chứng chỉ với dòng ${twin}`,
                  en: `Same certificate number as row ${twin}`,
                },
              },
            ])
            continue
          }
          seenNumbers.set(read.success.certificateNumber, row.line)
          pending.push(read.success)
        }
        yield* flush
      }
      yield* flush
      if (layout === undefined && issuesTotal === 0) report(undefined, header.end())
    } finally {
      yield* Effect.promise(async () => {
        await file.return?.(undefined)
      })
    }
  })
  const read = yield* Effect.exit(reading)
  if (read._tag === "Failure") {
    yield* sql`delete from import_jobs where id = ${id}`
    return yield* Effect.failCause(read.cause)
  }
  if (fullIds > 0) {
    const headerLine = header.header()?.line ?? 1
    warnings.push({
      row: headerLine,
      column: idHeader,
      message: {
        vi: `${Certificate.fullIdWarning.vi} (${fullIds} dòng)`,
        en: `${Certificate.fullIdWarning.en} (${fullIds} rows)`,
      },
    })
  }
  const kept = issuesTotal === 0 ? null : ErrorReport.keptRows(header.titles(), header.header(), badRows)
  const [job] = yield* sql<JobRow>`
    update import_jobs set status = 'previewed', rows = ${rows}, valid_rows = ${matchedRows},
      invalid_rows = ${rows - matchedRows}, issues = ${json(issues)}::jsonb, issues_total = ${issuesTotal},
      warnings = ${json(warnings)}::jsonb, report = ${kept === null ? null : json(kept)}::jsonb,
      expires_at = now() + interval '1 hour'
    where id = ${id}
    returning ${jobColumns(sql)}`
  return view(job!)
})

/** A certificate import as it stands. */
export const status = (actor: Actor, id: string) => Effect.map(jobOf(actor, id, "certificates"), view)

/**
 * Records the matched rows of a previewed certificate import, in one transaction: a skill record per
 * row and topic, none twice for one certificate number and topic. Answers the job, done.
 */
export const confirm = Effect.fn("CertificateImport.confirm")(function* (actor: Actor, id: string) {
  const sql = yield* SqlClient.SqlClient
  const job = yield* jobOf(actor, id, "certificates")
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      // One conditional update decides, so two confirms of one job cannot both write.
      const [started] = yield* sql<{ id: string }>`
        update import_jobs set status = 'running' where id = ${id} and status = 'previewed' returning id`
      if (started === undefined) {
        return yield* new Conflict({
          message: { vi: "Lần nhập này đã được xác nhận", en: "This import was already confirmed" },
        })
      }
      const created = yield* sql<{ id: string }>`
        insert into skill_records (id, person_id, topic_id, achieved_on, source, evidence_id, recorded_by)
        select gen_random_uuid()::text, r.person_id, r.topic_id, r.achieved_on, 'online_platform',
          r.certificate_number, ${actor.userId}
        from certificate_job_rows r
        where r.job_id = ${id}
        on conflict do nothing
        returning id`
      const [staged] = yield* sql<{ n: number }>`
        select count(*)::int as n from certificate_job_rows where job_id = ${id}`
      const summary: Summary = {
        recordsCreated: created.length,
        recordsExisting: (staged?.n ?? 0) - created.length,
      }
      yield* AuditLog.append({
        actor,
        entity: "import",
        entityId: id,
        action: "import",
        after: { kind: "certificates", communeId: job.communeId, fileName: job.fileName, ...summary },
      })
      yield* sql`delete from certificate_job_rows where job_id = ${id}`
      const [done] = yield* sql<JobRow>`
        update import_jobs set status = 'done', summary = ${json(summary)}::jsonb,
          expires_at = now() + interval '1 hour'
        where id = ${id}
        returning ${jobColumns(sql)}`
      return view(done!)
    }),
  )
})
