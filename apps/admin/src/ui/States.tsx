/**
 * Loading, empty and error states, and `QueryView`, which shows the right one for a query so no
 * page forgets a state.
 */
import { A } from "@solidjs/router"
import type { UseQueryResult } from "@tanstack/solid-query"
import { createRenderEffect, type JSX, Match, Show, Switch, untrack } from "solid-js"
import { createStore, reconcile } from "solid-js/store"
import { ApiError, OfflineError } from "../api/ApiError"
import { useI18n } from "../i18n/I18n"
import type { MessageKey } from "../i18n/vi"

export const Loading = (props: { readonly label?: string }) => {
  const { t } = useI18n()
  return (
    <div class="state state-loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      <span>{props.label ?? t("state.loading")}</span>
    </div>
  )
}

export const Empty = (props: { readonly message?: string; readonly children?: JSX.Element }) => {
  const { t } = useI18n()
  return (
    <div class="state state-empty">
      <p>{props.message ?? t("state.empty")}</p>
      {props.children}
    </div>
  )
}

/** Whether asking again may help: a dropped line or a server error, not a 4xx answer. */
export const isRetryable = (error: unknown): boolean => !(error instanceof ApiError && error.status < 500)

/** The sentence a user should read for an error. */
export const errorMessageKey = (
  error: unknown,
): { key: MessageKey; params?: Record<string, string | number> } => {
  if (error instanceof OfflineError) return { key: "state.offline" }
  if (error instanceof ApiError) {
    if (error.status === 403) return { key: "state.forbidden" }
    if (error.status === 404) return { key: "state.notFoundData" }
    if (error.status === 409) return { key: "error.conflict" }
    if (error.status === 413) return { key: "error.tooLarge" }
    if (error.status === 415) return { key: "error.unsupportedType" }
    if (error.status === 429) return { key: "error.rateLimited", params: { seconds: error.retryAfter ?? 60 } }
    return { key: "error.generic", params: { status: error.status } }
  }
  return { key: "state.error" }
}

export const ErrorState = (props: { readonly error: unknown; readonly onRetry?: () => void }) => {
  const { t } = useI18n()
  const message = () => {
    const { key, params } = errorMessageKey(props.error)
    return t(key, params)
  }
  const detail = () =>
    props.error instanceof ApiError &&
    props.error.status >= 400 &&
    props.error.status !== 404 &&
    props.error.status !== 403
      ? props.error.message
      : undefined
  return (
    <div class="state state-error" role="alert">
      <p>{message()}</p>
      <Show when={detail()}>{(text) => <p class="muted">{text()}</p>}</Show>
      <Show
        when={props.onRetry}
        fallback={
          <Show
            when={
              props.error instanceof ApiError && (props.error.status === 404 || props.error.status === 403)
            }
          >
            <A href="/" class="button">
              {t("state.backHome")}
            </A>
          </Show>
        }
      >
        {(retry) => (
          <button type="button" class="button" onClick={() => retry()()}>
            {t("state.retry")}
          </button>
        )}
      </Show>
    </div>
  )
}

/**
 * Renders a query: loading, error (with retry), empty (when `isEmpty` says so) or the data.
 * The data is handed over once, as a store that refetches reconcile into (records matched by id),
 * so a refetch updates the page in place: an open dialog stays open and the focus stays where a
 * tap left it, and pagination does not flash.
 */
export const QueryView = <T,>(props: {
  readonly query: UseQueryResult<T>
  readonly isEmpty?: (data: T) => boolean
  readonly empty?: JSX.Element
  readonly children: (data: T) => JSX.Element
}) => {
  const [mirror, setMirror] = createStore<{ value?: T }>({})
  createRenderEffect(() => {
    const data = props.query.data
    if (data !== undefined) setMirror("value", reconcile(data as never, { key: "id", merge: true }))
  })
  return (
    <Switch>
      <Match when={props.query.isPending}>
        {/* A disabled query (nothing to ask yet) is pending without fetching: nothing to show. */}
        <Show when={props.query.fetchStatus !== "idle"}>
          <Loading />
        </Show>
      </Match>
      <Match when={props.query.isError && props.query.data === undefined}>
        <ErrorState
          error={props.query.error}
          {...(isRetryable(props.query.error) ? { onRetry: () => void props.query.refetch() } : {})}
        />
      </Match>
      <Match when={props.query.data !== undefined && props.isEmpty?.(props.query.data as T) === true}>
        {props.empty ?? <Empty />}
      </Match>
      <Match when={mirror.value !== undefined}>
        {/* Keyed: another record (a new id) renders afresh; a refetch of the same one updates in place. */}
        <Show when={mirror.value} keyed>
          {(value) => untrack(() => props.children(value as T))}
        </Show>
      </Match>
    </Switch>
  )
}
