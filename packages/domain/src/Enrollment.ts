/**
 * Enrollments: a person's place in a class, and its state machine —
 * registered → attended | no_show, attended → completed (a mark of attendance can be undone before that). Completing a class records its topics for the
 * person as skill records, so the campaign's counts are backed by records, never typed-in totals.
 *
 * @since 0.1.0
 */
import { DateTime, Result, Schema } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import * as Class from "./Class.js"
import { PersonId } from "./Person.js"
import * as SkillRecord from "./SkillRecord.js"
import type * as ValidationMessage from "./ValidationMessage.js"

/** Identifies a person's enrollment in a class. */
export const EnrollmentId = Schema.String.pipe(Schema.brand("EnrollmentId"))
/** Identifies a person's enrollment in a class. */
export type EnrollmentId = typeof EnrollmentId.Type

/**
 * Where an enrollment stands: `registered` (signed up), `attended` (was there), `no_show` (did not
 * come), `completed` (attended and finished the class: its topics are recorded).
 */
export const Status = Schema.Literals(["registered", "attended", "no_show", "completed"])
/** Where an enrollment stands. */
export type Status = typeof Status.Type

/** The name of each status. */
export const statusNames: { readonly [K in Status]: ValidationMessage.Bilingual } = {
  registered: { vi: "Đã đăng ký", en: "Registered" },
  attended: { vi: "Đã tham gia", en: "Attended" },
  no_show: { vi: "Vắng mặt", en: "No-show" },
  completed: { vi: "Hoàn thành", en: "Completed" },
}

/**
 * The allowed transitions: from each status, the statuses it may move to. Any other is an error.
 * Attendance can be corrected until the class is completed: a mark is undone (back to `registered`,
 * unmarked) or changed (`attended` ↔ `no_show`), since a tap on the wrong name is easy on a phone.
 * `completed` is final: its skill records rest on it.
 */
export const transitions: { readonly [K in Status]: ReadonlyArray<Status> } = {
  registered: ["attended", "no_show"],
  attended: ["completed", "registered", "no_show"],
  no_show: ["registered", "attended"],
  completed: [],
}

/** A person's enrollment in a class. */
export class Enrollment extends Schema.Class<Enrollment>("@bdhv/domain/Enrollment")({
  id: EnrollmentId,
  classId: Class.ClassId,
  personId: PersonId,
  status: Status,
  registeredOn: CalendarDate.CalendarDate,
  /** The day of the last change of status (the registration day until then). */
  updatedOn: CalendarDate.CalendarDate,
}) {}

/** A transition the state machine does not allow (e.g. completing a no-show). */
export class InvalidTransition extends Schema.TaggedError<InvalidTransition>()(
  "Enrollment/InvalidTransition",
  {
    enrollmentId: EnrollmentId,
    from: Status,
    to: Status,
  },
) {
  /** The reason, in Vietnamese and English. */
  get text(): ValidationMessage.Bilingual {
    return {
      vi: `Không thể chuyển từ “${statusNames[this.from].vi}” sang “${statusNames[this.to].vi}”`,
      en: `Cannot change from “${statusNames[this.from].en}” to “${statusNames[this.to].en}”`,
    }
  }
  override get message(): string {
    return this.text.en
  }
}

/** The person already has an enrollment in the class. */
export class AlreadyRegistered extends Schema.TaggedError<AlreadyRegistered>()(
  "Enrollment/AlreadyRegistered",
  {
    classId: Class.ClassId,
    personId: PersonId,
  },
) {
  /** The reason, in Vietnamese and English. */
  get text(): ValidationMessage.Bilingual {
    return { vi: "Người này đã đăng ký lớp này", en: "This person is already registered in this class" }
  }
  override get message(): string {
    return this.text.en
  }
}

/** Whether the state machine allows moving from `from` to `to`. */
export const canTransition = (from: Status, to: Status): boolean => transitions[from].includes(to)

/** Moves an enrollment to a new status on a date, or fails with {@link InvalidTransition}. */
export const transition = (
  enrollment: Enrollment,
  to: Status,
  date: CalendarDate.CalendarDate,
): Result.Result<Enrollment, InvalidTransition> =>
  canTransition(enrollment.status, to)
    ? Result.succeed(Enrollment.make({ ...enrollment, status: to, updatedOn: date }))
    : Result.fail(new InvalidTransition({ enrollmentId: enrollment.id, from: enrollment.status, to }))

/** Records that the person came: registered → attended. */
export const markAttended = (enrollment: Enrollment, date: CalendarDate.CalendarDate) =>
  transition(enrollment, "attended", date)

/** Records that the person did not come: registered → no_show. */
export const markNoShow = (enrollment: Enrollment, date: CalendarDate.CalendarDate) =>
  transition(enrollment, "no_show", date)

/**
 * Whether an enrollment takes one of the class's seats: every status but `no_show` (a no-show's seat was
 * lost, not freed). Count these for `Class.hasSeat`.
 */
export const holdsSeat = (enrollment: Enrollment): boolean => enrollment.status !== "no_show"

/** A new registration, and the eligibility warning the officer should see, if any. */
export interface Registered {
  readonly enrollment: Enrollment
  readonly warning: ValidationMessage.Bilingual | undefined
}

/**
 * Registers a person in a class on a date, given the class's enrollments so far: the person must not be
 * enrolled already ({@link AlreadyRegistered}), the class must take registrations (`Class.isOpen`, else
 * `Class.Closed`), have a seat (`Class.hasSeat` given the enrollments that {@link holdsSeat}, else
 * `Class.Full`), and not reject the person (`Class.eligibility` at the class date, else
 * `Class.NotEligible`); a warning is passed on with the enrollment. `heldSeats` are the seats held by
 * sign-ups still waiting for the commune (`SignUp.holdsSeat`); they count as taken (0 when absent).
 */
export const register = (input: {
  readonly id: EnrollmentId
  readonly personId: PersonId
  readonly person: Class.Candidate
  readonly class: Class.Class
  readonly enrollments: ReadonlyArray<Enrollment>
  readonly date: CalendarDate.CalendarDate
  readonly heldSeats?: number
}): Result.Result<Registered, AlreadyRegistered | Class.Closed | Class.Full | Class.NotEligible> => {
  const c = input.class
  if (input.enrollments.some((e) => e.classId === c.id && e.personId === input.personId)) {
    return Result.fail(new AlreadyRegistered({ classId: c.id, personId: input.personId }))
  }
  if (!Class.isOpen(c)) return Result.fail(new Class.Closed({ classId: c.id, status: c.status }))
  const taken =
    input.enrollments.filter((e) => e.classId === c.id && holdsSeat(e)).length + (input.heldSeats ?? 0)
  if (!Class.hasSeat(c, taken)) return Result.fail(new Class.Full({ classId: c.id, capacity: c.capacity }))
  const eligibility = Class.eligibility(input.person, c, Class.dateOf(c))
  if (eligibility._tag === "Rejected") {
    return Result.fail(new Class.NotEligible({ classId: c.id, reason: eligibility.reason }))
  }
  return Result.succeed({
    enrollment: Enrollment.make({
      id: input.id,
      classId: c.id,
      personId: input.personId,
      status: "registered",
      registeredOn: input.date,
      updatedOn: input.date,
    }),
    warning: eligibility._tag === "Warning" ? eligibility.reason : undefined,
  })
}

/** The class given is not the enrollment's class. */
export class WrongClass extends Schema.TaggedError<WrongClass>()("Enrollment/WrongClass", {
  enrollmentId: EnrollmentId,
  classId: Class.ClassId,
}) {
  /** The reason, in Vietnamese and English. */
  get text(): ValidationMessage.Bilingual {
    return { vi: "Đăng ký này không thuộc lớp này", en: "This enrollment is not for this class" }
  }
  override get message(): string {
    return this.text.en
  }
}

/** Completion recorded before the day of the class. */
export class BeforeClass extends Schema.TaggedError<BeforeClass>()("Enrollment/BeforeClass", {
  enrollmentId: EnrollmentId,
  classDate: CalendarDate.CalendarDate,
  date: CalendarDate.CalendarDate,
}) {
  /** The reason, in Vietnamese and English. */
  get text(): ValidationMessage.Bilingual {
    return {
      vi: `Chưa thể ghi nhận hoàn thành trước ngày học (${this.classDate})`,
      en: `Completion cannot be recorded before the class day (${this.classDate})`,
    }
  }
  override get message(): string {
    return this.text.en
  }
}

/** Attendance recorded for a class that has not started yet. */
export class NotStarted extends Schema.TaggedError<NotStarted>()("Enrollment/NotStarted", {
  enrollmentId: EnrollmentId,
  classDate: CalendarDate.CalendarDate,
}) {
  /** The reason, in Vietnamese and English. */
  get text(): ValidationMessage.Bilingual {
    return {
      vi: `Lớp chưa bắt đầu (ngày học ${this.classDate}): chưa thể điểm danh`,
      en: `The class has not started yet (it is on ${this.classDate}): attendance cannot be recorded`,
    }
  }
  override get message(): string {
    return this.text.en
  }
}

/**
 * Records attendance — `attended` or `no_show` — at the instant `now` (milliseconds since the epoch):
 * only once the class has started ({@link NotStarted} before its start time), for an enrollment of this
 * class ({@link WrongClass}), from a status that allows it ({@link InvalidTransition}: `registered`, or
 * the other mark as a correction; never `completed`). The day of the change is
 * `now`'s day in Vietnam.
 */
export const recordAttendance = (
  enrollment: Enrollment,
  c: Class.Class,
  to: "attended" | "no_show",
  now: number,
): Result.Result<Enrollment, InvalidTransition | WrongClass | NotStarted> => {
  if (enrollment.classId !== c.id) {
    return Result.fail(new WrongClass({ enrollmentId: enrollment.id, classId: c.id }))
  }
  if (now < DateTime.toEpochMillis(c.startsAt)) {
    return Result.fail(new NotStarted({ enrollmentId: enrollment.id, classDate: Class.dateOf(c) }))
  }
  return transition(enrollment, to, CalendarDate.fromInstant(now))
}

/** A completed enrollment and the skill records it yields. */
export interface Completed {
  readonly enrollment: Enrollment
  readonly skillRecords: ReadonlyArray<SkillRecord.SkillRecord>
}

/**
 * Completes an enrollment (attended → completed) on `date`, recorded by `recordedBy`, and yields one skill
 * record per topic of the class: source `class`, evidence the enrollment, dated the day the class was
 * held in Vietnam (when the topic was learnt, however late the completion is recorded). Record ids are
 * derived from the enrollment and the topic (`<enrollment id>/<topic id>`), so recording the same
 * completion twice yields the same records.
 *
 * Fails with {@link InvalidTransition} unless the enrollment is `attended`, {@link WrongClass} for another
 * class, {@link BeforeClass} when `date` is before the class day.
 */
export const complete = (
  enrollment: Enrollment,
  c: Class.Class,
  date: CalendarDate.CalendarDate,
  recordedBy: string,
): Result.Result<Completed, InvalidTransition | WrongClass | BeforeClass> => {
  if (enrollment.classId !== c.id) {
    return Result.fail(new WrongClass({ enrollmentId: enrollment.id, classId: c.id }))
  }
  const classDate = Class.dateOf(c)
  if (date < classDate) return Result.fail(new BeforeClass({ enrollmentId: enrollment.id, classDate, date }))
  return Result.map(transition(enrollment, "completed", date), (completed) => ({
    enrollment: completed,
    skillRecords: c.topicIds.map((topicId) =>
      SkillRecord.SkillRecord.make({
        id: SkillRecord.SkillRecordId.make(`${enrollment.id}/${topicId}`),
        personId: enrollment.personId,
        topicId,
        date: classDate,
        source: "class",
        evidenceId: enrollment.id,
        recordedBy,
      }),
    ),
  }))
}
