/**
 * Digital ambassadors (Đại sứ số): the "Người hướng dẫn – Người học" (guide – learner) network of the seed,
 * where "Mỗi “Người hướng dẫn” hướng dẫn kỹ năng số cho ít nhất 5 “Người học”" — each guide teaches
 * digital skills to at least five learners.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import { PersonId } from "./Person.js"
import { UnitId } from "./Unit.js"

/** Identifies a digital ambassador (Đại sứ số, "Người hướng dẫn"). */
export const GuideId = Schema.String.pipe(Schema.brand("GuideId"))
/** Identifies a digital ambassador (Đại sứ số, "Người hướng dẫn"). */
export type GuideId = typeof GuideId.Type

/** The least number of distinct learners a guide must teach ("ít nhất 5 Người học"). */
export const QUOTA = 5

/** A person serving as a guide (Đại sứ số) in a unit since a date. */
export class Guide extends Schema.Class<Guide>("@bdhv/domain/Guide")({
  id: GuideId,
  personId: PersonId,
  unitId: UnitId,
  since: CalendarDate.CalendarDate,
}) {}

/**
 * A guide – learner link ("Người hướng dẫn – Người học"): the guide taught the learner on a date. A
 * learner taught several times is linked several times and still counts once.
 */
export class GuideLink extends Schema.Class<GuideLink>("@bdhv/domain/GuideLink")({
  guideId: GuideId,
  learnerId: PersonId,
  date: CalendarDate.CalendarDate,
}) {}

/** How many distinct learners are among these ids: the same learner twice counts once. */
export const distinctLearners = (learnerIds: Iterable<PersonId>): number => new Set(learnerIds).size

/** Whether these learners fill a guide's quota: at least {@link QUOTA} distinct learners. */
export const meetsQuota = (learnerIds: Iterable<PersonId>): boolean => distinctLearners(learnerIds) >= QUOTA

/**
 * A guide's distinct learners, sorted. A guide's own person is never their own learner, so teaching
 * oneself does not count towards the quota.
 */
export const learnersOf = (guide: Guide, links: ReadonlyArray<GuideLink>): ReadonlyArray<PersonId> =>
  [
    ...new Set(
      links.filter((l) => l.guideId === guide.id && l.learnerId !== guide.personId).map((l) => l.learnerId),
    ),
  ].sort()

/** A guide short of the quota and how many distinct learners they have. */
export interface Shortfall {
  readonly guide: Guide
  readonly learners: number
}

/** The guides with fewer than {@link QUOTA} distinct learners, in the order given. */
export const belowQuota = (
  guides: ReadonlyArray<Guide>,
  links: ReadonlyArray<GuideLink>,
): ReadonlyArray<Shortfall> =>
  guides
    .map((guide) => ({ guide, learners: learnersOf(guide, links).length }))
    .filter(({ learners }) => learners < QUOTA)
