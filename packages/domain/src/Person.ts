/**
 * Person: a resident the campaign counts, teaches and visits.
 *
 * Personal data is minimal: a name, a birth date or only a birth year, sex, where the person lives,
 * the groups the campaign's task groups target, and the two facts of "Mỗi công dân - Một danh tính
 * số" (VNeID level and a digital bank account). No national ID number, not even in part.
 *
 * Everything that depends on age is computed at a reference date the caller passes: a report "as at
 * 30 June" must not change when it is printed in July.
 *
 * @since 0.1.0
 */
import { Option, Schema, SchemaTransformation } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import { HouseholdId } from "./Household.js"
import { OrganizationId } from "./Organization.js"
import * as Phone from "./Phone.js"
import * as Text from "./Text.js"
import { UnitId } from "./Unit.js"
import * as ValidationMessage from "./ValidationMessage.js"

/** Identifies a person. */
export const PersonId = Schema.String.pipe(Schema.brand("PersonId"))
/** Identifies a person. */
export type PersonId = typeof PersonId.Type

/** The longest name accepted, in characters. */
export const maxNameLength = 100

const nameLetters = "a-zđăâêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵầấẩẫậằắẳẵặềếểễệồốổỗộờớởỡợừứửữự"

/** A full name as stored: normalised (see `Text.normalizeName`), 1–100 characters. */
export const NormalizedName = Schema.String.check(
  Schema.makeFilter<string>((s) => s === Text.normalizeName(s), {
    expected: "a normalised name",
    ...ValidationMessage.message({
      vi: "Họ và tên phải viết hoa chữ cái đầu mỗi từ, không có dấu cách thừa",
      en: "Capitalise each word of the name, without extra spaces",
    }),
    toJsonSchema: () => [{}, true],
    arbitraryConstraint: {
      patterns: [
        {
          source: `^[A-ZĐ][${nameLetters}]{0,6}( [A-ZĐƯƠ][${nameLetters}]{0,6}){1,3}$`,
          flags: "",
        },
      ],
    },
  }),
  Schema.isMinLength(
    1,
    ValidationMessage.message({ vi: "Vui lòng nhập họ và tên", en: "Enter the full name" }),
  ),
  Schema.isMaxLength(
    maxNameLength,
    ValidationMessage.message({
      vi: `Họ và tên dài quá ${maxNameLength} ký tự`,
      en: `The name is longer than ${maxNameLength} characters`,
    }),
  ),
)

/**
 * A full name as typed in a form or an import: normalised on decode (`"  nguyễn  VĂN đức"` →
 * `"Nguyễn Văn Đức"`), then required and at most 100 characters.
 */
export const FullName = Schema.String.pipe(
  Schema.decodeTo(
    NormalizedName,
    SchemaTransformation.transform({ decode: Text.normalizeName, encode: (s) => s }),
  ),
).annotate(ValidationMessage.label({ vi: "Họ và tên", en: "Full name" }))

/** A birth year, 1900–2100. */
export const BirthYear = Schema.Int.check(
  Schema.isBetween(
    { minimum: 1900, maximum: 2100 },
    ValidationMessage.message({
      vi: "Năm sinh phải từ 1900 đến 2100",
      en: "The birth year must be between 1900 and 2100",
    }),
  ),
).annotate(ValidationMessage.label({ vi: "Năm sinh", en: "Birth year" }))

/** A full birth date. */
export const BirthDate = Schema.Struct({
  date: CalendarDate.CalendarDate.annotate(ValidationMessage.label({ vi: "Ngày sinh", en: "Birth date" })),
})
/** Only the birth year, when the date is not known. */
export const BirthYearOnly = Schema.Struct({ year: BirthYear })

/**
 * When a person was born: the full date (`{ date: "1958-03-12" }`) or, when only that is known,
 * the year (`{ year: 1958 }`) — exactly one of the two.
 */
export const Birth = Schema.Union([BirthDate, BirthYearOnly], { mode: "oneOf" }).annotate({
  ...ValidationMessage.label({ vi: "Ngày sinh hoặc năm sinh", en: "Birth date or year" }),
  ...ValidationMessage.message({
    vi: "Nhập ngày sinh hoặc năm sinh (chỉ một trong hai)",
    en: "Enter the birth date or the birth year (only one of them)",
  }),
})
/** When a person was born: the full date or only the year. */
export type Birth = typeof Birth.Type

/** Born on a known date. */
export const bornOn = (date: CalendarDate.CalendarDate): Birth => ({ date })

/** Born in a known year, date unknown. */
export const bornIn = (year: number): Birth => ({ year })

/** Sex as in the civil register: nam (male) or nữ (female). */
export const Sex = Schema.Literals(["male", "female"]).annotate(
  ValidationMessage.label({ vi: "Giới tính", en: "Sex" }),
)
/** Sex as in the civil register. */
export type Sex = typeof Sex.Type

/** The name of each sex, as forms, lists and exports show it. */
export const sexNames: { readonly [K in Sex]: ValidationMessage.Bilingual } = {
  male: { vi: "Nam", en: "Male" },
  female: { vi: "Nữ", en: "Female" },
}

/**
 * The level of a person's electronic identification account on VNeID: 0 (none), 1 (level 1) or
 * 2 (level 2, the one that counts as a digital identity).
 */
export const VneidLevel = Schema.Literals([0, 1, 2]).annotate(
  ValidationMessage.label({ vi: "Mức định danh điện tử VNeID", en: "VNeID level" }),
)
/** The level of a person's VNeID account. */
export type VneidLevel = typeof VneidLevel.Type

/**
 * The school level of a student: tiểu học (primary), THCS (lower secondary), THPT (upper secondary),
 * giáo dục nghề nghiệp (vocational), đại học/cao đẳng (university or college).
 */
export const SchoolLevel = Schema.Literals([
  "primary",
  "lower_secondary",
  "upper_secondary",
  "vocational",
  "university",
])
/** The school level of a student. */
export type SchoolLevel = typeof SchoolLevel.Type

/** The name of each school level, as forms, lists and exports show it. */
export const schoolLevelNames: { readonly [K in SchoolLevel]: ValidationMessage.Bilingual } = {
  primary: { vi: "Tiểu học", en: "Primary" },
  lower_secondary: { vi: "Trung học cơ sở", en: "Lower secondary" },
  upper_secondary: { vi: "Trung học phổ thông", en: "Upper secondary" },
  vocational: { vi: "Giáo dục nghề nghiệp", en: "Vocational" },
  university: { vi: "Đại học, cao đẳng", en: "University or college" },
}

/**
 * A group a person belongs to, as the campaign's task groups and classes target them:
 * - `civil_servant`: cán bộ, công chức, viên chức (civil servant or public employee);
 * - `party_member`: đảng viên;
 * - `student`: học sinh, with the school level and, when known, the school;
 * - `worker`: người lao động of an enterprise or cooperative;
 * - `small_trader`: tiểu thương; `farmer`: nông dân (the 4T audience);
 * - `youth_union_member`: đoàn viên;
 * - `disability`: người khuyết tật;
 * - `remote_area`: lives far from the centre ("vùng xa trung tâm").
 */
export const Group = Schema.Union([
  Schema.TaggedStruct("civil_servant", {}),
  Schema.TaggedStruct("party_member", {}),
  Schema.TaggedStruct("student", {
    schoolLevel: SchoolLevel.annotate(ValidationMessage.label({ vi: "Cấp học", en: "School level" })),
    schoolId: Schema.optionalKey(
      OrganizationId.annotate(ValidationMessage.label({ vi: "Trường", en: "School" })),
    ),
  }),
  Schema.TaggedStruct("worker", {
    organizationId: OrganizationId.annotate(ValidationMessage.label({ vi: "Nơi làm việc", en: "Employer" })),
  }),
  Schema.TaggedStruct("small_trader", {}),
  Schema.TaggedStruct("farmer", {}),
  Schema.TaggedStruct("youth_union_member", {}),
  Schema.TaggedStruct("disability", {}),
  Schema.TaggedStruct("remote_area", {}),
])
/** A group a person belongs to. */
export type Group = typeof Group.Type
/** The tag of a {@link Group}. */
export type GroupTag = Group["_tag"]

/** Vietnamese and English names of each group. */
export const groupNames: { readonly [K in GroupTag]: ValidationMessage.Bilingual } = {
  civil_servant: { vi: "Cán bộ, công chức, viên chức", en: "Civil servant or public employee" },
  party_member: { vi: "Đảng viên", en: "Party member" },
  student: { vi: "Học sinh, sinh viên", en: "Student" },
  worker: { vi: "Người lao động", en: "Worker" },
  small_trader: { vi: "Tiểu thương", en: "Small trader" },
  farmer: { vi: "Nông dân", en: "Farmer" },
  youth_union_member: { vi: "Đoàn viên", en: "Youth union member" },
  disability: { vi: "Người khuyết tật", en: "Person with disability" },
  remote_area: { vi: "Sống ở vùng xa trung tâm", en: "Lives in a remote area" },
}

/**
 * An optional phone number in a form or request: blank (`""`), `null` or absent all mean "no phone",
 * not a wrong one; anything else must be a {@link Phone.PhoneNumber}.
 */
export const OptionalPhone = Schema.optional(
  Schema.NullOr(
    Schema.String.annotate({
      description:
        "A Vietnamese phone number in any usual form (0912 345 678, 0912.345.678, 091-234-5678, " +
        "+84 912 345 678, 84912345678, a landline such as (024) 3825 1234), stored and returned in E.164 (+84912345678); blank or null for none",
    }),
  ),
).pipe(
  Schema.decodeTo(
    Schema.optionalKey(Phone.PhoneNumber),
    SchemaTransformation.transformOptional({
      decode: (input) => Option.filter(input, (s): s is string => typeof s === "string" && s.trim() !== ""),
      encode: (phone) => phone,
    }),
  ),
)

const fields = {
  fullName: FullName,
  birth: Birth,
  sex: Sex,
  /** The household the person belongs to; `null` for a person not registered in a household. */
  householdId: Schema.NullOr(HouseholdId).annotate(
    ValidationMessage.label({ vi: "Hộ gia đình", en: "Household" }),
  ),
  /** The leaf unit (thôn or tổ dân phố) where the person lives. */
  unitId: UnitId.annotate(
    ValidationMessage.label({ vi: "Thôn, tổ dân phố", en: "Village or residential group" }),
  ),
  groups: Schema.Array(Group).annotate(ValidationMessage.label({ vi: "Nhóm đối tượng", en: "Groups" })),
  vneidLevel: VneidLevel,
  hasDigitalBankAccount: Schema.Boolean.annotate(
    ValidationMessage.label({ vi: "Tài khoản ngân hàng số", en: "Digital bank account" }),
  ),
  /** A contact number, absent when the person has none or did not give it. */
  phone: OptionalPhone.annotate(ValidationMessage.label({ vi: "Số điện thoại", en: "Phone number" })),
}

/** A person. */
export class Person extends Schema.Class<Person>("@bdhv/domain/Person")({
  id: PersonId,
  ...fields,
}) {}

/**
 * What a form or the API sends to create or update a person: every field of {@link Person} but the
 * id. Names are normalised, phone numbers read in any usual form, a blank phone means none; each
 * failure comes with a message for its field (see `ValidationMessage.decodeWithMessages`).
 */
export const PersonInput = Schema.Struct(fields)
/** What a form or the API sends to create or update a person. */
export type PersonInput = typeof PersonInput.Type

/** The age at which a person is elderly: 60 (Law on the Elderly 2009, art. 2). */
export const elderlyAge = 60
/** The age of majority: 18. */
export const adultAge = 18
/**
 * The age from which the campaign expects a digital identity: 16 ("Bảo đảm 100% công dân từ 16 tuổi
 * có danh tính số").
 */
export const digitalIdentityAge = 16

/**
 * The person's age in completed years at `date` (negative before birth).
 *
 * A birthday is reached on its day; a 29 February birthday is reached on 1 March in common years.
 * A person known only by birth year is treated as born on 1 January of that year, the convention of
 * Vietnamese social-insurance and retirement rules when only the year is recorded: the age is then the
 * reference year minus the birth year, the way people count their age and the figure the commune's
 * other registers give. It may count someone as up to a year older than they are, which errs towards
 * including people in the elderly and ≥ 16 groups the campaign must reach rather than leaving them out.
 */
export const ageAt = (person: { readonly birth: Birth }, date: CalendarDate.CalendarDate): number => {
  const at = CalendarDate.toParts(date)
  if ("year" in person.birth) return at.year - person.birth.year
  const born = CalendarDate.toParts(person.birth.date)
  const hadBirthday = at.month > born.month || (at.month === born.month && at.day >= born.day)
  return at.year - born.year - (hadBirthday ? 0 : 1)
}

/** Whether the person has reached `age` at `date`. */
export const hasReachedAgeAt = (
  person: { readonly birth: Birth },
  age: number,
  date: CalendarDate.CalendarDate,
): boolean => ageAt(person, date) >= age

/** Whether the person is elderly (≥ 60) at `date`. */
export const isElderlyAt = (person: { readonly birth: Birth }, date: CalendarDate.CalendarDate): boolean =>
  hasReachedAgeAt(person, elderlyAge, date)

/** Whether the person is an adult (≥ 18) at `date`. */
export const isAdultAt = (person: { readonly birth: Birth }, date: CalendarDate.CalendarDate): boolean =>
  hasReachedAgeAt(person, adultAge, date)

/** Whether the person is old enough (≥ 16) that the campaign expects a digital identity at `date`. */
export const needsDigitalIdentityAt = (
  person: { readonly birth: Birth },
  date: CalendarDate.CalendarDate,
): boolean => hasReachedAgeAt(person, digitalIdentityAge, date)

/**
 * The birth cut-off for "at least `age` at `date`", for SQL: a person qualifies when their birth date
 * is on or before `latestBirthDate`, or, known only by year, their birth year is at most
 * `latestBirthYear`. Agrees with {@link ageAt}.
 *
 * @example
 * ```text
 * WHERE (birth_date IS NOT NULL AND birth_date <= $latestBirthDate)
 *    OR (birth_date IS NULL AND birth_year <= $latestBirthYear)
 * ```
 */
export const ageCutoff = (
  age: number,
  date: CalendarDate.CalendarDate,
): { readonly latestBirthDate: CalendarDate.CalendarDate; readonly latestBirthYear: number } => {
  const at = CalendarDate.toParts(date)
  const year = at.year - age
  // On 29 February, the anniversary in a common year is the last day of February.
  const day = Math.min(at.day, CalendarDate.daysInMonth(year, at.month))
  const latestBirthDate = CalendarDate.fromParts({ year, month: at.month, day })
  if (latestBirthDate === undefined) throw new RangeError(`No cut-off for age ${age} at ${date}`)
  return { latestBirthDate, latestBirthYear: year }
}

/** The birth year of a person, known in both forms of {@link Birth}. */
export const birthYearOf = (person: { readonly birth: Birth }): number =>
  "year" in person.birth ? person.birth.year : CalendarDate.yearOf(person.birth.date)

/** Anything with a person's groups: a {@link Person}, a {@link PersonInput}, a row of a query. */
export interface WithGroups {
  readonly groups: ReadonlyArray<Group>
}

/** Whether the person belongs to a group. */
export const hasGroup = (person: WithGroups, tag: GroupTag): boolean =>
  person.groups.some((g) => g._tag === tag)

/** Whether the person is a civil servant or public employee (cán bộ, công chức, viên chức). */
export const isCivilServant = (person: WithGroups): boolean => hasGroup(person, "civil_servant")

/** Whether the person is a party member (đảng viên). */
export const isPartyMember = (person: WithGroups): boolean => hasGroup(person, "party_member")

/** Whether the person is a student (học sinh, sinh viên). */
export const isStudent = (person: WithGroups): boolean => hasGroup(person, "student")

/** The school level of a student, `undefined` for a person who is not one. */
export const schoolLevelOf = (person: WithGroups): SchoolLevel | undefined => {
  for (const g of person.groups) if (g._tag === "student") return g.schoolLevel
  return undefined
}

/** Whether the person works for an enterprise or cooperative (người lao động). */
export const isWorker = (person: WithGroups): boolean => hasGroup(person, "worker")

/** The organizations the person works for. */
export const employersOf = (person: WithGroups): ReadonlyArray<OrganizationId> =>
  person.groups.flatMap((g) => (g._tag === "worker" ? [g.organizationId] : []))

/** Whether the person is a small trader or a farmer: the audience of the 4T model. */
export const isTraderOrFarmer = (person: WithGroups): boolean =>
  hasGroup(person, "small_trader") || hasGroup(person, "farmer")

/** Whether the person is a youth union member (đoàn viên). */
export const isYouthUnionMember = (person: WithGroups): boolean => hasGroup(person, "youth_union_member")

/** Whether the person has a disability (người khuyết tật). */
export const hasDisability = (person: WithGroups): boolean => hasGroup(person, "disability")

/** Whether the person lives in a remote area (vùng xa trung tâm). */
export const livesInRemoteArea = (person: WithGroups): boolean => hasGroup(person, "remote_area")

/** Whether the person has a digital identity: a level-2 VNeID account. */
export const hasDigitalIdentity = (person: { readonly vneidLevel: VneidLevel }): boolean =>
  person.vneidLevel === 2
