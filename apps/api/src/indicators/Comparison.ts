/**
 * The period comparison of the dashboard: every indicator of a unit and of each of its children, as
 * at a date, at the end of the previous month (or quarter) and at the end of the one before, compared
 * by the domain (`Comparison.compare`). One read of the rollups at three snapshot dates answers it,
 * so its cost follows the number of units, like the report's. A reader without personal data gets a
 * share of a handful of people withheld, as in the report.
 */
import * as Access from "@bdhv/domain/Access"
import type * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Comparison from "@bdhv/domain/Comparison"
import * as Indicator from "@bdhv/domain/Indicator"
import * as IndicatorTable from "@bdhv/domain/IndicatorTable"
import { Effect } from "effect"
import type { Actor } from "../auth/Actor.js"
import { defaultPeriod } from "./AggregateSql.js"
import * as Rollups from "./Rollups.js"
import * as UnitAt from "./UnitAt.js"

/** One indicator of one unit compared. */
export interface IndicatorChange extends Comparison.Change {
  readonly id: Indicator.IndicatorId
  /** Some share of it would reveal fewer than five people to this reader: every value is blanked. */
  readonly withheld?: true
}

/** A unit's indicators compared. */
export interface UnitChanges {
  readonly unit: UnitAt.UnitNode
  readonly indicators: ReadonlyArray<IndicatorChange>
}

const blank: Comparison.Change = {
  now: null,
  previous: null,
  before: null,
  thisPeriod: null,
  lastPeriod: null,
  pace: null,
}

/** Every indicator of a unit and its children compared over two periods as at `asOf`. */
export const compare = Effect.fn("Comparison.compare")(function* (
  unitId: string | undefined,
  asOf: CalendarDate.CalendarDate,
  period: Comparison.Period,
  actor: Actor | undefined,
) {
  const at = yield* UnitAt.resolve(unitId, asOf, actor)
  const bounds = Comparison.boundsOf(asOf, period)
  const snapshots = [bounds.beforeEnd, bounds.previousEnd, asOf]
  const byUnit = yield* Rollups.aggregates(at.unit.id, asOf, snapshots, defaultPeriod)
  const withholds = actor !== undefined && !Access.allows(actor.role, "people", "read")
  const changesOf = (unit: UnitAt.UnitNode): UnitChanges => {
    const series = byUnit.get(unit.id)
    return {
      unit,
      indicators: Indicator.ids.map((id): IndicatorChange => {
        if (series === undefined) return { id, ...blank }
        const [before, previous, now] = series.map((aggregates) => Indicator.fractionOf(id, aggregates))
        if (withholds && [before!, previous!, now!].some(IndicatorTable.isWithheldFromAggregateReaders))
          return { id, ...blank, withheld: true }
        return { id, ...Comparison.compare(before!, previous!, now!) }
      }),
    }
  }
  return {
    asOf,
    period,
    bounds,
    unit: changesOf(at.unit),
    children: at.children.map(changesOf),
  }
})
