/**
 * Reads and writes of a REST resource under /api: list (`{ items, page, pageSize, total }`), get,
 * create, versioned update (a stale version is a 409) and delete.
 */
import { ApiError } from "./ApiError"
import type { Api } from "./client"

export interface Page<T> {
  readonly items: ReadonlyArray<T>
  readonly page: number
  readonly pageSize: number
  readonly total: number
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
export const resource = <Item extends { readonly id: string; readonly version: number }, Input = unknown>(
  name: string,
) => {
  const base = `/api/${name}`
  return {
    key: name,
    list: (api: Api, query: Readonly<Record<string, string>>) =>
      send<Page<Item>>(api, "GET", withQuery(base, query)),
    get: (api: Api, id: string) => send<Item>(api, "GET", `${base}/${encodeURIComponent(id)}`),
    create: (api: Api, input: Input) => send<Item>(api, "POST", base, input),
    update: (api: Api, id: string, version: number, input: Input) =>
      send<Item>(api, "PATCH", `${base}/${encodeURIComponent(id)}`, { ...input, version }),
    remove: (api: Api, id: string, version: number) =>
      send<void>(api, "DELETE", withQuery(`${base}/${encodeURIComponent(id)}`, { version: String(version) })),
  }
}

export type Resource<
  Item extends { readonly id: string; readonly version: number },
  Input = unknown,
> = ReturnType<typeof resource<Item, Input>>
