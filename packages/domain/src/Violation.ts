/**
 * Violations: a campaign rule not kept in a unit, with the rule, its severity, a message in Vietnamese
 * and English and the records involved. Each rule is one function from facts to violations, listed once
 * in {@link catalogue}; the API runs them and the dashboard shows the results.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import * as Class from "./Class.js"
import * as Guide from "./Guide.js"
import * as Indicator from "./Indicator.js"
import * as Percent from "./Percent.js"
import * as SupportStaff from "./SupportStaff.js"
import type * as Organization from "./Organization.js"
import type * as Target from "./Target.js"
import * as Unit from "./Unit.js"
import { UnitId } from "./Unit.js"
import { Bilingual } from "./ValidationMessage.js"

/** Identifies a rule of the catalogue. */
export const RuleId = Schema.Literals([
  "guide-below-quota",
  "commune-without-support-staff",
  "commune-week-without-community-class",
  "party-cell-without-pioneer-session",
  "indicator-off-track",
  "indicator-deadline-missed",
])
/** Identifies a rule of the catalogue. */
export type RuleId = typeof RuleId.Type

/**
 * How serious a violation is: `error` — a rule of the seed is broken now; `warning` — a shortfall that
 * the unit can still make good.
 */
export const Severity = Schema.Literals(["error", "warning"])
/** How serious a violation is. */
export type Severity = typeof Severity.Type

/** A record involved in a violation, by kind and id, so the dashboard can link to it. */
export const Subject = Schema.Struct({
  kind: Schema.Literals(["guide", "person", "unit", "organization", "class", "indicator", "week"]),
  id: Schema.String,
})
/** A record involved in a violation. */
export type Subject = typeof Subject.Type

/** A rule not kept in a unit. */
export class Violation extends Schema.Class<Violation>("@bdhv/domain/Violation")({
  rule: RuleId,
  /** The unit where the rule is not kept (a commune for commune rules, a guide's unit for guides). */
  unitId: UnitId,
  severity: Severity,
  message: Bilingual,
  /** The records involved, the main one first. */
  involved: Schema.Array(Subject),
}) {}

/**
 * What a violation is about: `breach` — a standing rule of the seed is broken (no support staff at a
 * commune's desk, a guide below quota, a week without a community class, a party cell without the
 * pioneer session); `progress` — an indicator is behind its schedule. A commune officer acts on the
 * first at once; the second is the trend of the dashboard, apart so it does not bury the first.
 */
export const Category = Schema.Literals(["breach", "progress"])
/** What a violation is about. */
export type Category = typeof Category.Type

/** A rule as the catalogue describes it. */
export interface Rule {
  readonly id: RuleId
  readonly category: Category
  readonly severity: Severity
  readonly title: Bilingual
  /** Where the rule comes from (the seed's sentence or the indicator). */
  readonly source: Bilingual
}

/** Every rule, by id. */
export const catalogue: { readonly [K in RuleId]: Rule } = {
  "guide-below-quota": {
    id: "guide-below-quota",
    category: "breach",
    severity: "warning",
    title: { vi: "Người hướng dẫn chưa đủ 5 Người học", en: "Guide with fewer than 5 learners" },
    source: {
      vi: "Mỗi “Người hướng dẫn” hướng dẫn kỹ năng số cho ít nhất 5 “Người học”.",
      en: "Each guide teaches digital skills to at least 5 learners.",
    },
  },
  "commune-without-support-staff": {
    id: "commune-without-support-staff",
    category: "breach",
    severity: "error",
    title: { vi: "Xã, phường chưa có nhân sự hỗ trợ", en: "Commune without support staff" },
    source: {
      vi: "Mỗi xã, thị trấn bố trí ít nhất một nhân sự hỗ trợ, hướng dẫn khi người dân đến làm thủ tục hành chính.",
      en: "Each commune keeps at least one person to help citizens with online public services.",
    },
  },
  "commune-week-without-community-class": {
    id: "commune-week-without-community-class",
    category: "breach",
    severity: "warning",
    title: { vi: "Tuần không có buổi học cộng đồng", en: "Week without a community class" },
    source: {
      vi: "Định kỳ hàng tuần, tổ chức các buổi học cộng đồng cho người dân trên địa bàn xã, thị trấn.",
      en: "Every week, each commune holds community classes for its citizens.",
    },
  },
  "party-cell-without-pioneer-session": {
    id: "party-cell-without-pioneer-session",
    category: "breach",
    severity: "warning",
    title: {
      vi: "Chi bộ chưa sinh hoạt chuyên đề “Đảng viên tiên phong học tập kỹ năng số”",
      en: "Party cell without the pioneer session",
    },
    source: {
      vi: "Tổ chức sinh hoạt chuyên đề “Đảng viên tiên phong học tập kỹ năng số” trong các tổ chức cơ sở đảng.",
      en: "Every party cell holds the “Party members pioneer digital learning” session.",
    },
  },
  "indicator-off-track": {
    id: "indicator-off-track",
    category: "progress",
    severity: "warning",
    title: { vi: "Chỉ tiêu không kịp tiến độ", en: "Indicator off track" },
    source: {
      vi: "Theo xu hướng hiện tại, chỉ tiêu sẽ thiếu hơn 10 điểm phần trăm so với mục tiêu khi đến hạn.",
      en: "At the current trend the indicator will end more than 10 points short of its target.",
    },
  },
  "indicator-deadline-missed": {
    id: "indicator-deadline-missed",
    category: "progress",
    severity: "error",
    title: { vi: "Chỉ tiêu quá hạn chưa đạt", en: "Indicator deadline missed" },
    source: {
      vi: "Đã qua thời hạn mà chỉ tiêu chưa đạt mục tiêu.",
      en: "The deadline has passed and the indicator is below its target.",
    },
  },
}

const make = (
  rule: RuleId,
  unitId: UnitId,
  message: Bilingual,
  involved: ReadonlyArray<Subject>,
): Violation => Violation.make({ rule, unitId, severity: catalogue[rule].severity, message, involved })

/** By the platform's one rounding rule, so a message agrees with the dashboard's cards. */
const percent = (ratio: number, locale: Percent.Locale): string =>
  Percent.toText(Math.min(1, Math.max(0, ratio)), locale)

/** A date as a commune officer writes it: 31/12/2025. */
const viDate = (date: CalendarDate.CalendarDate): string => {
  const { year, month, day } = CalendarDate.toParts(date)
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`
}

/** `guide-below-quota`: every guide with fewer than `Guide.QUOTA` distinct learners. */
export const guidesBelowQuota = (
  guides: ReadonlyArray<Guide.Guide>,
  links: ReadonlyArray<Guide.GuideLink>,
): ReadonlyArray<Violation> =>
  Guide.belowQuota(guides, links).map(({ guide, learners }) =>
    make(
      "guide-below-quota",
      guide.unitId,
      {
        vi: `Người hướng dẫn mới hướng dẫn ${learners}/${Guide.QUOTA} Người học`,
        en: `The guide has taught ${learners} of ${Guide.QUOTA} learners`,
      },
      [
        { kind: "guide", id: guide.id },
        { kind: "person", id: guide.personId },
      ],
    ),
  )

/** `commune-without-support-staff`: every commune-level unit with nobody on duty at the date. */
export const communesWithoutSupportStaff = (
  communeIds: ReadonlyArray<UnitId>,
  staff: ReadonlyArray<SupportStaff.SupportStaff>,
  date: CalendarDate.CalendarDate,
): ReadonlyArray<Violation> =>
  SupportStaff.uncoveredCommunes(communeIds, staff, date).map((unitId) =>
    make(
      "commune-without-support-staff",
      unitId,
      {
        vi: `Ngày ${viDate(date)}: chưa có nhân sự hỗ trợ người dân tại bộ phận một cửa`,
        en: `On ${date}: nobody on duty to help citizens at the public-service desk`,
      },
      [{ kind: "unit", id: unitId }],
    ),
  )

/**
 * `commune-week-without-community-class`: every (commune, ISO week) pair of a weekly compliance
 * (`Class.weeklyCompliance`) without a community class held.
 */
export const communeWeeksWithoutCommunityClass = (
  compliance: Class.WeeklyCompliance,
): ReadonlyArray<Violation> =>
  compliance.missing.map(({ communeId, week }) => {
    const { year, week: n } = CalendarDate.weekParts(week)
    const monday = CalendarDate.weekStart(week)
    const sunday = CalendarDate.weekEnd(week)
    return make(
      "commune-week-without-community-class",
      communeId,
      {
        vi: `Tuần ${n}/${year} (${viDate(monday).slice(0, 5)}–${viDate(sunday)}): chưa tổ chức buổi học cộng đồng nào`,
        en: `Week ${week} (${monday} to ${sunday}): no community class held`,
      },
      [
        { kind: "unit", id: communeId },
        { kind: "week", id: week },
      ],
    )
  })

/**
 * `party-cell-without-pioneer-session`: every party cell that has not held the session "Đảng viên tiên
 * phong học tập kỹ năng số" by `asOf` (`Class.cellsWithoutPioneerSession`); the unit is the cell's.
 */
export const partyCellsWithoutPioneerSession = (
  organizations: ReadonlyArray<Organization.Organization>,
  classes: ReadonlyArray<Class.Class>,
  asOf: CalendarDate.CalendarDate,
): ReadonlyArray<Violation> =>
  Class.cellsWithoutPioneerSession(organizations, classes, asOf).map((cell) =>
    make(
      "party-cell-without-pioneer-session",
      cell.unitId,
      {
        vi: `${cell.name}: chưa tổ chức sinh hoạt chuyên đề “Đảng viên tiên phong học tập kỹ năng số”`,
        en: `${cell.name}: has not held the “Party members pioneer digital learning” session`,
      },
      [{ kind: "organization", id: cell.id }],
    ),
  )

/**
 * `indicator-off-track` and `indicator-deadline-missed`: judges an indicator's series in a unit against
 * its effective target; an `off_track` status gives a violation, `deadline-missed` once the deadline has
 * passed, `off-track` before.
 */
export const indicatorBehind = (
  unitId: UnitId,
  target: Target.Effective,
  observations: ReadonlyArray<Indicator.Observation>,
  asOf: CalendarDate.CalendarDate,
): ReadonlyArray<Violation> => {
  const judgement = Indicator.judge(observations, target, asOf)
  if (judgement.status !== "off_track") return []
  const name = Indicator.definition(target.indicator).name
  const current = judgement.current ?? 0
  const projected = judgement.projected ?? 0
  const involved: ReadonlyArray<Subject> = [
    { kind: "indicator", id: target.indicator },
    { kind: "unit", id: unitId },
  ]
  return asOf > target.deadline
    ? [
        make(
          "indicator-deadline-missed",
          unitId,
          {
            vi: `${name.vi}: đạt ${percent(current, "vi")}, chưa đạt mục tiêu ${percent(target.value, "vi")} đến ngày ${viDate(target.deadline)}`,
            en: `${name.en}: ${percent(current, "en")}, below the target of ${percent(target.value, "en")} due ${target.deadline}`,
          },
          involved,
        ),
      ]
    : [
        make(
          "indicator-off-track",
          unitId,
          {
            vi: `${name.vi}: đạt ${percent(current, "vi")}, theo xu hướng chỉ đạt ${percent(projected, "vi")} vào ngày ${viDate(target.deadline)} (mục tiêu ${percent(target.value, "vi")})`,
            en: `${name.en}: ${percent(current, "en")}, heading for ${percent(projected, "en")} by ${target.deadline} (target ${percent(target.value, "en")})`,
          },
          involved,
        ),
      ]
}

const severityRank: { readonly [K in Severity]: number } = { error: 0, warning: 1 }

/** Orders violations for display: errors first, then by unit, rule and the main record involved. */
export const compare = (a: Violation, b: Violation): number =>
  severityRank[a.severity] - severityRank[b.severity] ||
  (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0) ||
  (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
  ((a.involved[0]?.id ?? "") < (b.involved[0]?.id ?? "")
    ? -1
    : (a.involved[0]?.id ?? "") > (b.involved[0]?.id ?? "")
      ? 1
      : 0)

/** The category of a rule: breaches of the seed's rules apart from indicators behind schedule. */
export const categoryOf = (rule: RuleId): Category => catalogue[rule].category

/** What a grouping and a filter need of a violation: its rule, severity, unit and the unit's level. */
export interface Listed {
  readonly rule: RuleId
  readonly severity: Severity
  readonly unitId: string
  /** The level of the violation's unit; `null` when the unit is unknown. */
  readonly unitLevel: Unit.Level | null
}

/** A filter of violations; an empty or missing list lets every value through. */
export interface Filter {
  readonly categories?: ReadonlyArray<Category> | undefined
  readonly rules?: ReadonlyArray<RuleId> | undefined
  readonly severities?: ReadonlyArray<Severity> | undefined
  readonly levels?: ReadonlyArray<Unit.Level> | undefined
}

const admits = <A>(values: ReadonlyArray<A> | undefined, value: A): boolean =>
  values === undefined || values.length === 0 || values.includes(value)

/** Whether a violation passes a filter. */
export const matches = (violation: Listed, filter: Filter): boolean =>
  admits(filter.categories, categoryOf(violation.rule)) &&
  admits(filter.rules, violation.rule) &&
  admits(filter.severities, violation.severity) &&
  (filter.levels === undefined ||
    filter.levels.length === 0 ||
    (violation.unitLevel !== null && filter.levels.includes(violation.unitLevel)))

/** The violations of one rule in one unit. */
export interface UnitGroup<V extends Listed> {
  readonly unitId: string
  readonly items: ReadonlyArray<V>
}

/** The violations of one rule, unit by unit. */
export interface RuleGroup<V extends Listed> {
  readonly rule: RuleId
  readonly category: Category
  readonly severity: Severity
  /** How many violations of the rule. */
  readonly count: number
  /** The units, the one with the most violations first (then by unit id). */
  readonly units: ReadonlyArray<UnitGroup<V>>
}

/** How many violations of each category, rule, severity and unit level: the counts beside a filter. */
export interface Counts {
  readonly total: number
  readonly categories: { readonly [K in Category]: number }
  readonly rules: { readonly [K in RuleId]: number }
  readonly severities: { readonly [K in Severity]: number }
  readonly levels: { readonly [K in Unit.Level]: number }
}

const zeros = <K extends string>(keys: ReadonlyArray<K>): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>

/** Counts violations by category, rule, severity and unit level. */
export const countsOf = (violations: ReadonlyArray<Listed>): Counts => {
  const categories = zeros(Category.literals)
  const rules = zeros(RuleId.literals)
  const severities = zeros(Severity.literals)
  const levels = zeros(Unit.Level.literals)
  for (const v of violations) {
    categories[categoryOf(v.rule)]++
    rules[v.rule]++
    severities[v.severity]++
    if (v.unitLevel !== null) levels[v.unitLevel]++
  }
  return { total: violations.length, categories, rules, severities, levels }
}

const ruleOrder = (rule: RuleId): number => RuleId.literals.indexOf(rule)

/**
 * Groups violations by rule, then by unit: breaches before progress, errors before warnings, then the
 * catalogue's order; in a rule, the unit with the most violations first. Items keep their given order.
 */
export const group = <V extends Listed>(violations: ReadonlyArray<V>): ReadonlyArray<RuleGroup<V>> => {
  const byRule = new Map<RuleId, Map<string, Array<V>>>()
  for (const v of violations) {
    const units = byRule.get(v.rule) ?? new Map<string, Array<V>>()
    const items = units.get(v.unitId) ?? []
    items.push(v)
    units.set(v.unitId, items)
    byRule.set(v.rule, units)
  }
  const categoryRank: { readonly [K in Category]: number } = { breach: 0, progress: 1 }
  return [...byRule.entries()]
    .map(
      ([rule, units]): RuleGroup<V> => ({
        rule,
        category: categoryOf(rule),
        severity: catalogue[rule].severity,
        count: [...units.values()].reduce((sum, items) => sum + items.length, 0),
        units: [...units.entries()]
          .map(([unitId, items]) => ({ unitId, items }))
          .sort(
            (a, b) =>
              b.items.length - a.items.length || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0),
          ),
      }),
    )
    .sort(
      (a, b) =>
        categoryRank[a.category] - categoryRank[b.category] ||
        severityRank[a.severity] - severityRank[b.severity] ||
        ruleOrder(a.rule) - ruleOrder(b.rule),
    )
}
