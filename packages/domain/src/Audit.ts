/**
 * The audit log in words: what each kind of record is called, what each action is called, and the
 * name a record goes by, so a reader sees "Người · Nguyễn Văn A" rather than `person` and an id.
 *
 * @since 0.2.0
 */
import type * as ValidationMessage from "./ValidationMessage.js"

/** The kinds of record the audit log names (its `entity` column). */
export const entityNames = {
  household: { vi: "Hộ gia đình", en: "Household" },
  person: { vi: "Người", en: "Person" },
  organization: { vi: "Tổ chức", en: "Organization" },
  topic: { vi: "Nội dung học", en: "Topic" },
  class: { vi: "Lớp học", en: "Class" },
  enrollment: { vi: "Đăng ký học", en: "Enrollment" },
  skill_record: { vi: "Kết quả học", en: "Skill record" },
  guide: { vi: "Đại sứ số", en: "Digital ambassador" },
  guide_link: { vi: "Người được Đại sứ số hướng dẫn", en: "Ambassador's learner" },
  support_staff: { vi: "Người hỗ trợ tại bộ phận một cửa", en: "Desk support staff" },
  team: { vi: "Tổ công nghệ số cộng đồng", en: "Community team" },
  visit: { vi: "Lượt đến nhà", en: "Home visit" },
  post: { vi: "Bài truyền thông", en: "Post" },
  event: { vi: "Sự kiện", en: "Event" },
  target: { vi: "Chỉ tiêu", en: "Target" },
  unit: { vi: "Đơn vị hành chính", en: "Administrative unit" },
  user: { vi: "Tài khoản", en: "Account" },
  import: { vi: "Nhập dữ liệu", en: "Import" },
  volunteer_application: { vi: "Đăng ký tình nguyện", en: "Volunteer application" },
} as const satisfies Readonly<Record<string, ValidationMessage.Bilingual>>

/** A kind of record the audit log names. */
export type Entity = keyof typeof entityNames

/** Whether an `entity` value is one the log names. */
export const isEntity = (entity: string): entity is Entity => Object.hasOwn(entityNames, entity)

/** The name of a kind of record; an unknown kind keeps its code, so nothing is hidden. */
export const entityName = (entity: string): ValidationMessage.Bilingual =>
  isEntity(entity) ? entityNames[entity] : { vi: entity, en: entity }

/** The actions the audit log records (its `action` column). */
export const actionNames = {
  create: { vi: "Thêm", en: "Created" },
  update: { vi: "Sửa", en: "Updated" },
  delete: { vi: "Xoá", en: "Deleted" },
  link: { vi: "Liên kết", en: "Linked" },
  import: { vi: "Nhập", en: "Imported" },
  export: { vi: "Xuất dữ liệu cá nhân", en: "Personal data exported" },
  erase: { vi: "Xoá dữ liệu cá nhân", en: "Personal data erased" },
  login: { vi: "Đăng nhập", en: "Signed in" },
  logout: { vi: "Đăng xuất", en: "Signed out" },
  password_change: { vi: "Đổi mật khẩu", en: "Password changed" },
  password_reset: { vi: "Đặt lại mật khẩu", en: "Password reset" },
} as const satisfies Readonly<Record<string, ValidationMessage.Bilingual>>

/** An action the audit log records. */
export type Action = keyof typeof actionNames

/** The name of an action; an unknown one keeps its code. */
export const actionName = (action: string): ValidationMessage.Bilingual =>
  Object.hasOwn(actionNames, action) ? actionNames[action as Action] : { vi: action, en: action }

// The fields a record goes by, in the order they name it best: a person's or account's full name, a
// unit's or organization's name, a class's or post's title, a household's or import's code, an email.
const nameFields = ["fullName", "name", "title", "code", "email"] as const

/**
 * The name a record goes by, read from a snapshot the log kept (its `after`, else its `before`): the
 * first non-empty of `fullName`, `name`, `title`, `code`, `email`; `undefined` when the snapshot has
 * none (a sign-in, whose record is the account: look it up).
 */
export const recordName = (...snapshots: ReadonlyArray<unknown>): string | undefined => {
  for (const snapshot of snapshots) {
    if (typeof snapshot !== "object" || snapshot === null) continue
    for (const field of nameFields) {
      const value = (snapshot as Readonly<Record<string, unknown>>)[field]
      if (typeof value === "string" && value.trim() !== "") return value.trim()
    }
  }
  return undefined
}

/**
 * What the fields of the records the log keeps are called, for the detail of an entry: "Họ và tên"
 * rather than `fullName`. A field not listed keeps its code, so nothing is hidden.
 */
export const fieldNames = {
  fullName: { vi: "Họ và tên", en: "Full name" },
  name: { vi: "Tên", en: "Name" },
  title: { vi: "Tiêu đề", en: "Title" },
  code: { vi: "Mã", en: "Code" },
  email: { vi: "Thư điện tử", en: "Email" },
  role: { vi: "Vai trò", en: "Role" },
  phone: { vi: "Số điện thoại", en: "Phone" },
  birthYear: { vi: "Năm sinh", en: "Birth year" },
  birthDate: { vi: "Ngày sinh", en: "Date of birth" },
  birth: { vi: "Ngày sinh hoặc năm sinh", en: "Birth date or year" },
  year: { vi: "Năm", en: "Year" },
  groups: { vi: "Nhóm đối tượng", en: "Groups" },
  hasDigitalBankAccount: { vi: "Tài khoản ngân hàng số", en: "Digital bank account" },
  isRemote: { vi: "Vùng xa trung tâm", en: "Remote area" },
  organizationId: { vi: "Nơi làm việc", en: "Employer" },
  schoolLevel: { vi: "Cấp học", en: "School level" },
  schoolId: { vi: "Trường", en: "School" },
  needs: { vi: "Nhu cầu", en: "Needs" },
  from: { vi: "Từ ngày", en: "From" },
  to: { vi: "Đến ngày", en: "To" },
  sex: { vi: "Giới tính", en: "Sex" },
  address: { vi: "Địa chỉ", en: "Address" },
  kind: { vi: "Loại", en: "Kind" },
  status: { vi: "Trạng thái", en: "Status" },
  unitId: { vi: "Đơn vị", en: "Unit" },
  villageId: { vi: "Thôn, tổ dân phố", en: "Village" },
  communeId: { vi: "Xã, phường", en: "Commune" },
  parentId: { vi: "Đơn vị cấp trên", en: "Parent unit" },
  householdId: { vi: "Hộ gia đình", en: "Household" },
  personId: { vi: "Người", en: "Person" },
  teamId: { vi: "Tổ", en: "Team" },
  guideId: { vi: "Đại sứ số", en: "Digital ambassador" },
  classId: { vi: "Lớp học", en: "Class" },
  topicId: { vi: "Nội dung học", en: "Topic" },
  topicIds: { vi: "Nội dung học", en: "Topics" },
  memberIds: { vi: "Thành viên", en: "Members" },
  leaderId: { vi: "Tổ trưởng", en: "Team leader" },
  date: { vi: "Ngày", en: "Date" },
  since: { vi: "Từ ngày", en: "Since" },
  startsAt: { vi: "Bắt đầu", en: "Starts" },
  endsAt: { vi: "Kết thúc", en: "Ends" },
  venue: { vi: "Địa điểm", en: "Venue" },
  capacity: { vi: "Số chỗ", en: "Capacity" },
  value: { vi: "Giá trị", en: "Value" },
  deadline: { vi: "Hạn", en: "Deadline" },
  indicator: { vi: "Chỉ tiêu", en: "Indicator" },
  validFrom: { vi: "Hiệu lực từ", en: "Valid from" },
  validTo: { vi: "Hiệu lực đến", en: "Valid to" },
  vneidLevel: { vi: "Mức định danh điện tử VNeID", en: "VNeID level" },
  disability: { vi: "Khuyết tật", en: "Disability" },
  remote: { vi: "Vùng xa", en: "Remote" },
  occupation: { vi: "Nghề nghiệp", en: "Occupation" },
  helpedIds: { vi: "Người được hướng dẫn", en: "People helped" },
  body: { vi: "Nội dung", en: "Text" },
  publishedAt: { vi: "Ngày đăng", en: "Published" },
  rows: { vi: "Số dòng", en: "Rows" },
  fileName: { vi: "Tệp", en: "File" },
} as const satisfies Readonly<Record<string, ValidationMessage.Bilingual>>

/** The name of a field of a kept record; an unknown field keeps its code. */
export const fieldName = (field: string): ValidationMessage.Bilingual =>
  Object.hasOwn(fieldNames, field) ? fieldNames[field as keyof typeof fieldNames] : { vi: field, en: field }

/**
 * The fields whose value is an administrative unit's id: the log's reader sees the unit's name there
 * when the answer has it.
 */
export const unitFields: ReadonlySet<string> = new Set([
  "unitId",
  "villageId",
  "communeId",
  "parentId",
  "seenUnitId",
])

/** One field of an entry: its value before and after (`undefined` where the snapshot had none). */
export interface Change {
  readonly field: string
  readonly before: unknown
  readonly after: unknown
}

// Bookkeeping every record carries, which says nothing a reader needs about the change.
const bookkeeping: ReadonlySet<string> = new Set(["id", "createdAt", "updatedAt", "deletedAt", "version"])

const fieldsOf = (snapshot: unknown): Readonly<Record<string, unknown>> =>
  typeof snapshot === "object" && snapshot !== null && !Array.isArray(snapshot)
    ? (snapshot as Readonly<Record<string, unknown>>)
    : {}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * The fields an entry changed, in the order the record lists them: for a change, the fields whose
 * value differs; for a new record, every field it was given; for a removed one, every field it had.
 * Bookkeeping (`id`, `createdAt`, `updatedAt`) is left out; a snapshot that is not a record gives no
 * fields.
 *
 * @example
 * ```ts
 * Audit.changes({ id: "p1", fullName: "An", phone: null }, { id: "p1", fullName: "Ân", phone: null })
 * // [{ field: "fullName", before: "An", after: "Ân" }]
 * ```
 */
export const changes = (before: unknown, after: unknown): ReadonlyArray<Change> => {
  const old = fieldsOf(before)
  const next = fieldsOf(after)
  const fields = [...new Set([...Object.keys(old), ...Object.keys(next)])]
  return fields
    .filter((field) => !bookkeeping.has(field) && !same(old[field], next[field]))
    .map((field) => ({ field, before: old[field], after: next[field] }))
}
