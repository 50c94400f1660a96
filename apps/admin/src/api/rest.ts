/**
 * Reads and writes of a REST resource under /api: list (`{ items, page, pageSize, total }`), get,
 * create, versioned update (a stale version is a 409) and delete. For the routes the typed client
 * does not cover yet; `typed.ts` has the ones it does.
 */
import { ApiError } from "./ApiError"
import type { Api } from "./client"

/**
 * A page of a list: numbered (`page`), or for the large lists reached by cursor (`page` is then null)
 * with a total counted up to a bound (`totalExact: false` past it) and the `next`/`previous` cursors.
 */
export interface Page<T> {
  readonly items: ReadonlyArray<T>
  readonly page: number | null
  readonly pageSize: number
  readonly total: number
  readonly totalExact?: boolean
  readonly next?: string | null
  readonly previous?: string | null
}

/** What the registry pages need of a resource, whether typed by the API's routes or by hand. */
export interface ApiResource<Item> {
  readonly key: string
  readonly list: (api: Api, query: Readonly<Record<string, string>>) => Promise<Page<Item>>
  readonly get: (api: Api, id: string) => Promise<Item>
  readonly create: (api: Api, input: unknown) => Promise<Item>
  readonly update: (api: Api, id: string, version: number, input: unknown) => Promise<Item>
  readonly remove: (api: Api, id: string, version: number) => Promise<void>
}

export type Resource<Item> = ApiResource<Item>

/** Waits for a response with no body (204), failing with `ApiError` on any other status. */
export const unwrapVoid = async (response: Promise<unknown>): Promise<void> => {
  const settled = (await response) as Response
  if (!settled.ok) throw await ApiError.fromResponse(settled)
}

const send = async <T>(api: Api, method: string, path: string, body?: unknown): Promise<T> => {
  const response = await api.fetch(path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? null : JSON.stringify(body),
  })
  if (!response.ok) throw await ApiError.fromResponse(response)
  return (response.status === 204 ? undefined : await response.json()) as T
}

const withQuery = (path: string, query: Readonly<Record<string, string>>) => {
  const search = new URLSearchParams(query).toString()
  return search === "" ? path : `${path}?${search}`
}

/** The operations of the resource at `/api/<name>`. */
export const resource = <Item>(name: string): ApiResource<Item> => {
  const base = `/api/${name}`
  return {
    key: name,
    list: (api, query) => send<Page<Item>>(api, "GET", withQuery(base, query)),
    get: (api, id) => send<Item>(api, "GET", `${base}/${encodeURIComponent(id)}`),
    create: (api, input) => send<Item>(api, "POST", base, input),
    update: (api, id, version, input) =>
      send<Item>(api, "PATCH", `${base}/${encodeURIComponent(id)}`, { ...(input as object), version }),
    remove: (api, id, version) =>
      send<void>(api, "DELETE", withQuery(`${base}/${encodeURIComponent(id)}`, { version: String(version) })),
  }
}
