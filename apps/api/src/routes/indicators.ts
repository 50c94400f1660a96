/**
 * `/api/indicators`, `/api/violations`, `/api/worklists`: the dashboard's reads, for a unit (the
 * default unit when none is named) as at a date (today in Vietnam by default), within the actor's scope
 * (a unit outside it is not found). `GET /api/indicators` is the dashboard in one answer: every
 * indicator of the unit and its children, and the unit's trend of each over the recent month ends.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Indicator from "@bdhv/domain/Indicator"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Schema } from "effect"
import { Hono } from "hono"
import { actorOf } from "../auth/Session.js"
import type { Env } from "../http/Env.js"
import * as Validate from "../http/Validate.js"
import { defaultPeriod, type Period, weeklyPeriodStart } from "../indicators/AggregateSql.js"
import * as Report from "../indicators/Report.js"
import * as Violations from "../indicators/Violations.js"
import * as Worklists from "../indicators/Worklists.js"
import { maxPageSize } from "../resources/ListQuery.js"

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

/** One point of an indicator's trend. */
export const TrendPoint = Schema.Struct({
  date: CalendarDate.CalendarDate,
  value: Schema.NullOr(Schema.Number),
  numerator: Schema.Number,
  denominator: Schema.Number,
}).annotate({ identifier: "TrendPoint" })

/** The unit's trend of one indicator, as `GET /api/indicators` carries it in `trends`. */
export const IndicatorTrend = Schema.Struct({
  id: Indicator.IndicatorId,
  points: Schema.Array(TrendPoint),
}).annotate({ identifier: "IndicatorTrend" })

const periodOf = (query: typeof IndicatorParams.Type): Period => ({
  from: query.from ?? defaultPeriod.from,
  to: query.to,
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

const IndicatorParam = Schema.Struct({
  id: Indicator.IndicatorId.annotate(label({ vi: "Chỉ tiêu", en: "Indicator" })),
})

const today = (): CalendarDate.CalendarDate => CalendarDate.fromInstant(Date.now())

const pagingOf = (query: typeof PageParams.Type) => ({
  page: query.page ?? 1,
  pageSize: query.pageSize ?? 20,
})

/** `GET /api/indicators` and `GET /api/indicators/:id/trend`. */
export const indicatorRoutes = new Hono<Env>()
  .get("/", Validate.query(IndicatorParams), async (c) => {
    const query = c.req.valid("query")
    return c.json(
      await c.var.run(Report.report(query.unitId, query.asOf ?? today(), actorOf(c), periodOf(query))),
      200,
    )
  })
  .get("/:id/trend", Validate.param(IndicatorParam), Validate.query(IndicatorParams), async (c) => {
    const query = c.req.valid("query")
    return c.json(
      await c.var.run(
        Report.trend(
          c.req.valid("param").id,
          query.unitId,
          query.asOf ?? today(),
          actorOf(c),
          periodOf(query),
        ),
      ),
      200,
    )
  })

/** `GET /api/violations`: a page of the violations in a unit's subtree, errors first. */
export const violationRoutes = new Hono<Env>().get("/", Validate.query(PageParams), async (c) => {
  const query = c.req.valid("query")
  const { page, pageSize } = pagingOf(query)
  const all = await c.var.run(Violations.list(query.unitId, query.asOf ?? today(), actorOf(c)))
  return c.json(
    { items: all.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: all.length },
    200,
  )
})

/** `GET /api/worklists/households` and `GET /api/worklists/digital-identity`. */
export const worklistRoutes = new Hono<Env>()
  .get("/households", Validate.query(PageParams), async (c) => {
    const query = c.req.valid("query")
    return c.json(
      await c.var.run(Worklists.households(query.unitId, query.asOf ?? today(), pagingOf(query), actorOf(c))),
      200,
    )
  })
  .get("/digital-identity", Validate.query(PageParams), async (c) => {
    const query = c.req.valid("query")
    return c.json(
      await c.var.run(
        Worklists.digitalIdentity(query.unitId, query.asOf ?? today(), pagingOf(query), actorOf(c)),
      ),
      200,
    )
  })
