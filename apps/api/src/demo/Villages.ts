/**
 * Invented villages (thôn) and residential groups (tổ dân phố) for the demo district. The real
 * administrative data stops at commune level, so each former commune gets a plausible set of names:
 * residential groups in the two former townships, villages elsewhere. A village keeps its name and
 * follows its commune to the new unit on 1 July 2025; the villages of a commune that was split go to
 * one of its successors each.
 */
import * as Text from "@bdhv/domain/Text"
import type { SeededRandom } from "./SeededRandom.js"

const firstSyllables = [
  "An",
  "Phú",
  "Yên",
  "Đồng",
  "Tân",
  "Minh",
  "Xuân",
  "Bình",
  "Vĩnh",
  "Phúc",
  "Mỹ",
  "Hưng",
  "Đại",
  "Hợp",
  "Song",
  "Cao",
  "Trung",
  "Hòa",
  "Lạc",
  "Thanh",
  "Đông",
  "Văn",
  "Quảng",
  "Lương",
  "Khúc",
]
const secondSyllables = [
  "Lạc",
  "Thọ",
  "Tâm",
  "Lập",
  "Khai",
  "Tiến",
  "Lợi",
  "Kết",
  "Sơn",
  "Lộc",
  "Lâm",
  "Hưng",
  "Thịnh",
  "Hợp",
  "Nhất",
  "Khê",
  "Thủy",
  "Phú",
  "Mỹ",
  "Châu",
  "Trì",
  "Xá",
  "Bồ",
  "Giáp",
  "Vai",
]
const residentialGroupNames = [
  "Bắc Sơn",
  "Nam Sơn",
  "Hòa Sơn",
  "Tân Xuân",
  "Xuân Hà",
  "Chiến Thắng",
  "Tân Bình",
  "Đồng Vai",
  "Bãi Dài",
  "Phú Mỹ",
  "Tiên Trượng",
  "Đông Sơn",
  "Mỹ Hưng",
  "Hòa Bình",
  "Thắng Lợi",
  "Quyết Tiến",
]

/** A former commune, as the demo knows it. */
export interface FormerCommune {
  readonly code: string
  /** A former township (thị trấn): its neighbourhoods are residential groups, not villages. */
  readonly township: boolean
  /** The codes of the new units that took over its territory (two when it was split). */
  readonly successorCodes: ReadonlyArray<string>
}

/** An invented village or residential group. */
export interface InventedVillage {
  /** Its number within its former commune, from 1. */
  readonly number: number
  readonly name: string
  readonly kind: "thon" | "to_dan_pho"
  readonly formerCommuneCode: string
  readonly successorCode: string
  /** Far from the commune centre ("vùng xa trung tâm"). */
  readonly remote: boolean
}

/**
 * Villages for every former commune. Names are unique within each new unit (where the merged villages
 * end up side by side), and the number of villages per commune varies from 5 to 11.
 */
export const inventVillages = (
  random: SeededRandom,
  communes: ReadonlyArray<FormerCommune>,
): ReadonlyArray<InventedVillage> => {
  const usedBySuccessor = new Map<string, Set<string>>()
  const villages: Array<InventedVillage> = []
  for (const commune of communes) {
    const count = commune.township ? random.between(8, 12) : random.between(5, 11)
    const remoteShare = commune.township ? 0 : random.pick([0, 0.1, 0.15, 0.3])
    // Names must differ within the old commune (a village's id is made from it) and within the new one.
    const usedInCommune = new Set<string>()
    for (let number = 1; number <= count; number++) {
      const successorCode =
        commune.successorCodes.length === 1
          ? commune.successorCodes[0]!
          : commune.successorCodes[Math.floor(((number - 1) * commune.successorCodes.length) / count)]!
      const usedInSuccessor = usedBySuccessor.get(successorCode) ?? new Set<string>()
      usedBySuccessor.set(successorCode, usedInSuccessor)
      const used = [usedInCommune, usedInSuccessor]
      const name = commune.township
        ? uniqueName(
            used,
            () => `Tổ dân phố ${random.pick(residentialGroupNames)}`,
            `Tổ dân phố số ${number}`,
          )
        : uniqueName(
            used,
            () => {
              const first = random.pick(firstSyllables)
              const second = random.pick(secondSyllables.filter((s) => s !== first))
              return `Thôn ${first} ${second}`
            },
            `Thôn ${number}`,
          )
      villages.push({
        number,
        name,
        kind: commune.township ? "to_dan_pho" : "thon",
        formerCommuneCode: commune.code,
        successorCode,
        remote: random.chance(remoteShare),
      })
    }
  }
  return villages
}

const uniqueName = (used: ReadonlyArray<Set<string>>, draw: () => string, fallback: string): string => {
  // Compared folded: two names that differ only in accents would make the same id.
  const free = (name: string) => used.every((set) => !set.has(Text.searchKey(name)))
  const take = (name: string) => {
    for (const set of used) set.add(Text.searchKey(name))
    return name
  }
  for (let attempt = 0; attempt < 20; attempt++) {
    const name = draw()
    if (free(name)) return take(name)
  }
  // The pools are large; this only happens when a new unit already holds most of a pool.
  for (let n = 0; ; n++) {
    const name =
      n === 0 ? fallback : `${fallback} ${String.fromCharCode(65 + (n % 26))}${Math.floor(n / 26) || ""}`
    if (free(name)) return take(name)
  }
}
