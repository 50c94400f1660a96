/**
 * A period comparison of the indicators: how much a share grew this month (or quarter) so far, against
 * how much it grew in the whole previous one. Three snapshots answer it — the report's date, the end of
 * the previous period and the end of the one before — which the rollups give for any date.
 *
 * Changes are in percentage points between the shares as shown (`Percent.pointsBetween`), so the
 * numbers on the screen add up; a change is `null` when either end has nothing to measure.
 *
 * @since 0.2.0
 */
import * as CalendarDate from "./CalendarDate.js"
import * as Indicator from "./Indicator.js"
import * as Percent from "./Percent.js"

/** The length of the periods compared. */
export type Period = "month" | "quarter"

/** The periods, for a picker. */
export const periods: ReadonlyArray<Period> = ["month", "quarter"]

/** The dates of a comparison as at `asOf`. */
export interface Bounds {
  /** The first day of the current period. */
  readonly start: CalendarDate.CalendarDate
  /** The last day of the previous period: the current period's growth is measured from here. */
  readonly previousEnd: CalendarDate.CalendarDate
  /** The first day of the previous period. */
  readonly previousStart: CalendarDate.CalendarDate
  /** The last day of the period before the previous one: the previous period's growth starts here. */
  readonly beforeEnd: CalendarDate.CalendarDate
}

const firstOf = (year: number, month: number): CalendarDate.CalendarDate =>
  CalendarDate.fromParts({ year, month, day: 1 })!

const shift = (year: number, month: number, by: number): { year: number; month: number } => {
  const index = year * 12 + (month - 1) + by
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/**
 * The dates of the current and previous period as at `asOf`: the calendar month, or the calendar
 * quarter (January–March…), that `asOf` falls in, and the one before it.
 *
 * @example
 * ```ts
 * Comparison.boundsOf("2026-11-20", "quarter")
 * // { start: "2026-10-01", previousEnd: "2026-09-30", previousStart: "2026-07-01", beforeEnd: "2026-06-30" }
 * ```
 */
export const boundsOf = (asOf: CalendarDate.CalendarDate, period: Period): Bounds => {
  const { year, month } = CalendarDate.toParts(asOf)
  const length = period === "month" ? 1 : 3
  const startMonth = period === "month" ? month : month - ((month - 1) % 3)
  const start = firstOf(year, startMonth)
  const previous = shift(year, startMonth, -length)
  const previousStart = firstOf(previous.year, previous.month)
  return {
    start,
    previousEnd: CalendarDate.addDays(start, -1),
    previousStart,
    beforeEnd: CalendarDate.addDays(previousStart, -1),
  }
}

/** Whether this period grows faster than the previous one did. */
export type Pace = "faster" | "slower" | "same"

/** One indicator compared over two periods. */
export interface Change {
  /** The share at the report's date; `null` with nothing to measure. */
  readonly now: number | null
  /** The share at the end of the previous period. */
  readonly previous: number | null
  /** The share at the end of the period before it. */
  readonly before: number | null
  /** Points gained in the current period so far (now − previous end). */
  readonly thisPeriod: number | null
  /** Points gained in the whole previous period (previous end − the end before). */
  readonly lastPeriod: number | null
  /** This period's gain against the last one's; `null` when either is unknown. */
  readonly pace: Pace | null
}

const measuredValue = (fraction: Indicator.Fraction): number | null => {
  const measured = Indicator.measureFraction(fraction)
  return measured._tag === "Measured" ? measured.value : null
}

const pointsOf = (from: number | null, to: number | null): number | null =>
  from === null || to === null ? null : Percent.pointsBetween(from, to)

/**
 * Compares an indicator's fractions at the three dates of a comparison (the end before, the previous
 * end, now).
 */
export const compare = (
  before: Indicator.Fraction,
  previous: Indicator.Fraction,
  now: Indicator.Fraction,
): Change => {
  const values = { before: measuredValue(before), previous: measuredValue(previous), now: measuredValue(now) }
  const thisPeriod = pointsOf(values.previous, values.now)
  const lastPeriod = pointsOf(values.before, values.previous)
  return {
    ...values,
    thisPeriod,
    lastPeriod,
    pace:
      thisPeriod === null || lastPeriod === null
        ? null
        : thisPeriod > lastPeriod
          ? "faster"
          : thisPeriod < lastPeriod
            ? "slower"
            : "same",
  }
}
