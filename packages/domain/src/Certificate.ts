/**
 * Certificate: a course completed on the national platform ("Bình dân học vụ số", binhdanhocvuso) and
 * the certificate it gave after the online exam, as the platform's completion lists carry it — the
 * last digits of the national ID number or a phone, the name, the birth date, the course, the date
 * and the certificate number.
 *
 * A certificate becomes skill records of source `online_platform` with the certificate number as
 * evidence, for the topics its course covers ({@link topicsOfCourse}), once its row is matched to a
 * person of the registry ({@link matchPerson}). No national ID number is ever kept, not even in part
 * (DESIGN §2): {@link idTailOf} reads the digits a list gives only to tell its rows apart, and a full
 * 12-digit number is cut to its last four at once.
 *
 * @since 0.2.0
 */
import type * as CalendarDate from "./CalendarDate.js"
import type * as Phone from "./Phone.js"
import * as Text from "./Text.js"
import * as Topic from "./Topic.js"
import type * as ValidationMessage from "./ValidationMessage.js"

/** Digits of a national ID number kept in memory to compare two rows of a list, and never more. */
export const idTailLength = 4

/** What a list's national-ID cell gave: its last digits, and whether the cell held a whole number. */
export interface IdTail {
  readonly tail: string
  /** The cell held a full ID number (12 digits, or an old 9-digit CMND), which was cut. */
  readonly wasFull: boolean
}

/**
 * The last {@link idTailLength} digits of a national-ID cell ("…4567", "4567", "001203004567"), or
 * `undefined` when it holds no usable digits. A full number is cut here, before anything else sees
 * it; the caller warns that the list should not carry it.
 */
export const idTailOf = (cell: string): IdTail | undefined => {
  const digits = cell.replace(/\D/g, "")
  if (digits.length < 3) return undefined
  const wasFull = digits.length === 12 || digits.length === 9
  if (digits.length > 12) return undefined
  return { tail: digits.slice(-idTailLength), wasFull }
}

/** The warning for a list that carries full national ID numbers. */
export const fullIdWarning: ValidationMessage.Bilingual = {
  vi: "Danh sách ghi đủ số CCCD: hệ thống chỉ dùng 4 số cuối để đối chiếu và không lưu số nào",
  en: "The list gives full national ID numbers: only the last 4 digits are used to compare rows, and none is stored",
}

const course = (topics: ReadonlyArray<Topic.TopicId>, ...names: ReadonlyArray<string>) =>
  names.map((name) => [Text.searchKey(name), topics] as const)

/**
 * Courses of the platform by name, beyond the catalogue's own topic names (which are courses too):
 * the basic digital skills course gives the whole default core set.
 */
const courses: ReadonlyMap<string, ReadonlyArray<Topic.TopicId>> = new Map([
  ...Topic.catalogue.flatMap((topic) => course([topic.id], topic.name.vi, topic.name.en, topic.id)),
  ...course(
    Topic.defaultCoreTopics,
    "Kỹ năng số cơ bản",
    "Kỹ năng số cơ bản cho người dân",
    "Phổ cập kỹ năng số cơ bản",
    "Bình dân học vụ số",
    "Basic digital skills",
  ),
  ...course([Topic.ids.usingAi], "Trí tuệ nhân tạo", "Ứng dụng trí tuệ nhân tạo", "AI", "Using AI"),
  ...course([Topic.ids.digitalSafety], "An toàn thông tin", "An toàn trên không gian mạng", "An ninh mạng"),
  ...course([Topic.ids.vneid], "VNeID", "Định danh điện tử", "Ứng dụng VNeID"),
  ...course([Topic.ids.onlinePublicServices], "Dịch vụ công", "Cổng dịch vụ công quốc gia"),
  ...course([Topic.ids.digitalPayment], "Thanh toán không dùng tiền mặt", "Thanh toán điện tử"),
  ...course([Topic.ids.eCommerce], "Bán hàng trực tuyến", "Kinh doanh trực tuyến"),
  ...course([Topic.ids.onlineHealthcare], "Y tế số", "Sức khỏe điện tử"),
])

/**
 * The topics a course of the platform covers, from its name as the list writes it (accents, case and
 * punctuation aside; a course code in brackets is ignored); `undefined` for a course the catalogue
 * does not know.
 */
export const topicsOfCourse = (name: string): ReadonlyArray<Topic.TopicId> | undefined =>
  courses.get(Text.searchKey(name)) ?? courses.get(Text.searchKey(name.replace(/\s*\(.*\)\s*$/s, "")))

/** A row of a completion list, as read: who (name, birth date, phone or ID digits) and what. */
export interface Learner {
  readonly fullName: string
  readonly birthDate: CalendarDate.CalendarDate
  readonly phone?: Phone.PhoneNumber | undefined
}

/** A person of the registry the row may be. */
export interface Candidate {
  readonly id: string
  readonly fullName: string
  readonly birthDate: CalendarDate.CalendarDate | null
  readonly birthYear: number
  readonly phone: Phone.PhoneNumber | null
}

/** Why a row matched nobody, or nobody alone. */
export type MatchProblem = "no_person" | "phone_differs" | "several_people"

/** Messages for each {@link MatchProblem}. */
export const matchMessages: { readonly [P in MatchProblem]: ValidationMessage.Bilingual } = {
  no_person: {
    vi: "Không có người nào trong danh sách cư dân có cùng họ tên và ngày sinh",
    en: "No resident has this name and birth date",
  },
  phone_differs: {
    vi: "Có người cùng họ tên và ngày sinh nhưng số điện thoại khác",
    en: "A resident has this name and birth date but another phone number",
  },
  several_people: {
    vi: "Nhiều người cùng họ tên và ngày sinh; danh sách không có số điện thoại để phân biệt",
    en: "Several residents have this name and birth date; the list gives no phone number to tell them apart",
  },
}

/** The outcome of matching a row: one person, or the reason there is none (with the candidates). */
export type Match =
  | { readonly _tag: "Matched"; readonly personId: string }
  | { readonly _tag: "Unmatched"; readonly problem: "no_person" | "phone_differs" }
  | {
      readonly _tag: "Ambiguous"
      readonly problem: "several_people"
      readonly personIds: ReadonlyArray<string>
    }

const sameBirth = (learner: Learner, candidate: Candidate): "exact" | "year" | false => {
  if (candidate.birthDate !== null) return candidate.birthDate === learner.birthDate ? "exact" : false
  return String(candidate.birthYear) === learner.birthDate.slice(0, 4) ? "year" : false
}

/**
 * The person a certificate row is, by the registry's dedupe rule: the folded name (`Text.searchKey`)
 * and the birth date (a person known only by birth year matches any date of that year), then the
 * phone when the row gives one — a person with another phone is not them; among several, the one
 * with the same phone. A row without a phone (only ID digits, which the registry does not keep)
 * matches when exactly one person fits, preferring an exact birth date over a year. Pass the people
 * the importer may see.
 */
export const matchPerson = (learner: Learner, candidates: Iterable<Candidate>): Match => {
  const name = Text.searchKey(learner.fullName)
  const fitting: Array<{ candidate: Candidate; birth: "exact" | "year" }> = []
  for (const candidate of candidates) {
    if (Text.searchKey(candidate.fullName) !== name) continue
    const birth = sameBirth(learner, candidate)
    if (birth !== false) fitting.push({ candidate, birth })
  }
  if (fitting.length === 0) return { _tag: "Unmatched", problem: "no_person" }
  let pool = fitting
  if (learner.phone !== undefined) {
    const samePhone = pool.filter((f) => f.candidate.phone === learner.phone)
    if (samePhone.length === 1) return { _tag: "Matched", personId: samePhone[0]!.candidate.id }
    if (samePhone.length > 1) pool = samePhone
    else {
      pool = pool.filter((f) => f.candidate.phone === null)
      if (pool.length === 0) return { _tag: "Unmatched", problem: "phone_differs" }
    }
  }
  const exact = pool.filter((f) => f.birth === "exact")
  const best = exact.length > 0 ? exact : pool
  if (best.length === 1) return { _tag: "Matched", personId: best[0]!.candidate.id }
  return { _tag: "Ambiguous", problem: "several_people", personIds: best.map((f) => f.candidate.id) }
}
