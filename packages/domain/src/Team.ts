/**
 * Teams that go door to door — "đi từng ngõ, gõ từng nhà, hướng dẫn từng người" (every alley, every
 * door, every person) — and their visits to households.
 *
 * The seed names three kinds: the community digital transformation teams (Tổ chuyển đổi số cộng đồng),
 * the youth digital transformation teams of the youth union (Tổ thanh niên chuyển đổi số), and student
 * volunteers ("Phát huy vai trò của học sinh trong hoạt động tình nguyện").
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import { HouseholdId } from "./Household.js"
import { PersonId } from "./Person.js"
import * as SkillRecord from "./SkillRecord.js"
import { TopicId } from "./Topic.js"
import { UnitId } from "./Unit.js"
import * as ValidationMessage from "./ValidationMessage.js"

/** Identifies a community digital transformation team (Tổ chuyển đổi số cộng đồng) or youth/student team. */
export const TeamId = Schema.String.pipe(Schema.brand("TeamId"))
/** Identifies a community digital transformation team (Tổ chuyển đổi số cộng đồng) or youth/student team. */
export type TeamId = typeof TeamId.Type

/** Identifies a team's visit to a household. */
export const VisitId = Schema.String.pipe(Schema.brand("VisitId"))
/** Identifies a team's visit to a household. */
export type VisitId = typeof VisitId.Type

/**
 * The kind of a team: `community` — Tổ chuyển đổi số cộng đồng; `youth` — Tổ thanh niên chuyển đổi số;
 * `student_volunteers` — học sinh tình nguyện.
 */
export const TeamKind = Schema.Literals(["community", "youth", "student_volunteers"])
/** The kind of a team. */
export type TeamKind = typeof TeamKind.Type

/** The name of each kind of team. */
export const teamKindNames: { readonly [K in TeamKind]: ValidationMessage.Bilingual } = {
  community: { vi: "Tổ chuyển đổi số cộng đồng", en: "Community digital transformation team" },
  youth: { vi: "Tổ thanh niên chuyển đổi số", en: "Youth digital transformation team" },
  student_volunteers: { vi: "Học sinh tình nguyện", en: "Student volunteers" },
}

/** A team working in a unit (a commune, or a village within it), with its members. */
export class Team extends Schema.Class<Team>("@bdhv/domain/Team")({
  id: TeamId,
  kind: TeamKind,
  name: Schema.String.check(
    Schema.isMinLength(
      1,
      ValidationMessage.message({ vi: "Vui lòng nhập tên tổ", en: "Enter the team's name" }),
    ),
  ),
  unitId: UnitId,
  memberIds: Schema.Array(PersonId),
  /** The team leader (tổ trưởng), one of the members, if named. */
  leaderId: Schema.NullOr(PersonId),
}) {}

/**
 * A team's visit to a household on a date: the people it helped, the topics it went through with them,
 * and what changed on the spot — who got a level-2 VNeID account and who opened a digital bank account.
 * Everyone updated was helped.
 */
export class Visit extends Schema.Class<Visit>("@bdhv/domain/Visit")(
  Schema.Struct({
    id: VisitId,
    teamId: TeamId,
    householdId: HouseholdId,
    date: CalendarDate.CalendarDate,
    /** The household members helped during the visit. */
    helpedIds: Schema.Array(PersonId),
    /** The topics gone through with them. */
    topicIds: Schema.Array(TopicId),
    /** Members whose VNeID account reached level 2 during the visit. */
    vneidLevel2Ids: Schema.Array(PersonId),
    /** Members who opened a digital bank account during the visit. */
    digitalBankIds: Schema.Array(PersonId),
  }).check(
    Schema.makeFilter((v) => {
      const helped = new Set(v.helpedIds)
      return (["vneidLevel2Ids", "digitalBankIds"] as const).flatMap((key) =>
        v[key].some((id) => !helped.has(id))
          ? [
              {
                path: [key],
                issue: ValidationMessage.invalid(
                  {
                    vi: "Người được cập nhật phải có trong danh sách người được hướng dẫn",
                    en: "Everyone updated must be among the people helped",
                  },
                  v[key],
                ),
              },
            ]
          : [],
      )
    }),
  ),
) {}

/** Whether a person is a member of the team. */
export const isMember = (team: Team, personId: PersonId): boolean => team.memberIds.includes(personId)

/** The distinct households visited in a period (both ends included), sorted. */
export const householdsVisited = (
  visits: ReadonlyArray<Visit>,
  from: CalendarDate.CalendarDate,
  to: CalendarDate.CalendarDate,
): ReadonlyArray<HouseholdId> =>
  [...new Set(visits.filter((v) => CalendarDate.isWithin(v.date, from, to)).map((v) => v.householdId))].sort()

/** The last visit day of each household visited, as the worklists read it (`lastVisitedOn`). */
export const lastVisitByHousehold = (
  visits: ReadonlyArray<Visit>,
): ReadonlyMap<HouseholdId, CalendarDate.CalendarDate> => {
  const last = new Map<HouseholdId, CalendarDate.CalendarDate>()
  for (const v of visits) {
    const seen = last.get(v.householdId)
    if (seen === undefined || v.date > seen) last.set(v.householdId, v.date)
  }
  return last
}

/** The distinct people a set of visits helped. */
export const peopleHelped = (visits: ReadonlyArray<Visit>): ReadonlySet<PersonId> =>
  new Set(visits.flatMap((v) => v.helpedIds))

/**
 * The skill records a visit yields: each person helped × each topic gone through, source `door_to_door`,
 * evidence the visit, dated the visit day. Ids are derived (`<visit id>/<person id>/<topic id>`), so
 * recording the same visit twice yields the same records.
 */
export const skillRecordsOf = (visit: Visit, recordedBy: string): ReadonlyArray<SkillRecord.SkillRecord> =>
  [...new Set(visit.helpedIds)].flatMap((personId) =>
    [...new Set(visit.topicIds)].map((topicId) =>
      SkillRecord.SkillRecord.make({
        id: SkillRecord.SkillRecordId.make(`${visit.id}/${personId}/${topicId}`),
        personId,
        topicId,
        date: visit.date,
        source: "door_to_door",
        evidenceId: visit.id,
        recordedBy,
      }),
    ),
  )
