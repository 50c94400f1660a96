/**
 * SkillRecord: one person achieved one topic on one date, and how we know.
 *
 * Every count of the campaign is backed by records, never by typed-in totals: a record names its
 * source (a class, a guide — Đại sứ số, a door-to-door visit, an online platform, an assessment), the
 * evidence (the enrollment, the guide's learner link, the visit, the certificate) and who recorded it.
 * What a person has learnt at a date is read from the records up to that date.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import { PersonId } from "./Person.js"
import * as Topic from "./Topic.js"
import * as ValidationMessage from "./ValidationMessage.js"

/** Identifies one skill record (person × topic × date × source). */
export const SkillRecordId = Schema.String.pipe(Schema.brand("SkillRecordId"))
/** Identifies one skill record (person × topic × date × source). */
export type SkillRecordId = typeof SkillRecordId.Type

/**
 * How a skill was achieved: completing a `class`, with a `guide` (Đại sứ số), on a `door_to_door` visit
 * of a community digital transformation team, on an `online_platform` (e.g. a MOOC certificate), or
 * shown in an `assessment`.
 */
export const Source = Schema.Literals([
  "class",
  "guide",
  "door_to_door",
  "online_platform",
  "assessment",
]).annotate(ValidationMessage.label({ vi: "Hình thức", en: "Source" }))
/** How a skill was achieved. */
export type Source = typeof Source.Type

/** Vietnamese and English names of each source. */
export const sourceNames: { readonly [S in Source]: ValidationMessage.Bilingual } = {
  class: { vi: "Lớp học", en: "Class" },
  guide: { vi: "Đại sứ số hướng dẫn", en: "Digital ambassador" },
  door_to_door: { vi: "Tổ chuyển đổi số cộng đồng đến tận nhà", en: "Door-to-door visit" },
  online_platform: { vi: "Học trực tuyến", en: "Online platform" },
  assessment: { vi: "Đánh giá, kiểm tra", en: "Assessment" },
}

const required = (label: ValidationMessage.Bilingual) =>
  Schema.String.check(
    Schema.isMinLength(
      1,
      ValidationMessage.message({
        vi: `Vui lòng nhập ${label.vi.toLowerCase()}`,
        en: `Enter the ${label.en.toLowerCase()}`,
      }),
    ),
  ).annotate(ValidationMessage.label(label))

/** A skill record. */
export class SkillRecord extends Schema.Class<SkillRecord>("@bdhv/domain/SkillRecord")({
  id: SkillRecordId,
  personId: PersonId,
  topicId: Topic.TopicId,
  /** The date the topic was achieved, in Vietnam. */
  date: CalendarDate.CalendarDate.annotate(ValidationMessage.label({ vi: "Ngày", en: "Date" })),
  source: Source,
  /** What proves it: the enrollment, guide link, visit, certificate or assessment id. */
  evidenceId: required({ vi: "Mã minh chứng", en: "Evidence id" }),
  /** The account that recorded it. */
  recordedBy: required({ vi: "Người ghi nhận", en: "Recorded by" }),
}) {}

/** The topics achieved by records dated on or before `asOf` (pass one person's records). */
export const achievedTopics = (
  records: Iterable<Pick<SkillRecord, "topicId" | "date">>,
  asOf: CalendarDate.CalendarDate,
): ReadonlySet<Topic.TopicId> => {
  const out = new Set<Topic.TopicId>()
  for (const r of records) if (r.date <= asOf) out.add(r.topicId)
  return out
}

/** The topics achieved by each person by `asOf`, from the records of many people. */
export const achievedTopicsByPerson = (
  records: Iterable<Pick<SkillRecord, "personId" | "topicId" | "date">>,
  asOf: CalendarDate.CalendarDate,
): ReadonlyMap<PersonId, ReadonlySet<Topic.TopicId>> => {
  const out = new Map<PersonId, Set<Topic.TopicId>>()
  for (const r of records) {
    if (r.date > asOf) continue
    const topics = out.get(r.personId) ?? new Set<Topic.TopicId>()
    topics.add(r.topicId)
    out.set(r.personId, topics)
  }
  return out
}

/** Whether one person's records show basic digital skills at `asOf` (see `Topic.hasBasicSkills`). */
export const hasBasicSkillsAt = (
  records: Iterable<Pick<SkillRecord, "topicId" | "date">>,
  asOf: CalendarDate.CalendarDate,
  core: ReadonlyArray<Topic.TopicId> = Topic.defaultCoreTopics,
): boolean => Topic.hasBasicSkills(achievedTopics(records, asOf), core)

/**
 * The first date on which one person's records show every topic of `required` (a core set, the 4T
 * modules), or `undefined` if they never do: the day a person starts to count.
 */
export const dateCompleted = (
  records: Iterable<Pick<SkillRecord, "topicId" | "date">>,
  required: ReadonlyArray<Topic.TopicId> = Topic.defaultCoreTopics,
): CalendarDate.CalendarDate | undefined => {
  const sorted = [...records].sort((a, b) => CalendarDate.Order(a.date, b.date))
  const achieved: Array<Topic.TopicId> = []
  for (const r of sorted) {
    achieved.push(r.topicId)
    if (Topic.missingTopics(achieved, required).length === 0) return r.date
  }
  return undefined
}
