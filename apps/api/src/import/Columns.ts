/**
 * The columns of a commune's list of residents, one row per person, as communes keep it in Excel:
 * Vietnamese headers ("Mã hộ", "Họ và tên", "Ngày sinh", "Giới tính", "Thôn", "Nhóm", "Mức VNeID",
 * "Tài khoản ngân hàng số"…), English accepted. Headers are recognised whatever their accents, case and
 * punctuation ("Thôn/TDP", "HỌ VÀ TÊN").
 */
import * as Text from "@bdhv/domain/Text"
import type { Bilingual } from "@bdhv/domain/ValidationMessage"

/** A column the import reads. */
export type ColumnKey =
  | "householdCode"
  | "fullName"
  | "birth"
  | "sex"
  | "village"
  | "groups"
  | "schoolLevel"
  | "employer"
  | "vneidLevel"
  | "digitalBank"
  | "phone"
  | "address"

/** Each column: its name in both languages (as the template writes it) and the headers accepted for it. */
export const columns: {
  readonly [K in ColumnKey]: { readonly name: Bilingual; readonly headers: ReadonlyArray<string> }
} = {
  householdCode: {
    name: { vi: "Mã hộ", en: "Household code" },
    headers: ["ma ho", "ma ho gia dinh", "ma so ho", "household code", "household"],
  },
  fullName: {
    name: { vi: "Họ và tên", en: "Full name" },
    headers: ["ho va ten", "ho ten", "full name", "name"],
  },
  birth: {
    name: { vi: "Ngày sinh", en: "Birth date" },
    headers: [
      "ngay sinh",
      "nam sinh",
      "ngay thang nam sinh",
      "ngay sinh nam sinh",
      "birth date",
      "birth year",
      "date of birth",
      "birth",
    ],
  },
  sex: { name: { vi: "Giới tính", en: "Sex" }, headers: ["gioi tinh", "sex", "gender"] },
  village: {
    name: { vi: "Thôn, tổ dân phố", en: "Village" },
    headers: [
      "thon",
      "thon to dan pho",
      "thon tdp",
      "to dan pho",
      "tdp",
      "village",
      "village or residential group",
    ],
  },
  groups: {
    name: { vi: "Nhóm đối tượng", en: "Groups" },
    headers: ["nhom", "nhom doi tuong", "doi tuong", "groups", "group"],
  },
  schoolLevel: { name: { vi: "Cấp học", en: "School level" }, headers: ["cap hoc", "school level"] },
  employer: {
    name: { vi: "Nơi làm việc", en: "Employer" },
    headers: ["noi lam viec", "don vi cong tac", "doanh nghiep hop tac xa", "employer", "workplace"],
  },
  vneidLevel: {
    name: { vi: "Mức VNeID", en: "VNeID level" },
    headers: [
      "muc vneid",
      "vneid",
      "muc dinh danh",
      "dinh danh dien tu",
      "muc dinh danh dien tu",
      "vneid level",
    ],
  },
  digitalBank: {
    name: { vi: "Tài khoản ngân hàng số", en: "Digital bank account" },
    headers: [
      "tai khoan ngan hang so",
      "ngan hang so",
      "tai khoan ngan hang",
      "digital bank account",
      "digital bank",
      "bank account",
    ],
  },
  phone: {
    name: { vi: "Số điện thoại", en: "Phone" },
    headers: ["so dien thoai", "dien thoai", "sdt", "phone", "phone number"],
  },
  address: { name: { vi: "Địa chỉ", en: "Address" }, headers: ["dia chi", "address"] },
}

/** The columns a file must have. */
export const requiredColumns: ReadonlyArray<ColumnKey> = [
  "householdCode",
  "fullName",
  "birth",
  "sex",
  "village",
]

const byHeader = new Map<string, ColumnKey>(
  (Object.keys(columns) as Array<ColumnKey>).flatMap((key) =>
    columns[key].headers.map((h) => [h, key] as const),
  ),
)

/** The column a header names, if any. */
export const columnOf = (header: string): ColumnKey | undefined => byHeader.get(Text.searchKey(header))

/** Where each known column is in a header row (0-based), and the header text as the file writes it. */
export interface Layout {
  readonly index: ReadonlyMap<ColumnKey, number>
  readonly header: ReadonlyMap<ColumnKey, string>
}

/** Reads a header row. */
export const layoutOf = (headers: ReadonlyArray<string>): Layout => {
  const index = new Map<ColumnKey, number>()
  const header = new Map<ColumnKey, string>()
  headers.forEach((text, i) => {
    const key = columnOf(text)
    if (key !== undefined && !index.has(key)) {
      index.set(key, i)
      header.set(key, text.trim())
    }
  })
  return { index, header }
}

/** The header a column has in the file, or its template name when the file lacks it. */
export const headerText = (layout: Layout, key: ColumnKey, language: keyof Bilingual = "vi"): string =>
  layout.header.get(key) ?? columns[key].name[language]
