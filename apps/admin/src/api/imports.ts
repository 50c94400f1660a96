/**
 * Imports of people and households (CSV or XLSX, the shape a commune keeps its list in): upload →
 * preview with every bad row named → confirm → progress → summary. All or nothing.
 */
import { ApiError } from "./ApiError"
import type { Api } from "./client"

export interface ImportIssue {
  /** The row number in the file, as a spreadsheet shows it. */
  readonly row: number
  readonly column: string | null
  readonly message: string | { readonly vi: string; readonly en: string }
}

export interface ImportJob {
  readonly id: string
  readonly status: "previewed" | "running" | "done" | "failed"
  readonly fileName?: string
  readonly totalRows: number
  readonly validRows?: number
  readonly columns?: ReadonlyArray<string>
  /** The first rows of the file, for the preview table. */
  readonly rows?: ReadonlyArray<{ readonly row: number; readonly values: Readonly<Record<string, string>> }>
  readonly errors: ReadonlyArray<ImportIssue>
  readonly progress?: { readonly processed: number; readonly total: number }
  readonly summary?: Readonly<Record<string, number>>
}

const json = async <T>(response: Response): Promise<T> => {
  if (!response.ok) throw await ApiError.fromResponse(response)
  return (await response.json()) as T
}

export const uploadImport = async (api: Api, file: File, unitId: string): Promise<ImportJob> => {
  const body = new FormData()
  body.set("file", file)
  if (unitId !== "") body.set("unitId", unitId)
  return json(await api.fetch("/api/imports", { method: "POST", body }))
}

export const importJob = async (api: Api, id: string): Promise<ImportJob> =>
  json(await api.fetch(`/api/imports/${encodeURIComponent(id)}`))

export const confirmImport = async (api: Api, id: string): Promise<ImportJob> =>
  json(await api.fetch(`/api/imports/${encodeURIComponent(id)}/confirm`, { method: "POST" }))
