/**
 * The dashboard's reads: the unit tree as at a date, every indicator of a unit and its children,
 * an indicator's trend, violations and worklists.
 */
import type * as Worklist from "@bdhv/domain/Worklist"
import type { Api, Rpc } from "./client"
import { type SuccessBody, unwrap } from "./http"
import { getJson } from "./json"

/** A unit of the tree as at a date, as `/api/units/tree` returns it. */
export type UnitNode = SuccessBody<Awaited<ReturnType<Rpc["api"]["units"]["tree"]["$get"]>>>["units"][number]

export interface IndicatorFigure {
  readonly id: string
  readonly numerator: number
  readonly denominator: number
  readonly value: number | null
  readonly target: { readonly value: number; readonly deadline: string } | null
  readonly status: "met" | "on_track" | "at_risk" | "off_track" | "no_data"
}

export interface UnitIndicators {
  readonly unit: UnitNode
  readonly indicators: ReadonlyArray<IndicatorFigure>
}

export interface IndicatorReport extends UnitIndicators {
  readonly asOf: string
  readonly children: ReadonlyArray<UnitIndicators>
}

export interface TrendPoint {
  readonly date: string
  readonly value: number | null
}

export interface Violation {
  readonly unitId: string
  readonly unitName?: string
  readonly rule: string
  readonly severity: string
  readonly message: string | { readonly vi: string; readonly en: string }
  readonly ids?: ReadonlyArray<string>
}

export interface Page<T> {
  readonly items: ReadonlyArray<T>
  readonly page: number
  readonly pageSize: number
  readonly total: number
}

export const unitTree = (api: Api, asOf: string) => unwrap(api.rpc.api.units.tree.$get({ query: { asOf } }))

export const indicators = (api: Api, unitId: string | undefined, asOf: string) =>
  getJson<IndicatorReport>(api, "/api/indicators", { ...(unitId === undefined ? {} : { unitId }), asOf })

export const trend = (api: Api, indicatorId: string, unitId: string, asOf: string) =>
  getJson<{ points: ReadonlyArray<TrendPoint> }>(
    api,
    `/api/indicators/${encodeURIComponent(indicatorId)}/trend`,
    {
      unitId,
      asOf,
    },
  )

export const violations = (api: Api, unitId: string, asOf: string, page: number) =>
  getJson<Page<Violation>>(api, "/api/violations", { unitId, asOf, page: String(page), pageSize: "10" })

/** A household on the "no skilled member" worklist (the domain's entry). */
export type HouseholdToVisit = typeof Worklist.HouseholdEntry.Encoded
/** A person on the "no level-2 VNeID" worklist. */
export type PersonToHelp = typeof Worklist.PersonEntry.Encoded

export const householdWorklist = (api: Api, unitId: string, asOf: string, page: number, pageSize = 10) =>
  getJson<Page<HouseholdToVisit>>(api, "/api/worklists/households", {
    unitId,
    asOf,
    page: String(page),
    pageSize: String(pageSize),
  })

export const identityWorklist = (api: Api, unitId: string, asOf: string, page: number, pageSize = 10) =>
  getJson<Page<PersonToHelp>>(api, "/api/worklists/digital-identity", {
    unitId,
    asOf,
    page: String(page),
    pageSize: String(pageSize),
  })
