/**
 * Classes: a session held in a unit for an audience, on some topics — the community classes held every
 * week in each commune ("Định kỳ hàng tuần, tổ chức các buổi học cộng đồng"), the classes for the elderly
 * and for people with disabilities, the party cells' pioneer session, the courses for workers of an
 * enterprise, 4T classes for small traders and farmers, youth classes.
 *
 * Rules: who may sit in a class ({@link eligibility}), seats ({@link hasSeat}), and the weekly community
 * class of every commune ({@link weeklyCompliance}).
 *
 * @since 0.1.0
 */
import { DateTime, Schema } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import * as Indicator from "./Indicator.js"
import { OrganizationId } from "./Organization.js"
import { PersonId } from "./Person.js"
import { TopicId } from "./Topic.js"
import { UnitId } from "./Unit.js"
import * as ValidationMessage from "./ValidationMessage.js"

/** Identifies a class: a session or course held in a unit. */
export const ClassId = Schema.String.pipe(Schema.brand("ClassId"))
/** Identifies a class: a session or course held in a unit. */
export type ClassId = typeof ClassId.Type

/**
 * Who a class is for:
 * - `community` — the commune's weekly community class (buổi học cộng đồng), open to every resident;
 * - `elderly` — for people aged 60 or more (lớp cho người cao tuổi);
 * - `disability` — for people with disabilities (lớp chuyên biệt cho người khuyết tật);
 * - `civil_servants` — civil servants and public employees (cán bộ, công chức, viên chức);
 * - `party_members` — a party cell's session "Đảng viên tiên phong học tập kỹ năng số";
 * - `students` — students (học sinh);
 * - `workers` — workers of one enterprise or cooperative (`organizationId`);
 * - `four_t` — small traders and farmers, the 4T model (Chợ số - Nông thôn số);
 * - `youth` — youth union members and young people (Thanh niên chung tay phổ cập kỹ năng số).
 */
export const Audience = Schema.Literals([
  "community",
  "elderly",
  "disability",
  "civil_servants",
  "party_members",
  "students",
  "workers",
  "four_t",
  "youth",
])
/** Who a class is for. */
export type Audience = typeof Audience.Type

/** The name of each audience, as forms and lists show it. */
export const audienceNames: { readonly [K in Audience]: ValidationMessage.Bilingual } = {
  community: { vi: "Cộng đồng", en: "Community" },
  elderly: { vi: "Người cao tuổi", en: "Elderly" },
  disability: { vi: "Người khuyết tật", en: "People with disabilities" },
  civil_servants: { vi: "Cán bộ, công chức, viên chức", en: "Civil servants" },
  party_members: { vi: "Đảng viên tiên phong học tập kỹ năng số", en: "Party members (pioneer session)" },
  students: { vi: "Học sinh", en: "Students" },
  workers: { vi: "Người lao động doanh nghiệp, hợp tác xã", en: "Workers of an enterprise or cooperative" },
  four_t: { vi: "Tiểu thương, nông dân (4T)", en: "Small traders and farmers (4T)" },
  youth: { vi: "Thanh niên", en: "Youth" },
}

/** Audiences whose class belongs to an organization, which `organizationId` must name. */
export const organizationAudiences: ReadonlyArray<Audience> = ["party_members", "workers"]

/** How a class is held: in person, online, or both at once. */
export const Mode = Schema.Literals(["in_person", "online", "hybrid"])
/** How a class is held. */
export type Mode = typeof Mode.Type

/**
 * Where a class stands: `scheduled` (announced), `held` (it took place: the officer confirmed it, or
 * attendance was recorded), `cancelled`.
 */
export const ClassStatus = Schema.Literals(["scheduled", "held", "cancelled"])
/** Where a class stands. */
export type ClassStatus = typeof ClassStatus.Type

const title = Schema.String.check(
  Schema.isMinLength(
    1,
    ValidationMessage.message({ vi: "Vui lòng nhập tên lớp", en: "Enter the class title" }),
  ),
  Schema.isMaxLength(
    200,
    ValidationMessage.message({
      vi: "Tên lớp dài quá 200 ký tự",
      en: "The title is longer than 200 characters",
    }),
  ),
)

/** The longest session: a full day, 12 hours. */
export const MAX_DURATION_MINUTES = 12 * 60

/** A class: a session held in a unit, for an audience, on some topics. */
export class Class extends Schema.Class<Class>("@bdhv/domain/Class")(
  Schema.Struct({
    id: ClassId,
    /** The unit that holds the class (a commune, or a village or residential group within it). */
    unitId: UnitId,
    title,
    audience: Audience,
    /** The topics taught; completing the class records each of them for the learner. */
    topicIds: Schema.Array(TopicId).check(
      Schema.isMinLength(
        1,
        ValidationMessage.message({ vi: "Chọn ít nhất một nội dung", en: "Choose at least one topic" }),
      ),
    ),
    /** When the session starts (an instant; its date and week are those in Vietnam). */
    startsAt: Schema.DateTimeUtcFromString,
    durationMinutes: Schema.Int.check(
      Schema.isBetween(
        { minimum: 1, maximum: MAX_DURATION_MINUTES },
        ValidationMessage.message({
          vi: "Thời lượng phải từ 1 đến 720 phút",
          en: "The duration must be between 1 and 720 minutes",
        }),
      ),
    ),
    mode: Mode,
    /** Where it is held (a hall, a school room); `null` only for a class held online. */
    venue: Schema.NullOr(Schema.String),
    /** The most learners it takes. */
    capacity: Schema.Int.check(
      Schema.isBetween(
        { minimum: 1, maximum: 10_000 },
        ValidationMessage.message({
          vi: "Số chỗ phải từ 1 đến 10.000",
          en: "The capacity must be between 1 and 10,000",
        }),
      ),
    ),
    instructorIds: Schema.Array(PersonId),
    /** The organization the class belongs to: the party cell, the enterprise or cooperative, the school. */
    organizationId: Schema.NullOr(OrganizationId),
    status: ClassStatus,
  }).check(
    Schema.makeFilter((c) => [
      ...(c.mode !== "online" && (c.venue === null || c.venue.trim() === "")
        ? [
            {
              path: ["venue"],
              issue: ValidationMessage.invalid(
                {
                  vi: "Vui lòng nhập địa điểm cho lớp học trực tiếp",
                  en: "Enter the venue of a class held in person",
                },
                c.venue,
              ),
            },
          ]
        : []),
      ...(organizationAudiences.includes(c.audience) && c.organizationId === null
        ? [
            {
              path: ["organizationId"],
              issue: ValidationMessage.invalid(
                c.audience === "party_members"
                  ? {
                      vi: "Vui lòng chọn chi bộ tổ chức buổi sinh hoạt",
                      en: "Choose the party cell holding the session",
                    }
                  : {
                      vi: "Vui lòng chọn doanh nghiệp, hợp tác xã",
                      en: "Choose the enterprise or cooperative",
                    },
                c.organizationId,
              ),
            },
          ]
        : []),
    ]),
  ),
) {}

/** The date in Vietnam on which a class starts. */
export const dateOf = (c: Class): CalendarDate.CalendarDate =>
  CalendarDate.fromInstant(DateTime.toEpochMillis(c.startsAt))

/** The ISO week, in Vietnam, in which a class starts. */
export const weekOf = (c: Class): CalendarDate.IsoWeek => CalendarDate.isoWeek(dateOf(c))

/** Audiences of classes open to the residents of a commune, which make a community class. */
export const communityAudiences: ReadonlyArray<Audience> = [
  "community",
  "elderly",
  "disability",
  "four_t",
  "youth",
]

/**
 * Whether a class is a community class ("buổi học cộng đồng cho người dân"): open to residents (community,
 * elderly, disability, 4T, youth — not a class of an institution) and held with people in the room
 * (in person or hybrid: an online-only session is encouraged, but it is not the commune's weekly class).
 */
export const isCommunityClass = (c: Class): boolean =>
  communityAudiences.includes(c.audience) && c.mode !== "online"

/** Whether a class took place. */
export const isHeld = (c: Class): boolean => c.status === "held"

/** Seats left given the number of enrollments that hold a seat (`Enrollment.holdsSeat`); never negative. */
export const seatsLeft = (c: Class, activeEnrollments: number): number =>
  Math.max(0, c.capacity - activeEnrollments)

/** Whether one more learner can enroll, given the number of enrollments that hold a seat. */
export const hasSeat = (c: Class, activeEnrollments: number): boolean => activeEnrollments < c.capacity

/** A period of days, both ends included. */
export const Period = Schema.Struct({ from: CalendarDate.CalendarDate, to: CalendarDate.CalendarDate })
/** A period of days, both ends included. */
export type Period = typeof Period.Type

/** A commune in an ISO week. */
export const CommuneWeek = Schema.Struct({ communeId: UnitId, week: CalendarDate.IsoWeek })
/** A commune in an ISO week. */
export type CommuneWeek = typeof CommuneWeek.Type

/** How the communes kept the weekly community class over a period. */
export interface WeeklyCompliance {
  /** (commune, week) pairs in the period. */
  readonly pairs: number
  /** Pairs with at least one community class held. */
  readonly compliant: number
  /** The pairs without, by commune in the order given, then by week. */
  readonly missing: ReadonlyArray<CommuneWeek>
  /** `compliant / pairs` as the `weekly-classes` indicator. */
  readonly value: Indicator.Measurement
}

/**
 * Weekly community classes over a period: every (commune, ISO week) pair for the weeks that overlap the
 * period, and whether at least one community class ({@link isCommunityClass}) was held ({@link isHeld}) in
 * the commune that week (a class counts for the week it starts in, in Vietnam).
 *
 * `communeOf` maps a class's unit to its commune-level unit (from the unit tree: a class held in a village
 * counts for the village's commune); by default a class's unit is taken to be its commune.
 */
export const weeklyCompliance = (
  communeIds: ReadonlyArray<UnitId>,
  classes: ReadonlyArray<Class>,
  period: Period,
  communeOf: (unitId: UnitId) => UnitId | undefined = (unitId) => unitId,
): WeeklyCompliance => {
  const weeks = CalendarDate.weeksInPeriod(period.from, period.to)
  const held = new Set<string>()
  for (const c of classes) {
    if (!isHeld(c) || !isCommunityClass(c)) continue
    const communeId = communeOf(c.unitId)
    if (communeId !== undefined) held.add(`${communeId}\u0000${weekOf(c)}`)
  }
  const communes = [...new Set(communeIds)]
  const missing = communes.flatMap((communeId) =>
    weeks.filter((week) => !held.has(`${communeId}\u0000${week}`)).map((week) => ({ communeId, week })),
  )
  const pairs = communes.length * weeks.length
  const compliant = pairs - missing.length
  return {
    pairs,
    compliant,
    missing,
    value: Indicator.measureFraction({ numerator: compliant, denominator: pairs }),
  }
}
