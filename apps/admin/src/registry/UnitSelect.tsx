/**
 * A native select over the unit tree (the phone's own picker, fully accessible), indented by depth;
 * `leavesOnly` offers villages and residential groups only, grouped under their commune.
 */
import { createUniqueId, For, Show } from "solid-js"
import { useI18n } from "../i18n/I18n"
import { isCommuneKind, isLeafKind, useUnits } from "./units"

export const UnitSelect = (props: {
  readonly label: string
  readonly value: string
  readonly onChange: (unitId: string) => void
  readonly leavesOnly?: boolean
  /** Commune-level units only (xã, phường, thị trấn, đặc khu). */
  readonly communesOnly?: boolean
  readonly required?: boolean
  readonly error?: string | undefined
  readonly placeholder?: string
}) => {
  const { t } = useI18n()
  const units = useUnits()
  const id = createUniqueId()
  const groups = () => {
    const leaves = units.options((unit) => isLeafKind(unit.kind))
    const byParent = new Map<string, Array<(typeof leaves)[number]["unit"]>>()
    for (const { unit } of leaves) {
      const parent = unit.parentId ?? ""
      byParent.set(parent, [...(byParent.get(parent) ?? []), unit])
    }
    return [...byParent.entries()].map(([parentId, list]) => ({
      name: units.tree().byId.get(parentId)?.name ?? "",
      units: list,
    }))
  }
  return (
    <div class="field" classList={{ "field-invalid": props.error !== undefined }}>
      <label for={id}>
        {props.label}
        <Show when={props.required !== true}>
          <span class="muted"> ({t("common.optional")})</span>
        </Show>
      </label>
      <select
        id={id}
        value={props.value}
        required={props.required}
        aria-invalid={props.error !== undefined}
        aria-describedby={props.error === undefined ? undefined : `${id}-error`}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="">
          {props.placeholder ?? (props.leavesOnly === true ? t("unit.chooseVillage") : t("common.all"))}
        </option>
        <Show
          when={props.leavesOnly === true}
          fallback={
            <For each={units.options((unit) => props.communesOnly !== true || isCommuneKind(unit.kind))}>
              {({ unit, depth }) => (
                <option value={unit.id}>
                  {"\u00a0\u00a0".repeat(depth)}
                  {unit.name}
                </option>
              )}
            </For>
          }
        >
          <For each={groups()}>
            {(group) => (
              <optgroup label={group.name}>
                <For each={group.units}>{(unit) => <option value={unit.id}>{unit.name}</option>}</For>
              </optgroup>
            )}
          </For>
        </Show>
      </select>
      <Show when={props.error}>
        <p class="field-error" id={`${id}-error`} role="alert">
          {props.error}
        </p>
      </Show>
    </div>
  )
}
