/**
 * Chương Mỹ (Hà Nội), the campaign's worked example, as shipped data: the district and its 30
 * commune-level units until 30 June 2025, and the 7 commune-level units that cover them from 1 July
 * 2025 (phường Chương Mỹ and the communes Phú Nghĩa, Xuân Mai, Quảng Bị, Trần Phú, Hòa Phú, Bình Minh),
 * with successors and parent links, ready to seed a database or a test.
 *
 * Lam Điền was split between Bình Minh and Quảng Bị, Tân Tiến between Xuân Mai and Trần Phú: their
 * villages each go to one of the two, so {@link village} asks which. Trần Phú and Bình Minh also take in
 * parts of neighbouring districts (Mỹ Đức, Thanh Oai, Hà Đông) that are not in this data.
 *
 * **Ids** are `vn:{GSO code}:{validFrom}`: `vn:10015:2008-08-01` is thị trấn Chúc Sơn, `vn:10015:2025-07-01`
 * is phường Chương Mỹ (the code is reused). Villages have no GSO code: their id is
 * `vn:{old commune code}:{slug of the name}`, e.g. `vn:10063:thon-dong-ben`.
 * Units before the reform are valid from 2008-08-01, the day Hà Tây (with Chương Mỹ) became part of
 * Hà Nội; the source data gives no earlier dates.
 *
 * Licence: the codes and names are derived from two MIT-licensed data sets — Vietnamese Provinces
 * Database © 2021 Thang Le Quoc (github.com/thanglequoc/vietnamese-provinces-database) and dvhcvn
 * © 2025 dvhcvn (github.com/daohoangson/dvhcvn, 20250701 mapping). Their licence texts are in
 * `LICENSE-data.md` of this package.
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import * as Text from "./Text.js"
import * as Unit from "./Unit.js"

// From hanoi-units-pre-2025-07.json, district 277 (Huyện Chương Mỹ): code, full name, kind.
const oldCommuneRows: ReadonlyArray<readonly [code: string, name: string, kind: Unit.UnitKind]> = [
  ["10015", "Thị trấn Chúc Sơn", "thi_tran"],
  ["10018", "Thị trấn Xuân Mai", "thi_tran"],
  ["10021", "Xã Phụng Châu", "xa"],
  ["10024", "Xã Tiên Phương", "xa"],
  ["10027", "Xã Đông Sơn", "xa"],
  ["10030", "Xã Đông Phương Yên", "xa"],
  ["10033", "Xã Phú Nghĩa", "xa"],
  ["10039", "Xã Trường Yên", "xa"],
  ["10042", "Xã Ngọc Hòa", "xa"],
  ["10045", "Xã Thủy Xuân Tiên", "xa"],
  ["10048", "Xã Thanh Bình", "xa"],
  ["10051", "Xã Trung Hòa", "xa"],
  ["10054", "Xã Đại Yên", "xa"],
  ["10057", "Xã Thụy Hương", "xa"],
  ["10060", "Xã Tốt Động", "xa"],
  ["10063", "Xã Lam Điền", "xa"],
  ["10066", "Xã Tân Tiến", "xa"],
  ["10069", "Xã Nam Phương Tiến", "xa"],
  ["10072", "Xã Hợp Đồng", "xa"],
  ["10075", "Xã Hoàng Văn Thụ", "xa"],
  ["10078", "Xã Hoàng Diệu", "xa"],
  ["10081", "Xã Hữu Văn", "xa"],
  ["10084", "Xã Quảng Bị", "xa"],
  ["10087", "Xã Mỹ Lương", "xa"],
  ["10090", "Xã Thượng Vực", "xa"],
  ["10096", "Xã Hồng Phú", "xa"],
  ["10099", "Xã Trần Phú", "xa"],
  ["10102", "Xã Văn Võ", "xa"],
  ["10105", "Xã Đồng Lạc", "xa"],
  ["10108", "Xã Hòa Phú", "xa"],
]

// The new commune-level units named in chuong-my-old-to-new.csv, kinds from vn-units-2025.json.
const newCommuneRows: ReadonlyArray<readonly [code: string, name: string, kind: Unit.UnitKind]> = [
  ["10015", "Phường Chương Mỹ", "phuong"],
  ["10030", "Xã Phú Nghĩa", "xa"],
  ["10045", "Xã Xuân Mai", "xa"],
  ["10072", "Xã Quảng Bị", "xa"],
  ["10081", "Xã Trần Phú", "xa"],
  // Spelt as the 2025 source writes it ("Hoà"); the old commune 10108 is "Hòa Phú" in the older source.
  ["10096", "Xã Hoà Phú", "xa"],
  ["10126", "Xã Bình Minh", "xa"],
]

// chuong-my-old-to-new.csv: old code, old name, new code, new name (a split old unit has two rows).
const transitionRows: ReadonlyArray<
  readonly [oldCode: string, oldName: string, newCode: string, newName: string]
> = [
  ["10015", "Thị trấn Chúc Sơn", "10015", "Phường Chương Mỹ"],
  ["10018", "Thị trấn Xuân Mai", "10045", "Xã Xuân Mai"],
  ["10021", "Xã Phụng Châu", "10015", "Phường Chương Mỹ"],
  ["10024", "Xã Tiên Phương", "10015", "Phường Chương Mỹ"],
  ["10027", "Xã Đông Sơn", "10030", "Xã Phú Nghĩa"],
  ["10030", "Xã Đông Phương Yên", "10030", "Xã Phú Nghĩa"],
  ["10033", "Xã Phú Nghĩa", "10030", "Xã Phú Nghĩa"],
  ["10039", "Xã Trường Yên", "10030", "Xã Phú Nghĩa"],
  ["10042", "Xã Ngọc Hòa", "10015", "Phường Chương Mỹ"],
  ["10045", "Xã Thủy Xuân Tiên", "10045", "Xã Xuân Mai"],
  ["10048", "Xã Thanh Bình", "10030", "Xã Phú Nghĩa"],
  ["10051", "Xã Trung Hòa", "10030", "Xã Phú Nghĩa"],
  ["10054", "Xã Đại Yên", "10015", "Phường Chương Mỹ"],
  ["10057", "Xã Thụy Hương", "10015", "Phường Chương Mỹ"],
  ["10060", "Xã Tốt Động", "10072", "Xã Quảng Bị"],
  ["10063", "Xã Lam Điền", "10126", "Xã Bình Minh"],
  ["10063", "Xã Lam Điền", "10072", "Xã Quảng Bị"],
  ["10066", "Xã Tân Tiến", "10045", "Xã Xuân Mai"],
  ["10066", "Xã Tân Tiến", "10081", "Xã Trần Phú"],
  ["10069", "Xã Nam Phương Tiến", "10045", "Xã Xuân Mai"],
  ["10072", "Xã Hợp Đồng", "10072", "Xã Quảng Bị"],
  ["10075", "Xã Hoàng Văn Thụ", "10081", "Xã Trần Phú"],
  ["10078", "Xã Hoàng Diệu", "10072", "Xã Quảng Bị"],
  ["10081", "Xã Hữu Văn", "10081", "Xã Trần Phú"],
  ["10084", "Xã Quảng Bị", "10072", "Xã Quảng Bị"],
  ["10087", "Xã Mỹ Lương", "10081", "Xã Trần Phú"],
  ["10090", "Xã Thượng Vực", "10096", "Xã Hoà Phú"],
  ["10096", "Xã Hồng Phú", "10096", "Xã Hoà Phú"],
  ["10099", "Xã Trần Phú", "10081", "Xã Trần Phú"],
  ["10102", "Xã Văn Võ", "10096", "Xã Hoà Phú"],
  ["10105", "Xã Đồng Lạc", "10096", "Xã Hoà Phú"],
  ["10108", "Xã Hòa Phú", "10096", "Xã Hoà Phú"],
]

const date = (s: string): CalendarDate.CalendarDate => Schema.decodeSync(CalendarDate.CalendarDate)(s)

/** The first day of the data: 1 August 2008, when Chương Mỹ became part of Hà Nội. */
export const dataStart = date("2008-08-01")
/** The last day of the district and its 30 old communes: 30 June 2025. */
export const lastDayBeforeReform = date("2025-06-30")
/** The first day of the new commune-level units, without districts: 1 July 2025. */
export const reformDate = date("2025-07-01")

/** The id of the version of the unit with GSO `code` that starts on `validFrom`: `vn:{code}:{validFrom}`. */
export const unitId = (code: string, validFrom: CalendarDate.CalendarDate): Unit.UnitId =>
  Unit.UnitId.make(`vn:${code}:${validFrom}`)

/** The id of an old commune-level unit (valid until 30 June 2025) by its GSO code. */
export const oldCommuneId = (code: string): Unit.UnitId => unitId(code, dataStart)

/** The id of a new commune-level unit (valid from 1 July 2025) by its GSO code. */
export const newCommuneId = (code: string): Unit.UnitId => unitId(code, reformDate)

/** One row of the old-to-new table: an old commune-level unit and one of the new units it went into. */
export interface Transition {
  readonly oldCode: string
  readonly oldName: string
  readonly newCode: string
  readonly newName: string
}

/** The old-to-new table: each old commune-level unit and the new unit(s) it went into (two for a split). */
export const oldToNew: ReadonlyArray<Transition> = transitionRows.map(
  ([oldCode, oldName, newCode, newName]) => ({
    oldCode,
    oldName,
    newCode,
    newName,
  }),
)

/** The GSO codes of the new units an old commune-level unit went into. */
export const newCodesOf = (oldCode: string): ReadonlyArray<string> =>
  oldToNew.filter((t) => t.oldCode === oldCode).map((t) => t.newCode)

/** Thành phố Hà Nội (code 01), unchanged by the reform. */
export const hanoi: Unit.Unit = Unit.Unit.make({
  id: unitId("01", dataStart),
  code: "01",
  name: "Thành phố Hà Nội",
  kind: "province",
  validFrom: dataStart,
  validTo: null,
  successorIds: [],
})

/** Huyện Chương Mỹ (code 277), until 30 June 2025, when districts were abolished. */
export const district: Unit.Unit = Unit.Unit.make({
  id: unitId("277", dataStart),
  code: "277",
  name: "Huyện Chương Mỹ",
  kind: "district",
  validFrom: dataStart,
  validTo: lastDayBeforeReform,
  successorIds: [],
})

/** The 30 commune-level units of Chương Mỹ until 30 June 2025 (2 thị trấn, 28 xã), by code. */
export const oldCommunes: ReadonlyArray<Unit.Unit> = oldCommuneRows.map(([code, name, kind]) =>
  Unit.Unit.make({
    id: oldCommuneId(code),
    code,
    name,
    kind,
    validFrom: dataStart,
    validTo: lastDayBeforeReform,
    successorIds: newCodesOf(code).map(newCommuneId),
  }),
)

/** The 7 commune-level units that cover former Chương Mỹ from 1 July 2025 (1 phường, 6 xã), by code. */
export const newCommunes: ReadonlyArray<Unit.Unit> = newCommuneRows.map(([code, name, kind]) =>
  Unit.Unit.make({
    id: newCommuneId(code),
    code,
    name,
    kind,
    validFrom: reformDate,
    validTo: null,
    successorIds: [],
  }),
)

/** Every unit: Hà Nội, the district, the old and the new commune-level units. */
export const units: ReadonlyArray<Unit.Unit> = [hanoi, district, ...oldCommunes, ...newCommunes]

/**
 * The parent links: the district and the old communes under Hà Nội and the district until 30 June
 * 2025; the new units directly under Hà Nội from 1 July 2025.
 */
export const links: ReadonlyArray<Unit.UnitLink> = [
  Unit.UnitLink.make({
    childId: district.id,
    parentId: hanoi.id,
    validFrom: dataStart,
    validTo: lastDayBeforeReform,
  }),
  ...oldCommunes.map((c) =>
    Unit.UnitLink.make({
      childId: c.id,
      parentId: district.id,
      validFrom: dataStart,
      validTo: lastDayBeforeReform,
    }),
  ),
  ...newCommunes.map((c) =>
    Unit.UnitLink.make({ childId: c.id, parentId: hanoi.id, validFrom: reformDate, validTo: null }),
  ),
]

/** The history of the administrative units, without villages. */
export const history: Unit.History = { units, links }

/** An old commune code that is not in Chương Mỹ. */
export class UnknownCommune extends Schema.TaggedError<UnknownCommune>()("ChuongMy/UnknownCommune", {
  oldCommuneCode: Schema.String,
}) {}

/**
 * A village of a split commune (Lam Điền, Tân Tiến) given without the new commune it went to, or with
 * one its old commune did not go into.
 */
export class AmbiguousSuccessor extends Schema.TaggedError<AmbiguousSuccessor>()(
  "ChuongMy/AmbiguousSuccessor",
  {
    oldCommuneCode: Schema.String,
    newCommuneCode: Schema.optionalKey(Schema.String),
    candidates: Schema.Array(Schema.String),
  },
) {}

/** What describes a village (thôn) or residential group (tổ dân phố) of Chương Mỹ. */
export interface VillageSpec {
  /** The GSO code of its commune-level unit until 30 June 2025. */
  readonly oldCommuneCode: string
  /** Its full name, "Thôn Đồng Bến", "Tổ dân phố số 3". */
  readonly name: string
  /** `thon` (the default) or `to_dan_pho`. */
  readonly kind?: "thon" | "to_dan_pho"
  /** The GSO code of its commune-level unit from 1 July 2025; needed only for Lam Điền and Tân Tiến. */
  readonly newCommuneCode?: string
}

/** A village as a unit and its two parent links: the old commune until 30 June 2025, the new one after. */
export interface Village {
  readonly unit: Unit.Unit
  readonly links: readonly [Unit.UnitLink, Unit.UnitLink]
}

/**
 * A village or residential group of Chương Mỹ (the source data has none; demo data invents them). It
 * keeps its id across the reform; its parent changes from its old commune to its new one on 1 July
 * 2025.
 *
 * @example
 * ```ts
 * ChuongMy.village({ oldCommuneCode: "10063", name: "Thôn Đồng Bến", newCommuneCode: "10126" })
 * ```
 */
export const village = (spec: VillageSpec): Result.Result<Village, UnknownCommune | AmbiguousSuccessor> => {
  const old = oldCommunes.find((c) => c.code === spec.oldCommuneCode)
  if (old === undefined) return Result.fail(new UnknownCommune({ oldCommuneCode: spec.oldCommuneCode }))
  const candidates = newCodesOf(spec.oldCommuneCode)
  const newCode =
    spec.newCommuneCode === undefined
      ? candidates.length === 1
        ? candidates[0]
        : undefined
      : spec.newCommuneCode
  if (newCode === undefined || !candidates.includes(newCode)) {
    return Result.fail(
      new AmbiguousSuccessor({
        oldCommuneCode: spec.oldCommuneCode,
        ...(spec.newCommuneCode === undefined ? {} : { newCommuneCode: spec.newCommuneCode }),
        candidates,
      }),
    )
  }
  const id = Unit.UnitId.make(`vn:${spec.oldCommuneCode}:${Text.searchKey(spec.name).replaceAll(" ", "-")}`)
  return Result.succeed({
    unit: Unit.Unit.make({
      id,
      code: null,
      name: Text.tidy(spec.name),
      kind: spec.kind ?? "thon",
      validFrom: dataStart,
      validTo: null,
      successorIds: [],
    }),
    links: [
      Unit.UnitLink.make({
        childId: id,
        parentId: old.id,
        validFrom: dataStart,
        validTo: lastDayBeforeReform,
      }),
      Unit.UnitLink.make({
        childId: id,
        parentId: newCommuneId(newCode),
        validFrom: reformDate,
        validTo: null,
      }),
    ],
  })
}

/** The history of the administrative units together with villages made by {@link village}. */
export const withVillages = (villages: ReadonlyArray<Village>): Unit.History => ({
  units: [...units, ...villages.map((v) => v.unit)],
  links: [...links, ...villages.flatMap((v) => v.links)],
})
