/**
 * One row of a commune's list → one person of a household, checked by the domain: the cells are read as
 * a commune writes them ("12/03/1958", "1958" or an Excel date, "Nam"/"Nữ", "Mức 2", "Có"), then decoded with
 * `Person.PersonInput` and `Household.HouseholdCode`, whose `ValidationMessage`s name what is wrong in
 * Vietnamese and English. A bad row gives one issue per bad cell: its row number, its column (the
 * header as the file writes it) and the message.
 */
import * as Household from "@bdhv/domain/Household"
import * as Organization from "@bdhv/domain/Organization"
import * as Person from "@bdhv/domain/Person"
import * as Spreadsheet from "@bdhv/domain/Spreadsheet"
import * as Text from "@bdhv/domain/Text"
import * as PersonRows from "../db/rows/Person.js"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Result } from "effect"
import { type ColumnKey, headerText, type Layout } from "./Columns.js"
import type { Cell, FileRow } from "./RowReader.js"

/** A problem with one cell (or the whole row when `column` is empty). */
export interface RowIssue {
  readonly row: number
  readonly column: string
  readonly message: ValidationMessage.Bilingual
}

/** A row that passed: a person and their household. */
export interface ImportedPerson extends Omit<PersonRows.RowColumns, "householdId" | "schoolId"> {
  readonly row: number
  readonly householdCode: string
  readonly address: string | null
}

/** What the rows are read against: the commune's villages and employers, by folded name and by id. */
export interface Context {
  readonly villages: ReadonlyMap<string, string>
  readonly employers: ReadonlyMap<string, string>
}

const text = (cell: Cell | undefined): string => {
  if (cell === null || cell === undefined) return ""
  if (cell instanceof Date) return cell.toISOString().slice(0, 10)
  return String(cell).trim()
}

const messages = {
  birth: {
    vi: "Ngày sinh phải có dạng ngày/tháng/năm (12/03/1958) hoặc chỉ năm sinh (1958)",
    en: "Write the birth date as day/month/year (12/03/1958) or only the year (1958)",
  },
  sex: { vi: "Giới tính phải là Nam hoặc Nữ", en: "Sex must be Nam (male) or Nữ (female)" },
  vneid: {
    vi: "Mức VNeID phải là 0 (chưa có), 1 hoặc 2",
    en: "The VNeID level must be 0 (none), 1 or 2",
  },
  bank: { vi: "Ghi Có hoặc Không", en: "Write Có (yes) or Không (no)" },
  village: { vi: "Không có thôn, tổ dân phố này trong xã", en: "No such village in this commune" },
  employer: {
    vi: "Không tìm thấy nơi làm việc này trong danh sách doanh nghiệp, hợp tác xã của xã",
    en: "No such employer among the commune's enterprises and cooperatives",
  },
  schoolLevel: {
    vi: "Cấp học phải là Tiểu học, THCS, THPT, Nghề hoặc Đại học",
    en: "The school level must be primary, lower secondary, upper secondary, vocational or university",
  },
  studentLevel: { vi: "Học sinh cần ghi cấp học", en: "A student needs a school level" },
  workerEmployer: { vi: "Người lao động cần ghi nơi làm việc", en: "A worker needs an employer" },
} satisfies Record<string, ValidationMessage.Bilingual>

const groupAliases = new Map<string, Person.GroupTag>([
  ...(Object.keys(Person.groupNames) as Array<Person.GroupTag>).flatMap((tag) => [
    [Text.searchKey(Person.groupNames[tag].vi), tag] as const,
    [Text.searchKey(Person.groupNames[tag].en), tag] as const,
    [Text.searchKey(tag.replaceAll("_", " ")), tag] as const,
  ]),
  ["can bo", "civil_servant"],
  ["cong chuc", "civil_servant"],
  ["vien chuc", "civil_servant"],
  ["can bo cong chuc vien chuc", "civil_servant"],
  ["dang vien", "party_member"],
  ["hoc sinh", "student"],
  ["sinh vien", "student"],
  ["nguoi lao dong", "worker"],
  ["cong nhan", "worker"],
  ["tieu thuong", "small_trader"],
  ["nong dan", "farmer"],
  ["doan vien", "youth_union_member"],
  ["khuyet tat", "disability"],
  ["nguoi khuyet tat", "disability"],
  ["vung xa", "remote_area"],
  ["vung xa trung tam", "remote_area"],
])

const schoolLevels = new Map<string, Person.SchoolLevel>([
  ["tieu hoc", "primary"],
  ["primary", "primary"],
  ["thcs", "lower_secondary"],
  ["trung hoc co so", "lower_secondary"],
  ["lower secondary", "lower_secondary"],
  ["thpt", "upper_secondary"],
  ["trung hoc pho thong", "upper_secondary"],
  ["upper secondary", "upper_secondary"],
  ["nghe", "vocational"],
  ["trung cap", "vocational"],
  ["giao duc nghe nghiep", "vocational"],
  ["vocational", "vocational"],
  ["dai hoc", "university"],
  ["cao dang", "university"],
  ["dai hoc cao dang", "university"],
  ["university", "university"],
])

/** "12/03/1958", "2/3/1958", "1958-03-12", "1958", an Excel serial or date cell: a date or a year. */
const birthOf = (cell: Cell | undefined): Person.Birth | undefined => Spreadsheet.birthOfCell(cell)

const sexOf = (cell: Cell | undefined): Person.Sex | undefined => {
  const s = Text.searchKey(text(cell))
  return s === "nam" || s === "male" || s === "m"
    ? "male"
    : s === "nu" || s === "female" || s === "f"
      ? "female"
      : undefined
}

const vneidOf = (cell: Cell | undefined): Person.VneidLevel | undefined => {
  const s = Text.searchKey(text(cell))
  if (s === "" || s === "0" || s === "chua co" || s === "khong" || s === "none") return 0
  if (s === "1" || s === "muc 1" || s === "level 1") return 1
  if (s === "2" || s === "muc 2" || s === "level 2") return 2
  return undefined
}

const yesNoOf = (cell: Cell | undefined): boolean | undefined => {
  if (typeof cell === "boolean") return cell
  const s = Text.searchKey(text(cell))
  if (["co", "x", "yes", "y", "1", "true", "da co"].includes(s)) return true
  if (["", "khong", "no", "n", "0", "false", "chua co", "chua"].includes(s)) return false
  return undefined
}

const personInput = ValidationMessage.decoderWithMessages(Person.PersonInput)
const householdCode = ValidationMessage.decoderWithMessages(Household.HouseholdCode)
/** The address as the household form checks it (at most 200 characters). */
const householdAddress = ValidationMessage.decoderWithMessages(Household.Household.fields.address)

/** The column of a field of `Person.PersonInput`. */
const columnOfField: Record<string, ColumnKey> = {
  fullName: "fullName",
  birth: "birth",
  sex: "sex",
  unitId: "village",
  groups: "groups",
  vneidLevel: "vneidLevel",
  hasDigitalBankAccount: "digitalBank",
  phone: "phone",
  householdId: "householdCode",
}

/** Decodes one data row; `Result.fail` with every issue of the row. */
export const decodeRow = (
  layout: Layout,
  context: Context,
  row: FileRow,
): Result.Result<ImportedPerson, ReadonlyArray<RowIssue>> => {
  const issues: Array<RowIssue> = []
  const cell = (key: ColumnKey): Cell | undefined => {
    const i = layout.index.get(key)
    return i === undefined ? undefined : row.cells[i]
  }
  const issue = (key: ColumnKey, message: ValidationMessage.Bilingual) =>
    issues.push({ row: row.line, column: headerText(layout, key), message })

  const code = householdCode(text(cell("householdCode")))
  if (Result.isFailure(code)) for (const m of code.failure) issue("householdCode", m.message)

  const villageText = text(cell("village"))
  const unitId = context.villages.get(villageText) ?? context.villages.get(Text.searchKey(villageText))
  if (villageText !== "" && unitId === undefined) issue("village", messages.village)

  const birthCell = cell("birth")
  const birth = text(birthCell) === "" ? undefined : birthOf(birthCell)
  if (text(birthCell) !== "" && birth === undefined) issue("birth", messages.birth)

  const sexCell = cell("sex")
  const sex = sexOf(sexCell)
  if (text(sexCell) !== "" && sex === undefined) issue("sex", messages.sex)

  const groupNames = text(cell("groups"))
    .split(/[,;\n]+/)
    .map((g) => g.trim())
    .filter((g) => g !== "")
  const tags: Array<Person.GroupTag> = []
  for (const name of groupNames) {
    const tag = groupAliases.get(Text.searchKey(name))
    if (tag === undefined) {
      const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name
      issue("groups", {
        vi: `Không rõ nhóm "${shown}". Các nhóm: ${Object.values(Person.groupNames)
          .map((n) => n.vi)
          .join("; ")}`,
        en: `Unknown group "${shown}". Groups: ${Object.values(Person.groupNames)
          .map((n) => n.en)
          .join("; ")}`,
      })
    } else if (!tags.includes(tag)) tags.push(tag)
  }

  const levelText = text(cell("schoolLevel"))
  const schoolLevel = levelText === "" ? undefined : schoolLevels.get(Text.searchKey(levelText))
  if (levelText !== "" && schoolLevel === undefined) issue("schoolLevel", messages.schoolLevel)
  if (tags.includes("student") && levelText === "") issue("schoolLevel", messages.studentLevel)

  const employerText = text(cell("employer"))
  const employerId = employerText === "" ? undefined : context.employers.get(Text.searchKey(employerText))
  if (employerText !== "" && employerId === undefined) issue("employer", messages.employer)
  if (tags.includes("worker") && employerText === "") issue("employer", messages.workerEmployer)

  const addressText = text(cell("address"))
  const address = addressText === "" ? Result.succeed(undefined) : householdAddress(addressText)
  if (Result.isFailure(address)) for (const m of address.failure) issue("address", m.message)

  const vneid = vneidOf(cell("vneidLevel"))
  if (vneid === undefined) issue("vneidLevel", messages.vneid)
  const bank = yesNoOf(cell("digitalBank"))
  if (bank === undefined) issue("digitalBank", messages.bank)

  const groups: Array<Person.Group> = tags.flatMap((tag): ReadonlyArray<Person.Group> => {
    if (tag === "student") return schoolLevel === undefined ? [] : [{ _tag: "student", schoolLevel }]
    if (tag === "worker") {
      return employerId === undefined
        ? []
        : [{ _tag: "worker", organizationId: Organization.OrganizationId.make(employerId) }]
    }
    return [{ _tag: tag } as Person.Group]
  })
  const decoded = personInput({
    fullName: text(cell("fullName")),
    birth,
    sex,
    householdId: "import",
    unitId: unitId ?? (villageText === "" ? undefined : "unknown"),
    groups,
    vneidLevel: vneid ?? 0,
    hasDigitalBankAccount: bank ?? false,
    phone: text(cell("phone")),
  })
  if (Result.isFailure(decoded)) {
    for (const m of decoded.failure) {
      const key = columnOfField[m.path.split(".")[0] ?? ""]
      // A field already reported from its cell is not reported twice.
      if (key !== undefined && issues.some((i) => i.column === headerText(layout, key))) continue
      issue(key ?? "fullName", m.message)
    }
  }
  if (issues.length > 0 || Result.isFailure(decoded) || Result.isFailure(code)) return Result.fail(issues)
  // The household is matched by its code when the import is confirmed; the file names no school.
  const { householdId: _household, schoolId: _school, ...person } = PersonRows.toColumns(decoded.success)
  return Result.succeed({
    row: row.line,
    householdCode: code.success,
    address: Result.isSuccess(address) ? (address.success ?? null) : null,
    ...person,
  })
}
