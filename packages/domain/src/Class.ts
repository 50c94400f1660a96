/**
 * Classes: a session held in a unit for an audience, on some topics — the community classes held every
 * week in each commune ("Định kỳ hàng tuần, tổ chức các buổi học cộng đồng"), the classes for the elderly
 * and for people with disabilities, the party cells' pioneer session, the courses for workers of an
 * enterprise, 4T classes for small traders and farmers, youth classes.
 *
 * Rules: who may sit in a class ({@link eligibility}), seats ({@link hasSeat}), whether it takes
 * registrations ({@link isOpen}), and the weekly community class of every commune ({@link weeklyCompliance}).
 *
 * @since 0.1.0
 */
import { DateTime, Schema, SchemaTransformation } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import * as Indicator from "./Indicator.js"
import type * as Organization from "./Organization.js"
import { OrganizationId } from "./Organization.js"
import * as Person from "./Person.js"
import { PersonId } from "./Person.js"
import * as Topic from "./Topic.js"
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

/** The name of each mode, as forms, lists and exports show it. */
export const modeNames: { readonly [K in Mode]: ValidationMessage.Bilingual } = {
  in_person: { vi: "Trực tiếp", en: "In person" },
  online: { vi: "Trực tuyến", en: "Online" },
  hybrid: { vi: "Kết hợp", en: "Hybrid" },
}

/**
 * Where a class stands: `scheduled` (announced), `held` (it took place: the officer confirmed it, or
 * attendance was recorded), `cancelled`.
 */
export const ClassStatus = Schema.Literals(["scheduled", "held", "cancelled"])
/** Where a class stands. */
export type ClassStatus = typeof ClassStatus.Type

/** The name of each status of a class, as lists and exports show it. */
export const statusNames: { readonly [K in ClassStatus]: ValidationMessage.Bilingual } = {
  scheduled: { vi: "Đã lên lịch", en: "Scheduled" },
  held: { vi: "Đã tổ chức", en: "Held" },
  cancelled: { vi: "Đã huỷ", en: "Cancelled" },
}

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
    /**
     * The topics taught; completing the class records each of them for the learner. The same rules as a
     * core set of topics: at least one, each known to the catalogue, none twice.
     */
    topicIds: Topic.CoreTopics,
    /** When the session starts (an instant; its date and week are those in Vietnam). */
    startsAt: Schema.String.annotate({ format: "date-time" }).pipe(
      Schema.decodeTo(Schema.DateTimeUtc, SchemaTransformation.dateTimeUtcFromString),
    ),
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

/** Whether a class still takes registrations: scheduled, not cancelled nor already held. */
export const isOpen = (c: Class): boolean => c.status === "scheduled"

// ---------------------------------------------------------------------------------------------------------
// Eligibility

/** The person may join the class. */
export const Eligible = Schema.TaggedStruct("Eligible", {})
/** The person may join, but is not who the class is meant for: the officer sees why. */
export const Warning = Schema.TaggedStruct("Warning", { reason: ValidationMessage.Bilingual })
/** The person may not join, and why. */
export const Rejected = Schema.TaggedStruct("Rejected", { reason: ValidationMessage.Bilingual })

/** Whether a person may join a class: eligible, allowed with a warning, or rejected, with the reason. */
export const Eligibility = Schema.Union([Eligible, Warning, Rejected])
/** Whether a person may join a class. */
export type Eligibility = typeof Eligibility.Type

/**
 * The youngest and oldest age of youth: 16 to 30 (Luật Thanh niên 2020, art. 1: "Thanh niên là công dân
 * Việt Nam từ đủ 16 tuổi đến 30 tuổi").
 */
export const YOUTH_AGES = { from: 16, to: 30 } as const

/** What eligibility reads of a person: their birth and groups (a `Person` or a `PersonInput`). */
export type Candidate = Pick<Person.Person, "birth" | "groups">

const eligible: Eligibility = { _tag: "Eligible" }
const warning = (vi: string, en: string): Eligibility => ({ _tag: "Warning", reason: { vi, en } })
const rejected = (vi: string, en: string): Eligibility => ({ _tag: "Rejected", reason: { vi, en } })

/**
 * Whether a person may join a class, judged on the class's audience, the person's groups and their age at
 * `asOf` (the class date, usually).
 *
 * Rejected — the class belongs to a group the person is not in, and it is that group's own business:
 * - `party_members`: not a party member (a party cell's session is for its members);
 * - `workers`: not a worker of the class's enterprise or cooperative;
 * - `students`: not a student.
 *
 * Warning — the class is meant for others, but there is a good reason someone else is there, so the
 * officer decides:
 * - `elderly`: under 60 (a son or daughter who will help at home, a 58-year-old neighbour);
 * - `disability`: no recorded disability (a carer or relative comes along);
 * - `civil_servants`: not recorded as a civil servant (the seed includes "người lao động trong cơ quan nhà
 *   nước", state-agency staff who are not civil servants);
 * - `students`: a student of another school than the class's;
 * - `four_t`: neither small trader nor farmer (the seed opens 4T to "người dân khu vực nông thôn");
 * - `youth`: outside 16–30 and not a youth union member.
 *
 * `community` classes are open to everyone.
 */
export const eligibility = (person: Candidate, c: Class, asOf: CalendarDate.CalendarDate): Eligibility => {
  switch (c.audience) {
    case "community":
      return eligible
    case "elderly": {
      const age = Person.ageAt(person, asOf)
      return age >= Person.elderlyAge
        ? eligible
        : warning(
            `Lớp dành cho người cao tuổi (từ ${Person.elderlyAge} tuổi); người này ${age} tuổi`,
            `The class is for the elderly (${Person.elderlyAge} or over); this person is ${age}`,
          )
    }
    case "disability":
      return Person.hasDisability(person)
        ? eligible
        : warning(
            "Lớp dành cho người khuyết tật; người này chưa được ghi nhận là người khuyết tật (người thân, người chăm sóc đi cùng?)",
            "The class is for people with disabilities; this person has none recorded (a carer or relative?)",
          )
    case "civil_servants":
      return Person.isCivilServant(person)
        ? eligible
        : warning(
            "Lớp dành cho cán bộ, công chức, viên chức; người này chưa được ghi nhận là cán bộ, công chức, viên chức",
            "The class is for civil servants; this person is not recorded as one",
          )
    case "party_members":
      return Person.isPartyMember(person)
        ? eligible
        : rejected(
            "Buổi sinh hoạt chuyên đề “Đảng viên tiên phong học tập kỹ năng số” chỉ dành cho đảng viên",
            "The “Party members pioneer digital learning” session is for party members only",
          )
    case "students": {
      if (!Person.isStudent(person)) {
        return rejected("Lớp dành cho học sinh", "The class is for students")
      }
      const schools = person.groups.flatMap((g) =>
        g._tag === "student" && g.schoolId !== undefined ? [g.schoolId] : [],
      )
      return c.organizationId !== null && schools.length > 0 && !schools.includes(c.organizationId)
        ? warning(
            "Học sinh trường khác với trường tổ chức lớp",
            "A student of another school than the class's",
          )
        : eligible
    }
    case "workers":
      return c.organizationId !== null && Person.employersOf(person).includes(c.organizationId)
        ? eligible
        : rejected(
            "Lớp dành cho người lao động của doanh nghiệp, hợp tác xã tổ chức lớp",
            "The class is for the workers of the enterprise or cooperative that holds it",
          )
    case "four_t":
      return Person.isTraderOrFarmer(person)
        ? eligible
        : warning(
            "Mô hình 4T dành cho tiểu thương, nông dân và người dân nông thôn; người này chưa được ghi nhận là tiểu thương hay nông dân",
            "4T is for small traders, farmers and rural residents; this person is recorded as neither trader nor farmer",
          )
    case "youth": {
      const age = Person.ageAt(person, asOf)
      return Person.isYouthUnionMember(person) || (age >= YOUTH_AGES.from && age <= YOUTH_AGES.to)
        ? eligible
        : warning(
            `Lớp dành cho thanh niên (${YOUTH_AGES.from}–${YOUTH_AGES.to} tuổi); người này ${age} tuổi`,
            `The class is for youth (${YOUTH_AGES.from}–${YOUTH_AGES.to}); this person is ${age}`,
          )
    }
  }
}

/** The order of eligibility verdicts in a list of candidates: eligible, then warned, then rejected. */
const eligibilityRank: { readonly [K in Eligibility["_tag"]]: number } = {
  Eligible: 0,
  Warning: 1,
  Rejected: 2,
}

/**
 * Candidates for a class in the order an officer should see them: those the class is for first, then
 * those allowed with a warning, then those it would refuse; within each, the order given (the search's).
 * Each comes with its verdict, so a list can say why a person is further down.
 */
export const byEligibility = <P extends Candidate>(
  candidates: ReadonlyArray<P>,
  c: Class,
  asOf: CalendarDate.CalendarDate,
): ReadonlyArray<{ readonly candidate: P; readonly eligibility: Eligibility }> =>
  candidates
    .map((candidate, index) => ({ candidate, eligibility: eligibility(candidate, c, asOf), index }))
    .sort(
      (a, b) =>
        eligibilityRank[a.eligibility._tag] - eligibilityRank[b.eligibility._tag] || a.index - b.index,
    )
    .map(({ candidate, eligibility }) => ({ candidate, eligibility }))

// ---------------------------------------------------------------------------------------------------------
// Registration errors

/** The class has no seat left. */
export class Full extends Schema.TaggedError<Full>()("Class/Full", {
  classId: ClassId,
  capacity: Schema.Number,
}) {
  /** The reason, in Vietnamese and English. */
  get text(): ValidationMessage.Bilingual {
    return { vi: `Lớp đã đủ ${this.capacity} chỗ`, en: `The class is full (${this.capacity} seats)` }
  }
  override get message(): string {
    return this.text.en
  }
}

/** The class no longer takes registrations: it was cancelled or has been held. */
export class Closed extends Schema.TaggedError<Closed>()("Class/Closed", {
  classId: ClassId,
  status: ClassStatus,
}) {
  /** The reason, in Vietnamese and English. */
  get text(): ValidationMessage.Bilingual {
    return this.status === "cancelled"
      ? { vi: "Lớp đã bị hủy", en: "The class was cancelled" }
      : { vi: "Lớp đã diễn ra", en: "The class has already been held" }
  }
  override get message(): string {
    return this.text.en
  }
}

/** The person is not in the audience the class is for ({@link eligibility} rejected them). */
export class NotEligible extends Schema.TaggedError<NotEligible>()("Class/NotEligible", {
  classId: ClassId,
  reason: ValidationMessage.Bilingual,
}) {
  /** The reason, in Vietnamese and English. */
  get text(): ValidationMessage.Bilingual {
    return this.reason
  }
  override get message(): string {
    return this.reason.en
  }
}

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

// ---------------------------------------------------------------------------------------------------------
// Party cells

/**
 * Whether a class is a party cell's session "Đảng viên tiên phong học tập kỹ năng số" (the `party_members`
 * audience, whose `organizationId` is the cell).
 */
export const isPioneerSession = (c: Class): boolean => c.audience === "party_members"

/**
 * The party cells (organizations of kind `party_cell`) that have not held a pioneer session on or before
 * `asOf` (a session counts when {@link isHeld}), in the order given.
 */
export const cellsWithoutPioneerSession = (
  organizations: ReadonlyArray<Organization.Organization>,
  classes: ReadonlyArray<Class>,
  asOf: CalendarDate.CalendarDate,
): ReadonlyArray<Organization.Organization> => {
  const held = new Set(
    classes
      .filter((c) => isPioneerSession(c) && isHeld(c) && dateOf(c) <= asOf)
      .flatMap((c) => (c.organizationId === null ? [] : [c.organizationId])),
  )
  return organizations.filter((o) => o.kind === "party_cell" && !held.has(o.id))
}
