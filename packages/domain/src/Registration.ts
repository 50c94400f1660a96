/**
 * Registration: the public sign-up forms of the landing site — a resident asking for a class near
 * home, and a volunteer offering to teach (a Đại sứ số guide or a youth volunteer).
 *
 * The same schemas validate the form in the browser and the request in the API. A person who signs
 * up twice (a second class, a retyped form) is recognised by {@link dedupeKey}: the folded name and
 * the phone number in E.164, so "Nguyễn Văn Đức, 0912 345 678" and "nguyen van duc, +84912345678" are
 * the same person.
 *
 * @since 0.1.0
 */
import { Effect, Result, Schema, SchemaTransformation } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import { ClassId } from "./Class.js"
import * as Person from "./Person.js"
import * as Phone from "./Phone.js"
import * as Text from "./Text.js"
import * as Topic from "./Topic.js"
import { UnitId } from "./Unit.js"
import * as ValidationMessage from "./ValidationMessage.js"

const birthYearFormat: ValidationMessage.Bilingual = {
  vi: "Năm sinh gồm 4 chữ số, ví dụ 1958",
  en: "Write the birth year with 4 digits, e.g. 1958",
}

/**
 * A birth year as a form sends it: a number or the text of one (`"1958"`, as an HTML input gives
 * it), 1900–2100.
 */
export const BirthYearField = Schema.Union([Schema.Finite, Schema.String])
  .pipe(
    Schema.decodeTo(
      Person.BirthYear,
      SchemaTransformation.transformEffect({
        decode: (input: number | string) =>
          typeof input === "number"
            ? Effect.succeed(input)
            : /^\s*\d{4}\s*$/.test(input)
              ? Effect.succeed(Number(input))
              : Effect.fail(ValidationMessage.invalid(birthYearFormat, input)),
        encode: (year: number) => Effect.succeed(year),
      }),
    ),
  )
  .annotate(ValidationMessage.label({ vi: "Năm sinh", en: "Birth year" }))

/**
 * What a resident may need from a class: `elderly` (a class at the pace of older people), `disability`
 * (a class adapted to a disability), `four_t` (a small trader or farmer: the 4T model), `home_visit`
 * (cannot come: a door-to-door visit), `no_device` (has no smartphone to learn on).
 */
export const Need = Schema.Literals(["elderly", "disability", "four_t", "home_visit", "no_device"])
/** What a resident may need from a class. */
export type Need = typeof Need.Type

/** Vietnamese and English wording of each need, as the form shows it. */
export const needNames: { readonly [N in Need]: ValidationMessage.Bilingual } = {
  elderly: { vi: "Tôi là người cao tuổi", en: "I am an older person" },
  disability: { vi: "Tôi là người khuyết tật", en: "I have a disability" },
  four_t: { vi: "Tôi là tiểu thương, nông dân (mô hình 4T)", en: "I am a small trader or farmer (4T)" },
  home_visit: { vi: "Tôi cần được hướng dẫn tại nhà", en: "I need help at home" },
  no_device: { vi: "Tôi chưa có điện thoại thông minh", en: "I have no smartphone" },
}

const consent = Schema.Literal(true).annotate({
  ...ValidationMessage.label({ vi: "Đồng ý", en: "Consent" }),
  ...ValidationMessage.message({
    vi: "Vui lòng đồng ý để xã dùng họ tên và số điện thoại của bạn để liên hệ",
    en: "Please agree that the commune may use your name and phone number to contact you",
  }),
})

const place = UnitId.annotate(
  ValidationMessage.label({ vi: "Xã, phường hoặc thôn, tổ dân phố", en: "Commune or village" }),
)

/**
 * The public sign-up form: a resident asks to learn, for a chosen class or for the next one near
 * home. Name and phone are normalised; consent to be contacted is required (Decree 13/2023/NĐ-CP on
 * personal data protection).
 */
export const PublicSignUp = Schema.Struct({
  fullName: Person.FullName,
  phone: Phone.PhoneNumber,
  birthYear: BirthYearField,
  /** Where the person lives: a village (thôn, tổ dân phố) or, if they do not know it, the commune. */
  unitId: place,
  needs: Schema.Array(Need).annotate(ValidationMessage.label({ vi: "Nhu cầu", en: "Needs" })),
  /** Topics the person wants to learn first; empty when they leave it to the class. */
  topicIds: Schema.Array(Topic.TopicId).annotate(ValidationMessage.label({ vi: "Muốn học", en: "Topics" })),
  /** The class chosen on the site; absent for "the next class near me". */
  classId: Schema.optionalKey(ClassId.annotate(ValidationMessage.label({ vi: "Lớp học", en: "Class" }))),
  consent,
})
/** The public sign-up form. */
export type PublicSignUp = typeof PublicSignUp.Type

/** The volunteer roles the site recruits: a Đại sứ số guide ("Người hướng dẫn"), a youth volunteer. */
export const VolunteerRole = Schema.Literals(["guide", "youth_volunteer"]).annotate(
  ValidationMessage.label({ vi: "Vai trò", en: "Role" }),
)
/** A volunteer role. */
export type VolunteerRole = typeof VolunteerRole.Type

/** Vietnamese and English names of each volunteer role. */
export const volunteerRoleNames: { readonly [R in VolunteerRole]: ValidationMessage.Bilingual } = {
  guide: { vi: "Đại sứ số (Người hướng dẫn)", en: "Digital ambassador (guide)" },
  youth_volunteer: { vi: "Thanh niên tình nguyện", en: "Youth volunteer" },
}

/**
 * The volunteer sign-up form: a resident offers to guide learners (each guide helps at least five
 * "Người học") or to join the youth volunteers' classes.
 */
export const VolunteerSignUp = Schema.Struct({
  fullName: Person.FullName,
  phone: Phone.PhoneNumber,
  birthYear: BirthYearField,
  unitId: place,
  role: VolunteerRole,
  /** Topics the volunteer can teach; at least one. */
  topicIds: Schema.Array(Topic.TopicId)
    .check(
      Schema.isMinLength(
        1,
        ValidationMessage.message({
          vi: "Chọn ít nhất một nội dung bạn có thể hướng dẫn",
          en: "Choose at least one topic you can teach",
        }),
      ),
    )
    .annotate(ValidationMessage.label({ vi: "Có thể hướng dẫn", en: "Can teach" })),
  /** When the volunteer is free, in their words ("tối thứ 3, sáng chủ nhật"). */
  availability: Schema.optionalKey(
    Schema.String.check(
      Schema.isMaxLength(
        200,
        ValidationMessage.message({
          vi: "Thời gian rảnh dài quá 200 ký tự",
          en: "Availability is longer than 200 characters",
        }),
      ),
    ).annotate(ValidationMessage.label({ vi: "Thời gian rảnh", en: "Availability" })),
  ),
  consent,
})
/** The volunteer sign-up form. */
export type VolunteerSignUp = typeof VolunteerSignUp.Type

/**
 * The key that recognises one person across sign-ups: the name's search key and the phone in E.164,
 * `"nguyen van duc|+84912345678"`. Accents and spelling of the name and formatting of the phone do not
 * change it; a different person sharing a family phone has a different key.
 */
export const dedupeKey = (signUp: { readonly fullName: string; readonly phone: Phone.PhoneNumber }): string =>
  `${Text.searchKey(signUp.fullName)}|${signUp.phone}`

/** Whether two sign-ups are from the same person (same {@link dedupeKey}). */
export const isSamePerson = (
  a: { readonly fullName: string; readonly phone: Phone.PhoneNumber },
  b: { readonly fullName: string; readonly phone: Phone.PhoneNumber },
): boolean => dedupeKey(a) === dedupeKey(b)

/** The youngest a volunteer may be: 16 (under 16 is a child in Vietnamese law, never a Đại sứ số). */
export const MINIMUM_VOLUNTEER_AGE = 16

/**
 * What is wrong with a volunteer's application on `today`, beyond its schema: a birth year in the
 * future, or one that makes them younger than {@link MINIMUM_VOLUNTEER_AGE} this year (a child
 * ambassador). Empty when it may be recorded. Topic ids are checked against the catalogue the
 * deployment keeps (it may add topics), so that check is the caller's.
 *
 * @example
 * ```ts
 * Registration.volunteerProblems({ birthYear: 2015 }, CalendarDate.parse("2026-03-01")!)[0]?.path // "birthYear"
 * ```
 */
export const volunteerProblems = (
  signUp: { readonly birthYear: number },
  today: CalendarDate.CalendarDate,
): ReadonlyArray<ValidationMessage.FieldMessage> => {
  const year = CalendarDate.yearOf(today)
  if (signUp.birthYear > year) {
    return [
      {
        path: "birthYear",
        message: {
          vi: `Năm sinh ${signUp.birthYear} chưa đến`,
          en: `The birth year ${signUp.birthYear} is in the future`,
        },
      },
    ]
  }
  if (year - signUp.birthYear < MINIMUM_VOLUNTEER_AGE) {
    return [
      {
        path: "birthYear",
        message: {
          vi: `Tình nguyện viên phải từ ${MINIMUM_VOLUNTEER_AGE} tuổi trở lên (sinh năm ${year - MINIMUM_VOLUNTEER_AGE} trở về trước)`,
          en: `A volunteer must be at least ${MINIMUM_VOLUNTEER_AGE} (born in ${year - MINIMUM_VOLUNTEER_AGE} or earlier)`,
        },
      },
    ]
  }
  return []
}

/** Where a volunteer application stands: waiting for the commune, or decided once. */
export const ApplicationStatus = Schema.Literals(["pending", "approved", "rejected"])
/** Where a volunteer application stands. */
export type ApplicationStatus = typeof ApplicationStatus.Type

/** A decision on an application: approve or reject. */
export type Decision = "approved" | "rejected"

/** A second decision on an application that was already decided. */
export class AlreadyDecided extends Schema.TaggedError<AlreadyDecided>()("Registration/AlreadyDecided", {
  status: Schema.Literals(["approved", "rejected"]),
}) {
  /** The reason, in Vietnamese and English. */
  get text(): ValidationMessage.Bilingual {
    return this.status === "approved"
      ? { vi: "Đơn này đã được duyệt trước đó", en: "This application has already been approved" }
      : { vi: "Đơn này đã bị từ chối trước đó", en: "This application has already been rejected" }
  }
  override get message(): string {
    return this.text.en
  }
}

/**
 * Decides an application once: from `pending` to the decision; any other status fails with
 * {@link AlreadyDecided} (an approval is not taken back, a rejection not turned into an approval).
 */
export const decide = (
  status: ApplicationStatus,
  decision: Decision,
): Result.Result<Decision, AlreadyDecided> =>
  status === "pending" ? Result.succeed(decision) : Result.fail(new AlreadyDecided({ status }))

/**
 * What an approved volunteer joins: a youth union base's campaign (`YouthCampaign`) or a community
 * team (`Team`). A youth volunteer's approval names one; a guide's may.
 */
export const Joins = Schema.Struct({
  campaignId: Schema.optionalKey(
    Schema.NonEmptyString.annotate(ValidationMessage.label({ vi: "Chiến dịch", en: "Campaign" })),
  ),
  teamId: Schema.optionalKey(
    Schema.NonEmptyString.annotate(ValidationMessage.label({ vi: "Tổ", en: "Team" })),
  ),
})
  .check(
    Schema.makeFilter((joins) =>
      (joins.campaignId === undefined) === (joins.teamId === undefined)
        ? [
            {
              path: [],
              issue: ValidationMessage.invalid(
                joins.campaignId === undefined
                  ? { vi: "Chọn chiến dịch hoặc tổ tham gia", en: "Choose the campaign or team joined" }
                  : {
                      vi: "Chọn một: chiến dịch hoặc tổ, không chọn cả hai",
                      en: "Choose one: a campaign or a team, not both",
                    },
                joins,
              ),
            },
          ]
        : [],
    ),
  )
  .annotate(ValidationMessage.label({ vi: "Tham gia", en: "Joins" }))
/** What an approved volunteer joins. */
export type Joins = typeof Joins.Type

/**
 * What is wrong with a decision on an application beyond its schema: approving a youth volunteer
 * without naming the campaign or team they join (an approval is a join, not only a status). A guide's
 * approval creates their guide record, so naming a campaign or team is theirs to choose.
 *
 * @example
 * ```ts
 * Registration.decisionProblems({ role: "youth_volunteer" }, { decision: "approved" })[0]?.path // "joins"
 * ```
 */
export const decisionProblems = (
  application: { readonly role: VolunteerRole },
  decision: { readonly decision: Decision; readonly joins?: Joins | undefined },
): ReadonlyArray<ValidationMessage.FieldMessage> =>
  decision.decision === "approved" && application.role === "youth_volunteer" && decision.joins === undefined
    ? [
        {
          path: "joins",
          message: {
            vi: "Chọn chiến dịch hoặc tổ mà tình nguyện viên tham gia khi duyệt",
            en: "Choose the campaign or team the volunteer joins on approval",
          },
        },
      ]
    : []
