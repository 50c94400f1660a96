/**
 * The periodic report a commune sends up the tree (task group 1: the heads of each level are
 * accountable), like DHIS2's data approval: for a month, a quarter or a year, the commune officer
 * drafts the narrative ("đã làm được gì, khó khăn, đề xuất"), submits it with the indicators as at the
 * period's end, and the level above approves it — which freezes its figures — or returns it with a
 * comment, after which the commune submits again. Pure: the state machine, the periods, the deadlines
 * and the completeness counts; the API stores the rows and asks these functions what may happen.
 */
import { Result, Schema } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import * as Indicator from "./Indicator.js"
import * as ValidationMessage from "./ValidationMessage.js"

// ---------------------------------------------------------------------------------------------------
// Periods

/** How long a report's period is: a month, a quarter or a year (báo cáo tháng, quý, năm). */
export const PeriodType = Schema.Literals(["month", "quarter", "year"]).annotate(
  ValidationMessage.label({ vi: "Kỳ báo cáo", en: "Period type" }),
)
/** How long a report's period is. */
export type PeriodType = typeof PeriodType.Type

/** The names of the period types. */
export const periodTypeNames: { readonly [T in PeriodType]: ValidationMessage.Bilingual } = {
  month: { vi: "Tháng", en: "Month" },
  quarter: { vi: "Quý", en: "Quarter" },
  year: { vi: "Năm", en: "Year" },
}

const periodPattern = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/

/**
 * A report's period, written as its key: `"2026-11"` (November 2026), `"2026-Q4"` (the fourth quarter)
 * or `"2026"` (the year).
 */
export const Period = Schema.String.check(
  Schema.makeFilter((s: string) =>
    periodPattern.test(s)
      ? undefined
      : ValidationMessage.invalid(
          {
            vi: "Kỳ báo cáo phải có dạng 2026-11 (tháng), 2026-Q4 (quý) hoặc 2026 (năm)",
            en: "A period is written 2026-11 (month), 2026-Q4 (quarter) or 2026 (year)",
          },
          s,
        ),
  ),
)
  .pipe(Schema.brand("ReportPeriod"))
  .annotate(ValidationMessage.label({ vi: "Kỳ báo cáo", en: "Period" }))
/** A report's period key. */
export type Period = typeof Period.Type

/** Whether a value is a period key (`"2026-11"`, `"2026-Q4"`, `"2026"`). */
export const isPeriod: (u: unknown) => u is Period = Schema.is(Period)

/** A period's parts: its type, year, and month (1–12) or quarter (1–4); 1 for a year. */
export interface PeriodParts {
  readonly type: PeriodType
  readonly year: number
  readonly index: number
}

/** The parts of a period key. */
export const partsOf = (period: Period): PeriodParts => {
  const [, year, month, quarter] = periodPattern.exec(period) ?? []
  if (month !== undefined) return { type: "month", year: Number(year), index: Number(month) }
  if (quarter !== undefined) return { type: "quarter", year: Number(year), index: Number(quarter) }
  return { type: "year", year: Number(year), index: 1 }
}

/** The key of a period's parts. */
export const periodOf = (parts: PeriodParts): Period =>
  Period.make(
    parts.type === "month"
      ? `${parts.year}-${String(parts.index).padStart(2, "0")}`
      : parts.type === "quarter"
        ? `${parts.year}-Q${parts.index}`
        : `${parts.year}`,
  )

/** The type of a period. */
export const typeOf = (period: Period): PeriodType => partsOf(period).type

const firstMonthOf = ({ type, index }: PeriodParts): number =>
  type === "month" ? index : type === "quarter" ? 3 * (index - 1) + 1 : 1

const lastMonthOf = ({ type, index }: PeriodParts): number =>
  type === "month" ? index : type === "quarter" ? 3 * index : 12

/** The first day of a period. */
export const startOf = (period: Period): CalendarDate.CalendarDate => {
  const parts = partsOf(period)
  return CalendarDate.fromParts({ year: parts.year, month: firstMonthOf(parts), day: 1 })!
}

/** The last day of a period: the report's figures are as at this day. */
export const endOf = (period: Period): CalendarDate.CalendarDate => {
  const parts = partsOf(period)
  const month = lastMonthOf(parts)
  return CalendarDate.fromParts({
    year: parts.year,
    month,
    day: CalendarDate.daysInMonth(parts.year, month),
  })!
}

/** The period of a type that contains a date. */
export const periodContaining = (type: PeriodType, date: CalendarDate.CalendarDate): Period => {
  const { year, month } = CalendarDate.toParts(date)
  return periodOf({
    type,
    year,
    index: type === "month" ? month : type === "quarter" ? Math.ceil(month / 3) : 1,
  })
}

/** The period before a period, of the same type. */
export const previous = (period: Period): Period => {
  const { type, year, index } = partsOf(period)
  if (type === "year") return periodOf({ type, year: year - 1, index: 1 })
  return index > 1
    ? periodOf({ type, year, index: index - 1 })
    : periodOf({ type, year: year - 1, index: type === "month" ? 12 : 4 })
}

/**
 * The last period of a type that has ended on `today`: the one a commune reports on now (October's
 * report on 3 November).
 */
export const lastEnded = (type: PeriodType, today: CalendarDate.CalendarDate): Period =>
  previous(periodContaining(type, today))

/**
 * A period's name for people: "Tháng 11/2026", "Quý IV/2026", "Năm 2026" in Vietnamese; "November 2026",
 * "Q4 2026", "2026" in English.
 */
export const periodName = (period: Period): ValidationMessage.Bilingual => {
  const { type, year, index } = partsOf(period)
  if (type === "month") {
    const month = new Date(Date.UTC(year, index - 1, 1)).toLocaleString("en-GB", {
      month: "long",
      timeZone: "UTC",
    })
    return { vi: `Tháng ${index}/${year}`, en: `${month} ${year}` }
  }
  if (type === "quarter")
    return { vi: `Quý ${["I", "II", "III", "IV"][index - 1]}/${year}`, en: `Q${index} ${year}` }
  return { vi: `Năm ${year}`, en: `${year}` }
}

/**
 * The first period a report may be made for: the one containing the campaign's start (March 2025);
 * the campaign had no figures before it.
 */
export const isWithinCampaign = (period: Period): boolean => endOf(period) >= Indicator.CAMPAIGN_START

// ---------------------------------------------------------------------------------------------------
// Deadlines

/**
 * How many days after its period ends a report is due, by period type. The default — the 5th day after
 * a month, the 10th after a quarter, the 15th after a year — is what a district usually asks for; a
 * deployment may set its own.
 */
export const DeadlineRule = Schema.Struct({
  month: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 90 })),
  quarter: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 90 })),
  year: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 90 })),
}).annotate({ identifier: "ReportDeadlineRule" })
/** How many days after its period ends a report is due, by period type. */
export type DeadlineRule = typeof DeadlineRule.Type

/** The default deadlines: 5 days after a month, 10 after a quarter, 15 after a year. */
export const defaultDeadlineRule: DeadlineRule = { month: 5, quarter: 10, year: 15 }

/**
 * The last day a period's report is on time: the period's end plus the rule's days for its type.
 *
 * @example
 * ```ts
 * Report.deadlineOf(Report.Period.make("2026-10")) // "2026-11-05"
 * ```
 */
export const deadlineOf = (
  period: Period,
  rule: DeadlineRule = defaultDeadlineRule,
): CalendarDate.CalendarDate => CalendarDate.addDays(endOf(period), rule[typeOf(period)])

/** Whether a report first submitted on `submittedOn` was on time (on or before the deadline). */
export const isOnTime = (
  period: Period,
  submittedOn: CalendarDate.CalendarDate,
  rule: DeadlineRule = defaultDeadlineRule,
): boolean => submittedOn <= deadlineOf(period, rule)

// ---------------------------------------------------------------------------------------------------
// The state machine

/**
 * Where a report stands: not started (no draft yet), a draft, submitted and waiting for the level
 * above, returned to the commune with a comment, or approved (its figures frozen).
 */
export const Status = Schema.Literals(["not_started", "draft", "submitted", "returned", "approved"]).annotate(
  ValidationMessage.label({ vi: "Trạng thái", en: "Status" }),
)
/** Where a report stands. */
export type Status = typeof Status.Type

/** The names of the statuses. */
export const statusNames: { readonly [S in Status]: ValidationMessage.Bilingual } = {
  not_started: { vi: "Chưa lập", en: "Not started" },
  draft: { vi: "Đang soạn", en: "Draft" },
  submitted: { vi: "Đã gửi, chờ duyệt", en: "Submitted" },
  returned: { vi: "Bị trả lại", en: "Returned" },
  approved: { vi: "Đã duyệt", en: "Approved" },
}

/** What is done to a report: save the draft, submit it, return it with a comment, approve it. */
export const Action = Schema.Literals(["save", "submit", "return", "approve"])
/** What is done to a report. */
export type Action = typeof Action.Type

/** The names of the actions, as the history reads. */
export const actionNames: { readonly [A in Action]: ValidationMessage.Bilingual } = {
  save: { vi: "Lưu bản nháp", en: "Saved the draft" },
  submit: { vi: "Gửi báo cáo", en: "Submitted" },
  return: { vi: "Trả lại", en: "Returned" },
  approve: { vi: "Phê duyệt", en: "Approved" },
}

/** Who takes an action: the commune drafts and submits; the level above returns and approves. */
export const actorOfAction: { readonly [A in Action]: "commune" | "approver" } = {
  save: "commune",
  submit: "commune",
  return: "approver",
  approve: "approver",
}

const transitions: { readonly [S in Status]: Partial<Record<Action, Status>> } = {
  not_started: { save: "draft", submit: "submitted" },
  draft: { save: "draft", submit: "submitted" },
  returned: { save: "returned", submit: "submitted" },
  submitted: { return: "returned", approve: "approved" },
  approved: {},
}

/** An action the report's status does not allow (a draft cannot be approved, an approval is final). */
export class InvalidTransition extends Schema.TaggedError<InvalidTransition>()("Report/InvalidTransition", {
  status: Status,
  action: Action,
}) {
  /** The reason, in Vietnamese and English. */
  get text(): ValidationMessage.Bilingual {
    const status = statusNames[this.status]
    if (this.status === "approved") {
      return {
        vi: "Báo cáo đã được duyệt: số liệu đã khóa, không thể thay đổi",
        en: "The report has been approved: its figures are locked and it cannot change",
      }
    }
    if (this.status === "submitted") {
      return {
        vi: "Báo cáo đã gửi và đang chờ duyệt: chỉ cấp trên có thể duyệt hoặc trả lại",
        en: "The report is submitted and waiting: only the level above can approve or return it",
      }
    }
    return {
      vi: `Báo cáo ở trạng thái “${status.vi}” chưa được gửi, nên chưa thể duyệt hoặc trả lại`,
      en: `A report that is “${status.en.toLowerCase()}” has not been submitted, so it cannot be approved or returned`,
    }
  }
  override get message(): string {
    return this.text.en
  }
}

/**
 * The status after an action, or {@link InvalidTransition}: a draft (or a returned report) is saved or
 * submitted; a submitted report is returned or approved; an approved report never changes.
 *
 * @example
 * ```ts
 * Report.transition("submitted", "approve") // Result.succeed("approved")
 * Report.transition("draft", "approve")     // Result.fail(InvalidTransition)
 * ```
 */
export const transition = (status: Status, action: Action): Result.Result<Status, InvalidTransition> => {
  const next = transitions[status][action]
  return next === undefined ? Result.fail(new InvalidTransition({ status, action })) : Result.succeed(next)
}

/** The actions a report's status allows. */
export const allowedActions = (status: Status): ReadonlyArray<Action> =>
  Action.literals.filter((action) => transitions[status][action] !== undefined)

/** Whether a report's narrative can still be edited (before it is submitted, or after it was returned). */
export const isEditable = (status: Status): boolean => transitions[status].save !== undefined

// ---------------------------------------------------------------------------------------------------
// The narrative and the comment

const text = (max: number, label: ValidationMessage.Bilingual) =>
  Schema.String.check(
    Schema.isMaxLength(
      max,
      ValidationMessage.message({
        vi: `${label.vi} dài quá ${max} ký tự`,
        en: `${label.en} is longer than ${max} characters`,
      }),
    ),
  ).annotate(ValidationMessage.label(label))

/** The narrative a commune sends with its figures: what was done, the difficulties, the proposals. */
export const Narrative = Schema.Struct({
  done: text(4000, { vi: "Kết quả đã làm được", en: "What was done" }),
  difficulties: text(4000, { vi: "Khó khăn, vướng mắc", en: "Difficulties" }),
  proposals: text(4000, { vi: "Đề xuất, kiến nghị", en: "Proposals" }),
}).annotate({ identifier: "ReportNarrative" })
/** The narrative of a report. */
export type Narrative = typeof Narrative.Type

/** An empty narrative, as a report starts. */
export const emptyNarrative: Narrative = { done: "", difficulties: "", proposals: "" }

/**
 * What must be written before a report is submitted: what was done (a report that says nothing is not
 * a report). Empty when it may be submitted.
 */
export const submissionProblems = (narrative: Narrative): ReadonlyArray<ValidationMessage.FieldMessage> =>
  narrative.done.trim() === ""
    ? [
        {
          path: "done",
          message: {
            vi: "Hãy ghi kết quả đã làm được trước khi gửi báo cáo",
            en: "Write what was done before submitting the report",
          },
        },
      ]
    : []

/** The comment a return must carry: what the commune has to correct. */
export const ReturnComment = Schema.Trim.check(
  Schema.isMinLength(
    1,
    ValidationMessage.message({
      vi: "Hãy ghi lý do trả lại để xã biết cần sửa gì",
      en: "Say why the report is returned, so the commune knows what to correct",
    }),
  ),
  Schema.isMaxLength(
    1000,
    ValidationMessage.message({
      vi: "Ý kiến dài quá 1000 ký tự",
      en: "The comment is longer than 1000 characters",
    }),
  ),
).annotate(ValidationMessage.label({ vi: "Ý kiến", en: "Comment" }))

/**
 * Whether a report of `period` may be submitted on `today`: only once the period has ended (its
 * figures are as at the last day) and only for a period of the campaign.
 */
export const submitDateProblems = (
  period: Period,
  today: CalendarDate.CalendarDate,
): ReadonlyArray<ValidationMessage.FieldMessage> => {
  const name = periodName(period)
  if (!isWithinCampaign(period)) {
    return [
      {
        path: "period",
        message: {
          vi: `${name.vi} trước khi phong trào bắt đầu, không có báo cáo`,
          en: `${name.en} is before the campaign began: there is no report for it`,
        },
      },
    ]
  }
  return endOf(period) < today
    ? []
    : [
        {
          path: "period",
          message: {
            vi: `${name.vi} chưa kết thúc: báo cáo được gửi từ ngày ${CalendarDate.addDays(endOf(period), 1)}`,
            en: `${name.en} has not ended: the report can be submitted from ${CalendarDate.addDays(endOf(period), 1)}`,
          },
        },
      ]
}

// ---------------------------------------------------------------------------------------------------
// Frozen figures

/** One indicator as a report carries it: the fraction as at the period's end. */
export const Figure = Schema.Struct({
  id: Indicator.IndicatorId,
  numerator: Schema.Int,
  denominator: Schema.Int,
  value: Schema.NullOr(Indicator.Ratio),
}).annotate({ identifier: "ReportFigure" })
/** One indicator of a report. */
export type Figure = typeof Figure.Type

/** The figures an approval froze. */
export const ApprovedFigures = Schema.Array(Figure).annotate({ identifier: "ReportApprovedFigures" })

/** An indicator of an approved report: the approved figure, the live one today, and what changed since. */
export interface Compared {
  readonly id: Indicator.IndicatorId
  readonly approved: Figure | null
  readonly live: Figure
  /** live − approved, in points of the ratio; `null` when either has nothing to measure or nothing was approved. */
  readonly difference: number | null
  /** live − approved numerators; `null` when nothing was approved. */
  readonly numeratorDifference: number | null
}

/**
 * The live figures beside the approved ones: after an approval, a back-dated write changes the live
 * figure as at the period's end, never the approved one; the difference says by how much.
 */
export const compare = (
  live: ReadonlyArray<Figure>,
  approved: ReadonlyArray<Figure> | null,
): ReadonlyArray<Compared> =>
  live.map((figure) => {
    const frozen = approved?.find((a) => a.id === figure.id) ?? null
    return {
      id: figure.id,
      approved: frozen,
      live: figure,
      difference:
        frozen === null || frozen.value === null || figure.value === null
          ? null
          : figure.value - frozen.value,
      numeratorDifference: frozen === null ? null : figure.numerator - frozen.numerator,
    }
  })

// ---------------------------------------------------------------------------------------------------
// Completeness and timeliness

/** A child commune's report for a period, as completeness counts it. */
export interface Entry {
  readonly status: Status
  /** The Vietnam day of its first submission; `null` when never submitted. */
  readonly firstSubmittedOn: CalendarDate.CalendarDate | null
}

/** Completeness and timeliness of a period's reports among the communes under a unit. */
export const Completeness = Schema.Struct({
  /** The commune-level units expected to report. */
  expected: Schema.Int,
  /** Those that have submitted (submitted, returned or approved). */
  submitted: Schema.Int,
  /** Those whose first submission was on or before the deadline. */
  onTime: Schema.Int,
  /** Those submitted after the deadline. */
  late: Schema.Int,
  approved: Schema.Int,
  returned: Schema.Int,
  /** Waiting for the level above. */
  waiting: Schema.Int,
  /** Not submitted yet (not started or a draft). */
  missing: Schema.Int,
  /** submitted / expected; `null` when no commune is expected. */
  completeness: Schema.NullOr(Indicator.Ratio),
  /** onTime / expected; `null` when no commune is expected. */
  timeliness: Schema.NullOr(Indicator.Ratio),
}).annotate({ identifier: "ReportCompleteness" })
/** Completeness and timeliness of a period's reports. */
export type Completeness = typeof Completeness.Type

/** Whether a report has been submitted at least once (a returned report was submitted, then sent back). */
export const hasSubmitted = (entry: Entry): boolean => entry.firstSubmittedOn !== null

/**
 * Completeness (how many of the expected communes submitted) and timeliness (how many submitted by the
 * deadline, counted by their first submission, so a return and a resubmission do not make a report
 * late), DHIS2's "reporting rate" and "reporting rate on time".
 */
export const completeness = (
  period: Period,
  entries: ReadonlyArray<Entry>,
  rule: DeadlineRule = defaultDeadlineRule,
): Completeness => {
  const expected = entries.length
  const submitted = entries.filter(hasSubmitted)
  const onTime = submitted.filter((e) => isOnTime(period, e.firstSubmittedOn!, rule)).length
  const count = (status: Status) => entries.filter((e) => e.status === status).length
  return {
    expected,
    submitted: submitted.length,
    onTime,
    late: submitted.length - onTime,
    approved: count("approved"),
    returned: count("returned"),
    waiting: count("submitted"),
    missing: expected - submitted.length,
    completeness: expected === 0 ? null : submitted.length / expected,
    timeliness: expected === 0 ? null : onTime / expected,
  }
}
