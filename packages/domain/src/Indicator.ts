/**
 * The campaign's indicators (DESIGN §3): what each measures, its default targets, its value computed
 * from aggregate counts, and its status against a target by linear projection of the trend.
 *
 * The domain never scans tables: the API computes the named counts of {@link Aggregates} in SQL and this
 * module turns them into values, so the same function judges 200 rows in a test and 8 million in
 * production.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import * as Campaign from "./Campaign.js"
import * as ValidationMessage from "./ValidationMessage.js"
import type { Bilingual } from "./ValidationMessage.js"

/** The indicator ids of DESIGN §3, in the order of the table. */
export const ids = [
  "digital-family",
  "adults-basic",
  "digital-identity",
  "digital-bank",
  "civil-servants",
  "students",
  "workers",
  "elderly-reached",
  "disability-reached",
  "guides-quota",
  "support-desk",
  "weekly-classes",
  "door-to-door",
  "four-t",
  "party-cells",
] as const

/** Identifies an indicator, e.g. `digital-family`. */
export const IndicatorId = Schema.Literals(ids)
/** Identifies an indicator, e.g. `digital-family`. */
export type IndicatorId = typeof IndicatorId.Type

/** A share between 0 and 1 (0.8 is 80%). */
export const Ratio = Schema.Number.check(Schema.isBetween({ minimum: 0, maximum: 1 }))
/** A share between 0 and 1 (0.8 is 80%). */
export type Ratio = typeof Ratio.Type

/**
 * A target value to reach by a deadline (inclusive: the value must be reached on or before that day).
 */
export const Milestone = Schema.Struct({ value: Ratio, deadline: CalendarDate.CalendarDate })
/** A target value to reach by a deadline. */
export type Milestone = typeof Milestone.Type

// ---------------------------------------------------------------------------------------------------------
// Aggregates

/**
 * The named counts from which every indicator is computed, for one unit (and everything below it) at one
 * reference date. The API computes them in SQL; the field names say exactly what to count.
 *
 * Persons are counted by their age at the reference date (`Person` module); "basic skills" is the core
 * topic set of the `Topic` module; "reached" means at least one skill record of any topic.
 */
export const Aggregates = Schema.Struct({
  /** Households in the unit. */
  households: Schema.Natural,
  /** Households with at least one member with basic digital skills. */
  householdsWithSkilledMember: Schema.Natural,
  /** Households visited at least once by a team. */
  householdsVisited: Schema.Natural,
  /** Persons aged 18 or more. */
  adults: Schema.Natural,
  /** Persons aged 18 or more with basic digital skills. */
  adultsWithBasicSkills: Schema.Natural,
  /** Persons aged 16 or more (who need a digital identity). */
  personsAged16Plus: Schema.Natural,
  /** Persons aged 16 or more with a level-2 VNeID account. */
  personsAged16PlusWithVneidLevel2: Schema.Natural,
  /** Persons aged 16 or more with a digital bank account. */
  personsAged16PlusWithDigitalBank: Schema.Natural,
  /** Civil servants and public employees. */
  civilServants: Schema.Natural,
  /** Civil servants and public employees with basic digital skills. */
  civilServantsWithBasicSkills: Schema.Natural,
  /** Students. */
  students: Schema.Natural,
  /** Students with basic digital skills. */
  studentsWithBasicSkills: Schema.Natural,
  /** Workers of enterprises and cooperatives. */
  workers: Schema.Natural,
  /** Workers of enterprises and cooperatives with basic digital skills. */
  workersWithBasicSkills: Schema.Natural,
  /** Persons aged 60 or more. */
  elderly: Schema.Natural,
  /** Persons aged 60 or more with at least one skill record. */
  elderlyReached: Schema.Natural,
  /** Persons with a disability. */
  personsWithDisability: Schema.Natural,
  /** Persons with a disability with at least one skill record. */
  personsWithDisabilityReached: Schema.Natural,
  /** Guides (Đại sứ số). */
  guides: Schema.Natural,
  /** Guides with at least `Guide.QUOTA` distinct learners. */
  guidesMeetingQuota: Schema.Natural,
  /** Commune-level units (xã, phường, thị trấn, đặc khu). */
  communes: Schema.Natural,
  /** Commune-level units with at least one support staff on duty at the reference date. */
  communesWithSupportStaff: Schema.Natural,
  /** (commune-level unit, ISO week) pairs in the period. */
  communeWeeks: Schema.Natural,
  /** (commune-level unit, ISO week) pairs with at least one community class held. */
  communeWeeksWithCommunityClass: Schema.Natural,
  /** Small traders and farmers. */
  tradersAndFarmers: Schema.Natural,
  /** Small traders and farmers with all four 4T modules. */
  tradersAndFarmersFourTComplete: Schema.Natural,
  /** Party cells. */
  partyCells: Schema.Natural,
  /** Party cells that held at least one “Đảng viên tiên phong học tập kỹ năng số” session. */
  partyCellsWithPioneerSession: Schema.Natural,
}).check(
  Schema.makeFilter((aggregates) =>
    ids.flatMap((id) => {
      const { numerator, denominator } = counts[id]
      return aggregates[numerator] > aggregates[denominator]
        ? [
            {
              path: [numerator],
              issue: ValidationMessage.invalid(
                {
                  vi: `${numerator} (${aggregates[numerator]}) lớn hơn ${denominator} (${aggregates[denominator]})`,
                  en: `${numerator} (${aggregates[numerator]}) exceeds ${denominator} (${aggregates[denominator]})`,
                },
                aggregates[numerator],
              ),
            },
          ]
        : []
    }),
  ),
)
/** The named counts from which every indicator is computed. */
export type Aggregates = typeof Aggregates.Type

/** The name of one count of {@link Aggregates}. */
export type AggregateKey = keyof Aggregates

/** Which counts of {@link Aggregates} are the numerator and the denominator of each indicator. */
export const counts: {
  readonly [K in IndicatorId]: { readonly numerator: AggregateKey; readonly denominator: AggregateKey }
} = {
  "digital-family": { numerator: "householdsWithSkilledMember", denominator: "households" },
  "adults-basic": { numerator: "adultsWithBasicSkills", denominator: "adults" },
  "digital-identity": { numerator: "personsAged16PlusWithVneidLevel2", denominator: "personsAged16Plus" },
  "digital-bank": { numerator: "personsAged16PlusWithDigitalBank", denominator: "personsAged16Plus" },
  "civil-servants": { numerator: "civilServantsWithBasicSkills", denominator: "civilServants" },
  students: { numerator: "studentsWithBasicSkills", denominator: "students" },
  workers: { numerator: "workersWithBasicSkills", denominator: "workers" },
  "elderly-reached": { numerator: "elderlyReached", denominator: "elderly" },
  "disability-reached": { numerator: "personsWithDisabilityReached", denominator: "personsWithDisability" },
  "guides-quota": { numerator: "guidesMeetingQuota", denominator: "guides" },
  "support-desk": { numerator: "communesWithSupportStaff", denominator: "communes" },
  "weekly-classes": { numerator: "communeWeeksWithCommunityClass", denominator: "communeWeeks" },
  "door-to-door": { numerator: "householdsVisited", denominator: "households" },
  "four-t": { numerator: "tradersAndFarmersFourTComplete", denominator: "tradersAndFarmers" },
  "party-cells": { numerator: "partyCellsWithPioneerSession", denominator: "partyCells" },
}

// ---------------------------------------------------------------------------------------------------------
// Definitions

/** What an indicator measures, as the landing site and the dashboard show it. */
export interface Definition {
  readonly id: IndicatorId
  readonly name: Bilingual
  /** What is counted above the line. */
  readonly numerator: Bilingual
  /** What is counted below the line. */
  readonly denominator: Bilingual
  /** The task group the indicator judges (stated in `Campaign.taskGroups`). */
  readonly taskGroup: Campaign.TaskGroupId
  /**
   * The default milestones, earliest deadline first; a unit's own `Target`s override them. The last one is
   * the campaign's final goal.
   */
  readonly milestones: readonly [Milestone, ...Array<Milestone>]
}

const date = (iso: string): CalendarDate.CalendarDate => CalendarDate.CalendarDate.make(iso)

/**
 * End of 2025: the national plan 01-KH/BCĐTW and Hanoi's plans set 2025 goals (100% civil servants,
 * 100% students, 80% adults, 80% enterprise workers).
 */
export const END_OF_2025: CalendarDate.CalendarDate = date("2025-12-31")
/** End of 2026: 100% for every indicator. */
export const END_OF_2026: CalendarDate.CalendarDate = date("2026-12-31")

const fullBy2025: Definition["milestones"] = [{ value: 1, deadline: END_OF_2025 }]
const eightyThenFull: Definition["milestones"] = [
  { value: 0.8, deadline: END_OF_2025 },
  { value: 1, deadline: END_OF_2026 },
]
const fullBy2026: Definition["milestones"] = [{ value: 1, deadline: END_OF_2026 }]

type Text = Omit<Definition, "id" | "taskGroup">

/*
 * Default milestones. The four 2025 goals are the plans' own; "100% for all" by 2026 covers the rest,
 * except the standing organisational rules of the seed (a guide teaches ≥ 5 learners, a helper at every
 * commune desk, a community class every week, the pioneer session in every party cell), which apply from
 * the start of the movement and so are due by the end of 2025.
 */
const texts: { readonly [K in IndicatorId]: Text } = {
  "digital-family": {
    name: { vi: "Gia đình số", en: "Digital family" },
    numerator: {
      vi: "Số hộ gia đình có ít nhất một thành viên có kỹ năng số cơ bản",
      en: "Households with at least one member with basic digital skills",
    },
    denominator: { vi: "Tổng số hộ gia đình", en: "Households" },
    milestones: fullBy2026,
  },
  "adults-basic": {
    name: { vi: "Người trưởng thành có kỹ năng số cơ bản", en: "Adults with basic digital skills" },
    numerator: {
      vi: "Số người từ 18 tuổi trở lên có kỹ năng số cơ bản",
      en: "Persons aged 18 or more with basic digital skills",
    },
    denominator: { vi: "Số người từ 18 tuổi trở lên", en: "Persons aged 18 or more" },
    milestones: eightyThenFull,
  },
  "digital-identity": {
    name: { vi: "Mỗi công dân một danh tính số", en: "One citizen, one digital identity" },
    numerator: {
      vi: "Số công dân từ 16 tuổi trở lên có tài khoản định danh điện tử VNeID mức 2",
      en: "Persons aged 16 or more with a level-2 VNeID account",
    },
    denominator: { vi: "Số công dân từ 16 tuổi trở lên", en: "Persons aged 16 or more" },
    milestones: fullBy2026,
  },
  "digital-bank": {
    name: { vi: "Tài khoản ngân hàng số", en: "Digital bank account" },
    numerator: {
      vi: "Số công dân từ 16 tuổi trở lên có tài khoản ngân hàng số",
      en: "Persons aged 16 or more with a digital bank account",
    },
    denominator: { vi: "Số công dân từ 16 tuổi trở lên", en: "Persons aged 16 or more" },
    milestones: fullBy2026,
  },
  "civil-servants": {
    name: { vi: "Cán bộ, công chức, viên chức được phổ cập kỹ năng số", en: "Civil servants trained" },
    numerator: {
      vi: "Số cán bộ, công chức, viên chức có kỹ năng số cơ bản",
      en: "Civil servants and public employees with basic digital skills",
    },
    denominator: { vi: "Tổng số cán bộ, công chức, viên chức", en: "Civil servants and public employees" },
    milestones: fullBy2025,
  },
  students: {
    name: { vi: "Học sinh có kỹ năng số", en: "Students with digital skills" },
    numerator: { vi: "Số học sinh có kỹ năng số cơ bản", en: "Students with basic digital skills" },
    denominator: { vi: "Tổng số học sinh", en: "Students" },
    milestones: fullBy2025,
  },
  workers: {
    name: {
      vi: "Người lao động trong doanh nghiệp, hợp tác xã có kỹ năng số",
      en: "Workers in enterprises and cooperatives",
    },
    numerator: {
      vi: "Số người lao động trong doanh nghiệp, hợp tác xã có kỹ năng số cơ bản",
      en: "Workers of enterprises and cooperatives with basic digital skills",
    },
    denominator: {
      vi: "Tổng số người lao động trong doanh nghiệp, hợp tác xã",
      en: "Workers of enterprises and cooperatives",
    },
    milestones: eightyThenFull,
  },
  "elderly-reached": {
    name: { vi: "Người cao tuổi được hướng dẫn", en: "Elderly reached" },
    numerator: {
      vi: "Số người từ 60 tuổi trở lên đã học ít nhất một nội dung",
      en: "Persons aged 60 or more with at least one skill record",
    },
    denominator: { vi: "Số người từ 60 tuổi trở lên", en: "Persons aged 60 or more" },
    milestones: fullBy2026,
  },
  "disability-reached": {
    name: { vi: "Người khuyết tật được hướng dẫn", en: "People with disabilities reached" },
    numerator: {
      vi: "Số người khuyết tật đã học ít nhất một nội dung",
      en: "Persons with a disability with at least one skill record",
    },
    denominator: { vi: "Số người khuyết tật", en: "Persons with a disability" },
    milestones: fullBy2026,
  },
  "guides-quota": {
    name: { vi: "Đại sứ số đủ định mức", en: "Digital ambassadors meeting the quota" },
    numerator: {
      vi: "Số Người hướng dẫn đã hướng dẫn ít nhất 5 Người học",
      en: "Guides with at least 5 distinct learners",
    },
    denominator: { vi: "Tổng số Người hướng dẫn", en: "Guides" },
    milestones: fullBy2025,
  },
  "support-desk": {
    name: { vi: "Nhân sự hỗ trợ tại bộ phận một cửa", en: "Support at the desk" },
    numerator: {
      vi: "Số xã, phường có ít nhất một nhân sự hỗ trợ đang làm nhiệm vụ",
      en: "Commune-level units with at least one support staff on duty",
    },
    denominator: { vi: "Tổng số xã, phường", en: "Commune-level units" },
    milestones: fullBy2025,
  },
  "weekly-classes": {
    name: { vi: "Buổi học cộng đồng hàng tuần", en: "Weekly community classes" },
    numerator: {
      vi: "Số lượt (xã, tuần) có ít nhất một buổi học cộng đồng",
      en: "(Commune, ISO week) pairs with at least one community class held",
    },
    denominator: { vi: "Số lượt (xã, tuần) trong kỳ", en: "(Commune, ISO week) pairs in the period" },
    milestones: fullBy2025,
  },
  "door-to-door": {
    name: { vi: "Hộ gia đình được Tổ chuyển đổi số cộng đồng đến tận nhà", en: "Households visited" },
    numerator: {
      vi: "Số hộ gia đình đã được tổ công tác đến hướng dẫn",
      en: "Households visited by a team",
    },
    denominator: { vi: "Tổng số hộ gia đình", en: "Households" },
    milestones: fullBy2026,
  },
  "four-t": {
    name: { vi: "Hoàn thành mô hình 4T", en: "4T complete" },
    numerator: {
      vi: "Số tiểu thương, nông dân hoàn thành đủ 4 nội dung 4T",
      en: "Small traders and farmers with all four 4T modules",
    },
    denominator: { vi: "Tổng số tiểu thương, nông dân", en: "Small traders and farmers" },
    milestones: fullBy2026,
  },
  "party-cells": {
    name: {
      vi: "Chi bộ sinh hoạt chuyên đề “Đảng viên tiên phong học tập kỹ năng số”",
      en: "Party cells that held the pioneer session",
    },
    numerator: {
      vi: "Số chi bộ đã tổ chức ít nhất một buổi sinh hoạt chuyên đề",
      en: "Party cells with at least one such session",
    },
    denominator: { vi: "Tổng số chi bộ", en: "Party cells" },
    milestones: fullBy2025,
  },
}

/** Every indicator's definition, by id. */
export const definitions: { readonly [K in IndicatorId]: Definition } = Object.fromEntries(
  ids.map((id) => [id, { id, taskGroup: Campaign.taskGroupOf(id).id, ...texts[id] }]),
) as { readonly [K in IndicatorId]: Definition }

/** The definition of one indicator. */
export const definition = (id: IndicatorId): Definition => definitions[id]

/** The indicators that judge a task group, in the order of {@link ids}. */
export const ofTaskGroup = (group: Campaign.TaskGroupId): ReadonlyArray<IndicatorId> =>
  ids.filter((id) => definitions[id].taskGroup === group)

// ---------------------------------------------------------------------------------------------------------
// Values

/** A numerator over a denominator: counts of the same population, numerator ≤ denominator. */
export const Fraction = Schema.Struct({ numerator: Schema.Natural, denominator: Schema.Natural }).check(
  Schema.makeFilter(({ numerator, denominator }) =>
    numerator <= denominator
      ? undefined
      : {
          path: ["numerator"],
          issue: ValidationMessage.invalid(
            {
              vi: `Tử số (${numerator}) lớn hơn mẫu số (${denominator})`,
              en: `The numerator (${numerator}) exceeds the denominator (${denominator})`,
            },
            numerator,
          ),
        },
  ),
)
/** A numerator over a denominator. */
export type Fraction = typeof Fraction.Type

/** An indicator measured on a population that exists: `value` = numerator / denominator. */
export const Measured = Schema.TaggedStruct("Measured", {
  numerator: Schema.Natural,
  denominator: Schema.Natural,
  value: Ratio,
})
/** An indicator measured on a population that exists. */
export type Measured = typeof Measured.Type

/**
 * An indicator over an empty population (no households, no guides…): there is nothing to measure, which
 * is neither 0% nor 100%.
 */
export const NoData = Schema.TaggedStruct("NoData", {})
/** An indicator over an empty population. */
export type NoData = typeof NoData.Type

/** The value of an indicator: measured, or no data when the denominator is 0. */
export const Measurement = Schema.Union([Measured, NoData])
/** The value of an indicator: measured, or no data when the denominator is 0. */
export type Measurement = typeof Measurement.Type

/**
 * The value of a fraction: numerator / denominator in [0, 1], or `NoData` when the denominator is 0.
 * A numerator above the denominator (which {@link Fraction} rejects) is capped at 100%.
 */
export const measureFraction = ({ numerator, denominator }: Fraction): Measurement =>
  denominator === 0
    ? NoData.make({})
    : Measured.make({ numerator, denominator, value: Math.min(1, numerator / denominator) })

/**
 * The value of one indicator from its numerator and denominator counts. The `id` documents which counts
 * these are; every indicator is a plain share.
 */
export const measure = (_id: IndicatorId, fraction: Fraction): Measurement => measureFraction(fraction)

/** The numerator and denominator of one indicator, picked from the aggregate counts. */
export const fractionOf = (id: IndicatorId, aggregates: Aggregates): Fraction => ({
  numerator: aggregates[counts[id].numerator],
  denominator: aggregates[counts[id].denominator],
})

/** Every indicator's value from one row of aggregate counts. */
export const measureAll = (aggregates: Aggregates): { readonly [K in IndicatorId]: Measurement } =>
  Object.fromEntries(ids.map((id) => [id, measure(id, fractionOf(id, aggregates))])) as {
    readonly [K in IndicatorId]: Measurement
  }

// ---------------------------------------------------------------------------------------------------------
// Status

/** How an indicator stands against its target. `no_data` when nothing was observed by the reference date. */
export const Status = Schema.Literals(["met", "on_track", "at_risk", "off_track", "no_data"])
/** How an indicator stands against its target. */
export type Status = typeof Status.Type

/**
 * The name of each status, as the dashboard, the public site and the reports show it beside its colour
 * (never colour alone).
 */
export const statusNames: { readonly [K in Status]: ValidationMessage.Bilingual } = {
  met: { vi: "Đạt", en: "Met" },
  on_track: { vi: "Đúng tiến độ", en: "On track" },
  at_risk: { vi: "Có nguy cơ chậm", en: "At risk" },
  off_track: { vi: "Chậm tiến độ", en: "Off track" },
  no_data: { vi: "Chưa có số liệu", en: "No data yet" },
}

/** The statuses from worst to best; `no_data` ranks apart (it is not a judgement). */
export const statusRank: { readonly [K in Exclude<Status, "no_data">]: number } = {
  off_track: 0,
  at_risk: 1,
  on_track: 2,
  met: 3,
}

/**
 * How far below the target the projected value may fall and still be "at risk" rather than "off track":
 * 10 percentage points. A unit that will end within 10 points of its goal can close the gap with an
 * extra push (a campaign week, door-to-door rounds); one further away needs a change of plan.
 */
export const AT_RISK_MARGIN = 0.1

/**
 * The launch of the "Bình dân học vụ số" movement (26 March 2025). With a single observation there is no
 * trend yet, so the trend is drawn from 0% at the launch to that observation.
 */
export const CAMPAIGN_START: CalendarDate.CalendarDate = date("2025-03-26")

/** The value of an indicator observed on a date (e.g. a monthly snapshot). */
export const Observation = Schema.Struct({ date: CalendarDate.CalendarDate, value: Ratio })
/** The value of an indicator observed on a date. */
export type Observation = typeof Observation.Type

/** The judgement of an indicator: its status, latest value and projected value at the deadline. */
export interface Judgement {
  readonly status: Status
  /** The latest observed value at the reference date, if any. */
  readonly current: number | undefined
  /** The value the trend reaches at the deadline, if the deadline is still ahead. */
  readonly projected: number | undefined
}

const byDateThenValue = (a: Observation, b: Observation): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.value - b.value

/**
 * Least-squares slope (value per day) of points sorted canonically, so the input order never changes
 * the result, not even in the last floating-point bit.
 */
const slopeOf = (points: ReadonlyArray<readonly [number, number]>): number => {
  const n = points.length
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n
  let sxy = 0
  let sxx = 0
  for (const [x, y] of points) {
    sxy += (x - meanX) * (y - meanY)
    sxx += (x - meanX) * (x - meanX)
  }
  return sxx === 0 ? 0 : sxy / sxx
}

/**
 * Judges a series of observations against a target at a reference date.
 *
 * - Observations after `asOf` are ignored; with none left the status is `no_data`.
 * - The current value is the latest observation (the highest value if several share that date).
 * - `met` when the current value ≥ the target value.
 * - Otherwise, after the deadline: `off_track`.
 * - Otherwise the trend is projected to the deadline: current + slope × days left, where the slope is the
 *   least-squares slope of all observations (from 0% at {@link CAMPAIGN_START} when there is only one).
 *   `on_track` when the projection reaches the target, `at_risk` when it falls short by at most
 *   {@link AT_RISK_MARGIN}, `off_track` beyond.
 *
 * Raising the latest value never worsens the status, and the order of the series never matters.
 */
export const judge = (
  observations: ReadonlyArray<Observation>,
  target: Milestone,
  asOf: CalendarDate.CalendarDate,
): Judgement => {
  const series = observations.filter((o) => o.date <= asOf).sort(byDateThenValue)
  const latest = series.at(-1)
  if (latest === undefined) return { status: "no_data", current: undefined, projected: undefined }
  const current = latest.value
  if (current >= target.value) return { status: "met", current, projected: undefined }
  if (asOf > target.deadline) return { status: "off_track", current, projected: undefined }
  const points = series.map((o) => [CalendarDate.toDayNumber(o.date), o.value] as const)
  const distinctDates = new Set(series.map((o) => o.date)).size
  const start = CalendarDate.toDayNumber(CAMPAIGN_START)
  const slope =
    distinctDates > 1
      ? slopeOf(points)
      : points[0]![0] > start
        ? slopeOf([[start, 0], ...points.filter(([x]) => x === points[0]![0])])
        : 0
  const projected =
    current +
    slope * Math.max(0, CalendarDate.toDayNumber(target.deadline) - CalendarDate.toDayNumber(latest.date))
  const status: Status =
    projected >= target.value
      ? "on_track"
      : projected >= target.value - AT_RISK_MARGIN
        ? "at_risk"
        : "off_track"
  return { status, current, projected }
}

/** The status of an indicator against a target at a reference date; see {@link judge}. */
export const status = (
  observations: ReadonlyArray<Observation>,
  target: Milestone,
  asOf: CalendarDate.CalendarDate,
): Status => judge(observations, target, asOf).status
