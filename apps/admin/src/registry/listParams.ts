/**
 * A list's query (search text, page or cursor, sort, filters) kept in the URL, so a filtered page can be
 * bookmarked, shared and returned to with the back button. The large lists page by cursor (the API's
 * `next` and `previous`); the small ones by page number.
 */
import { useSearchParams } from "@solidjs/router"

export interface ListQuery {
  readonly q: string
  readonly page: number
  /** Where the page starts in a list paged by cursor; none for the first page. */
  readonly cursor: string | undefined
  readonly pageSize: number
  readonly sort: string | undefined
  readonly order: "asc" | "desc" | undefined
  readonly filters: Readonly<Record<string, string>>
}

const reserved = new Set(["q", "page", "cursor", "pageSize", "sort", "order"])

/** Reads a list query from search params; anything not reserved is a filter. */
export const parseListQuery = (
  params: Readonly<Record<string, string | Array<string> | undefined>>,
  pageSize = 20,
): ListQuery => {
  const one = (key: string): string | undefined => {
    const value = params[key]
    return Array.isArray(value) ? value[0] : value
  }
  const page = Number.parseInt(one("page") ?? "1", 10)
  const size = Number.parseInt(one("pageSize") ?? String(pageSize), 10)
  const order = one("order")
  const filters: Record<string, string> = {}
  for (const key of Object.keys(params)) {
    const value = one(key)
    if (!reserved.has(key) && value !== undefined && value !== "") filters[key] = value
  }
  return {
    q: one("q") ?? "",
    page: Number.isFinite(page) && page > 0 ? page : 1,
    cursor: one("cursor") === "" ? undefined : one("cursor"),
    pageSize: Number.isFinite(size) && size > 0 && size <= 100 ? size : pageSize,
    sort: one("sort"),
    order: order === "asc" || order === "desc" ? order : undefined,
    filters,
  }
}

/**
 * The query string the API's list endpoints take (`?q=&cursor=&pageSize=&sort=&order=&…filters`, or
 * `page=` instead of the cursor): never both, which the API refuses.
 */
export const toApiQuery = (query: ListQuery): Record<string, string> => {
  const out: Record<string, string> = {
    ...(query.cursor === undefined ? { page: String(query.page) } : { cursor: query.cursor }),
    pageSize: String(query.pageSize),
    ...query.filters,
  }
  if (query.q.trim() !== "") out.q = query.q.trim()
  if (query.sort !== undefined) out.sort = query.sort
  if (query.order !== undefined) out.order = query.order
  return out
}

/** The list query of the current URL and setters that go back to the first page when the question changes. */
export const useListQuery = (pageSize = 20) => {
  const [params, setParams] = useSearchParams()
  const first = { page: undefined, cursor: undefined }
  return {
    query: () => parseListQuery(params, pageSize),
    setSearch: (q: string) => setParams({ q: q === "" ? undefined : q, ...first }, { replace: true }),
    setFilter: (key: string, value: string) =>
      setParams({ [key]: value === "" ? undefined : value, ...first }),
    setPage: (page: number) => setParams({ page: page <= 1 ? undefined : String(page), cursor: undefined }),
    setCursor: (cursor: string | undefined) => setParams({ cursor, page: undefined }),
    setSort: (sort: string, order: "asc" | "desc") => setParams({ sort, order, ...first }),
  }
}
