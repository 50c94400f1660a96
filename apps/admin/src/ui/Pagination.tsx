/** Pagination for the API's `{ items, page, pageSize, total }` lists. */
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
