/**
 * The shapes the registry pages share: a page of a list, and what a page reads of a resource.
 */
import type { ClientResponse } from "hono/client"
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

/** What the registry pages read of a resource, and its delete; writes go through `typed.ts`'s `sender`. */
export interface Resource<Item> {
  readonly key: string
  readonly list: (api: Api, query: Readonly<Record<string, string>>) => Promise<Page<Item>>
  readonly get: (api: Api, id: string) => Promise<Item>
  readonly remove: (api: Api, id: string, version: number) => Promise<void>
}

/** Waits for a response with no body (204), failing with `ApiError` on any other status. */
export const unwrapVoid = async (response: Promise<Response | ClientResponse<unknown>>): Promise<void> => {
  const settled = await response
  if (!settled.ok) throw await ApiError.fromResponse(settled)
}
