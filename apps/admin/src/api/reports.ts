/**
 * The periodic reports through the typed client: a period's communes under a unit with their status
 * and completeness, one commune's report, and the actions on it (save, submit, return, approve).
 */
import type { Api, Rpc } from "./client"
import { type SuccessBody, unwrap } from "./http"

/** A commune's report for a period, as the API returns it. */
export type ReportDetail = SuccessBody<
  Awaited<ReturnType<Rpc["api"]["reports"][":unitId"][":period"]["$get"]>>
>
/** A period's list of communes with their reports. */
export type ReportList = SuccessBody<Awaited<ReturnType<Rpc["api"]["reports"]["$get"]>>>
/** Completeness and timeliness of a period's reports. */
export type ReportCompleteness = SuccessBody<
  Awaited<ReturnType<Rpc["api"]["reports"]["completeness"]["$get"]>>
>
/** The narrative a commune writes. */
export type Narrative = ReportDetail["narrative"]

const key = (unitId: string, period: string) => ({ param: { unitId, period } })

export const reportList = (
  api: Api,
  query: {
    readonly period: string
    readonly parentId?: string
    readonly page: number
    readonly status?: string
  },
) =>
  unwrap(
    api.rpc.api.reports.$get({
      query: {
        period: query.period,
        page: String(query.page),
        pageSize: "20",
        ...(query.parentId === undefined ? {} : { parentId: query.parentId }),
        ...(query.status === undefined ? {} : { status: query.status as never }),
      },
    }),
  )

export const reportCompleteness = (api: Api, period: string, parentId: string | undefined) =>
  unwrap(
    api.rpc.api.reports.completeness.$get({
      query: { period, ...(parentId === undefined ? {} : { parentId }) },
    }),
  )

export const report = (api: Api, unitId: string, period: string) =>
  unwrap(api.rpc.api.reports[":unitId"][":period"].$get(key(unitId, period)))

export const saveReport = (api: Api, unitId: string, period: string, narrative: Narrative, version: number) =>
  unwrap(
    api.rpc.api.reports[":unitId"][":period"].$post({
      ...key(unitId, period),
      json: { ...narrative, version },
    }),
  )

export const submitReport = (
  api: Api,
  unitId: string,
  period: string,
  narrative: Narrative,
  version: number,
) =>
  unwrap(
    api.rpc.api.reports[":unitId"][":period"].submit.$post({
      ...key(unitId, period),
      json: { ...narrative, version },
    }),
  )

export const returnReport = (api: Api, unitId: string, period: string, comment: string, version: number) =>
  unwrap(
    api.rpc.api.reports[":unitId"][":period"].return.$post({
      ...key(unitId, period),
      json: { comment, version },
    }),
  )

export const approveReport = (api: Api, unitId: string, period: string, version: number) =>
  unwrap(
    api.rpc.api.reports[":unitId"][":period"].approve.$post({ ...key(unitId, period), json: { version } }),
  )

/** The link that downloads an approved report as XLSX in the app's language. */
export const reportXlsxHref = (unitId: string, period: string, language: string) =>
  `/api/reports/${encodeURIComponent(unitId)}/${encodeURIComponent(period)}/report.xlsx?lang=${language}`
