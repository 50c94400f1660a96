/** Plain JSON reads through the app's fetch, for routes read without the typed client. */
import { ApiError } from "./ApiError"
import type { Api } from "./client"

export const getJson = async <T>(
  api: Api,
  path: string,
  query: Readonly<Record<string, string>> = {},
): Promise<T> => {
  const search = new URLSearchParams(query).toString()
  const response = await api.fetch(search === "" ? path : `${path}?${search}`)
  if (!response.ok) throw await ApiError.fromResponse(response)
  return (await response.json()) as T
}
