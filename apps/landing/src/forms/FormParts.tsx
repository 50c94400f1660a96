/** The pieces every public form shares: a labelled field with its message, the honeypot, the summary. */
import { For, type JSX, Show } from "solid-js"
import { useI18n } from "../i18n/I18n.tsx"
import { HONEYPOT_FIELD } from "./spamGuard.ts"

/** Messages by field name (`"phone"`); `""` holds a message about the whole form. */
export type FieldErrors = Readonly<Record<string, string>>

export interface FieldProps {
  readonly id: string
  readonly label: string
  readonly hint?: string
  readonly error: string | undefined
  readonly children: (aria: {
    id: string
    "aria-invalid": boolean
    "aria-describedby": string | undefined
  }) => JSX.Element
}

/** A label, the control, an optional hint and the field's message, wired for screen readers. */
export const Field = (props: FieldProps) => {
  const describedBy = () =>
    [props.hint === undefined ? "" : `${props.id}-hint`, props.error === undefined ? "" : `${props.id}-error`]
      .filter((s) => s !== "")
      .join(" ") || undefined
  return (
    <div class={props.error === undefined ? "field" : "field invalid"}>
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <span id={`${props.id}-hint`} class="hint">
          {props.hint}
        </span>
      </Show>
      {props.children({
        id: props.id,
        "aria-invalid": props.error !== undefined,
        "aria-describedby": describedBy(),
      })}
      <Show when={props.error}>
        <span id={`${props.id}-error`} class="error-text">
          {props.error}
        </span>
      </Show>
    </div>
  )
}

/** The honeypot: out of sight and out of the tab order; people leave it empty. */
export const Honeypot = (props: { idPrefix: string; onInput: (value: string) => void }) => {
  const { t } = useI18n()
  return (
    <div class="hp" aria-hidden="true">
      <label for={`${props.idPrefix}-${HONEYPOT_FIELD}`}>{t.form.honeypot}</label>
      <input
        id={`${props.idPrefix}-${HONEYPOT_FIELD}`}
        name={HONEYPOT_FIELD}
        type="text"
        tabindex="-1"
        autocomplete="off"
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  )
}

/** The list of problems above a form, each linking to its field; focused when it appears. */
export const ErrorSummary = (props: {
  idPrefix: string
  errors: FieldErrors
  labels: Readonly<Record<string, string>>
}) => {
  const { t } = useI18n()
  const entries = () => Object.entries(props.errors)
  return (
    <Show when={entries().length > 0}>
      <div class="error-summary" role="alert" tabindex="-1" ref={(el) => queueMicrotask(() => el.focus())}>
        <p>{t.signUp.fixErrors}</p>
        <ul>
          <For each={entries()}>
            {([field, message]) => (
              <li>
                <Show when={field !== "" && props.labels[field] !== undefined} fallback={message}>
                  <a href={`#${props.idPrefix}-${field}`}>
                    {props.labels[field]}: {message}
                  </a>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  )
}

/** API issues `[{ path: "phone", message }]` as messages by field. */
export const issuesToErrors = (issues: ReadonlyArray<{ path: string; message: string }>): FieldErrors =>
  Object.fromEntries(issues.map((issue) => [issue.path, issue.message]))
