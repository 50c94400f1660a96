/** The pieces every public form shares: a labelled field with its message, the honeypot, the summary. */
import { For, type JSX, Show } from "solid-js"
import type { PublicUnit } from "../api/publicApi.ts"
import type { Choice } from "../content/CampaignContent.ts"
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
  // Checkbox groups are fieldsets with the id itself; single controls carry the prefixed id.
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

/** API issues `[{ path: "phone", message }]` as messages by field, the first message of each field. */
export const issuesToErrors = (issues: ReadonlyArray<{ path: string; message: string }>): FieldErrors => {
  const errors: Record<string, string> = {}
  for (const issue of issues) errors[issue.path.split(".")[0] ?? ""] ??= issue.message
  return errors
}

/**
 * Where the person lives: a village of a commune, or the commune itself when they do not know it.
 * Each option says whether it is selected, since the options can arrive after the value.
 */
export const UnitSelect = (props: {
  aria: { id: string; "aria-invalid": boolean; "aria-describedby": string | undefined }
  units: ReadonlyArray<PublicUnit>
  value: string
  onChange: (unitId: string) => void
  placeholder: string
  wholeCommune: (commune: string) => string
}) => (
  <select {...props.aria} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
    <option value="">{props.placeholder}</option>
    <For each={props.units}>
      {(commune) => (
        <optgroup label={commune.name}>
          <option value={commune.id} selected={props.value === commune.id}>
            {props.wholeCommune(commune.name)}
          </option>
          <For each={commune.villages}>
            {(village) => (
              <option value={village.id} selected={props.value === village.id}>
                {village.name}
              </option>
            )}
          </For>
        </optgroup>
      )}
    </For>
  </select>
)

/** A group of checkboxes with its legend and message. */
export const CheckboxGroup = (props: {
  id: string
  legend: string
  choices: ReadonlyArray<Choice>
  selected: ReadonlyArray<string>
  onChange: (selected: ReadonlyArray<string>) => void
  error: string | undefined
}) => {
  const { local } = useI18n()
  return (
    <fieldset
      id={props.id}
      class={props.error === undefined ? "choices" : "choices invalid"}
      aria-describedby={props.error === undefined ? undefined : `${props.id}-error`}
    >
      <legend>{props.legend}</legend>
      <For each={props.choices}>
        {(choice) => (
          <label class="choice">
            <input
              type="checkbox"
              value={choice.id}
              checked={props.selected.includes(choice.id)}
              onChange={(e) =>
                props.onChange(
                  e.currentTarget.checked
                    ? [...props.selected, choice.id]
                    : props.selected.filter((id) => id !== choice.id),
                )
              }
            />
            <span>{local(choice.name)}</span>
          </label>
        )}
      </For>
      <Show when={props.error}>
        <span id={`${props.id}-error`} class="error-text">
          {props.error}
        </span>
      </Show>
    </fieldset>
  )
}

/** Moves focus to an element once it is shown: a form's outcome, so that the reader hears it at once. */
export const focusWhenShown = (el: HTMLElement) => queueMicrotask(() => el.focus())

/**
 * The consent to be contacted that the personal-data decree asks for, in the words of the form it is
 * on (a class sign-up and a volunteer sign-up ask for different uses).
 */
export const Consent = (props: {
  id: string
  text: string
  checked: boolean
  onChange: (checked: boolean) => void
  error: string | undefined
}) => {
  return (
    <div class={props.error === undefined ? "field consent" : "field consent invalid"}>
      <label class="choice">
        <input
          id={props.id}
          type="checkbox"
          checked={props.checked}
          aria-invalid={props.error !== undefined}
          aria-describedby={props.error === undefined ? undefined : `${props.id}-error`}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        <span>{props.text}</span>
      </label>
      <Show when={props.error}>
        <span id={`${props.id}-error`} class="error-text">
          {props.error}
        </span>
      </Show>
    </div>
  )
}
