/**
 * The demo district's shared model: what the parts of the generator (`Places`, `Residents`, `Classes`,
 * `Guides`, `Teams`, `SupportStaff`, `Communication`, `Targets`) hand each other, the campaign's
 * constants, and the context every part starts from: the seeded random source, "today", the ids, the
 * sink and the skill records every part may write.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import type * as Class from "@bdhv/domain/Class"
import type * as Person from "@bdhv/domain/Person"
import type * as SkillRecord from "@bdhv/domain/SkillRecord"
import type * as Unit from "@bdhv/domain/Unit"
import * as Text from "@bdhv/domain/Text"
import * as Topic from "@bdhv/domain/Topic"
import { SeededRandom } from "../SeededRandom.js"
import type { Sink } from "../Sink.js"
import type * as Rows from "../Rows.js"

/** What to generate. */
export interface DemoOptions {
  /** The same seed always gives the same district. */
  readonly seed: number
  /** About how many people (households are about a third of that). */
  readonly people: number
  /** The day the data runs up to; classes and events after it are scheduled, not held. */
  readonly today: CalendarDate.CalendarDate
}

export const day = (iso: string): number => CalendarDate.toDayNumber(CalendarDate.CalendarDate.make(iso))
export const iso = (dayNumber: number): string => CalendarDate.fromDayNumber(dayNumber)

/** Who recorded the generated records: the demo seed, not an account. */
export const recordedBy = "seed:demo"

/** The movement was launched on 26 March 2025; activity in the communes starts in April. */
export const activityStart = day("2025-04-01")

export const t = Topic.ids

/** Topics of a basic course: the default core set, so completing it gives basic digital skills. */
export const basicCourse: ReadonlyArray<string> = Topic.defaultCoreTopics
/** Topics a weekly community class picks from. */
export const communityTopics: ReadonlyArray<string> = [
  t.internetUse,
  t.onlinePublicServices,
  t.vneid,
  t.digitalPayment,
  t.onlineHealthcare,
  t.digitalSafety,
  t.eCommerce,
  t.digitalSavings,
  t.devicesAndSoftware,
]
export const visitTopicChoices: ReadonlyArray<string> = [
  t.vneid,
  t.onlinePublicServices,
  t.digitalPayment,
  t.internetUse,
  t.digitalSafety,
]
export const guideTopicChoices: ReadonlyArray<string> = [
  t.internetUse,
  t.vneid,
  t.digitalPayment,
  t.onlinePublicServices,
  t.onlineHealthcare,
  t.digitalSafety,
  t.devicesAndSoftware,
]
export const onlineTopicChoices: ReadonlyArray<string> = [
  t.usingAi,
  t.digitalContent,
  t.information,
  t.communication,
  t.problemSolving,
]
export const pioneerTopics: ReadonlyArray<string> = [t.usingAi, t.onlinePublicServices, t.digitalSafety]

/** Second courses on what a group needs next: AI for students, production software for workers… */
export const thematicCourses: ReadonlyArray<
  readonly [applies: (p: Resident) => boolean, Class.Audience, title: string, topics: ReadonlyArray<string>]
> = [
  [
    (p) => (p.groups & G.Student) !== 0 && p.school !== null && p.age >= 11,
    "students",
    "Học sinh sử dụng trí tuệ nhân tạo an toàn",
    [t.usingAi, t.digitalContent, t.information],
  ],
  [
    (p) => (p.groups & G.Worker) !== 0 && p.employer !== null,
    "workers",
    "Phần mềm quản lý sản xuất và thương mại điện tử",
    [t.productionSoftware, t.eCommerce],
  ],
  [
    (p) => p.age >= 60,
    "elderly",
    "Khám bệnh trực tuyến và an toàn trên mạng cho người cao tuổi",
    [t.onlineHealthcare, t.digitalSafety],
  ],
  [
    (p) => p.age >= 16 && p.age <= 30,
    "youth",
    "Thanh niên sáng tạo nội dung số",
    [t.digitalContent, t.communication],
  ],
]

export const topicName = (id: string): string => Topic.topicsById.get(Topic.TopicId.make(id))?.name.vi ?? id

// ---------------------------------------------------------------------------------------------------------
// The in-memory model of the district (everything but the per-person records)

export interface Commune {
  readonly id: string
  readonly name: string
  /** Share of the people a campaign reaches here, 0–1. */
  readonly zeal: number
  /** Chance of a community class in a given week. */
  readonly weeklyDiligence: number
  readonly villages: Array<number>
  primarySchool: string
  lowerSecondarySchool: string
  readonly employers: Array<string>
}

export interface NewCommune {
  readonly id: string
  readonly name: string
  readonly weeklyDiligence: number
  readonly villages: Array<number>
  readonly upperSecondary: Array<string>
}

export interface Village {
  readonly id: string
  readonly name: string
  readonly former: number
  readonly successor: number
  readonly remote: boolean
  readonly partyCell: string
  readonly households: Array<number>
}

export enum G {
  CivilServant = 1,
  PartyMember = 2,
  Student = 4,
  Worker = 8,
  SmallTrader = 16,
  Farmer = 32,
  Youth = 64,
  Disability = 128,
  Remote = 256,
}

export interface Resident {
  readonly index: number
  readonly id: string
  readonly village: number
  readonly household: number
  /** Age at `today`. */
  readonly age: number
  readonly groups: number
  readonly school: string | null
  readonly employer: string | null
  readonly vneidLevel: Person.VneidLevel
  readonly digitalBank: boolean
  /** Set once the person completed a basic course (day number), for guides and visits to prefer others. */
  basicOn: number
}

export const groupTags: ReadonlyArray<readonly [G, Person.GroupTag]> = [
  [G.CivilServant, "civil_servant"],
  [G.PartyMember, "party_member"],
  [G.Student, "student"],
  [G.Worker, "worker"],
  [G.SmallTrader, "small_trader"],
  [G.Farmer, "farmer"],
  [G.Youth, "youth_union_member"],
  [G.Disability, "disability"],
  [G.Remote, "remote_area"],
]

export const mobilePrefixes = [
  "32",
  "33",
  "34",
  "35",
  "36",
  "37",
  "38",
  "39",
  "70",
  "76",
  "77",
  "78",
  "79",
  "81",
]
export const mobilePrefixes2 = [
  "82",
  "83",
  "84",
  "85",
  "86",
  "88",
  "89",
  "90",
  "91",
  "93",
  "94",
  "96",
  "97",
  "98",
]

export const householdSizes: ReadonlyArray<readonly [number, number]> = [
  [1, 12],
  [2, 22],
  [3, 24],
  [4, 23],
  [5, 11],
  [6, 6],
  [7, 2],
]

export const enterpriseTrades = [
  "May mặc",
  "Mây tre đan",
  "Gốm sứ",
  "Cơ khí",
  "Chế biến nông sản",
  "Điện tử",
  "Vật liệu xây dựng",
  "Bao bì",
  "Thực phẩm",
  "Nội thất",
]
export const cooperativeTrades = [
  "Nông nghiệp",
  "Chăn nuôi",
  "Rau an toàn",
  "Mây tre đan",
  "Dịch vụ điện",
  "Chè",
]

/** Classes created on demand, bucketed so people of one place and month share a class. */
export interface OpenClass {
  readonly id: string
  readonly day: number
  readonly capacity: number
  readonly topics: ReadonlyArray<string>
  enrolled: number
}

export const pad = (n: number, width: number): string => String(n).padStart(width, "0")

export const unitRow = (unit: Unit.Unit): Rows.UnitRow => ({
  id: unit.id,
  code: unit.code,
  name: unit.name,
  nameFolded: Text.searchKey(unit.name),
  kind: unit.kind,
  validFrom: unit.validFrom,
  validTo: unit.validTo,
  successors: unit.successorIds,
})

/** What every part of the generator starts from. */
export const context = (options: DemoOptions, sink: Sink) => {
  const random = new SeededRandom(options.seed)
  const today = CalendarDate.toDayNumber(options.today)
  const todayYear = CalendarDate.yearOf(options.today)
  const reform = day(ChuongMy.reformDate)
  // Classes and events are scheduled up to the end of 2026, or six weeks ahead when later.
  const horizon = Math.max(day("2026-12-31"), today + 42)
  const counter = new Map<string, number>()
  const nextId = (prefix: string): string => {
    const n = (counter.get(prefix) ?? 0) + 1
    counter.set(prefix, n)
    return `${prefix}-${n.toString(36).padStart(5, "0")}`
  }
  /** A day between `from` and `to`, more likely late: the campaign gathers pace. */
  const activityDay = (r: SeededRandom, from = activityStart, to = today): number =>
    from >= to ? from : from + Math.floor(Math.sqrt(r.next()) * (to - from + 1))
  /** The Monday of the week the activity starts in. */
  const firstMonday = CalendarDate.toDayNumber(
    CalendarDate.mondayOf(CalendarDate.fromDayNumber(activityStart)),
  )
  /** A skill record; `evidenceId` is the enrollment, guide link, visit, certificate or assessment. */
  const record = (
    person: Resident,
    topicId: string,
    on: number,
    source: SkillRecord.Source,
    evidenceId: string,
  ) => {
    sink.skillRecords.add({
      id: nextId("sr"),
      personId: person.id,
      topicId,
      achievedOn: iso(on),
      source,
      evidenceId,
      recordedBy,
    })
  }
  return {
    options,
    sink,
    random,
    today,
    todayYear,
    reform,
    horizon,
    nextId,
    activityDay,
    firstMonday,
    record,
  }
}
/** What every part of the generator starts from. */
export type Context = ReturnType<typeof context>
