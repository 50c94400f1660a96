/**
 * The public progress figures: every indicator of a unit and its children as at a date, aggregates only,
 * each count and share published through the domain's small-cell suppression (`Disclosure`): no figure
 * reveals a group of fewer than five. The indicator definitions go with them, so the site explains what
 * each figure counts.
 */
import type * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Disclosure from "@bdhv/domain/Disclosure"
import * as Indicator from "@bdhv/domain/Indicator"
import { Effect } from "effect"
import * as Report from "../indicators/Report.js"

/** One indicator of one unit, as published. */
export interface PublicFigure {
  readonly id: Indicator.IndicatorId
  readonly numerator: Disclosure.PublicCount
  readonly denominator: Disclosure.PublicCount
  readonly value: Disclosure.PublicShare
  /** The target value in force (0–1), and its deadline. */
  readonly target: number
  readonly deadline: CalendarDate.CalendarDate
  readonly status: Indicator.Status
}

/** One unit's published figures. */
export interface UnitFigures {
  readonly unitId: string
  readonly code: string | null
  readonly name: string
  readonly kind: string
  readonly indicators: ReadonlyArray<PublicFigure>
}

/** The published progress of a unit and its children. */
export interface Progress {
  readonly asOf: CalendarDate.CalendarDate
  /** The unit reported on (the former district's area by default). */
  readonly district: UnitFigures
  /** Its children (the commune-level units). */
  readonly communes: ReadonlyArray<UnitFigures>
  readonly definitions: ReadonlyArray<Indicator.Definition>
}

const publish = (unit: Report.UnitIndicators): UnitFigures => ({
  unitId: unit.unit.id,
  code: unit.unit.code,
  name: unit.unit.name,
  kind: unit.unit.kind,
  indicators: unit.indicators.map((figure) => {
    const disclosed = Disclosure.discloseFraction({
      numerator: figure.numerator,
      denominator: figure.denominator,
    })
    return {
      id: figure.id,
      numerator: disclosed.numerator,
      denominator: disclosed.denominator,
      value: disclosed.value,
      target: figure.target.value,
      deadline: figure.target.deadline,
      // A withheld share keeps its status to itself: "met" over three civil servants says all three.
      status: disclosed.value._tag === "Withheld" ? "no_data" : figure.status,
    }
  }),
})

/** The published progress of a unit (the default unit when none is named) and its children. */
export const progress = Effect.fn("Progress.progress")(function* (
  unitId: string | undefined,
  asOf: CalendarDate.CalendarDate,
) {
  const report = yield* Report.report(unitId, asOf, undefined)
  return {
    asOf,
    district: publish(report),
    communes: report.children.map(publish),
    definitions: Indicator.ids.map((id) => Indicator.definition(id)),
  } satisfies Progress
})
