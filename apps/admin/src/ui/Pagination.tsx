/**
 * Pagination for the API's lists: by page number for `{ items, page, pageSize, total }`, and by
 * previous and next for the large lists paged by cursor (`{ items, total, totalExact, next, previous }`),
 * whose total is counted only up to a bound ("more than 1,000").
 */
import { Show } from "solid-js"
import { useI18n } from "../i18n/I18n"

export const Pagination = (props: {
  readonly page: number
  readonly pageSize: number
  readonly total: number
  readonly onPage: (page: number) => void
}) => {
  const { t, number } = useI18n()
  const pages = () => Math.max(1, Math.ceil(props.total / props.pageSize))
  const from = () => (props.total === 0 ? 0 : (props.page - 1) * props.pageSize + 1)
  const to = () => Math.min(props.total, props.page * props.pageSize)
  return (
    <nav class="pagination" aria-label={t("pagination.label")}>
      <span class="muted">
        {t("pagination.summary", { from: number(from()), to: number(to()), total: number(props.total) })}
      </span>
      <Show when={pages() > 1}>
        <div class="pagination-buttons">
          <button
            type="button"
            class="button"
            disabled={props.page <= 1}
            onClick={() => props.onPage(props.page - 1)}
            aria-label={t("pagination.previous")}
          >
            ‹
          </button>
          <span aria-current="page">{t("pagination.page", { page: props.page, pages: pages() })}</span>
          <button
            type="button"
            class="button"
            disabled={props.page >= pages()}
            onClick={() => props.onPage(props.page + 1)}
            aria-label={t("pagination.next")}
          >
            ›
          </button>
        </div>
      </Show>
    </nav>
  )
}

/** The paging fields of a page, of either kind. */
export interface Paged {
  readonly items: ReadonlyArray<unknown>
  readonly page: number | null
  readonly pageSize: number
  readonly total: number
  readonly totalExact?: boolean
  readonly next?: string | null
  readonly previous?: string | null
}

/** Previous and next for a list paged by cursor; "first page" once past it. */
export const CursorPagination = (props: {
  readonly data: Paged
  readonly onCursor: (cursor: string | undefined) => void
}) => {
  const { t, number } = useI18n()
  const total = () =>
    props.data.totalExact === false
      ? t("pagination.moreThan", { total: number(props.data.total) })
      : number(props.data.total)
  return (
    <nav class="pagination" aria-label={t("pagination.label")}>
      <span class="muted">
        {t("pagination.shown", { count: number(props.data.items.length), total: total() })}
      </span>
      <Show when={(props.data.next ?? null) !== null || (props.data.previous ?? null) !== null}>
        <div class="pagination-buttons">
          <Show when={(props.data.previous ?? null) !== null}>
            <button type="button" class="button" onClick={() => props.onCursor(undefined)}>
              {t("pagination.first")}
            </button>
          </Show>
          <button
            type="button"
            class="button"
            disabled={(props.data.previous ?? null) === null}
            onClick={() => props.onCursor(props.data.previous ?? undefined)}
            aria-label={t("pagination.previous")}
          >
            ‹
          </button>
          <button
            type="button"
            class="button"
            disabled={(props.data.next ?? null) === null}
            onClick={() => props.onCursor(props.data.next ?? undefined)}
            aria-label={t("pagination.next")}
          >
            ›
          </button>
        </div>
      </Show>
    </nav>
  )
}

/** The pagination a page calls for: by cursor when the list answers with one, else by number. */
export const ListPagination = (props: {
  readonly data: Paged
  readonly onPage: (page: number) => void
  readonly onCursor: (cursor: string | undefined) => void
}) => (
  <Show
    when={props.data.next !== undefined}
    fallback={
      <Pagination
        page={props.data.page ?? 1}
        pageSize={props.data.pageSize}
        total={props.data.total}
        onPage={props.onPage}
      />
    }
  >
    <CursorPagination data={props.data} onCursor={props.onCursor} />
  </Show>
)
