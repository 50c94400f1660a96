/**
 * The administrative tree, versioned: province › (district, until 30 June 2025) › commune-level unit
 * (xã, phường, thị trấn, đặc khu) › village (thôn) or residential group (tổ dân phố).
 *
 * Villages and residential groups are not legal administrative levels, but households live there, so
 * they are the leaves. The tree changes: on 1 July 2025 districts were abolished and communes merged
 * (Chương Mỹ's 30 communes became 1 ward and 5 communes), and GSO codes were reused (10015 was thị trấn
 * Chúc Sơn, is now phường Chương Mỹ). So:
 *
 * - a {@link Unit} is one version of a unit, valid from `validFrom` to `validTo`, **both days
 *   included** (`validTo: null` while it lasts); its id names that version (a code alone does not);
 *   when it ends, `successorIds` names the units it became (several for a split);
 * - the parent of a unit is a separate record, a {@link UnitLink} with its own validity, because a
 *   village keeps its identity (and its households and records) while its parent commune changes: on
 *   1 July 2025 a village's link to its old commune ends and a link to its new commune begins.
 *
 * A report "as at date D" uses {@link treeAt}`(history, D)` and {@link rollUp}s facts along it, so data
 * recorded under a village follows the village to its new commune.
 *
 * @since 0.1.0
 */
import { Order, Schema } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import * as ValidationMessage from "./ValidationMessage.js"

/** Identifies one version of an administrative unit or village (codes are reused across reforms, so a code alone is not an id). */
export const UnitId = Schema.String.pipe(Schema.brand("UnitId"))
/** Identifies one version of an administrative unit or village (codes are reused across reforms, so a code alone is not an id). */
export type UnitId = typeof UnitId.Type

/**
 * The kind of a unit: `province` (tỉnh, thành phố trực thuộc trung ương), `district` (quận, huyện, thị
 * xã, thành phố thuộc tỉnh — abolished on 1 July 2025), the commune-level kinds `xa` (xã), `phuong`
 * (phường), `thi_tran` (thị trấn, abolished on 1 July 2025) and `dac_khu` (đặc khu, from 1 July 2025),
 * and the leaf kinds `thon` (thôn, village) and `to_dan_pho` (tổ dân phố, residential group).
 */
export const UnitKind = Schema.Literals([
  "province",
  "district",
  "xa",
  "phuong",
  "thi_tran",
  "dac_khu",
  "thon",
  "to_dan_pho",
])
/** The kind of a unit. */
export type UnitKind = typeof UnitKind.Type

/** A level of the tree: province, district, commune level, village level (the leaves). */
export const Level = Schema.Literals(["province", "district", "commune", "village"])
/** A level of the tree. */
export type Level = typeof Level.Type

/** The levels from the top of the tree down. */
export const levels: ReadonlyArray<Level> = ["province", "district", "commune", "village"]

/** The level of a kind of unit. */
export const level = (kind: UnitKind): Level => {
  switch (kind) {
    case "province":
      return "province"
    case "district":
      return "district"
    case "xa":
    case "phuong":
    case "thi_tran":
    case "dac_khu":
      return "commune"
    case "thon":
    case "to_dan_pho":
      return "village"
  }
}

/** The depth of a level: 0 for the province to 3 for villages. A parent's depth is always smaller. */
export const depth = (l: Level): number => levels.indexOf(l)

/** Whether a kind is commune level: xã, phường, thị trấn or đặc khu. */
export const isCommuneLevel = (kind: UnitKind): boolean => level(kind) === "commune"

/** Whether a kind is a leaf of the tree: thôn or tổ dân phố. */
export const isVillageLevel = (kind: UnitKind): boolean => level(kind) === "village"

/** The Vietnamese and English name of each kind, as written before a unit's name ("Xã Phú Nghĩa"). */
export const kindNames: { readonly [K in UnitKind]: ValidationMessage.Bilingual } = {
  province: { vi: "Tỉnh, thành phố", en: "Province or city" },
  district: { vi: "Quận, huyện", en: "District" },
  xa: { vi: "Xã", en: "Commune" },
  phuong: { vi: "Phường", en: "Ward" },
  thi_tran: { vi: "Thị trấn", en: "Township" },
  dac_khu: { vi: "Đặc khu", en: "Special zone" },
  thon: { vi: "Thôn", en: "Village" },
  to_dan_pho: { vi: "Tổ dân phố", en: "Residential group" },
}

/** A validity period: from `validFrom` to `validTo`, both days included; `validTo: null` while it lasts. */
export interface Validity {
  readonly validFrom: CalendarDate.CalendarDate
  readonly validTo: CalendarDate.CalendarDate | null
}

const periodCheck = Schema.makeFilter<Validity>(
  (v) =>
    v.validTo === null || v.validTo >= v.validFrom
      ? undefined
      : {
          path: ["validTo"],
          issue: ValidationMessage.invalid({
            vi: "Ngày kết thúc phải từ ngày bắt đầu trở đi",
            en: "The end date must not be before the start date",
          }),
        },
  { expected: "validTo on or after validFrom", toJsonSchema: () => [{}, true] },
)

const validFrom = CalendarDate.CalendarDate.annotate(
  ValidationMessage.label({ vi: "Có hiệu lực từ ngày", en: "Valid from" }),
)
const validTo = Schema.NullOr(CalendarDate.CalendarDate).annotate(
  ValidationMessage.label({ vi: "Có hiệu lực đến hết ngày", en: "Valid until" }),
)

/**
 * One version of a unit. `code` is the GSO code (mã đơn vị hành chính) for provinces, districts and
 * commune-level units, `null` for villages and residential groups, which have none. `name` is the full
 * official name with its kind ("Xã Phú Nghĩa", "Thị trấn Chúc Sơn", "Thôn Đồng Bến").
 */
export class Unit extends Schema.Class<Unit>("@bdhv/domain/Unit")(
  Schema.Struct({
    id: UnitId,
    code: Schema.NullOr(
      Schema.String.check(
        Schema.isPattern(
          /^\d{2,5}$/,
          ValidationMessage.message({
            vi: "Mã đơn vị gồm 2 đến 5 chữ số",
            en: "A unit code has 2 to 5 digits",
          }),
        ),
      ),
    ).annotate(ValidationMessage.label({ vi: "Mã đơn vị", en: "Unit code" })),
    name: Schema.String.check(
      Schema.isMinLength(
        1,
        ValidationMessage.message({ vi: "Vui lòng nhập tên đơn vị", en: "Enter the unit's name" }),
      ),
    ).annotate(ValidationMessage.label({ vi: "Tên đơn vị", en: "Name" })),
    kind: UnitKind.annotate(ValidationMessage.label({ vi: "Loại đơn vị", en: "Kind of unit" })),
    /** The official English name ("Phu Nghia Commune"), when the reference data gives one. */
    nameEn: Schema.optionalKey(Schema.NullOr(Schema.String)).annotate(
      ValidationMessage.label({ vi: "Tên tiếng Anh", en: "English name" }),
    ),
    validFrom,
    validTo,
    /** The units this one became when it ended: one for a merge or rename, several for a split. */
    successorIds: Schema.Array(UnitId),
  }).check(periodCheck),
) {}

/** A parent link: `childId`'s parent is `parentId` from `validFrom` to `validTo`, both included. */
export class UnitLink extends Schema.Class<UnitLink>("@bdhv/domain/UnitLink")(
  Schema.Struct({
    childId: UnitId,
    parentId: UnitId,
    validFrom,
    validTo,
  }).check(periodCheck),
) {}

/** The whole history of a tree: every version of every unit and every parent link. */
export interface History {
  readonly units: ReadonlyArray<Unit>
  readonly links: ReadonlyArray<UnitLink>
}

/** Whether a unit, link or anything with a {@link Validity} is valid on `date`. */
export const isValidAt = (v: Validity, date: CalendarDate.CalendarDate): boolean =>
  CalendarDate.isWithin(date, v.validFrom, v.validTo)

/** The tree valid on one date: its units, each unit's parent and children. */
export interface Tree {
  readonly date: CalendarDate.CalendarDate
  readonly units: ReadonlyMap<UnitId, Unit>
  readonly parentOf: ReadonlyMap<UnitId, UnitId>
  /** Children of each unit, ordered by id. */
  readonly childrenOf: ReadonlyMap<UnitId, ReadonlyArray<UnitId>>
  /** Units without a parent on that date (normally the provinces), ordered by id. */
  readonly roots: ReadonlyArray<UnitId>
}

const byId: Order.Order<UnitId> = Order.String

/**
 * The tree valid on `date`: the units valid that day and the parent links valid that day between two
 * of them. The result does not depend on the order of the history's records. Should a unit have two
 * parent links valid on one day (a data error that {@link problemsOf} reports), the later-starting
 * link wins, then the smaller parent id.
 */
export const treeAt = (history: History, date: CalendarDate.CalendarDate): Tree => {
  const units = new Map<UnitId, Unit>()
  for (const unit of [...history.units].sort((a, b) => byId(a.id, b.id))) {
    if (isValidAt(unit, date)) units.set(unit.id, unit)
  }
  const chosen = new Map<UnitId, UnitLink>()
  for (const link of history.links) {
    if (!isValidAt(link, date) || !units.has(link.childId) || !units.has(link.parentId)) continue
    const current = chosen.get(link.childId)
    if (
      current === undefined ||
      link.validFrom > current.validFrom ||
      (link.validFrom === current.validFrom && link.parentId < current.parentId)
    ) {
      chosen.set(link.childId, link)
    }
  }
  const parentOf = new Map<UnitId, UnitId>()
  const children = new Map<UnitId, Array<UnitId>>()
  for (const id of units.keys()) {
    const link = chosen.get(id)
    if (link === undefined) continue
    parentOf.set(id, link.parentId)
    const siblings = children.get(link.parentId) ?? []
    siblings.push(id)
    children.set(link.parentId, siblings)
  }
  const childrenOf = new Map<UnitId, ReadonlyArray<UnitId>>()
  for (const [parent, ids] of [...children].sort(([a], [b]) => byId(a, b)))
    childrenOf.set(parent, ids.sort(byId))
  const roots = [...units.keys()].filter((id) => !parentOf.has(id))
  return { date, units, parentOf, childrenOf, roots }
}

/** The ancestors of a unit in a tree, from its parent up to the root; empty for a root or an unknown id. */
export const ancestors = (tree: Tree, id: UnitId): ReadonlyArray<Unit> => {
  const out: Array<Unit> = []
  const seen = new Set<UnitId>([id])
  for (let parent = tree.parentOf.get(id); parent !== undefined; parent = tree.parentOf.get(parent)) {
    const unit = tree.units.get(parent)
    if (unit === undefined || seen.has(parent)) break // a cycle in bad data must not loop forever
    seen.add(parent)
    out.push(unit)
  }
  return out
}

/** The ancestors of a unit on `date`, from its parent up to the root. */
export const ancestorsAt = (
  history: History,
  id: UnitId,
  date: CalendarDate.CalendarDate,
): ReadonlyArray<Unit> => ancestors(treeAt(history, date), id)

/** The unit itself if it is at `atLevel`, else its ancestor at that level; `undefined` if none. */
export const unitAtLevel = (tree: Tree, id: UnitId, atLevel: Level): Unit | undefined => {
  const self = tree.units.get(id)
  if (self === undefined) return undefined
  if (level(self.kind) === atLevel) return self
  return ancestors(tree, id).find((unit) => level(unit.kind) === atLevel)
}

/** The commune-level unit a village (or the commune itself) belongs to in a tree. */
export const communeOf = (tree: Tree, id: UnitId): Unit | undefined => unitAtLevel(tree, id, "commune")

/**
 * The commune-level unit a village belongs to on `date`: its old commune before a reorganisation, its
 * new one after.
 */
export const communeOfAt = (
  history: History,
  leafId: UnitId,
  date: CalendarDate.CalendarDate,
): Unit | undefined => communeOf(treeAt(history, date), leafId)

/** Every unit below `id` in a tree, parents before their children, each level ordered by id. */
export const descendants = (tree: Tree, id: UnitId): ReadonlyArray<Unit> => {
  const out: Array<Unit> = []
  const seen = new Set<UnitId>([id])
  const queue = [...(tree.childrenOf.get(id) ?? [])]
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const unit = tree.units.get(next)
    if (unit === undefined || seen.has(next)) continue
    seen.add(next)
    out.push(unit)
    queue.push(...(tree.childrenOf.get(next) ?? []))
  }
  return out
}

/** Numeric facts about a unit, such as `{ households: 310, householdsWithSkilledMember: 254 }`. */
export type Facts = Readonly<Record<string, number>>

/** Facts summed per unit of one level, and the units whose facts had no unit at that level. */
export interface RollUp<F extends Facts> {
  /** The summed facts of each unit of the level, ordered by unit id. */
  readonly totals: ReadonlyMap<UnitId, F>
  /**
   * Units that had facts but no unit at the level on that date (not in the tree, or above the level),
   * ordered by id: their facts are in no total, so totals plus these add up to the input.
   */
  readonly unplaced: ReadonlyArray<UnitId>
}

/** Adds two fact records key by key; a key missing from one counts as 0. */
export const addFacts = <F extends Facts>(a: F, b: F): F => {
  const out: Record<string, number> = { ...a }
  for (const [key, value] of Object.entries(b)) out[key] = (out[key] ?? 0) + value
  // Same keys as the inputs, each a number: the shape of F.
  return out as F
}

/**
 * Sums facts recorded per unit (normally per village) up to the units of `atLevel` in the tree of a
 * date: each fact goes to the unit itself if it is at that level, else to its ancestor at that level.
 * The same village data rolls up to its old commune in a tree before a reorganisation and to its new
 * one after. Facts are counts: integer sums do not depend on the order of the input.
 *
 * @example
 * ```ts
 * const tree = Unit.treeAt(history, CalendarDate.parse("2025-07-01")!)
 * const { totals } = Unit.rollUp(householdsByVillage, tree, "commune")
 * ```
 */
export const rollUp = <F extends Facts>(
  facts: Iterable<readonly [UnitId, F]>,
  tree: Tree,
  atLevel: Level,
): RollUp<F> => {
  const totals = new Map<UnitId, F>()
  const unplaced = new Set<UnitId>()
  for (const [id, fact] of facts) {
    const target = unitAtLevel(tree, id, atLevel)
    if (target === undefined) {
      unplaced.add(id)
      continue
    }
    const current = totals.get(target.id)
    totals.set(target.id, current === undefined ? fact : addFacts(current, fact))
  }
  return {
    totals: new Map([...totals].sort(([a], [b]) => byId(a, b))),
    unplaced: [...unplaced].sort(byId),
  }
}

/** The units a unit became when it ended (its `successorIds`, found in `units`). */
export const successorsOf = (units: ReadonlyArray<Unit>, id: UnitId): ReadonlyArray<Unit> => {
  const unit = units.find((u) => u.id === id)
  if (unit === undefined) return []
  return unit.successorIds.flatMap((s) => units.filter((u) => u.id === s))
}

/**
 * The units valid on `date` that a unit has become, following successors through every reform since
 * (the unit itself if it is still valid), ordered by id.
 */
export const successorsAt = (
  units: ReadonlyArray<Unit>,
  id: UnitId,
  date: CalendarDate.CalendarDate,
): ReadonlyArray<Unit> => {
  const unitsById = new Map(units.map((u) => [u.id, u]))
  const out = new Map<UnitId, Unit>()
  const seen = new Set<UnitId>()
  const visit = (current: UnitId): void => {
    if (seen.has(current)) return
    seen.add(current)
    const unit = unitsById.get(current)
    if (unit === undefined) return
    if (isValidAt(unit, date)) out.set(unit.id, unit)
    else if (unit.validTo !== null && unit.validTo < date) for (const next of unit.successorIds) visit(next)
  }
  visit(id)
  return [...out.values()].sort((a, b) => byId(a.id, b.id))
}

/** Something wrong in a {@link History}, with the ids involved and the field of the first id it is about. */
export interface Problem {
  readonly kind:
    | "duplicate_unit"
    | "duplicate_code"
    | "unknown_unit"
    | "unknown_successor"
    | "successor_dates"
    | "link_outside_validity"
    | "overlapping_parents"
    | "parent_not_above"
    | "no_parent"
    | "cycle"
  readonly ids: ReadonlyArray<UnitId>
  /** The field of the unit named first in `ids` that a form would mark: `code`, `parentId`, `successorIds`, `validFrom`. */
  readonly field: "code" | "parentId" | "successorIds" | "validFrom" | "id"
  readonly message: ValidationMessage.Bilingual
}

const overlaps = (a: Validity, b: Validity): boolean =>
  (a.validTo === null || b.validFrom <= a.validTo) && (b.validTo === null || a.validFrom <= b.validTo)

const within = (inner: Validity, outer: Validity): boolean =>
  inner.validFrom >= outer.validFrom &&
  (outer.validTo === null || (inner.validTo !== null && inner.validTo <= outer.validTo))

/** Whether a level needs a parent: every level but the province (the root of the tree). */
export const needsParent = (kind: UnitKind): boolean => level(kind) !== "province"

/**
 * The first day of `unit`'s life its links leave without a parent, or `undefined` when its links
 * cover its whole life (links sorted by start, none overlapping one another).
 */
const firstDayWithoutParent = (
  unit: Unit,
  links: ReadonlyArray<UnitLink>,
): CalendarDate.CalendarDate | undefined => {
  let covered: CalendarDate.CalendarDate = unit.validFrom
  for (const link of [...links].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))) {
    if (link.validFrom > covered) return covered
    if (link.validTo === null) return undefined
    if (link.validTo >= covered) covered = CalendarDate.addDays(link.validTo, 1)
    if (unit.validTo !== null && covered > unit.validTo) return undefined
  }
  return unit.validTo !== null && covered > unit.validTo ? undefined : covered
}

const formatDate = (date: CalendarDate.CalendarDate): string => {
  const { year, month, day } = CalendarDate.toParts(date)
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`
}

/**
 * Checks a history: unit ids unique; a GSO code used by one unit at a time (codes are reused, but
 * never by two units valid on the same day); links and successors naming known units; each link
 * within the validity of both its units; at most one parent at a time; parents above their children
 * and no unit its own ancestor; every unit but a province with a parent over its whole life; a unit
 * with successors ended, and each successor valid on the day after it ended.
 *
 * @example
 * ```ts
 * const problems = Unit.problemsOf({ units, links })
 * problems[0]?.message.vi // "Mã đơn vị 10015 đã dùng cho Phường Chương Mỹ trong cùng thời gian"
 * ```
 */
export const problemsOf = (history: History): ReadonlyArray<Problem> => {
  const problems: Array<Problem> = []
  const unitsById = new Map<UnitId, Unit>()
  for (const unit of history.units) {
    if (unitsById.has(unit.id)) {
      problems.push({
        kind: "duplicate_unit",
        ids: [unit.id],
        field: "id",
        message: { vi: `Đơn vị ${unit.id} xuất hiện hai lần`, en: `Unit ${unit.id} appears twice` },
      })
    }
    unitsById.set(unit.id, unit)
  }
  const byCode = new Map<string, Array<Unit>>()
  for (const unit of unitsById.values()) {
    if (unit.code === null) continue
    const same = byCode.get(unit.code) ?? []
    for (const other of same) {
      if (overlaps(other, unit)) {
        problems.push({
          kind: "duplicate_code",
          ids: [unit.id, other.id],
          field: "code",
          message: {
            vi: `Mã đơn vị ${unit.code} đã dùng cho ${other.name} trong cùng thời gian (từ ${formatDate(other.validFrom)}${other.validTo === null ? "" : ` đến ${formatDate(other.validTo)}`})`,
            en: `Unit code ${unit.code} is already used by ${other.name} over the same time (from ${formatDate(other.validFrom)}${other.validTo === null ? "" : ` to ${formatDate(other.validTo)}`})`,
          },
        })
      }
    }
    same.push(unit)
    byCode.set(unit.code, same)
  }
  for (const unit of history.units) {
    for (const s of unit.successorIds) {
      const successor = unitsById.get(s)
      if (successor === undefined) {
        problems.push({
          kind: "unknown_successor",
          ids: [unit.id, s],
          field: "successorIds",
          message: { vi: `Đơn vị kế thừa ${s} không có`, en: `Successor ${s} of ${unit.id} is unknown` },
        })
        continue
      }
      if (unit.validTo === null) {
        problems.push({
          kind: "successor_dates",
          ids: [unit.id, s],
          field: "successorIds",
          message: {
            vi: `${unit.name} chưa có ngày kết thúc nên chưa thể có đơn vị kế thừa`,
            en: `${unit.name} has no end date, so it cannot have a successor yet`,
          },
        })
      } else if (s === unit.id || !isValidAt(successor, CalendarDate.addDays(unit.validTo, 1))) {
        const dayAfter = formatDate(CalendarDate.addDays(unit.validTo, 1))
        problems.push({
          kind: "successor_dates",
          ids: [unit.id, s],
          field: "successorIds",
          message: {
            vi: `Đơn vị kế thừa ${successor.name} phải có hiệu lực vào ngày ${dayAfter}, ngày sau khi ${unit.name} kết thúc`,
            en: `Successor ${successor.name} must be valid on ${dayAfter}, the day after ${unit.name} ends`,
          },
        })
      }
    }
  }
  const linksByChild = new Map<UnitId, Array<UnitLink>>()
  const parentsOf = new Map<UnitId, Set<UnitId>>()
  for (const link of history.links) {
    const child = unitsById.get(link.childId)
    const parent = unitsById.get(link.parentId)
    if (child === undefined || parent === undefined) {
      problems.push({
        kind: "unknown_unit",
        ids: [link.childId, link.parentId],
        field: "parentId",
        message: {
          vi: `Liên kết ${link.childId} → ${link.parentId} nói đến đơn vị không có`,
          en: `Link ${link.childId} → ${link.parentId} names an unknown unit`,
        },
      })
      continue
    }
    if (!within(link, child) || !within(link, parent)) {
      problems.push({
        kind: "link_outside_validity",
        ids: [link.childId, link.parentId],
        field: "validFrom",
        message: {
          vi: `Liên kết ${child.name} → ${parent.name} có hiệu lực ngoài thời gian của đơn vị`,
          en: `Link ${child.name} → ${parent.name} is valid outside its units' validity`,
        },
      })
    }
    if (depth(level(parent.kind)) >= depth(level(child.kind))) {
      problems.push({
        kind: "parent_not_above",
        ids: [link.childId, link.parentId],
        field: "parentId",
        message: {
          vi: `${parent.name} không thể là cấp trên của ${child.name}`,
          en: `${parent.name} cannot be the parent of ${child.name}`,
        },
      })
    }
    const siblings = linksByChild.get(link.childId) ?? []
    for (const other of siblings) {
      if (overlaps(other, link)) {
        problems.push({
          kind: "overlapping_parents",
          ids: [link.childId, other.parentId, link.parentId],
          field: "parentId",
          message: {
            vi: `${child.name} có hai đơn vị cấp trên cùng lúc`,
            en: `${child.name} has two parents at the same time`,
          },
        })
      }
    }
    siblings.push(link)
    linksByChild.set(link.childId, siblings)
    const parents = parentsOf.get(link.childId) ?? new Set<UnitId>()
    parents.add(link.parentId)
    parentsOf.set(link.childId, parents)
  }
  for (const unit of unitsById.values()) {
    if (!needsParent(unit.kind)) continue
    const gap = firstDayWithoutParent(unit, linksByChild.get(unit.id) ?? [])
    if (gap !== undefined) {
      problems.push({
        kind: "no_parent",
        ids: [unit.id],
        field: "parentId",
        message: {
          vi: `${unit.name} không có đơn vị cấp trên từ ngày ${formatDate(gap)}: mọi đơn vị trừ tỉnh, thành phố phải có cấp trên suốt thời gian hiệu lực`,
          en: `${unit.name} has no parent unit from ${formatDate(gap)}: every unit but a province needs a parent over its whole life`,
        },
      })
    }
  }
  // A unit reachable from itself along parent links (at any dates) would be its own ancestor.
  const state = new Map<UnitId, "visiting" | "done">()
  const visit = (id: UnitId, path: ReadonlyArray<UnitId>): void => {
    if (state.get(id) === "done") return
    if (state.get(id) === "visiting") {
      const cycle = path.slice(path.indexOf(id))
      const unit = unitsById.get(id)
      problems.push({
        kind: "cycle",
        ids: cycle,
        field: "parentId",
        message: {
          vi: `${unit?.name ?? id} sẽ là cấp trên của chính nó`,
          en: `${unit?.name ?? id} would be its own ancestor`,
        },
      })
      return
    }
    state.set(id, "visiting")
    for (const parent of parentsOf.get(id) ?? []) visit(parent, [...path, id])
    state.set(id, "done")
  }
  for (const id of [...parentsOf.keys()].sort(byId)) visit(id, [])
  return problems
}

/**
 * The version of the unit with GSO `code` to report on at `date`: the one valid that day; else the
 * last one that ended before it (a district abolished in a reform still names the area it served);
 * else the first one. `undefined` when no unit has the code.
 */
export const versionOfCodeAt = (
  units: ReadonlyArray<Unit>,
  code: string,
  date: CalendarDate.CalendarDate,
): Unit | undefined => {
  const versions = units.filter((u) => u.code === code).sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))
  return (
    versions.find((u) => isValidAt(u, date)) ??
    versions.filter((u) => u.validTo !== null && u.validTo < date).at(-1) ??
    versions[0]
  )
}

/**
 * The area an ended unit served, as links from the units it became: each unit that succeeded one of
 * its commune-level descendants on its last day, linked to it from the day after it ended (or from the
 * successor's first day, if later) for as long as the successor lasts. A deployment that serves a
 * district abolished on 1 July 2025 keeps reporting on the communes that cover it. Empty for a unit
 * that has not ended.
 */
export const areaLinks = (history: History, id: UnitId): ReadonlyArray<UnitLink> => {
  const unit = history.units.find((u) => u.id === id)
  if (unit === undefined || unit.validTo === null) return []
  const lastDay = unit.validTo
  const dayAfter = CalendarDate.addDays(lastDay, 1)
  const tree = treeAt(history, lastDay)
  const successors = new Map<UnitId, Unit>()
  for (const d of [unit, ...descendants(tree, id)]) {
    if (level(d.kind) !== "commune") continue
    for (const s of successorsAt(history.units, d.id, dayAfter)) successors.set(s.id, s)
  }
  return [...successors.values()]
    .sort((a, b) => byId(a.id, b.id))
    .map((s) =>
      UnitLink.make({
        childId: s.id,
        parentId: id,
        validFrom: CalendarDate.max(s.validFrom, dayAfter),
        validTo: s.validTo,
      }),
    )
}
