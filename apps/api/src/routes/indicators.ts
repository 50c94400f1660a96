/**
 * `/api/indicators`, `/api/violations`, `/api/worklists`: the dashboard's reads, for a unit (the
 * default unit when none is named) as at a date (today in Vietnam by default), within the actor's scope
 * (a unit outside it is not found). `GET /api/indicators` is the dashboard in one answer: every
 * indicator of the unit and its children, and the unit's trend of each over the recent month ends.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Comparison from "@bdhv/domain/Comparison"
import * as Indicator from "@bdhv/domain/Indicator"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import * as Unit from "@bdhv/domain/Unit"
import * as Violation from "@bdhv/domain/Violation"
import * as Worklist from "@bdhv/domain/Worklist"
import { Effect, Schema } from "effect"
import * as Today from "../Today.js"
import { actorOf } from "../auth/Session.js"
import * as Route from "../http/Route.js"
import { defaultPeriod, type Period, weeklyPeriodStart } from "../indicators/AggregateSql.js"
import * as IndicatorComparison from "../indicators/Comparison.js"
import * as Report from "../indicators/Report.js"
import { tableWorkbook } from "../indicators/TableWorkbook.js"
import * as Violations from "../indicators/Violations.js"
import * as Worklists from "../indicators/Worklists.js"
import { maxPageSize, PageOf } from "../resources/ListQuery.js"

const label = ValidationMessage.label

/** The unit and date of a report. */
export const ReportParams = Schema.Struct({
  unitId: Schema.optionalKey(Schema.NonEmptyString.annotate(label({ vi: "Đơn vị", en: "Unit" }))),
  asOf: Schema.optionalKey(CalendarDate.CalendarDate.annotate(label({ vi: "Tính đến ngày", en: "As of" }))),
})

/** A report's unit and date, and the period the `weekly-classes` indicator counts. */
export const IndicatorParams = Schema.Struct({
  ...ReportParams.fields,
  from: Schema.optionalKey(
    CalendarDate.CalendarDate.annotate({
      ...label({ vi: "Tính tuần từ ngày", en: "Weeks from" }),
      description: `First day of the period of the weekly-classes indicator (the ISO weeks overlapping it). Default: the campaign's start, ${weeklyPeriodStart}.`,
    }),
  ),
  to: Schema.optionalKey(
    CalendarDate.CalendarDate.annotate({
      ...label({ vi: "Tính tuần đến ngày", en: "Weeks to" }),
      description:
        "Last day of the period of the weekly-classes indicator, cut at each snapshot date. Default: the report's date (asOf).",
    }),
  ),
})

const PositiveInt = Schema.NumberFromString.check(
  Schema.isInt(ValidationMessage.message({ vi: "Phải là số nguyên", en: "Must be a whole number" })),
  Schema.isGreaterThanOrEqualTo(
    1,
    ValidationMessage.message({ vi: "Phải từ 1 trở lên", en: "Must be at least 1" }),
  ),
)

/** A report's unit and date, and a page. */
export const PageParams = Schema.Struct({
  ...ReportParams.fields,
  page: Schema.optionalKey(PositiveInt.annotate(label({ vi: "Trang", en: "Page" }))),
  pageSize: Schema.optionalKey(
    PositiveInt.check(
      Schema.isLessThanOrEqualTo(
        maxPageSize,
        ValidationMessage.message({
          vi: `Mỗi trang tối đa ${maxPageSize} dòng`,
          en: `At most ${maxPageSize} rows per page`,
        }),
      ),
    ).annotate(label({ vi: "Số dòng mỗi trang", en: "Page size" })),
  ),
})

/** The table export's unit and date, the column it is ranked by, and the reader's language. */
export const TableParams = Schema.Struct({
  ...ReportParams.fields,
  sort: Schema.optionalKey(
    Schema.Union([Indicator.IndicatorId, Schema.Literal("name")]).annotate({
      ...label({ vi: "Xếp theo", en: "Sort by" }),
      description: "An indicator id (ranked, highest first by default) or `name`. Default: digital-family.",
    }),
  ),
  order: Schema.optionalKey(Schema.Literals(["asc", "desc"]).annotate(label({ vi: "Thứ tự", en: "Order" }))),
  lang: Schema.optionalKey(Schema.Literals(["vi", "en"])),
})

const IndicatorParam = Schema.Struct({
  id: Indicator.IndicatorId.annotate(label({ vi: "Chỉ tiêu", en: "Indicator" })),
})

/** A unit as a report names it. */
export const UnitNode = Schema.Struct({
  id: Schema.String,
  code: Schema.NullOr(Schema.String),
  name: Schema.String,
  kind: Schema.String,
  parentId: Schema.NullOr(Schema.String),
}).annotate({ identifier: "ReportUnit" })

/** A comparison's unit and date, and the length of the periods compared. */
export const ComparisonParams = Schema.Struct({
  ...ReportParams.fields,
  period: Schema.optionalKey(
    Schema.Literals(Comparison.periods).annotate({
      ...label({ vi: "Kỳ so sánh", en: "Period" }),
      description:
        "`month` (default): this month so far against last month; `quarter`: likewise by calendar quarter.",
    }),
  ),
})

const Points = Schema.NullOr(Schema.Finite)

/** One indicator of one unit compared over two periods. */
export const IndicatorChange = Schema.Struct({
  id: Indicator.IndicatorId,
  now: Schema.NullOr(Indicator.Ratio),
  previous: Schema.NullOr(Indicator.Ratio),
  before: Schema.NullOr(Indicator.Ratio),
  thisPeriod: Points.annotate({ description: "Percentage points gained in this period so far." }),
  lastPeriod: Points.annotate({ description: "Percentage points gained in the whole previous period." }),
  pace: Schema.NullOr(Schema.Literals(["faster", "slower", "same"])),
  withheld: Schema.optionalKey(Schema.Literal(true)),
}).annotate({ identifier: "IndicatorChange" })

const UnitChanges = Schema.Struct({ unit: UnitNode, indicators: Schema.Array(IndicatorChange) }).annotate({
  identifier: "UnitChanges",
})

/** Every indicator of a unit and its children, this period against the last. */
export const IndicatorComparisonReport = Schema.Struct({
  asOf: CalendarDate.CalendarDate,
  period: Schema.Literals(Comparison.periods),
  bounds: Schema.Struct({
    start: CalendarDate.CalendarDate,
    previousEnd: CalendarDate.CalendarDate,
    previousStart: CalendarDate.CalendarDate,
    beforeEnd: CalendarDate.CalendarDate,
  }),
  unit: UnitChanges,
  children: Schema.Array(UnitChanges),
}).annotate({ identifier: "IndicatorComparison" })

/** The target in force for an indicator of a unit. */
export const TargetInForce = Schema.Struct({
  value: Indicator.Ratio,
  deadline: CalendarDate.CalendarDate,
  /** The unit whose plan set it; `null` for the national and Hanoi default. */
  unitId: Schema.NullOr(Schema.String),
}).annotate({ identifier: "TargetInForce" })

/** One indicator of one unit. */
export const IndicatorFigure = Schema.Struct({
  id: Indicator.IndicatorId,
  numerator: Schema.Int,
  denominator: Schema.Int,
  value: Schema.NullOr(Indicator.Ratio),
  target: TargetInForce,
  status: Indicator.Status,
  projected: Schema.NullOr(Schema.Finite),
  withheld: Schema.optionalKey(Schema.Literal(true)).annotate({
    description:
      "Present when the share would reveal fewer than 5 people to a reader without personal data (the viewer role): value and counts are blanked.",
  }),
}).annotate({ identifier: "IndicatorFigure" })

const unitIndicators = {
  unit: UnitNode,
  indicators: Schema.Array(IndicatorFigure),
  aggregates: Indicator.Aggregates,
}

/** One point of an indicator's trend. */
export const TrendPoint = Schema.Struct({
  date: CalendarDate.CalendarDate,
  value: Schema.NullOr(Indicator.Ratio),
  numerator: Schema.Int,
  denominator: Schema.Int,
  withheld: Schema.optionalKey(Schema.Literal(true)),
}).annotate({ identifier: "TrendPoint" })

/** The unit's trend of one indicator, as `GET /api/indicators` carries it in `trends`. */
export const IndicatorSeries = Schema.Struct({
  id: Indicator.IndicatorId,
  points: Schema.Array(TrendPoint),
}).annotate({ identifier: "IndicatorSeries" })

/** Every indicator of a unit and of each of its children as at a date, with the unit's trends. */
export const IndicatorReport = Schema.Struct({
  ...unitIndicators,
  asOf: CalendarDate.CalendarDate,
  period: Schema.Struct({ from: CalendarDate.CalendarDate, to: CalendarDate.CalendarDate }).annotate({
    identifier: "WeeklyClassesPeriod",
    description: "The period the weekly-classes indicator counts (ISO weeks overlapping it).",
  }),
  children: Schema.Array(Schema.Struct(unitIndicators).annotate({ identifier: "UnitIndicators" })),
  trends: Schema.Array(IndicatorSeries),
}).annotate({ identifier: "IndicatorReport" })

/** One indicator of a unit month by month. */
export const IndicatorTrend = Schema.Struct({
  indicator: Indicator.IndicatorId,
  unit: UnitNode,
  asOf: CalendarDate.CalendarDate,
  target: TargetInForce,
  status: Indicator.Status,
  projected: Schema.NullOr(Schema.Finite),
  points: Schema.Array(TrendPoint),
}).annotate({ identifier: "IndicatorTrend" })

/** A violation with its unit's name. */
export const ViolationItem = Schema.Struct({
  unitId: Schema.String,
  unitName: Schema.NullOr(Schema.String),
  unitLevel: Schema.NullOr(Unit.Level),
  rule: Violation.RuleId,
  category: Violation.Category,
  severity: Violation.Severity,
  title: ValidationMessage.Bilingual,
  message: ValidationMessage.Bilingual,
  involved: Schema.Array(Violation.Subject),
  ids: Schema.Array(Schema.String),
}).annotate({ identifier: "ViolationItem" })

/** A filter of the violations: each a single value, every value when absent. */
export const ViolationFilter = Schema.Struct({
  ...ReportParams.fields,
  category: Schema.optionalKey(Violation.Category.annotate(label({ vi: "Loại", en: "Category" }))),
  rule: Schema.optionalKey(Violation.RuleId.annotate(label({ vi: "Quy định", en: "Rule" }))),
  severity: Schema.optionalKey(Violation.Severity.annotate(label({ vi: "Mức độ", en: "Severity" }))),
  level: Schema.optionalKey(Unit.Level.annotate(label({ vi: "Cấp đơn vị", en: "Unit level" }))),
})

const count = <K extends string>(keys: ReadonlyArray<K>) =>
  Schema.Struct(Object.fromEntries(keys.map((key) => [key, Schema.Int])) as { [P in K]: typeof Schema.Int })

/** The violations grouped by rule and unit, with the counts beside the filter. */
export const ViolationGroups = Schema.Struct({
  counts: Schema.Struct({
    total: Schema.Int,
    categories: count(Violation.Category.literals),
    rules: count(Violation.RuleId.literals),
    severities: count(Violation.Severity.literals),
    levels: count(Unit.Level.literals),
  }).annotate({ description: "Counts of every violation of the subtree, before the filter." }),
  shown: Schema.Int.annotate({ description: "How many violations pass the filter." }),
  groups: Schema.Array(
    Schema.Struct({
      rule: Violation.RuleId,
      category: Violation.Category,
      severity: Violation.Severity,
      title: ValidationMessage.Bilingual,
      count: Schema.Int,
      units: Schema.Array(
        Schema.Struct({
          unitId: Schema.String,
          unitName: Schema.NullOr(Schema.String),
          unitLevel: Schema.NullOr(Unit.Level),
          count: Schema.Int,
          items: Schema.Array(ViolationItem).annotate({
            description: `The first ${Violations.sampleSize} violations of the rule in the unit.`,
          }),
        }),
      ),
    }),
  ),
}).annotate({ identifier: "ViolationGroups" })

const periodOf = (query: typeof IndicatorParams.Type): Period => ({
  from: query.from ?? defaultPeriod.from,
  to: query.to,
})

const pagingOf = (query: typeof PageParams.Type) => ({
  page: query.page ?? 1,
  pageSize: query.pageSize ?? 20,
})

const reportNote = {
  vi: "Mặc định: đơn vị của người dùng, tính đến hôm nay (giờ Việt Nam). Đơn vị ngoài phạm vi trả về 404.",
  en: "By default the user's own unit, as at today in Vietnam. A unit outside the user's scope is 404.",
}

/** `GET /api/indicators` and `GET /api/indicators/:id/trend`. */
export const indicatorRoutes = [
  Route.define({
    method: "get",
    path: "/api/indicators",
    resource: "indicators",
    tag: "Indicators",
    summary: {
      vi: "Mọi chỉ tiêu của một đơn vị và các đơn vị trực thuộc",
      en: "Every indicator of a unit and of its children",
    },
    // The dashboard's one request: the indicators and the unit's trend of each.
    description: reportNote,
    query: IndicatorParams,
    responses: { 200: IndicatorReport },
    handler: ({ query }, c) => {
      const actor = actorOf(c)
      return c.var.run(
        Effect.flatMap(Today.orToday(query.asOf), (asOf) =>
          Report.report(query.unitId, asOf, actor, periodOf(query)),
        ),
      )
    },
  }),
  Route.define({
    method: "get",
    path: "/api/indicators/table.xlsx",
    resource: "indicators",
    tag: "Indicators",
    summary: {
      vi: "Bảng xếp hạng các đơn vị trực thuộc theo mọi chỉ tiêu (XLSX)",
      en: "The child units ranked, every indicator a column (XLSX)",
    },
    description: reportNote,
    query: TableParams,
    responses: { 200: Route.file("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") },
    handler: async ({ query }, c) => {
      const report = await c.var.run(
        Effect.flatMap(Today.orToday(query.asOf), (date) => Report.report(query.unitId, date, actorOf(c))),
      )
      const sort = query.sort ?? "digital-family"
      const bytes = await tableWorkbook(
        report,
        sort,
        query.order ?? (sort === "name" ? "asc" : "desc"),
        query.lang ?? c.var.language,
      )
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="xep-hang-bdhv-${report.unit.code ?? "don-vi"}-${report.asOf}.xlsx"`,
      })
    },
  }),
  Route.define({
    method: "get",
    path: "/api/indicators/comparison",
    resource: "indicators",
    tag: "Indicators",
    summary: {
      vi: "So sánh mọi chỉ tiêu kỳ này với kỳ trước (tháng, quý), cho đơn vị và các đơn vị trực thuộc",
      en: "Every indicator this period against the last (month, quarter), for a unit and its children",
    },
    description: reportNote,
    query: ComparisonParams,
    responses: { 200: IndicatorComparisonReport },
    handler: ({ query }, c) =>
      c.var.run(
        Effect.flatMap(Today.orToday(query.asOf), (asOf) =>
          IndicatorComparison.compare(query.unitId, asOf, query.period ?? "month", actorOf(c)),
        ),
      ),
  }),
  Route.define({
    method: "get",
    path: "/api/indicators/:id/trend",
    resource: "indicators",
    tag: "Indicators",
    summary: { vi: "Diễn biến một chỉ tiêu theo tháng", en: "One indicator month by month" },
    description: reportNote,
    params: IndicatorParam,
    query: IndicatorParams,
    responses: { 200: IndicatorTrend },
    handler: ({ param, query }, c) => {
      const actor = actorOf(c)
      return c.var.run(
        Effect.flatMap(Today.orToday(query.asOf), (asOf) =>
          Report.trend(param.id, query.unitId, asOf, actor, periodOf(query)),
        ),
      )
    },
  }),
] as const

/** `GET /api/violations`: a page of the violations in a unit's subtree, errors first. */
export const violationRoutes = [
  Route.define({
    method: "get",
    path: "/api/violations",
    resource: "violations",
    tag: "Indicators",
    summary: {
      vi: "Các quy định chưa được thực hiện trong một đơn vị, lỗi trước",
      en: "The rules not kept in a unit's subtree, errors first",
    },
    description: reportNote,
    query: PageParams,
    responses: { 200: PageOf(ViolationItem) },
    handler: async ({ query }, c) => {
      const { page, pageSize } = pagingOf(query)
      const actor = actorOf(c)
      const all = await c.var.run(
        Effect.flatMap(Today.orToday(query.asOf), (asOf) => Violations.list(query.unitId, asOf, actor)),
      )
      return { items: all.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: all.length }
    },
  }),
  Route.define({
    method: "get",
    path: "/api/violations/groups",
    resource: "violations",
    tag: "Indicators",
    summary: {
      vi: "Các vi phạm theo quy định và đơn vị, lọc theo loại, quy định, mức độ và cấp đơn vị, kèm số lượng",
      en: "The violations by rule and unit, filtered by category, rule, severity and unit level, with counts",
    },
    description: reportNote,
    query: ViolationFilter,
    responses: { 200: ViolationGroups },
    handler: ({ query }, c) =>
      c.var.run(
        Effect.flatMap(Today.orToday(query.asOf), (asOf) =>
          Violations.groups(query.unitId, asOf, actorOf(c), {
            categories: query.category === undefined ? undefined : [query.category],
            rules: query.rule === undefined ? undefined : [query.rule],
            severities: query.severity === undefined ? undefined : [query.severity],
            levels: query.level === undefined ? undefined : [query.level],
          }),
        ),
      ),
  }),
] as const

/** `GET /api/worklists/households` and `GET /api/worklists/digital-identity`. */
export const worklistRoutes = [
  Route.define({
    method: "get",
    path: "/api/worklists/households",
    resource: "worklists",
    tag: "Worklists",
    summary: {
      vi: "Hộ chưa có thành viên có kỹ năng số cơ bản: người cao tuổi, khuyết tật, vùng xa trước",
      en: "Households with no skilled member: the elderly, people with disabilities and remote households first",
    },
    description: reportNote,
    query: PageParams,
    responses: { 200: PageOf(Worklist.HouseholdEntry) },
    handler: ({ query }, c) => {
      const actor = actorOf(c)
      return c.var.run(
        Effect.flatMap(Today.orToday(query.asOf), (asOf) =>
          Worklists.households(query.unitId, asOf, pagingOf(query), actor),
        ),
      )
    },
  }),
  Route.define({
    method: "get",
    path: "/api/worklists/digital-identity",
    resource: "worklists",
    tag: "Worklists",
    summary: {
      vi: "Người từ 16 tuổi chưa có VNeID mức 2",
      en: "People aged 16 and over without a level-2 VNeID",
    },
    description: reportNote,
    query: PageParams,
    responses: { 200: PageOf(Worklist.PersonEntry) },
    handler: ({ query }, c) => {
      const actor = actorOf(c)
      return c.var.run(
        Effect.flatMap(Today.orToday(query.asOf), (asOf) =>
          Worklists.digitalIdentity(query.unitId, asOf, pagingOf(query), actor),
        ),
      )
    },
  }),
] as const
