/**
 * What the main region shows while a page's code or first data is on its way: the page's shape in
 * grey (a heading, a toolbar, a few rows), announced as loading, so a phone on a slow line never shows
 * a blank screen under the header and the menu.
 */
import { For } from "solid-js"
import { useI18n } from "../i18n/I18n"

export const PageSkeleton = () => {
  const { t } = useI18n()
  return (
    <div class="page skeleton" role="status" aria-live="polite" aria-busy="true">
      <span class="visually-hidden">{t("state.loading")}</span>
      <div class="skeleton-block skeleton-heading" aria-hidden="true" />
      <div class="skeleton-block skeleton-toolbar" aria-hidden="true" />
      <For each={[0, 1, 2, 3, 4]}>{() => <div class="skeleton-block skeleton-row" aria-hidden="true" />}</For>
    </div>
  )
}
