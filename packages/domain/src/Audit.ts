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
