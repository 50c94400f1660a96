#!/usr/bin/env node
/**
 * Builds `apps/api/reference/units/vn-units.json`, the administrative tree every install loads, from the
 * published reference data (see `apps/api/reference/units/README.md`):
 *
 *   node tooling/scripts/reference-units.mjs SOURCE_DIR
 *
 * SOURCE_DIR holds `vn-units-2025.json`, `hanoi-units-pre-2025-07.json` and `vn-units-2025-splits.json`.
 * Only the fields the API stores are kept. Ids follow `@bdhv/domain/ChuongMy`: `vn:{GSO code}:{validFrom}`,
 * Hà Nội's units before the reform valid from 2008-08-01 (the day Hà Tây joined Hà Nội; the sources give
 * no earlier dates) to 2025-06-30, the units of 1 July 2025 from that day. Hà Nội itself (code 01) spans
 * both. The output is sorted, so rebuilding from the same sources gives the same file.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"

const source = process.argv[2]
if (source === undefined) {
  process.stderr.write("usage: node tooling/scripts/reference-units.mjs SOURCE_DIR\n")
  process.exit(2)
}
const read = (name) => JSON.parse(readFileSync(join(source, name), "utf8"))
const modern = read("vn-units-2025.json")
const hanoiBefore = read("hanoi-units-pre-2025-07.json")
const splits = read("vn-units-2025-splits.json")

const dataStart = "2008-08-01"
const lastDayBefore = "2025-06-30"
const reform = "2025-07-01"
const id = (code, validFrom) => `vn:${code}:${validFrom}`

/** A full name with its first letter capitalised (the sources write a few as "xã Bắc Sơn"). */
const capitalised = (name) => name.charAt(0).toUpperCase() + name.slice(1)

/** The kind of a unit from the word its full name starts with. */
const kindOf = (name) => {
  const fullName = capitalised(name)
  const prefixes = [
    ["Thành phố", "province"],
    ["Tỉnh", "province"],
    ["Quận", "district"],
    ["Huyện", "district"],
    ["Thị xã", "district"],
    ["Thị trấn", "thi_tran"],
    ["Phường", "phuong"],
    ["Xã", "xa"],
    ["Đặc khu", "dac_khu"],
  ]
  const found = prefixes.find(([prefix]) => fullName.startsWith(`${prefix} `))
  if (found === undefined) throw new Error(`no kind for ${fullName}`)
  return found[1]
}

const hanoiId = id("01", dataStart)
const units = []
const links = []

// From 1 July 2025: 34 provinces and their commune-level units, directly under the province.
for (const province of modern) {
  const provinceId = province.Code === "01" ? hanoiId : id(province.Code, reform)
  units.push([provinceId, province.Code, province.FullName, province.FullNameEn, "province", province.Code === "01" ? dataStart : reform, null, []])
  for (const ward of province.Wards) {
    const wardId = id(ward.Code, reform)
    units.push([wardId, ward.Code, capitalised(ward.FullName), ward.FullNameEn, kindOf(ward.FullName), reform, null, []])
    links.push([wardId, provinceId, reform, null])
  }
}

// Hà Nội until 30 June 2025: districts and their communes, each commune with the new units it went into.
const hanoiSplits = new Map(
  splits.data
    .find((province) => province.level1_id === "01")
    .level3s.map((commune) => [commune.level3_id, commune.splits.map((s) => s.new_id)]),
)
const modernCodes = new Set(units.map((unit) => unit[0]))
for (const district of hanoiBefore[0].District) {
  const districtId = id(district.Code, dataStart)
  units.push([districtId, district.Code, district.FullName, district.FullNameEn, kindOf(district.FullName), dataStart, lastDayBefore, []])
  links.push([districtId, hanoiId, dataStart, lastDayBefore])
  for (const ward of district.Ward) {
    const wardId = id(ward.Code, dataStart)
    const successors = [...new Set(hanoiSplits.get(ward.Code) ?? [])].map((code) => id(code, reform)).sort()
    for (const successor of successors) if (!modernCodes.has(successor)) throw new Error(`unknown successor ${successor}`)
    units.push([wardId, ward.Code, capitalised(ward.FullName), ward.FullNameEn, kindOf(ward.FullName), dataStart, lastDayBefore, successors])
    links.push([wardId, districtId, dataStart, lastDayBefore])
  }
}

units.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
links.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] < b[2] ? -1 : 1))

const out = {
  description:
    "Vietnam's provinces and commune-level units from 1 July 2025 and Hà Nội's districts and communes before it, built by tooling/scripts/reference-units.mjs; MIT-licensed sources, see README.md beside this file",
  version: "vn-units-2025-07-01.1",
  fields: {
    units: ["id", "code", "name", "nameEn", "kind", "validFrom", "validTo", "successorIds"],
    links: ["childId", "parentId", "validFrom", "validTo"],
  },
  units,
  links,
}
const lines = [
  "{",
  `"description":${JSON.stringify(out.description)},`,
  `"version":${JSON.stringify(out.version)},`,
  `"fields":${JSON.stringify(out.fields)},`,
  `"units":[\n${units.map((u) => JSON.stringify(u)).join(",\n")}\n],`,
  `"links":[\n${links.map((l) => JSON.stringify(l)).join(",\n")}\n]`,
  "}",
]
writeFileSync(new URL("../../apps/api/reference/units/vn-units.json", import.meta.url), `${lines.join("\n")}\n`)
process.stdout.write(`${units.length} units, ${links.length} links\n`)
