/**
 * Labelled form controls: every input has a visible label, its error is announced and tied to it
 * with aria-describedby, and invalid inputs say so with aria-invalid.
 */
import { createUniqueId, For, type JSX, Show, splitProps } from "solid-js"
import { useI18n } from "../i18n/I18n"

interface FieldFrame {
  readonly label: string
  readonly error?: string | undefined
  readonly hint?: string | undefined
  readonly required?: boolean
}

const Frame = (props: FieldFrame & { readonly id: string; readonly children: JSX.Element }) => {
  const { t } = useI18n()
  return (
    <div class="field" classList={{ "field-invalid": props.error !== undefined }}>
      <label for={props.id}>
        {props.label}
        <Show when={props.required !== true}>
          <span class="muted"> ({t("common.optional")})</span>
        </Show>
      </label>
      {props.children}
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="field-error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      </Show>
    </div>
  )
}

const describedBy = (id: string, props: FieldFrame) =>
  [props.hint === undefined ? "" : `${id}-hint`, props.error === undefined ? "" : `${id}-error`]
    .filter(Boolean)
    .join(" ") || undefined

export const TextField = (
  props: FieldFrame & {
    readonly value: string
    readonly onInput: (value: string) => void
    readonly type?: "text" | "email" | "password" | "date" | "number" | "tel" | "search" | "datetime-local"
    readonly name?: string
    readonly autocomplete?: string
    readonly inputMode?: "numeric" | "text" | "tel" | "email"
    readonly min?: string
    readonly max?: string
  },
) => {
  const id = createUniqueId()
  const [frame] = splitProps(props, ["label", "error", "hint", "required"])
  return (
    <Frame {...frame} id={id}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        required={props.required}
        autocomplete={props.autocomplete}
        inputMode={props.inputMode}
        min={props.min}
        max={props.max}
        aria-invalid={props.error !== undefined}
        aria-describedby={describedBy(id, props)}
      />
    </Frame>
  )
}

export const SelectField = <V extends string>(
  props: FieldFrame & {
    readonly value: V | ""
    readonly onChange: (value: V | "") => void
    readonly options: ReadonlyArray<{ readonly value: V; readonly label: string }>
    readonly placeholder?: string
    readonly name?: string
  },
) => {
  const id = createUniqueId()
  const [frame] = splitProps(props, ["label", "error", "hint", "required"])
  return (
    <Frame {...frame} id={id}>
      <select
        id={id}
        name={props.name}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value as V | "")}
        required={props.required}
        aria-invalid={props.error !== undefined}
        aria-describedby={describedBy(id, props)}
      >
        <Show when={props.placeholder !== undefined}>
          <option value="">{props.placeholder}</option>
        </Show>
        <For each={props.options}>{(option) => <option value={option.value}>{option.label}</option>}</For>
      </select>
    </Frame>
  )
}

export const CheckboxField = (props: {
  readonly label: string
  readonly checked: boolean
  readonly onChange: (checked: boolean) => void
  readonly name?: string
}) => {
  const id = createUniqueId()
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        name={props.name}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
    </div>
  )
}

/** A group of checkboxes over a fixed set of values (person groups, class topics). */
export const CheckboxGroup = <V extends string>(props: {
  readonly legend: string
  readonly options: ReadonlyArray<{ readonly value: V; readonly label: string }>
  readonly values: ReadonlyArray<V>
  readonly onChange: (values: ReadonlyArray<V>) => void
  readonly error?: string | undefined
}) => {
  const errorId = createUniqueId()
  return (
    <fieldset class="field checks" aria-describedby={props.error === undefined ? undefined : errorId}>
      <legend>{props.legend}</legend>
      <div class="check-grid">
        <For each={props.options}>
          {(option) => (
            <CheckboxField
              label={option.label}
              checked={props.values.includes(option.value)}
              onChange={(checked) =>
                props.onChange(
                  checked
                    ? [...props.values, option.value]
                    : props.values.filter((value) => value !== option.value),
                )
              }
            />
          )}
        </For>
      </div>
      <Show when={props.error}>
        <p class="field-error" id={errorId} role="alert">
          {props.error}
        </p>
      </Show>
    </fieldset>
  )
}
