/**
 * Spreadsheet: how the campaign's lists are written in Excel by the people who keep them, and how a
 * list is read back — the column labels a commune writes ("Họ và tên", "HO TEN", "Thôn/Tổ dân phố"),
 * the header row found below the title rows a real list starts with ("UBND XÃ …", "DANH SÁCH …"),
 * the columns derived from others that are ignored with a warning ("Người cao tuổi" follows from the
 * birth date), and dates as Excel keeps them (serial numbers, date cells) or as people type them
 * ("12/03/1958", "2/3/1958").
 *
 * Two lists are described: a commune's list of residents ({@link residentColumns}) and the national
 * platform's list of completed courses ({@link certificateColumns}). Labels are compared by
 * `Text.searchKey`, so accents, case and punctuation do not matter.
 *
 * @since 0.2.0
 */
import * as CalendarDate from "./CalendarDate.js"
import * as Text from "./Text.js"
import type * as ValidationMessage from "./ValidationMessage.js"

/** A column of a list: its name in both languages (as a template writes it) and the labels accepted for it. */
export interface Column {
  readonly name: ValidationMessage.Bilingual
  /** Labels as people write them; compared by `Text.searchKey`, so they may carry accents. */
  readonly labels: ReadonlyArray<string>
}

/** A kind of list: its columns, the ones it needs, and the columns derived from others. */
export interface ListColumns<K extends string> {
  readonly columns: { readonly [Key in K]: Column }
  /** The columns a file must have. */
  readonly required: ReadonlyArray<K>
  /**
   * Columns people add that follow from other columns ("Người cao tuổi" from the birth date): read as
   * a warning and ignored, never an error. Labels, compared by `Text.searchKey`.
   */
  readonly derived: ReadonlyArray<Column>
}

/** A column of a commune's list of residents. */
export type ResidentColumn =
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

const derivedFromBirth: ReadonlyArray<Column> = [
  {
    name: { vi: "Người cao tuổi", en: "Elderly" },
    labels: ["Người cao tuổi", "NCT", "Cao tuổi", "Người cao tuổi (từ 60 tuổi)", "Trên 60 tuổi", "Elderly"],
  },
  { name: { vi: "Tuổi", en: "Age" }, labels: ["Tuổi", "Độ tuổi", "Age"] },
  {
    name: { vi: "Trong độ tuổi lao động", en: "Working age" },
    labels: ["Trong độ tuổi lao động", "Độ tuổi lao động", "Working age"],
  },
  { name: { vi: "Trẻ em", en: "Child" }, labels: ["Trẻ em", "Dưới 16 tuổi", "Child"] },
]

/** The columns of a commune's list of residents, one row per person, as communes keep it. */
export const residentColumns: ListColumns<ResidentColumn> = {
  columns: {
    householdCode: {
      name: { vi: "Mã hộ", en: "Household code" },
      labels: ["Mã hộ", "Mã hộ gia đình", "Mã số hộ", "Số hộ", "Mã HGĐ", "Household code", "Household"],
    },
    fullName: {
      name: { vi: "Họ và tên", en: "Full name" },
      labels: ["Họ và tên", "Họ tên", "Họ và tên người dân", "Họ tên công dân", "Full name", "Name"],
    },
    birth: {
      name: { vi: "Ngày sinh", en: "Birth date" },
      labels: [
        "Ngày sinh",
        "Năm sinh",
        "Ngày tháng năm sinh",
        "Ngày, tháng, năm sinh",
        "Ngày sinh/Năm sinh",
        "NS",
        "Birth date",
        "Birth year",
        "Date of birth",
        "Birth",
      ],
    },
    sex: { name: { vi: "Giới tính", en: "Sex" }, labels: ["Giới tính", "Giới", "Nam/Nữ", "Sex", "Gender"] },
    village: {
      name: { vi: "Thôn, tổ dân phố", en: "Village" },
      labels: [
        "Thôn",
        "Thôn/Tổ dân phố",
        "Thôn, tổ dân phố",
        "Thôn/TDP",
        "Thôn, xóm",
        "Thôn/xóm",
        "Xóm",
        "Tổ dân phố",
        "TDP",
        "Thôn, tổ",
        "Village",
        "Village or residential group",
      ],
    },
    groups: {
      name: { vi: "Nhóm đối tượng", en: "Groups" },
      labels: ["Nhóm", "Nhóm đối tượng", "Đối tượng", "Thành phần", "Groups", "Group"],
    },
    schoolLevel: {
      name: { vi: "Cấp học", en: "School level" },
      labels: ["Cấp học", "Học sinh cấp", "School level"],
    },
    employer: {
      name: { vi: "Nơi làm việc", en: "Employer" },
      labels: [
        "Nơi làm việc",
        "Đơn vị công tác",
        "Doanh nghiệp, hợp tác xã",
        "Doanh nghiệp/HTX",
        "Employer",
        "Workplace",
      ],
    },
    vneidLevel: {
      name: { vi: "Mức VNeID", en: "VNeID level" },
      labels: [
        "Mức VNeID",
        "VNeID",
        "Mức định danh",
        "Định danh điện tử",
        "Mức định danh điện tử",
        "Tài khoản định danh điện tử",
        "VNeID level",
      ],
    },
    digitalBank: {
      name: { vi: "Tài khoản ngân hàng số", en: "Digital bank account" },
      labels: [
        "Tài khoản ngân hàng số",
        "Ngân hàng số",
        "Tài khoản ngân hàng",
        "Có tài khoản ngân hàng",
        "Digital bank account",
        "Digital bank",
        "Bank account",
      ],
    },
    phone: {
      name: { vi: "Số điện thoại", en: "Phone" },
      labels: ["Số điện thoại", "Điện thoại", "SĐT", "ĐT", "Số ĐT", "Phone", "Phone number"],
    },
    address: { name: { vi: "Địa chỉ", en: "Address" }, labels: ["Địa chỉ", "Nơi ở", "Address"] },
  },
  required: ["householdCode", "fullName", "birth", "sex", "village"],
  derived: derivedFromBirth,
}

/** A column of the national platform's list of completed courses (binhdanhocvuso). */
export type CertificateColumn =
  | "idTail"
  | "phone"
  | "fullName"
  | "birth"
  | "course"
  | "completedOn"
  | "certificateNumber"

/** The columns of the national platform's list of completed courses and certificates. */
export const certificateColumns: ListColumns<CertificateColumn> = {
  columns: {
    idTail: {
      name: { vi: "Số cuối CCCD", en: "National ID last digits" },
      labels: [
        "Số cuối CCCD",
        "4 số cuối CCCD",
        "Bốn số cuối CCCD",
        "6 số cuối CCCD",
        "Số CCCD",
        "CCCD",
        "Số CCCD/CMND",
        "CCCD/CMND",
        "Số định danh",
        "Số định danh cá nhân",
        "National ID",
        "National ID last digits",
        "ID last digits",
      ],
    },
    phone: {
      name: { vi: "Số điện thoại", en: "Phone" },
      labels: ["Số điện thoại", "Điện thoại", "SĐT", "Số ĐT", "Phone", "Phone number"],
    },
    fullName: {
      name: { vi: "Họ và tên", en: "Full name" },
      labels: ["Họ và tên", "Họ tên", "Họ tên học viên", "Học viên", "Full name", "Name", "Learner"],
    },
    birth: {
      name: { vi: "Ngày sinh", en: "Birth date" },
      labels: ["Ngày sinh", "Ngày tháng năm sinh", "Năm sinh", "Birth date", "Date of birth"],
    },
    course: {
      name: { vi: "Khóa học", en: "Course" },
      labels: ["Khóa học", "Tên khóa học", "Khoá học", "Môn học", "Chương trình", "Course", "Course name"],
    },
    completedOn: {
      name: { vi: "Ngày hoàn thành", en: "Completed on" },
      labels: [
        "Ngày hoàn thành",
        "Ngày cấp",
        "Ngày cấp chứng chỉ",
        "Ngày cấp chứng nhận",
        "Ngày thi",
        "Completed on",
        "Completion date",
        "Date",
      ],
    },
    certificateNumber: {
      name: { vi: "Số chứng chỉ", en: "Certificate number" },
      labels: [
        "Số chứng chỉ",
        "Mã chứng chỉ",
        "Số hiệu chứng chỉ",
        "Số chứng nhận",
        "Mã chứng nhận",
        "Số hiệu",
        "Certificate number",
        "Certificate",
      ],
    },
  },
  required: ["fullName", "birth", "course", "completedOn", "certificateNumber"],
  derived: derivedFromBirth,
}

const keysOf = <K extends string>(list: ListColumns<K>): ReadonlyArray<K> =>
  Object.keys(list.columns) as Array<K>

const byLabel = new WeakMap<ListColumns<string>, ReadonlyMap<string, string>>()

const labelsOf = <K extends string>(list: ListColumns<K>): ReadonlyMap<string, K> => {
  const known = byLabel.get(list)
  if (known !== undefined) return known as ReadonlyMap<string, K>
  const map = new Map<string, K>()
  for (const key of keysOf(list)) {
    for (const label of list.columns[key].labels)
      if (!map.has(Text.searchKey(label))) map.set(Text.searchKey(label), key)
  }
  byLabel.set(list, map)
  return map
}

/**
 * The column a header cell names, if any. A trailing remark in brackets is ignored, as lists write
 * "Ngày sinh (dd/mm/yyyy)" or "Giới tính (Nam/Nữ)".
 */
export const columnOf = <K extends string>(list: ListColumns<K>, header: string): K | undefined => {
  const labels = labelsOf(list)
  return (
    labels.get(Text.searchKey(header)) ?? labels.get(Text.searchKey(header.replace(/\s*\(.*\)\s*$/s, "")))
  )
}

/** The derived column a header cell names ("Người cao tuổi"), if any. */
export const derivedColumnOf = <K extends string>(
  list: ListColumns<K>,
  header: string,
): Column | undefined => {
  const key = Text.searchKey(header.replace(/\s*\(.*\)\s*$/s, ""))
  const full = Text.searchKey(header)
  return list.derived.find((column) =>
    column.labels.some((label) => Text.searchKey(label) === key || Text.searchKey(label) === full),
  )
}

/** Cells of a header row that name a known column, at least; title rows name none or one. */
export const minimumHeaderColumns = 3

/** How many rows from the top a header is looked for in. */
export const headerSearchRows = 30

/**
 * The index of the header row among the first rows of a sheet: the first row in which at least
 * {@link minimumHeaderColumns} cells (or every required column, for a list that needs fewer) name a
 * column of the list. Title rows above it ("UBND XÃ …", "DANH SÁCH …", a date line) name none.
 * `undefined` when no row of the first {@link headerSearchRows} qualifies.
 */
export const headerRowIndex = <K extends string>(
  list: ListColumns<K>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
): number | undefined => {
  for (let i = 0; i < Math.min(rows.length, headerSearchRows); i++) if (isHeaderRow(list, rows[i]!)) return i
  return undefined
}

/** How many distinct columns of the list the cells of a row name. */
export const knownColumnCount = <K extends string>(
  list: ListColumns<K>,
  cells: ReadonlyArray<string>,
): number => {
  const found = new Set<K>()
  for (const cell of cells) {
    const key = columnOf(list, cell)
    if (key !== undefined) found.add(key)
  }
  return found.size
}

/** Whether a row is a header: it names {@link minimumHeaderColumns} columns (or every required one). */
export const isHeaderRow = <K extends string>(list: ListColumns<K>, cells: ReadonlyArray<string>): boolean =>
  knownColumnCount(list, cells) >= Math.min(minimumHeaderColumns, list.required.length)

/**
 * Whether a row only numbers the columns, as official lists do under their header: "(1) (2) (3)…",
 * "1 2 3 …" or "A B C …". Such a row is skipped, not read as a person.
 */
export const isColumnNumberRow = (cells: ReadonlyArray<string>): boolean => {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== "")
  if (filled.length < 2) return false
  if (filled.every((cell) => /^\(\s*\d{1,2}\s*\)$/.test(cell))) return true
  if (filled.every((cell, i) => cell === String(i + 1))) return true
  return filled.every((cell, i) => cell === String.fromCharCode(65 + i))
}

/**
 * The header of a list written over two rows, one text per column, or `undefined` when `below` is not
 * a second header line. Lists write a group label merged over sub-headers ("Thông tin số" over "Mức
 * VNeID", "Tài khoản ngân hàng số"), a label split over two rows ("Số điện" over "thoại"), and labels
 * merged down both rows (the same text twice). `below` is a second line when each of its cells is
 * such a part of a header, and together the two rows name more columns than `top` alone.
 *
 * @example
 * ```ts
 * Spreadsheet.twoLineHeader(residentColumns, ["Họ và tên", "Thông tin số"], ["Họ và tên", "Mức VNeID"])
 * // ["Họ và tên", "Mức VNeID"]
 * ```
 */
export const twoLineHeader = <K extends string>(
  list: ListColumns<K>,
  top: ReadonlyArray<string>,
  below: ReadonlyArray<string>,
): ReadonlyArray<string> | undefined => {
  if (isColumnNumberRow(below)) return undefined
  const names = (text: string) =>
    columnOf(list, text) !== undefined || derivedColumnOf(list, text) !== undefined
  const texts: Array<string> = []
  for (let i = 0; i < Math.max(top.length, below.length); i++) {
    const upper = (top[i] ?? "").trim()
    const lower = (below[i] ?? "").trim()
    const joined = `${upper} ${lower}`
    if (lower === "" || lower === upper) texts.push(upper)
    else if (upper !== "" && names(joined)) texts.push(joined)
    else if (names(lower)) texts.push(lower)
    else if (upper !== "" && columnOf(list, upper) !== undefined) texts.push(upper)
    else return undefined
  }
  return knownColumnCount(list, texts) > knownColumnCount(list, top) ? texts : undefined
}

/** Where each column of a list is in a header row, with the header as the file writes it. */
export interface Layout<K extends string> {
  readonly index: ReadonlyMap<K, number>
  readonly header: ReadonlyMap<K, string>
  /** Derived columns found ("Người cao tuổi"), by position: ignored, with a warning. */
  readonly derived: ReadonlyArray<{
    readonly index: number
    readonly header: string
    readonly column: Column
  }>
}

/** Reads a header row: the first cell naming a column is that column; later ones are ignored. */
export const layoutOf = <K extends string>(
  list: ListColumns<K>,
  headers: ReadonlyArray<string>,
): Layout<K> => {
  const index = new Map<K, number>()
  const header = new Map<K, string>()
  const derived: Array<{ index: number; header: string; column: Column }> = []
  headers.forEach((text, i) => {
    const key = columnOf(list, text)
    if (key !== undefined) {
      if (!index.has(key)) {
        index.set(key, i)
        header.set(key, text.trim())
      }
      return
    }
    const column = derivedColumnOf(list, text)
    if (column !== undefined) derived.push({ index: i, header: text.trim(), column })
  })
  return { index, header, derived }
}

/** The required columns a layout lacks, in the list's order. */
export const missingColumns = <K extends string>(list: ListColumns<K>, layout: Layout<K>): ReadonlyArray<K> =>
  list.required.filter((key) => !layout.index.has(key))

/** The warning for a derived column: it is ignored, and what it follows from. */
export const derivedColumnWarning = (header: string): ValidationMessage.Bilingual => ({
  vi: `Cột "${header}" được tính từ ngày sinh nên không đọc; hệ thống tự tính theo ngày sinh`,
  en: `The column "${header}" follows from the birth date, so it is not read; the system works it out`,
})

/** Excel's day 0 in its 1900 date system, as a day number: serial 1 is 1 January 1900. */
const excelEpoch = CalendarDate.toDayNumber(CalendarDate.fromParts({ year: 1899, month: 12, day: 30 })!)

/**
 * The calendar date an Excel serial number stands for (1900 date system, as Excel on Windows and
 * LibreOffice write it): 21256 is 12 March 1958. Excel counts a 29 February 1900 that never was
 * (serial 60), so serials before 61 are one day off; they are refused, as is anything that is not a
 * whole number of days from 1 March 1900 to the year 2100. A time of day (a fraction) is dropped.
 */
export const dateOfExcelSerial = (serial: number): CalendarDate.CalendarDate | undefined => {
  if (!Number.isFinite(serial)) return undefined
  const days = Math.floor(serial)
  if (days < 61 || days > 73_415) return undefined
  return CalendarDate.fromDayNumber(excelEpoch + days)
}

/** A cell as a spreadsheet reader gives it: a text, a number, a date cell, a boolean, or nothing. */
export type CellValue = string | number | Date | boolean | null | undefined

/**
 * A date from a cell, as communes write it: a date cell (Excel keeps it as midnight UTC of the day
 * shown), an Excel serial number (21256, also as the text "21256"), "12/03/1958", "2/3/1958",
 * "12-03-1958", "12.03.1958" (day first, as Vietnamese forms write it) or "1958-03-12".
 * `undefined` for anything else, and for a day that does not exist ("31/02/1980").
 */
export const dateOfCell = (cell: CellValue): CalendarDate.CalendarDate | undefined => {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined
    return CalendarDate.parse(cell.toISOString().slice(0, 10))
  }
  if (typeof cell === "number") return dateOfExcelSerial(cell)
  if (typeof cell !== "string") return undefined
  const s = cell.trim()
  if (/^\d{5}(\.\d+)?$/.test(s)) return dateOfExcelSerial(Number(s))
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s)
  if (dmy !== null) {
    return CalendarDate.fromParts({ year: Number(dmy[3]), month: Number(dmy[2]), day: Number(dmy[1]) })
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)
  if (iso !== null) {
    return CalendarDate.fromParts({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) })
  }
  return undefined
}

/**
 * A birth from a cell: a date ({@link dateOfCell}), or only a year — the number 1958 or the text
 * "1958" — as many lists give it. A number is a year when it is 1900–2100, otherwise an Excel serial.
 */
export const birthOfCell = (
  cell: CellValue,
): { readonly date: CalendarDate.CalendarDate } | { readonly year: number } | undefined => {
  if (typeof cell === "number" && Number.isInteger(cell) && cell >= 1900 && cell <= 2100)
    return { year: cell }
  if (typeof cell === "string" && /^\s*\d{4}\s*$/.test(cell)) return { year: Number(cell.trim()) }
  const date = dateOfCell(cell)
  return date === undefined ? undefined : { date }
}
