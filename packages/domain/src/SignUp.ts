/**
 * SignUp: a public sign-up for a class as the commune reviews it. A resident's form from the landing
 * site is a request, not a person: it waits in the commune officer's queue (`pending`) while the class
 * holds a seat for it, and is decided once — accepted (matched to a person already registered, or
 * registered as a new person with their household) or rejected with a reason. Only an accepted sign-up
 * becomes a person and an enrollment, so the indicators count nobody the commune has not checked.
 *
 * The officer matches by the candidates {@link rankCandidates} suggests from the commune's people:
 * the parts of the dedupe key (the folded name, the phone, the birth year, the commune), strongest
 * first.
 *
 * @since 0.2.0
 */
import { Result, Schema } from "effect"
import * as Text from "./Text.js"
import * as ValidationMessage from "./ValidationMessage.js"

/** Identifies a sign-up request. */
export const SignUpId = Schema.String.pipe(Schema.brand("SignUpId"))
/** Identifies a sign-up request. */
export type SignUpId = typeof SignUpId.Type

/** Where a sign-up stands: waiting for the commune, accepted (a person is enrolled), or rejected. */
export const Status = Schema.Literals(["pending", "accepted", "rejected"]).annotate(
  ValidationMessage.label({ vi: "Trạng thái", en: "Status" }),
)
/** Where a sign-up stands. */
export type Status = typeof Status.Type

/** Vietnamese and English names of each status, as the queue shows them. */
export const statusNames: { readonly [S in Status]: ValidationMessage.Bilingual } = {
  pending: { vi: "Chờ xét", en: "Waiting" },
  accepted: { vi: "Đã nhận", en: "Accepted" },
  rejected: { vi: "Đã từ chối", en: "Rejected" },
}

/**
 * What the officer decides: `match` (the person is already registered), `create` (register the person
 * and their household), `reject` (with a reason).
 */
export const DecisionKind = Schema.Literals(["match", "create", "reject"]).annotate(
  ValidationMessage.label({ vi: "Quyết định", en: "Decision" }),
)
/** What the officer decides. */
export type DecisionKind = typeof DecisionKind.Type

/** Whether a sign-up in this status holds a seat of its class: only while it waits. */
export const holdsSeat = (status: Status): boolean => status === "pending"

/** The status a decision leads to. */
export const statusAfter = (decision: DecisionKind): Exclude<Status, "pending"> =>
  decision === "reject" ? "rejected" : "accepted"

/** A second decision on a sign-up that was already decided. */
export class AlreadyDecided extends Schema.TaggedError<AlreadyDecided>()("SignUp/AlreadyDecided", {
  status: Schema.Literals(["accepted", "rejected"]),
}) {
  /** The reason, in Vietnamese and English. */
  get text(): ValidationMessage.Bilingual {
    return this.status === "accepted"
      ? { vi: "Đăng ký này đã được nhận trước đó", en: "This sign-up has already been accepted" }
      : { vi: "Đăng ký này đã bị từ chối trước đó", en: "This sign-up has already been rejected" }
  }
  override get message(): string {
    return this.text.en
  }
}

/**
 * Decides a sign-up once: from `pending` to the status the decision leads to; a decided sign-up fails
 * with {@link AlreadyDecided} (an accepted person is not un-enrolled by a late rejection, a rejected
 * request is not brought back).
 *
 * @example
 * ```ts
 * SignUp.decide("pending", "match") // Result.succeed("accepted")
 * SignUp.decide("rejected", "create") // Result.fail(AlreadyDecided)
 * ```
 */
export const decide = (
  status: Status,
  decision: DecisionKind,
): Result.Result<Exclude<Status, "pending">, AlreadyDecided> =>
  status === "pending" ? Result.succeed(statusAfter(decision)) : Result.fail(new AlreadyDecided({ status }))

/** Why the officer rejects a sign-up, in their words (the resident may be told): 1–500 characters. */
export const RejectionReason = Schema.Trim.check(
  Schema.isMinLength(
    1,
    ValidationMessage.message({
      vi: "Vui lòng ghi lý do từ chối",
      en: "Write the reason for the rejection",
    }),
  ),
  Schema.isMaxLength(
    500,
    ValidationMessage.message({
      vi: "Lý do dài quá 500 ký tự",
      en: "The reason is longer than 500 characters",
    }),
  ),
).annotate(ValidationMessage.label({ vi: "Lý do", en: "Reason" }))

/** What a sign-up says about the person, as matching reads it. */
export interface Applicant {
  readonly fullName: string
  /** In E.164, as the form's schema normalised it. */
  readonly phone: string
  readonly birthYear: number
  /** The commune-level unit the sign-up came from. */
  readonly communeId: string
}

/** A person already registered, as matching reads them. */
export interface Person {
  readonly id: string
  readonly fullName: string
  readonly phone: string | null
  readonly birthYear: number
  /** The commune-level unit the person lives in. */
  readonly communeId: string
}

/** A part of the dedupe key a candidate shares with the sign-up. */
export type Evidence = "name" | "phone" | "birthYear" | "nearBirthYear" | "commune"

/** How much each shared part weighs: the name and phone say most, the commune least. */
const weights: { readonly [E in Evidence]: number } = {
  name: 4,
  phone: 3,
  birthYear: 2,
  nearBirthYear: 1,
  commune: 1,
}

/** A person the sign-up may be: the parts they share and the score those add up to. */
export interface Candidate<P extends Person = Person> {
  readonly person: P
  readonly evidence: ReadonlyArray<Evidence>
  readonly score: number
}

/**
 * The parts of the dedupe key a person shares with a sign-up: the name once folded ("Trần Thị Mai" =
 * "tran thi mai"), the phone, the birth year (or one year off, as people misremember), the commune.
 */
export const evidenceOf = (applicant: Applicant, person: Person): ReadonlyArray<Evidence> => {
  const evidence: Array<Evidence> = []
  if (Text.searchKey(applicant.fullName) === Text.searchKey(person.fullName)) evidence.push("name")
  if (person.phone !== null && person.phone === applicant.phone) evidence.push("phone")
  const years = Math.abs(applicant.birthYear - person.birthYear)
  if (years === 0) evidence.push("birthYear")
  else if (years === 1) evidence.push("nearBirthYear")
  if (applicant.communeId === person.communeId) evidence.push("commune")
  return evidence
}

/**
 * The people a sign-up may be, most likely first: those who share its folded name or its phone (a
 * birth year or a commune alone is no match), scored by the parts they share, ties by name. The same
 * name and phone — the dedupe key of `Registration.dedupeKey` — ranks above any other combination.
 *
 * @example
 * ```ts
 * SignUp.rankCandidates(applicant, people)[0]?.evidence // ["name", "phone", "birthYear", "commune"]
 * ```
 */
export const rankCandidates = <P extends Person>(
  applicant: Applicant,
  people: ReadonlyArray<P>,
): ReadonlyArray<Candidate<P>> =>
  people
    .map((person) => {
      const evidence = evidenceOf(applicant, person)
      return { person, evidence, score: evidence.reduce((sum, part) => sum + weights[part], 0) }
    })
    .filter((candidate) => candidate.evidence.includes("name") || candidate.evidence.includes("phone"))
    .sort(
      (a, b) =>
        b.score - a.score ||
        Text.searchKey(a.person.fullName).localeCompare(Text.searchKey(b.person.fullName)) ||
        a.person.id.localeCompare(b.person.id),
    )
