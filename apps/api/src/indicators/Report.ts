/**
 * The indicator report: every indicator of DESIGN §3 for a unit and each of its children as at a date,
 * with value, numerator, denominator, the target in force and the status — all judged by the domain
 * (`Indicator.measureFraction`, `Target.effectiveTarget`, `Indicator.judge`) from the counts kept in the
 * rollups (`Rollups.aggregates`). The status is projected from the last three points of the monthly
 * series (see {@link snapshotsOf}); the report carries the unit's recent trend of every indicator
 * ({@link trendSnapshotsOf}), so a dashboard needs one request; the trend endpoint gives the whole series.
 */
import * as Access from "@bdhv/domain/Access"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Indicator from "@bdhv/domain/Indicator"
import * as IndicatorTable from "@bdhv/domain/IndicatorTable"
import * as Target from "@bdhv/domain/Target"
import * as Unit from "@bdhv/domain/Unit"
import { Effect, Option, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import { defaultPeriod, type Period, periodEndAt } from "./AggregateSql.js"
import * as Rollups from "./Rollups.js"
import * as UnitAt from "./UnitAt.js"

/** One indicator of one unit. */
export interface IndicatorFigure {
  readonly id: Indicator.IndicatorId
  readonly numerator: number
  readonly denominator: number
  /** numerator / denominator; `null` when there is nothing to measure (denominator 0). */
  readonly value: number | null
  readonly target: {
    readonly value: number
    readonly deadline: CalendarDate.CalendarDate
    /** The unit whose plan set it; `null` for the national and Hanoi default. */
    readonly unitId: string | null
  }
  readonly status: Indicator.Status
  /** The value the trend reaches at the deadline, when still ahead and not yet met. */
  readonly projected: number | null
  /** Too few people to show this reader (see {@link withheldFor}): value, counts and status are blanked. */
  readonly withheld?: true
}

/** Every indicator of one unit. */
export interface UnitIndicators {
  readonly unit: UnitAt.UnitNode
  readonly indicators: ReadonlyArray<IndicatorFigure>
  /** The counts the indicators were computed from. */
  readonly aggregates: Indicator.Aggregates
}

/** One indicator of the report's unit over the recent month ends and the report's date. */
export interface IndicatorTrend {
  readonly id: Indicator.IndicatorId
  readonly points: ReadonlyArray<TrendPoint>
}

/** A unit and its children. */
export interface IndicatorReport extends UnitIndicators {
  readonly asOf: CalendarDate.CalendarDate
  /** The period the `weekly-classes` indicator counts. */
  readonly period: { readonly from: CalendarDate.CalendarDate; readonly to: CalendarDate.CalendarDate }
  readonly children: ReadonlyArray<UnitIndicators>
  /** The unit's trend of every indicator: {@link trendMonths} month ends and `asOf`. */
  readonly trends: ReadonlyArray<IndicatorTrend>
}

const decodeTarget = Schema.decodeUnknownOption(Target.Target)

/** The targets set by the given units' plans. */
const targetsOf = (unitIds: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    if (unitIds.length === 0) return []
    const rows = yield* sql<{
      id: string
      indicatorId: string
      unitId: string
      value: number
      deadline: string
    }>`
      select id, indicator_id, unit_id, value, deadline from targets
      where deleted_at is null and unit_id in ${sql.in(unitIds)}`
    return rows.flatMap((row) =>
      Option.toArray(
        decodeTarget({
          id: row.id,
          indicator: row.indicatorId,
          unitId: row.unitId,
          value: Number(row.value),
          deadline: row.deadline,
        }),
      ),
    )
  })

/** The series of one indicator over the snapshots: an observation where there was something to measure. */
export const observationsOf = (
  id: Indicator.IndicatorId,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
  series: ReadonlyArray<Indicator.Aggregates>,
): ReadonlyArray<Indicator.Observation> =>
  snapshots.flatMap((date, i) => {
    const aggregates = series[i]
    if (aggregates === undefined) return []
    const measured = Indicator.measureFraction(Indicator.fractionOf(id, aggregates))
    return measured._tag === "Measured" ? [{ date, value: measured.value }] : []
  })

/** One indicator of one unit as judged: the figure, and the target and series it was judged on. */
export interface Judged {
  readonly figure: IndicatorFigure
  readonly target: Target.Effective
  readonly observations: ReadonlyArray<Indicator.Observation>
}

/** Judges every indicator of one unit from its series (the last snapshot is the reference date). */
export const judgeAll = (
  path: ReadonlyArray<string>,
  targets: ReadonlyArray<Target.Target>,
  asOf: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
  series: ReadonlyArray<Indicator.Aggregates>,
): ReadonlyArray<Judged> => {
  const current = series[series.length - 1]!
  return Indicator.ids.map((id) => {
    const fraction = Indicator.fractionOf(id, current)
    const measured = Indicator.measureFraction(fraction)
    const target = Target.effectiveTarget(
      id,
      path.map((unitId) => Unit.UnitId.make(unitId)),
      targets,
      asOf,
    )
    const observations = observationsOf(id, snapshots, series)
    const judgement = Indicator.judge(observations, target, asOf)
    return {
      figure: {
        id,
        numerator: fraction.numerator,
        denominator: fraction.denominator,
        value: measured._tag === "Measured" ? measured.value : null,
        target: {
          value: target.value,
          deadline: target.deadline,
          unitId: target.source._tag === "Unit" ? target.source.unitId : null,
        },
        status: judgement.status,
        projected: judgement.projected ?? null,
      },
      target,
      observations,
    }
  })
}

const zero = Object.fromEntries(
  Object.keys(Indicator.Aggregates.fields).map((key) => [key, 0]),
) as unknown as Indicator.Aggregates

/**
 * The snapshot dates the status of a report as at `asOf` is projected from: the ends of the two months
 * before it, and `asOf` (the last three points of the monthly trend, so both agree on the status).
 */
export const snapshotsOf = (asOf: CalendarDate.CalendarDate): ReadonlyArray<CalendarDate.CalendarDate> =>
  monthEnds(asOf).slice(-3)

/** How many month ends before its date a report's trends show. */
export const trendMonths = 6

/** The snapshots of a report: {@link trendMonths} month ends and `asOf` (the last three judge the status). */
export const trendSnapshotsOf = (asOf: CalendarDate.CalendarDate): ReadonlyArray<CalendarDate.CalendarDate> =>
  monthEnds(asOf).slice(-(trendMonths + 1))

/** A unit's indicators as judged, with the counts they come from. */
export interface JudgedUnit {
  readonly unit: UnitAt.UnitNode
  readonly judged: ReadonlyArray<Judged>
  readonly aggregates: Indicator.Aggregates
}

/** Every indicator of a unit (the default unit when none is named) and of each of its children, judged. */
export const judged = Effect.fn("Report.judged")(function* (
  unitId: string | undefined,
  asOf: CalendarDate.CalendarDate,
  actor: Actor | undefined,
  period: Period = defaultPeriod,
) {
  const at = yield* UnitAt.resolve(unitId, asOf, actor)
  const snapshots = trendSnapshotsOf(asOf)
  const judgedSnapshots = snapshots.slice(-snapshotsOf(asOf).length)
  const byUnit = yield* Rollups.aggregates(at.unit.id, asOf, snapshots, period)
  const targets = yield* targetsOf([...at.path, ...at.children.map((c) => c.id)])
  const seriesOf = (unit: UnitAt.UnitNode) => byUnit.get(unit.id) ?? snapshots.map(() => zero)
  const judgeUnit = (unit: UnitAt.UnitNode, path: ReadonlyArray<string>): JudgedUnit => {
    const series = seriesOf(unit).slice(-judgedSnapshots.length)
    return {
      unit,
      judged: judgeAll(path, targets, asOf, judgedSnapshots, series),
      aggregates: series[series.length - 1]!,
    }
  }
  const unitSeries = seriesOf(at.unit)
  return {
    asOf,
    unit: judgeUnit(at.unit, at.path),
    children: at.children.map((child) => judgeUnit(child, [child.id, ...at.path])),
    trends: Indicator.ids.map(
      (id): IndicatorTrend => ({
        id,
        points: snapshots.map((date, i) => pointOf(id, date, unitSeries[i] ?? zero)),
      }),
    ),
  }
})

const emptyReport = (asOf: CalendarDate.CalendarDate, unit: UnitAt.UnitNode): IndicatorReport => ({
  asOf,
  period: { from: asOf, to: asOf },
  unit,
  indicators: [],
  aggregates: zero,
  children: [],
  trends: [],
})

const toUnitIndicators = (unit: JudgedUnit): UnitIndicators => ({
  unit: unit.unit,
  indicators: unit.judged.map((j) => j.figure),
  aggregates: unit.aggregates,
})

/** Every indicator of a unit (the default unit when none is named) and of each of its children. */
export const report = Effect.fn("Report.report")(function* (
  unitId: string | undefined,
  asOf: CalendarDate.CalendarDate,
  actor: Actor | undefined,
  period: Period = defaultPeriod,
) {
  const result = yield* judged(unitId, asOf, actor, period)
  return withheldFor(
    {
      asOf,
      period: { from: period.from, to: periodEndAt(period, asOf) },
      ...toUnitIndicators(result.unit),
      children: result.children.map(toUnitIndicators),
      trends: result.trends,
    },
    actor,
  )
})

/** One point of a trend: the indicator's value on a date, `null` when there was nothing to measure. */
export interface TrendPoint {
  readonly date: CalendarDate.CalendarDate
  readonly value: number | null
  readonly numerator: number
  readonly denominator: number
  /** Too few people to show this reader: value and counts are blanked. */
  readonly withheld?: true
}

const withholdFigure = (figure: IndicatorFigure): IndicatorFigure =>
  IndicatorTable.isWithheldFromAggregateReaders(figure)
    ? {
        ...figure,
        numerator: 0,
        denominator: 0,
        value: null,
        status: "no_data",
        projected: null,
        withheld: true,
      }
    : figure

const withholdPoint = (point: TrendPoint): TrendPoint =>
  IndicatorTable.isWithheldFromAggregateReaders(point)
    ? { ...point, numerator: 0, denominator: 0, value: null, withheld: true }
    : point

const withholdUnit = <U extends UnitIndicators>(unit: U): U => ({
  ...unit,
  indicators: unit.indicators.map(withholdFigure),
  aggregates: zero,
})

/**
 * A report as a reader may see it. A role that reads no personal data (the `viewer`: aggregates only)
 * does not see a share the public would not see exactly (`IndicatorTable.isWithheldFromAggregateReaders`:
 * a village of three households, one of them skilled, names a household); nor the raw counts.
 */
export const withheldFor = (report: IndicatorReport, actor: Actor | undefined): IndicatorReport =>
  actor === undefined || Access.allows(actor.role, "people", "read")
    ? report
    : {
        ...withholdUnit(report),
        children: report.children.map(withholdUnit),
        trends: report.trends.map((trend) => ({ ...trend, points: trend.points.map(withholdPoint) })),
      }

const pointOf = (
  id: Indicator.IndicatorId,
  date: CalendarDate.CalendarDate,
  aggregates: Indicator.Aggregates,
): TrendPoint => {
  const fraction = Indicator.fractionOf(id, aggregates)
  const measured = Indicator.measureFraction(fraction)
  return { date, value: measured._tag === "Measured" ? measured.value : null, ...fraction }
}

/** The last day of each month from the campaign's start to `asOf`, and `asOf` itself. */
export const monthEnds = (asOf: CalendarDate.CalendarDate): ReadonlyArray<CalendarDate.CalendarDate> => {
  const out: Array<CalendarDate.CalendarDate> = []
  let { year, month } = CalendarDate.toParts(Indicator.CAMPAIGN_START)
  for (;;) {
    const end = CalendarDate.fromParts({ year, month, day: CalendarDate.daysInMonth(year, month) })!
    if (end >= asOf) break
    out.push(end)
    month = month === 12 ? 1 : month + 1
    year = month === 1 ? year + 1 : year
  }
  out.push(asOf)
  return out
}

/** One indicator of a unit month by month, with the target in force and the status at `asOf`. */
export const trend = Effect.fn("Report.trend")(function* (
  indicatorId: Indicator.IndicatorId,
  unitId: string | undefined,
  asOf: CalendarDate.CalendarDate,
  actor: Actor | undefined,
  period: Period = defaultPeriod,
) {
  const at = yield* UnitAt.resolve(unitId, asOf, actor)
  const snapshots = monthEnds(asOf)
  const byUnit = yield* Rollups.aggregates(at.unit.id, asOf, snapshots, period)
  const series = byUnit.get(at.unit.id) ?? snapshots.map(() => zero)
  const targets = yield* targetsOf(at.path)
  const recent = snapshots.length - snapshotsOf(asOf).length
  const figure = judgeAll(at.path, targets, asOf, snapshots.slice(recent), series.slice(recent)).find(
    (j) => j.figure.id === indicatorId,
  )?.figure
  const points = snapshots.map((date, i) => pointOf(indicatorId, date, series[i] ?? zero))
  const shown = withheldFor(
    { ...emptyReport(asOf, at.unit), indicators: [figure!], trends: [{ id: indicatorId, points }] },
    actor,
  )
  const shownFigure = shown.indicators[0]!
  return {
    indicator: indicatorId,
    unit: at.unit,
    asOf,
    target: shownFigure.target,
    status: shownFigure.status,
    projected: shownFigure.projected,
    points: shown.trends[0]!.points,
  }
})
