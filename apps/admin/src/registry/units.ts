/** The unit tree as at today, shared by the registries' filters and forms. */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Unit from "@bdhv/domain/Unit"
import { useQuery } from "@tanstack/solid-query"
import { createMemo } from "solid-js"
import { useApi } from "../api/client"
import { type UnitNode, unitTree } from "../api/dashboard"
import { pathTo, toTree } from "../dashboard/UnitPicker"

/** Commune-level units: xã, phường, thị trấn, đặc khu (the domain's commune level). */
export const isCommuneKind = (kind: string) =>
  kind in Unit.kindNames && Unit.isCommuneLevel(kind as Unit.UnitKind)

/** Villages and residential groups: where households live (the domain's village level). */
export const isLeafKind = (kind: string) =>
  kind in Unit.kindNames && Unit.isVillageLevel(kind as Unit.UnitKind)

export const useUnits = () => {
  const api = useApi()
  const asOf = CalendarDate.fromInstant(Date.now())
  const query = useQuery(() => ({
    queryKey: ["units", "tree", asOf],
    queryFn: () => unitTree(api, asOf),
    staleTime: 10 * 60_000,
  }))
  const tree = createMemo(() => toTree(query.data?.units ?? []))
  /** "Thôn Đông, Xã Phú Nghĩa": a unit with its parent, enough to tell same-named villages apart. */
  const label = (id: string | null | undefined): string => {
    if (id === null || id === undefined) return ""
    const path = pathTo(tree(), id)
    return path
      .slice(-2)
      .reverse()
      .map((unit) => unit.name)
      .join(", ")
  }
  /** Options for a select, in tree order, each with its depth for indentation. */
  const options = (filter: (unit: UnitNode) => boolean = () => true) => {
    const out: Array<{ unit: UnitNode; depth: number }> = []
    const walk = (parentId: string | null, depth: number) => {
      for (const unit of tree().children.get(parentId) ?? []) {
        if (filter(unit)) out.push({ unit, depth })
        walk(unit.id, depth + 1)
      }
    }
    walk(null, 0)
    return out
  }
  /**
   * The name of the deployment's scope for an account over the whole database: the root of its tree
   * (the API roots it at the scope), "" while loading or when the tree has several roots.
   */
  const scopeName = (): string => {
    const roots = tree().children.get(null) ?? []
    return roots.length === 1 ? (roots[0]?.name ?? "") : ""
  }
  return { query, tree, label, options, scopeName }
}
