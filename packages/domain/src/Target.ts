/**
 * Targets: a value an indicator must reach by a deadline within a unit scope (a commune, a district,
 * the province), set by that unit's own plan. Where no unit has set one, the indicator's default
 * milestones of the national and Hanoi plans apply.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import * as Indicator from "./Indicator.js"
import { UnitId } from "./Unit.js"

/** Identifies a target: indicator × unit scope × value × deadline. */
export const TargetId = Schema.String.pipe(Schema.brand("TargetId"))
/** Identifies a target: indicator × unit scope × value × deadline. */
export type TargetId = typeof TargetId.Type

/**
 * A target set by a unit's plan: `indicator` must reach `value` by `deadline` (inclusive) in `unitId` and,
 * unless a unit below sets its own, in every unit below it.
 */
export class Target extends Schema.Class<Target>("@bdhv/domain/Target")({
  id: TargetId,
  indicator: Indicator.IndicatorId,
  unitId: UnitId,
  value: Indicator.Ratio,
  deadline: CalendarDate.CalendarDate,
}) {}

/** Where an effective target comes from: a unit's own target, or the indicator's default milestones. */
export const Source = Schema.Union([
  Schema.TaggedStruct("Unit", { targetId: TargetId, unitId: UnitId }),
  Schema.TaggedStruct("Default", {}),
])
/** Where an effective target comes from. */
export type Source = typeof Source.Type

/** The target that applies to an indicator in a unit at a date, and where it comes from. */
export const Effective = Schema.Struct({
  indicator: Indicator.IndicatorId,
  value: Indicator.Ratio,
  deadline: CalendarDate.CalendarDate,
  source: Source,
})
/** The target that applies to an indicator in a unit at a date. */
export type Effective = typeof Effective.Type

/**
 * A unit's target in force at a date: the earliest deadline on or after it, else the latest one. Ties (same
 * deadline) go to the higher value, then the smaller id, so the order of `targets` never matters.
 */
const targetAt = (targets: ReadonlyArray<Target>, date: CalendarDate.CalendarDate): Target | undefined => {
  const sorted = [...targets].sort((a, b) =>
    a.deadline !== b.deadline
      ? a.deadline < b.deadline
        ? -1
        : 1
      : a.value !== b.value
        ? b.value - a.value
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0,
  )
  return sorted.find((t) => t.deadline >= date) ?? sorted.at(-1)
}

/**
 * The target that applies to `indicator` in a unit at `date`.
 *
 * `unitPath` is the unit followed by its ancestors, nearest first, as valid at `date` (from the unit tree).
 * The most specific scope wins: the nearest unit on the path with a target for the indicator whose deadline
 * is still ahead (on or after `date`); among a unit's targets, the next milestone (earliest deadline on or
 * after `date`). When no unit on the path has a milestone ahead, the indicator's default milestones apply in
 * the same way; after every deadline has passed, the most specific unit's last target applies (or the last
 * default milestone when no unit on the path ever set one), so a missed deadline stays judged as missed.
 */
export const effectiveTarget = (
  indicator: Indicator.IndicatorId,
  unitPath: ReadonlyArray<UnitId>,
  targets: ReadonlyArray<Target>,
  date: CalendarDate.CalendarDate,
): Effective => {
  const own = unitPath.map((unitId) =>
    targets.filter((t) => t.indicator === indicator && t.unitId === unitId),
  )
  for (const unitTargets of own) {
    const ahead = unitTargets.filter((t) => t.deadline >= date)
    const next = targetAt(ahead, date)
    if (next !== undefined) return fromTarget(next)
  }
  const defaults = Indicator.definition(indicator).milestones
  const nextDefault = defaults.find((m) => m.deadline >= date)
  if (nextDefault !== undefined) return fromDefault(indicator, nextDefault)
  const nearest = own.find((unitTargets) => unitTargets.length > 0)
  const last = nearest === undefined ? undefined : targetAt(nearest, date)
  return last === undefined ? fromDefault(indicator, defaults.at(-1)!) : fromTarget(last)
}

const fromTarget = (t: Target): Effective => ({
  indicator: t.indicator,
  value: t.value,
  deadline: t.deadline,
  source: { _tag: "Unit", targetId: t.id, unitId: t.unitId },
})

const fromDefault = (indicator: Indicator.IndicatorId, m: Indicator.Milestone): Effective => ({
  indicator,
  value: m.value,
  deadline: m.deadline,
  source: { _tag: "Default" },
})
