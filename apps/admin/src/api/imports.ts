/**
 * Imports of people and households (CSV or XLSX, the shape a commune keeps its list in): upload →
 * preview with every bad row named → confirm → progress → summary. All or nothing.
 */
import type { ClientResponse } from "hono/client"
import { ApiError } from "./ApiError"
import type { Api, Rpc } from "./client"
import { type SuccessBody, unwrap } from "./http"

type Body<F extends (...args: never) => Promise<ClientResponse<unknown>>> = SuccessBody<
  Awaited<ReturnType<F>>
>

/** An import job: its status, counts, the problems found, progress and summary. */
export type ImportJob = Body<Rpc["api"]["imports"][":id"]["$get"]>
/** One problem: the file's row number, the column as its header is written, the message. */
export type ImportIssue = ImportJob["issues"][number]

/** Uploads a file for a commune and answers the preview (multipart, which the typed client does not type). */
export const uploadImport = async (api: Api, file: File, communeId: string): Promise<ImportJob> => {
  const body = new FormData()
  body.set("file", file)
  body.set("communeId", communeId)
  const response = await api.fetch("/api/imports", { method: "POST", body })
  if (!response.ok) throw await ApiError.fromResponse(response)
  return (await response.json()) as ImportJob
}

export const importJob = (api: Api, id: string) => unwrap(api.rpc.api.imports[":id"].$get({ param: { id } }))

export const confirmImport = (api: Api, id: string) =>
  unwrap(api.rpc.api.imports[":id"].confirm.$post({ param: { id } }))

/** Every problem of a job, a page at a time (the job itself carries the first 200). */
export const importIssues = (api: Api, id: string, page: number) =>
  unwrap(
    api.rpc.api.imports[":id"].issues.$get({ param: { id }, query: { page: String(page), pageSize: "200" } }),
  )

/** A certificate import of the national platform's list: rows matched, the others with the reason. */
export type CertificateJob = Body<Rpc["api"]["imports"]["certificates"][":id"]["$get"]>

/** Uploads a certificate list for a commune and answers the matching (multipart). */
export const uploadCertificates = async (
  api: Api,
  file: File,
  communeId: string,
): Promise<CertificateJob> => {
  const body = new FormData()
  body.set("file", file)
  body.set("communeId", communeId)
  const response = await api.fetch("/api/imports/certificates", { method: "POST", body })
  if (!response.ok) throw await ApiError.fromResponse(response)
  return (await response.json()) as CertificateJob
}

export const confirmCertificates = (api: Api, id: string) =>
  unwrap(api.rpc.api.imports.certificates[":id"].confirm.$post({ param: { id } }))

/** The link of a job's error report (its bad rows with a column of errors), in a language. */
export const reportLink = (id: string, lang: string) =>
  `/api/imports/${encodeURIComponent(id)}/report.xlsx?lang=${lang}`

/** The link of the template of a commune's list, in a language. */
export const templateLink = (communeId: string, lang: string) =>
  `/api/imports/template.xlsx?${new URLSearchParams({ communeId, lang })}`
