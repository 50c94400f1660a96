/**
 * The periodic reports of the commune-level units (`@bdhv/domain/Report`): a commune officer drafts and
 * submits their commune's report for a month, quarter or year; a district admin above it approves it
 * (its figures as at the period's end are then stored, frozen) or returns it with a comment. Every
 * action appends to the report's history in the same transaction, with the audit entry.
 *
 * Access: the resource table decides who may act (`reports` to draft and submit, `report-approvals` to
 * approve and return); the unit scope decides which communes (out of scope is not found); and an
 * approver acts from the level above: never on the unit their own account is placed at.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Report from "@bdhv/domain/Report"
import * as Unit from "@bdhv/domain/Unit"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Effect, Result, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as Today from "../Today.js"
import type { SqlError } from "effect/sql/SqlError"
import type { Actor } from "../auth/Actor.js"
import * as AuditLog from "../audit/AuditLog.js"
import * as IndicatorReport from "../indicators/Report.js"
import * as UnitAt from "../indicators/UnitAt.js"
import * as Crud from "../resources/Crud.js"
import * as Entity from "../resources/Entity.js"
import { subtree } from "../resources/Scope.js"
import * as Access from "../security/Access.js"
import { Conflict, Forbidden, InvalidInput, StaleVersion } from "../ServiceError.js"

const label = ValidationMessage.label

// ---------------------------------------------------------------------------------------------------
// Contract

/** A report's version as the client saw it: 0 for a report not started yet. */
export const Version = Schema.Int.check(
  Schema.isGreaterThanOrEqualTo(
    0,
    ValidationMessage.message({ vi: "Phiên bản không hợp lệ", en: "The version is not valid" }),
  ),
).annotate(label({ vi: "Phiên bản", en: "Version" }))

/** The draft a commune saves or submits: the narrative, based on the version it saw. */
export const DraftInput = Schema.Struct({
  ...Report.Narrative.fields,
  version: Version,
}).annotate({ identifier: "ReportDraft" })
/** The draft a commune saves or submits. */
export type DraftInput = typeof DraftInput.Type

/** A return to the commune: the comment, based on the version the approver saw. */
export const ReturnInput = Schema.Struct({
  comment: Report.ReturnComment,
  version: Version,
}).annotate({ identifier: "ReportReturn" })

/** An approval, based on the version the approver saw. */
export const ApproveInput = Schema.Struct({ version: Version }).annotate({ identifier: "ReportApproval" })

/** A unit as a report names it. */
export const ReportUnit = Schema.Struct({
  id: Schema.String,
  code: Schema.NullOr(Schema.String),
  name: Schema.String,
  kind: Schema.String,
}).annotate({ identifier: "ReportUnitRef" })

/** Someone who acted on a report, and when. */
export const Signature = Schema.Struct({
  at: Schema.String,
  userId: Schema.String,
  name: Schema.String,
}).annotate({ identifier: "ReportSignature" })

/** One entry of a report's history: who did what, when, and the comment of a return. */
export const HistoryEntry = Schema.Struct({
  at: Schema.String,
  action: Report.Action,
  status: Report.Status,
  userName: Schema.String,
  comment: Schema.NullOr(Schema.String),
}).annotate({ identifier: "ReportHistoryEntry" })

/** An indicator of a report: the approved figure (once approved), the live one, the difference. */
export const ComparedFigure = Schema.Struct({
  id: Schema.String,
  approved: Schema.NullOr(Report.Figure),
  live: Report.Figure,
  difference: Schema.NullOr(Schema.Finite),
  numeratorDifference: Schema.NullOr(Schema.Int),
}).annotate({ identifier: "ReportComparedFigure" })

/** The period of a report with its dates. */
export const PeriodInfo = Schema.Struct({
  period: Report.Period,
  type: Report.PeriodType,
  name: ValidationMessage.Bilingual,
  start: CalendarDate.CalendarDate,
  end: CalendarDate.CalendarDate,
  deadline: CalendarDate.CalendarDate,
}).annotate({ identifier: "ReportPeriodInfo" })

/** A commune's report for a period, as the API returns it. */
export const Detail = Schema.Struct({
  unit: ReportUnit,
  period: PeriodInfo,
  status: Report.Status,
  narrative: Report.Narrative,
  version: Schema.Int,
  firstSubmittedOn: Schema.NullOr(CalendarDate.CalendarDate),
  /** Whether the first submission was on time; `null` when never submitted. */
  onTime: Schema.NullOr(Schema.Boolean),
  submitted: Schema.NullOr(Signature),
  approved: Schema.NullOr(Signature),
  /** The indicators as at the period's end: approved (frozen) and live. */
  figures: Schema.Array(ComparedFigure),
  /** What the signed-in user may do to it now. */
  actions: Schema.Array(Report.Action),
  history: Schema.Array(HistoryEntry),
}).annotate({ identifier: "Report" })
/** A commune's report for a period. */
export type Detail = typeof Detail.Type

/** One commune of a period's list. */
export const ListItem = Schema.Struct({
  unit: ReportUnit,
  status: Report.Status,
  version: Schema.Int,
  firstSubmittedOn: Schema.NullOr(CalendarDate.CalendarDate),
  onTime: Schema.NullOr(Schema.Boolean),
  approvedAt: Schema.NullOr(Schema.String),
}).annotate({ identifier: "ReportListItem" })

/** The period, the parent unit, the completeness of its communes' reports. */
export const CompletenessAnswer = Schema.Struct({
  period: PeriodInfo,
  parent: ReportUnit,
  counts: Report.Completeness,
}).annotate({ identifier: "ReportCompletenessAnswer" })

/** A page of the communes under a unit with their report for a period, and the completeness of all. */
export const ListAnswer = Schema.Struct({
  ...CompletenessAnswer.fields,
  items: Schema.Array(ListItem),
  page: Schema.Int,
  pageSize: Schema.Int,
  total: Schema.Int,
}).annotate({ identifier: "ReportList" })

// ---------------------------------------------------------------------------------------------------
// Reading

const communeKinds = Unit.UnitKind.literals.filter(Unit.isCommuneLevel)

/** The period with its dates. */
export const periodInfo = (period: Report.Period) => ({
  period,
  type: Report.typeOf(period),
  name: Report.periodName(period),
  start: Report.startOf(period),
  end: Report.endOf(period),
  deadline: Report.deadlineOf(period),
})

interface Row {
  readonly id: string
  readonly unitId: string
  readonly status: Exclude<Report.Status, "not_started">
  readonly done: string
  readonly difficulties: string
  readonly proposals: string
  readonly firstSubmittedOn: string | null
  readonly submittedAt: unknown
  readonly submittedBy: string | null
  readonly submittedName: string | null
  readonly approvedAt: unknown
  readonly approvedBy: string | null
  readonly approvedName: string | null
  readonly approvedFigures: unknown
  readonly version: number
}

const dateOf = (value: unknown): CalendarDate.CalendarDate | null =>
  value === null || value === undefined ? null : CalendarDate.CalendarDate.make(String(value).slice(0, 10))

const decodeFigures = Schema.decodeUnknownSync(Report.ApprovedFigures)

const reportRow = (unitId: string, period: Report.Period, lock: boolean) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const [row] = yield* sql<Row>`
      select r.id, r.unit_id, r.status, r.done, r.difficulties, r.proposals,
        r.first_submitted_on::text as first_submitted_on, r.submitted_at, r.submitted_by,
        (select u.full_name from users u where u.id = r.submitted_by) as submitted_name,
        r.approved_at, r.approved_by,
        (select u.full_name from users u where u.id = r.approved_by) as approved_name,
        r.approved_figures, r.version
      from reports r where r.unit_id = ${unitId} and r.period = ${period}
      ${lock ? sql`for update` : sql``}`
    return row
  })

/**
 * The commune-level unit a report is of, on the period's last day, if it lies in the actor's scope then
 * (otherwise `NotFound`, or a field error when the unit is not commune level).
 */
const communeOf = (actor: Actor, unitId: string, period: Report.Period) =>
  Effect.gen(function* () {
    const at = yield* UnitAt.resolve(unitId, Report.endOf(period), actor)
    if (!communeKinds.includes(at.unit.kind as Unit.UnitKind)) {
      return yield* Entity.invalidField("unitId", {
        vi: "Báo cáo định kỳ là của một xã, phường, thị trấn hoặc đặc khu",
        en: "A periodic report is made by a commune-level unit",
      })
    }
    return at.unit
  })

const liveFigures = (actor: Actor, unitId: string, period: Report.Period) =>
  Effect.gen(function* () {
    const judged = yield* IndicatorReport.judged(unitId, Report.endOf(period), actor)
    return judged.unit.judged.map(
      ({ figure }): Report.Figure => ({
        id: figure.id,
        numerator: figure.numerator,
        denominator: figure.denominator,
        value: figure.value,
      }),
    )
  })

/** Whether the actor acts for the level above this commune (their account is not placed at it). */
const isAbove = (actor: Actor, unitId: string): boolean => actor.unitId !== unitId

/** What the actor may do to a report in a status: the domain's transitions the access table allows. */
export const actionsFor = (
  actor: Actor,
  unitId: string,
  status: Report.Status,
): ReadonlyArray<Report.Action> =>
  Report.allowedActions(status).filter((action) =>
    Report.actorOfAction[action] === "commune"
      ? Access.allows(actor.role, "reports", "write")
      : Access.allows(actor.role, "report-approvals", "write") && isAbove(actor, unitId),
  )

const unitRef = (unit: UnitAt.UnitNode) => ({
  id: unit.id,
  code: unit.code,
  name: unit.name,
  kind: unit.kind,
})

const signature = (at: unknown, userId: string | null, name: string | null) =>
  at === null || at === undefined || userId === null
    ? null
    : { at: Entity.isoOf(at), userId, name: name ?? "" }

/** A commune's report for a period (a report not started yet has an empty narrative), in the actor's scope. */
export const get = Effect.fn("Reports.get")(function* (actor: Actor, unitId: string, period: Report.Period) {
  yield* Access.require(actor, "reports", "read")
  const sql = yield* SqlClient.SqlClient
  const unit = yield* communeOf(actor, unitId, period)
  const row = yield* reportRow(unit.id, period, false)
  const live = yield* liveFigures(actor, unit.id, period)
  const history =
    row === undefined
      ? []
      : yield* sql<{
          at: unknown
          action: Report.Action
          status: Report.Status
          userName: string
          comment: string | null
        }>`
          select e.at, e.action, e.status, u.full_name as user_name, e.comment
          from report_events e join users u on u.id = e.user_id
          where e.report_id = ${row.id} order by e.version`
  const status: Report.Status = row?.status ?? "not_started"
  const firstSubmittedOn = dateOf(row?.firstSubmittedOn)
  return {
    unit: unitRef(unit),
    period: periodInfo(period),
    status,
    narrative:
      row === undefined
        ? Report.emptyNarrative
        : { done: row.done, difficulties: row.difficulties, proposals: row.proposals },
    version: row?.version ?? 0,
    firstSubmittedOn,
    onTime: firstSubmittedOn === null ? null : Report.isOnTime(period, firstSubmittedOn),
    submitted: row === undefined ? null : signature(row.submittedAt, row.submittedBy, row.submittedName),
    approved: row === undefined ? null : signature(row.approvedAt, row.approvedBy, row.approvedName),
    figures: Report.compare(
      live,
      row?.approvedFigures === null || row?.approvedFigures === undefined
        ? null
        : decodeFigures(
            typeof row.approvedFigures === "string" ? JSON.parse(row.approvedFigures) : row.approvedFigures,
          ),
    ),
    actions: actionsFor(actor, unit.id, status),
    history: history.map((e) => ({ ...e, at: Entity.isoOf(e.at) })),
  } satisfies Detail
})

interface Entry {
  readonly id: string
  readonly code: string | null
  readonly name: string
  readonly kind: string
  readonly status: Exclude<Report.Status, "not_started"> | null
  readonly version: number | null
  readonly firstSubmittedOn: string | null
  readonly approvedAt: unknown
}

/** The commune-level units under a unit (itself, if it is one) on the period's last day, with their reports. */
const entriesUnder = (parentId: string, period: Report.Period) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const end = Report.endOf(period)
    return yield* sql<Entry>`
      select u.id, u.code, u.name, u.kind, r.status, r.version,
        r.first_submitted_on::text as first_submitted_on, r.approved_at
      from units u
      left join reports r on r.unit_id = u.id and r.period = ${period}
      where u.deleted_at is null and u.kind in ${sql.in(communeKinds)}
        and u.valid_from <= ${end}::date and (u.valid_to is null or u.valid_to >= ${end}::date)
        and u.id in ${subtree(sql, parentId, end)}
      order by u.name_folded, u.id`
  })

const entryOf = (e: Entry): Report.Entry => ({
  status: e.status ?? "not_started",
  firstSubmittedOn: dateOf(e.firstSubmittedOn),
})

/** The parent unit (the actor's own unit, or the default unit, when none is named) on the period's last day, in scope. */
const parentOf = (actor: Actor, parentId: string | undefined, period: Report.Period) =>
  UnitAt.resolve(parentId ?? actor.unitId ?? undefined, Report.endOf(period), actor).pipe(
    Effect.map((at) => at.unit),
  )

/** Completeness and timeliness of a period's reports among the communes under a unit. */
export const completeness = Effect.fn("Reports.completeness")(function* (
  actor: Actor,
  parentId: string | undefined,
  period: Report.Period,
) {
  yield* Access.require(actor, "reports", "read")
  const parent = yield* parentOf(actor, parentId, period)
  const entries = yield* entriesUnder(parent.id, period)
  return {
    period: periodInfo(period),
    parent: unitRef(parent),
    counts: Report.completeness(period, entries.map(entryOf)),
  }
})

/** A page of the communes under a unit with their report for a period, and the completeness of all. */
export const list = Effect.fn("Reports.list")(function* (
  actor: Actor,
  parentId: string | undefined,
  period: Report.Period,
  paging: { readonly page: number; readonly pageSize: number; readonly status?: Report.Status | undefined },
) {
  yield* Access.require(actor, "reports", "read")
  const parent = yield* parentOf(actor, parentId, period)
  const entries = yield* entriesUnder(parent.id, period)
  const shown =
    paging.status === undefined
      ? entries
      : entries.filter((e) => (e.status ?? "not_started") === paging.status)
  const { page, pageSize } = paging
  return {
    period: periodInfo(period),
    parent: unitRef(parent),
    counts: Report.completeness(period, entries.map(entryOf)),
    items: shown.slice((page - 1) * pageSize, page * pageSize).map((e) => {
      const firstSubmittedOn = dateOf(e.firstSubmittedOn)
      return {
        unit: { id: e.id, code: e.code, name: e.name, kind: e.kind },
        status: e.status ?? ("not_started" as const),
        version: e.version ?? 0,
        firstSubmittedOn,
        onTime: firstSubmittedOn === null ? null : Report.isOnTime(period, firstSubmittedOn),
        approvedAt: e.approvedAt === null || e.approvedAt === undefined ? null : Entity.isoOf(e.approvedAt),
      }
    }),
    page,
    pageSize,
    total: shown.length,
  }
})

// ---------------------------------------------------------------------------------------------------
// Acting

const requireAbove = (actor: Actor, unitId: string) =>
  isAbove(actor, unitId)
    ? Effect.void
    : Effect.fail(
        new Forbidden({
          message: {
            vi: "Báo cáo của đơn vị mình do cấp trên duyệt, không tự duyệt",
            en: "A unit's report is approved by the level above, never by the unit itself",
          },
        }),
      )

/**
 * Runs one action on a commune's report in a transaction: checks access, scope and the version, asks the
 * domain whether the status allows it (a `Conflict` naming `status` otherwise: nothing changes), then
 * writes the row (`changes`), the history entry and the audit entry.
 */
const act = (
  actor: Actor,
  unitId: string,
  period: Report.Period,
  action: Report.Action,
  version: number,
  changes: (
    unit: UnitAt.UnitNode,
    row: Row | undefined,
  ) => Effect.Effect<Record<string, unknown>, InvalidInput | SqlError, SqlClient.SqlClient>,
  comment: string | null = null,
) =>
  Effect.gen(function* () {
    const approving = Report.actorOfAction[action] === "approver"
    yield* Access.require(actor, approving ? "report-approvals" : "reports", "write")
    const sql = yield* SqlClient.SqlClient
    yield* sql.withTransaction(
      Effect.gen(function* () {
        const unit = yield* communeOf(actor, unitId, period)
        if (approving) yield* requireAbove(actor, unit.id)
        const row = yield* reportRow(unit.id, period, true)
        const status: Report.Status = row?.status ?? "not_started"
        const next = Report.transition(status, action)
        if (Result.isFailure(next)) {
          return yield* new Conflict({
            message: next.failure.text,
            issues: [{ path: "status", message: next.failure.text }],
          })
        }
        const actual = row?.version ?? 0
        if (actual !== version) {
          return yield* new StaleVersion({
            entity: "report",
            id: `${unit.id}/${period}`,
            expected: version,
            actual,
          })
        }
        const values = { status: next.success, ...(yield* changes(unit, row)) }
        const id = row?.id ?? Crud.newId()
        if (row === undefined) {
          yield* sql`insert into reports ${sql.insert({
            id,
            unitId: unit.id,
            period,
            periodType: Report.typeOf(period),
            ...values,
          })}`
        } else {
          yield* sql`update reports set ${sql.update({ ...values, updatedAt: new Date() })},
            version = version + 1 where id = ${id}`
        }
        yield* sql`insert into report_events ${sql.insert({
          id: Crud.newId(),
          reportId: id,
          action,
          status: next.success,
          userId: actor.userId,
          comment,
          version: actual + 1,
          at: new Date(),
        })}`
        yield* AuditLog.append({
          actor,
          entity: "report",
          entityId: id,
          action: `report.${action}`,
          before: row === undefined ? undefined : { status: row.status, version: row.version },
          after: { unitId: unit.id, period, status: next.success, comment },
        })
      }),
    )
    return yield* get(actor, unitId, period)
  })

const narrativeOf = (input: DraftInput): Report.Narrative => ({
  done: input.done,
  difficulties: input.difficulties,
  proposals: input.proposals,
})

/** Saves a commune's draft (creating the report on its first save). */
export const save = Effect.fn("Reports.save")(function* (
  actor: Actor,
  unitId: string,
  period: Report.Period,
  input: DraftInput,
) {
  return yield* act(actor, unitId, period, "save", input.version, () => Effect.succeed(narrativeOf(input)))
})

/**
 * Submits a commune's report with its narrative: only once the period has ended, and only with what was
 * done written; the first submission's day is kept for timeliness.
 */
export const submit = Effect.fn("Reports.submit")(function* (
  actor: Actor,
  unitId: string,
  period: Report.Period,
  input: DraftInput,
) {
  const narrative = narrativeOf(input)
  const today = yield* Today.today
  const problems = [...Report.submitDateProblems(period, today), ...Report.submissionProblems(narrative)]
  if (problems.length > 0) return yield* new InvalidInput({ issues: problems })
  return yield* act(actor, unitId, period, "submit", input.version, (_unit, row) =>
    Effect.succeed({
      ...narrative,
      submittedAt: new Date(),
      submittedBy: actor.userId,
      firstSubmittedOn: row?.firstSubmittedOn ?? today,
    }),
  )
})

/** Returns a submitted report to its commune with a comment. */
export const returnToCommune = Effect.fn("Reports.return")(function* (
  actor: Actor,
  unitId: string,
  period: Report.Period,
  input: typeof ReturnInput.Type,
) {
  return yield* act(actor, unitId, period, "return", input.version, () => Effect.succeed({}), input.comment)
})

/** Approves a submitted report: its figures as at the period's end are stored as approved, frozen. */
export const approve = Effect.fn("Reports.approve")(function* (
  actor: Actor,
  unitId: string,
  period: Report.Period,
  input: typeof ApproveInput.Type,
) {
  return yield* act(actor, unitId, period, "approve", input.version, (unit) =>
    Effect.gen(function* () {
      const figures = yield* liveFigures(actor, unit.id, period).pipe(
        Effect.catchTag("NotFound", () =>
          Effect.fail(Entity.invalidField("unitId", { vi: "Không tìm thấy đơn vị", en: "No such unit" })),
        ),
      )
      return {
        approvedAt: new Date(),
        approvedBy: actor.userId,
        approvedFigures: JSON.stringify(Schema.encodeSync(Report.ApprovedFigures)(figures)),
      }
    }),
  )
})
