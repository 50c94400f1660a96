/**
 * The dashboard's reads, through the typed client: the unit tree as at a date, every indicator of
 * a unit and its children with the unit's trends (one request), violations and worklists.
 */
import type { Api, Rpc } from "./client"
import { type SuccessBody, unwrap } from "./http"

type Body<F extends (...args: never) => Promise<unknown>> = SuccessBody<
  Awaited<ReturnType<F>> extends infer R
    ? R extends import("hono/client").ClientResponse<unknown>
      ? R
      : never
    : never
>

/** A unit of the tree as at a date, as `/api/units/tree` returns it. */
export type UnitNode = Body<Rpc["api"]["units"]["tree"]["$get"]>["units"][number]
/** Every indicator of a unit and of each of its children, as at a date. */
export type IndicatorReport = Body<Rpc["api"]["indicators"]["$get"]>
export type IndicatorFigure = IndicatorReport["indicators"][number]
export type TrendPoint = IndicatorReport["trends"][number]["points"][number]
export type Violation = Body<Rpc["api"]["violations"]["$get"]>["items"][number]
/** The violations grouped by rule and unit, with their counts. */
export type ViolationGroups = Body<Rpc["api"]["violations"]["groups"]["$get"]>
/** A filter of the violations panel; absent values let everything through. */
export interface ViolationFilter {
  readonly category?: "breach" | "progress"
  readonly rule?: Violation["rule"]
  readonly severity?: Violation["severity"]
  readonly level?: NonNullable<Violation["unitLevel"]>
}
/** A household on the "no skilled member" worklist (the domain's entry). */
export type HouseholdToVisit = Body<Rpc["api"]["worklists"]["households"]["$get"]>["items"][number]
/** A person on the "no level-2 VNeID" worklist. */
export type PersonToHelp = Body<Rpc["api"]["worklists"]["digital-identity"]["$get"]>["items"][number]

const scope = (unitId: string | undefined, asOf: string) => ({
  ...(unitId === undefined ? {} : { unitId }),
  asOf,
})
const paging = (page: number, pageSize: number) => ({ page: String(page), pageSize: String(pageSize) })

export const unitTree = (api: Api, asOf: string) => unwrap(api.rpc.api.units.tree.$get({ query: { asOf } }))

export const indicators = (api: Api, unitId: string | undefined, asOf: string) =>
  unwrap(api.rpc.api.indicators.$get({ query: scope(unitId, asOf) }))

/** Every indicator of a unit and its children, this period against the last. */
export type IndicatorComparison = Body<Rpc["api"]["indicators"]["comparison"]["$get"]>

export const comparison = (api: Api, unitId: string, asOf: string, period: "month" | "quarter") =>
  unwrap(api.rpc.api.indicators.comparison.$get({ query: { ...scope(unitId, asOf), period } }))

export const violationGroups = (api: Api, unitId: string, asOf: string, filter: ViolationFilter) =>
  unwrap(api.rpc.api.violations.groups.$get({ query: { ...scope(unitId, asOf), ...filter } }))

export const householdWorklist = (api: Api, unitId: string, asOf: string, page: number, pageSize = 10) =>
  unwrap(
    api.rpc.api.worklists.households.$get({ query: { ...scope(unitId, asOf), ...paging(page, pageSize) } }),
  )

export const identityWorklist = (api: Api, unitId: string, asOf: string, page: number, pageSize = 10) =>
  unwrap(
    api.rpc.api.worklists["digital-identity"].$get({
      query: { ...scope(unitId, asOf), ...paging(page, pageSize) },
    }),
  )
