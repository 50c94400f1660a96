/**
 * Picks a unit from the administrative tree as at a date: a dialog with the tree (expandable,
 * keyboard reachable) and a filter that matches names with or without accents.
 */
import * as Text from "@bdhv/domain/Text"
import * as Unit from "@bdhv/domain/Unit"
import { Dialog } from "@kobalte/core/dialog"
import { createMemo, createSignal, For, Show } from "solid-js"
import type { UnitNode } from "../api/dashboard"
import { type I18n, useI18n } from "../i18n/I18n"

/** The name of a unit kind (xã, phường, thôn…) from the domain, or the kind itself if unknown. */
export const unitKindLabel = (pick: I18n["pick"], kind: string): string =>
  kind in Unit.kindNames ? pick(Unit.kindNames[kind as Unit.UnitKind]) : kind

export interface UnitTree {
  readonly byId: ReadonlyMap<string, UnitNode>
  readonly children: ReadonlyMap<string | null, ReadonlyArray<UnitNode>>
}

export const toTree = (units: ReadonlyArray<UnitNode>): UnitTree => {
  const byId = new Map(units.map((unit) => [unit.id, unit]))
  const children = new Map<string | null, Array<UnitNode>>()
  for (const unit of units) {
    // A unit whose parent is outside the list (a commune officer's own commune) is a root.
    const parent = unit.parentId !== null && byId.has(unit.parentId) ? unit.parentId : null
    const list = children.get(parent) ?? []
    list.push(unit)
    children.set(parent, list)
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, "vi"))
  return { byId, children }
}

/** The unit and its ancestors, root first. */
export const pathTo = (tree: UnitTree, unitId: string): ReadonlyArray<UnitNode> => {
  const path: Array<UnitNode> = []
  let current = tree.byId.get(unitId)
  while (current !== undefined && path.length < 10) {
    path.unshift(current)
    current = current.parentId === null ? undefined : tree.byId.get(current.parentId)
  }
  return path
}

const Branch = (props: {
  readonly tree: UnitTree
  readonly parentId: string | null
  readonly selected: string | undefined
  readonly visible: (unit: UnitNode) => boolean
  readonly forceOpen: boolean
  readonly onSelect: (unit: UnitNode) => void
}) => {
  const { pick } = useI18n()
  return (
    <ul class="tree">
      <For each={(props.tree.children.get(props.parentId) ?? []).filter(props.visible)}>
        {(unit) => {
          const kids = () => props.tree.children.get(unit.id) ?? []
          const [open, setOpen] = createSignal(props.parentId === null)
          const expanded = () => props.forceOpen || open()
          return (
            <li>
              <div class="tree-row">
                <Show when={kids().length > 0} fallback={<span class="tree-spacer" />}>
                  <button
                    type="button"
                    class="tree-toggle"
                    aria-expanded={expanded()}
                    aria-label={`${expanded() ? "−" : "+"} ${unit.name}`}
                    onClick={() => setOpen(!expanded())}
                  >
                    {expanded() ? "−" : "+"}
                  </button>
                </Show>
                <button
                  type="button"
                  class="tree-unit"
                  aria-current={props.selected === unit.id ? "true" : undefined}
                  onClick={() => props.onSelect(unit)}
                >
                  {unit.name}
                  <span class="muted small"> · {unitKindLabel(pick, unit.kind)}</span>
                </button>
              </div>
              <Show when={kids().length > 0 && expanded()}>
                <Branch {...props} parentId={unit.id} />
              </Show>
            </li>
          )
        }}
      </For>
    </ul>
  )
}

export const UnitPicker = (props: {
  readonly units: ReadonlyArray<UnitNode>
  readonly selected: string | undefined
  readonly onSelect: (unitId: string) => void
}) => {
  const { t } = useI18n()
  const [open, setOpen] = createSignal(false)
  const [filter, setFilter] = createSignal("")
  const tree = createMemo(() => toTree(props.units))
  /** Units matching the filter, and every ancestor of one, stay visible. */
  const visibleIds = createMemo(() => {
    if (filter().trim() === "") return undefined
    const ids = new Set<string>()
    for (const unit of props.units) {
      if (Text.matchesQuery(unit.name, filter())) for (const node of pathTo(tree(), unit.id)) ids.add(node.id)
    }
    return ids
  })
  const current = () => (props.selected === undefined ? undefined : tree().byId.get(props.selected))
  return (
    <Dialog open={open()} onOpenChange={setOpen}>
      <div class="field picker-field">
        <span class="picker-label" id="unit-picker-label">
          {t("unit.picker")}
        </span>
        <Dialog.Trigger class="button picker-button" aria-describedby="unit-picker-label">
          {current()?.name ?? t("unit.pickerHint")}
          <span aria-hidden="true"> ▾</span>
        </Dialog.Trigger>
      </div>
      <Dialog.Portal>
        <Dialog.Overlay class="dialog-overlay" />
        <div class="dialog-positioner">
          <Dialog.Content class="dialog">
            <div class="sheet-header">
              <Dialog.Title class="dialog-title">{t("unit.pickerHint")}</Dialog.Title>
              <Dialog.CloseButton class="button button-quiet" aria-label={t("common.close")}>
                ✕
              </Dialog.CloseButton>
            </div>
            <div class="search">
              <label class="visually-hidden" for="unit-filter">
                {t("common.search")}
              </label>
              <input
                id="unit-filter"
                type="search"
                placeholder={t("common.search")}
                value={filter()}
                onInput={(event) => setFilter(event.currentTarget.value)}
              />
            </div>
            <Branch
              tree={tree()}
              parentId={null}
              selected={props.selected}
              forceOpen={visibleIds() !== undefined}
              visible={(unit) => visibleIds()?.has(unit.id) ?? true}
              onSelect={(unit) => {
                props.onSelect(unit.id)
                setOpen(false)
              }}
            />
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog>
  )
}
