/**
 * Picks one record by searching as you type (a household for a person, a person for a class): the
 * results are a list of buttons announced as they change, so it works by touch, keyboard and
 * screen reader alike.
 */
import { useQuery } from "@tanstack/solid-query"
import { createSignal, createUniqueId, For, type JSX, Show } from "solid-js"
import type { Page } from "../api/rest"
import { useI18n } from "../i18n/I18n"
import { SearchBox } from "./SearchBox"

export interface Picked {
  readonly id: string
  readonly label: string
}

export const RecordPicker = <T extends { readonly id: string }>(props: {
  readonly label: string
  readonly queryKey: string
  readonly search: (q: string) => Promise<Page<T>>
  readonly itemLabel: (item: T) => string
  readonly itemDetail?: (item: T) => JSX.Element
  readonly value: Picked | null
  readonly onChange: (picked: Picked | null) => void
  readonly error?: string | undefined
  /** Keeps the search open after a pick (enrolling several people in a row). */
  readonly multiple?: boolean
  readonly exclude?: ReadonlySet<string>
}) => {
  const { t, number } = useI18n()
  const [q, setQ] = createSignal("")
  const statusId = createUniqueId()
  const results = useQuery(() => ({
    queryKey: ["picker", props.queryKey, q()],
    queryFn: () => props.search(q()),
    enabled: q().trim().length >= 1 && (props.value === null || props.multiple === true),
    placeholderData: (previous) => previous,
  }))
  const items = () => (results.data?.items ?? []).filter((item) => !(props.exclude?.has(item.id) ?? false))
  return (
    <div class="field picker" classList={{ "field-invalid": props.error !== undefined }}>
      <Show
        when={props.value === null || props.multiple === true}
        fallback={
          <div class="picked">
            <span class="picker-label">{props.label}</span>
            <div class="picked-row">
              <strong>{props.value?.label}</strong>
              <button type="button" class="button" onClick={() => props.onChange(null)}>
                {t("picker.change")}
              </button>
            </div>
          </div>
        }
      >
        <span class="picker-label">{props.label}</span>
        <SearchBox label={props.label} value={q()} onSearch={setQ} placeholder={t("picker.typeToSearch")} />
        <p id={statusId} class="visually-hidden" aria-live="polite">
          {q().trim() === "" ? "" : t("picker.results", { count: number(items().length) })}
        </p>
        <Show when={q().trim() !== "" && results.data !== undefined && items().length === 0}>
          <p class="muted small">{t("picker.none")}</p>
        </Show>
        <ul class="picker-results" aria-describedby={statusId}>
          <For each={items()}>
            {(item) => (
              <li>
                <button
                  type="button"
                  class="picker-result"
                  onClick={() => props.onChange({ id: item.id, label: props.itemLabel(item) })}
                >
                  <span>{props.itemLabel(item)}</span>
                  <Show when={props.itemDetail}>
                    {(detail) => <span class="muted small">{detail()(item)}</span>}
                  </Show>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.error}>
        <p class="field-error" role="alert">
          {props.error}
        </p>
      </Show>
    </div>
  )
}
