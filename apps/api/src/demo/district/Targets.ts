/**
 * Targets set by units' own plans.
 */
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import type * as Indicator from "@bdhv/domain/Indicator"
import { Effect } from "effect"
import type { Context } from "./Model.js"
import type { Places } from "./Places.js"

/** Generates this part of the district into the sink. */
export const generate = (district: Context & Places) =>
  Effect.gen(function* () {
    const { sink, nextId, newCommunes } = district
    // -- Targets set by units' own plans -----------------------------------------------------------------
    const target = (unitId: string, indicatorId: Indicator.IndicatorId, value: number, deadline: string) =>
      sink.targets.add({ id: nextId("tgt"), indicatorId, unitId, value, deadline })
    const [first, second, third, fourth] = newCommunes
    if (first !== undefined) target(first.id, "digital-identity", 0.95, "2026-06-30")
    if (second !== undefined) target(second.id, "workers", 0.9, "2026-12-31")
    if (third !== undefined) target(third.id, "digital-family", 0.9, "2026-12-31")
    if (fourth !== undefined) target(fourth.id, "four-t", 0.6, "2026-12-31")
    target(ChuongMy.hanoi.id, "door-to-door", 0.7, "2026-12-31")
  })
