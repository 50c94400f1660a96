/**
 * What the main region shows while a page's code or first data is on its way: the page's shape in
 * grey (a heading, a toolbar, a few rows), announced as loading, so a phone on a slow line never shows
 * a blank screen under the header and the menu.
 */
import { For, Show } from "solid-js"
import { useI18n } from "../i18n/I18n"

/**
 * The skeleton of a page, or (with `heading={false}`) of the part under a page's own heading, for a
 * page that shows its real heading at once and its data when it comes.
 */
export const PageSkeleton = (props: { readonly heading?: boolean }) => {
  const { t } = useI18n()
  return (
    <div
      class="skeleton"
      classList={{ page: props.heading !== false }}
      role="status"
      aria-live="polite"
      aria-busy="true"
    >
      <span class="visually-hidden">{t("state.loading")}</span>
      <Show when={props.heading !== false}>
        <div class="skeleton-block skeleton-heading" aria-hidden="true" />
      </Show>
      <div class="skeleton-block skeleton-toolbar" aria-hidden="true" />
      <For each={[0, 1, 2, 3, 4]}>{() => <div class="skeleton-block skeleton-row" aria-hidden="true" />}</For>
    </div>
  )
}
