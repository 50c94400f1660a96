/**
 * The demo district: a deterministic, synthetic Chương Mỹ on its real administrative tree.
 *
 * Given a seed, a size and "today", it invents villages under each former commune, households and
 * people (Vietnamese names, ages, groups, VNeID, bank accounts), organizations (schools, agencies,
 * party cells, enterprises, cooperatives), then the campaign itself: weekly community classes and
 * courses for every audience with enrollments and completions (which record skills), guides and their
 * learners, support staff at the commune desks, door-to-door teams and their visits, posts, events and
 * targets. Communes differ in zeal, so every indicator, violation and worklist has something to show:
 * some guides stay below the quota, one commune leaves its desk empty, some skip weekly classes, some
 * party cells never hold the pioneer session.
 *
 * Everything happens on or before `today`, except classes and events scheduled ahead (the public site
 * lists them). Rows stream into a {@link Sink}: the generator never holds the skill records in memory.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import * as Class from "@bdhv/domain/Class"
import type * as Communication from "@bdhv/domain/Communication"
import type * as Enrollment from "@bdhv/domain/Enrollment"
import type * as Indicator from "@bdhv/domain/Indicator"
import type * as Organization from "@bdhv/domain/Organization"
import type * as Person from "@bdhv/domain/Person"
import type * as SkillRecord from "@bdhv/domain/SkillRecord"
import type * as Team from "@bdhv/domain/Team"
import type * as Unit from "@bdhv/domain/Unit"
import * as Text from "@bdhv/domain/Text"
import * as Topic from "@bdhv/domain/Topic"
import { Effect, Result } from "effect"
import type * as SqlClient from "effect/sql/SqlClient"
import type { SqlError } from "effect/sql/SqlError"
import type * as Rows from "./Rows.js"
import { SeededRandom } from "./SeededRandom.js"
import type { Sink } from "./Sink.js"
import { inventVillages } from "./Villages.js"
import * as VietnameseNames from "./VietnameseNames.js"

/** What to generate. */
export interface DemoOptions {
  /** The same seed always gives the same district. */
  readonly seed: number
  /** About how many people (households are about a third of that). */
  readonly people: number
  /** The day the data runs up to; classes and events after it are scheduled, not held. */
  readonly today: CalendarDate.CalendarDate
}

const day = (iso: string): number => CalendarDate.toDayNumber(CalendarDate.CalendarDate.make(iso))
const iso = (dayNumber: number): string => CalendarDate.fromDayNumber(dayNumber)

/** Who recorded the generated records: the demo seed, not an account. */
const recordedBy = "seed:demo"

/** The movement was launched on 26 March 2025; activity in the communes starts in April. */
const activityStart = day("2025-04-01")

const t = Topic.ids

/** Topics of a basic course: the default core set, so completing it gives basic digital skills. */
const basicCourse: ReadonlyArray<string> = Topic.defaultCoreTopics
/** Topics a weekly community class picks from. */
const communityTopics: ReadonlyArray<string> = [
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
const visitTopicChoices: ReadonlyArray<string> = [
  t.vneid,
  t.onlinePublicServices,
  t.digitalPayment,
  t.internetUse,
  t.digitalSafety,
]
const guideTopicChoices: ReadonlyArray<string> = [
  t.internetUse,
  t.vneid,
  t.digitalPayment,
  t.onlinePublicServices,
  t.onlineHealthcare,
  t.digitalSafety,
  t.devicesAndSoftware,
]
const onlineTopicChoices: ReadonlyArray<string> = [
  t.usingAi,
  t.digitalContent,
  t.information,
  t.communication,
  t.problemSolving,
]
const pioneerTopics: ReadonlyArray<string> = [t.usingAi, t.onlinePublicServices, t.digitalSafety]

/** Second courses on what a group needs next: AI for students, production software for workers… */
const thematicCourses: ReadonlyArray<
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

const topicName = (id: string): string => Topic.topicsById.get(Topic.TopicId.make(id))?.name.vi ?? id

// ---------------------------------------------------------------------------------------------------------
// The in-memory model of the district (everything but the per-person records)

interface Commune {
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

interface NewCommune {
  readonly id: string
  readonly name: string
  readonly weeklyDiligence: number
  readonly villages: Array<number>
  readonly upperSecondary: Array<string>
}

interface Village {
  readonly id: string
  readonly name: string
  readonly former: number
  readonly successor: number
  readonly remote: boolean
  readonly partyCell: string
  readonly households: Array<number>
}

enum G {
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

interface Resident {
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

const groupTags: ReadonlyArray<readonly [G, Person.GroupTag]> = [
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

const mobilePrefixes = ["32", "33", "34", "35", "36", "37", "38", "39", "70", "76", "77", "78", "79", "81"]
const mobilePrefixes2 = ["82", "83", "84", "85", "86", "88", "89", "90", "91", "93", "94", "96", "97", "98"]

const householdSizes: ReadonlyArray<readonly [number, number]> = [
  [1, 12],
  [2, 22],
  [3, 24],
  [4, 23],
  [5, 11],
  [6, 6],
  [7, 2],
]

const enterpriseTrades = [
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
const cooperativeTrades = ["Nông nghiệp", "Chăn nuôi", "Rau an toàn", "Mây tre đan", "Dịch vụ điện", "Chè"]

/** Classes created on demand, bucketed so people of one place and month share a class. */
interface OpenClass {
  readonly id: string
  readonly day: number
  readonly capacity: number
  readonly topics: ReadonlyArray<string>
  enrolled: number
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0")

const unitRow = (unit: Unit.Unit): Rows.UnitRow => ({
  id: unit.id,
  code: unit.code,
  name: unit.name,
  nameFolded: Text.searchKey(unit.name),
  kind: unit.kind,
  validFrom: unit.validFrom,
  validTo: unit.validTo,
  successors: unit.successorIds,
})

/**
 * Generates the district into `sink`: the real unit tree of `ChuongMy`, and everything below the
 * communes invented.
 */
export const generate = (
  options: DemoOptions,
  sink: Sink,
): Effect.Effect<void, SqlError, SqlClient.SqlClient> =>
  Effect.gen(function* () {
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

    // -- Units --------------------------------------------------------------------------------------------
    for (const unit of ChuongMy.units) sink.units.add(unitRow(unit))
    for (const link of ChuongMy.links) sink.unitLinks.add(link)
    for (const [sortOrder, topic] of Topic.catalogue.entries()) {
      sink.topics.add({
        id: topic.id,
        nameVi: topic.name.vi,
        nameEn: topic.name.en,
        nameFolded: Text.searchKey(topic.name.vi),
        kind: topic.kind,
        core: Topic.defaultCoreTopics.includes(topic.id),
        sortOrder,
        implies: topic.implies,
      })
    }

    const formerCommunes = ChuongMy.oldCommunes
    const unitRandom = random.fork("villages")
    const invented = inventVillages(
      unitRandom,
      formerCommunes.map((c) => ({
        code: c.code ?? "",
        township: c.kind === "thi_tran",
        successorCodes: ChuongMy.newCodesOf(c.code ?? ""),
      })),
    )
    const newIndex = new Map(ChuongMy.newCommunes.map((c, i) => [c.code ?? "", i]))
    const formerIndex = new Map(formerCommunes.map((c, i) => [c.code ?? "", i]))
    const orgRandom = random.fork("organizations")

    const communes: Array<Commune> = formerCommunes.map((former) => ({
      id: former.id,
      name: former.name,
      zeal: 0.45 + orgRandom.next() * 0.5,
      weeklyDiligence: orgRandom.pick([1, 0.97, 0.95, 0.9, 0.85, 0.6]),
      villages: [],
      primarySchool: "",
      lowerSecondarySchool: "",
      employers: [],
    }))
    const newCommunes: Array<NewCommune> = ChuongMy.newCommunes.map((c, i) => ({
      id: c.id,
      name: c.name,
      // One new commune keeps a poor record of weekly classes.
      weeklyDiligence: i === ChuongMy.newCommunes.length - 2 ? 0.72 : 0.97,
      villages: [],
      upperSecondary: [],
    }))
    const villages: Array<Village> = []

    const organization = (unitId: string, name: string, kind: Organization.OrganizationKind): string => {
      const id = nextId("org")
      sink.organizations.add({ id, unitId, name, nameFolded: Text.searchKey(name), kind })
      return id
    }

    for (const v of invented) {
      const made = ChuongMy.village({
        oldCommuneCode: v.formerCommuneCode,
        name: v.name,
        kind: v.kind,
        newCommuneCode: v.successorCode,
      })
      if (Result.isFailure(made)) return yield* Effect.die(made.failure)
      const { unit, links } = made.success
      sink.units.add(unitRow(unit))
      for (const link of links) sink.unitLinks.add(link)
      const former = formerIndex.get(v.formerCommuneCode)!
      const successor = newIndex.get(v.successorCode)!
      const index = villages.length
      const partyCell = organization(unit.id, `Chi bộ ${unit.name}`, "party_cell")
      villages.push({
        id: unit.id,
        name: unit.name,
        former,
        successor,
        remote: v.remote,
        partyCell,
        households: [],
      })
      communes[former]!.villages.push(index)
      newCommunes[successor]!.villages.push(index)
    }

    // -- Organizations ------------------------------------------------------------------------------------
    const partyCells: Array<{ id: string; village: number }> = villages.map((v, i) => ({
      id: v.partyCell,
      village: i,
    }))
    for (const commune of communes) {
      const seat = commune.villages[0]!
      const seatId = villages[seat]!.id
      const shortName = commune.name.replace(/^(Xã|Thị trấn|Phường) /, "")
      commune.primarySchool = organization(seatId, `Trường Tiểu học ${shortName}`, "school")
      commune.lowerSecondarySchool = organization(seatId, `Trường THCS ${shortName}`, "school")
      organization(
        seatId,
        `Ủy ban nhân dân ${commune.name.toLowerCase().startsWith("thị trấn") ? "thị trấn" : "xã"} ${shortName}`,
        "state_agency",
      )
      partyCells.push({
        id: organization(seatId, `Chi bộ cơ quan ${shortName}`, "party_cell"),
        village: seat,
      })
      partyCells.push({
        id: organization(seatId, `Chi bộ Trường THCS ${shortName}`, "party_cell"),
        village: seat,
      })
      organization(seatId, `Đoàn Thanh niên ${shortName}`, "youth_union_base")
      const enterprises = orgRandom.between(0, 3) + (commune.zeal > 0.8 ? 2 : 0)
      for (let i = 0; i < enterprises; i++) {
        const village = villages[orgRandom.pick(commune.villages)]!
        commune.employers.push(
          organization(
            village.id,
            `Công ty ${orgRandom.pick(["TNHH", "Cổ phần"])} ${orgRandom.pick(enterpriseTrades)} ${shortName}${i > 0 ? ` ${i + 1}` : ""}`,
            "enterprise",
          ),
        )
      }
      const cooperatives = orgRandom.between(1, 2)
      for (let i = 0; i < cooperatives; i++) {
        const village = villages[orgRandom.pick(commune.villages)]!
        commune.employers.push(
          organization(
            village.id,
            `Hợp tác xã ${orgRandom.pick(cooperativeTrades)} ${i === 0 ? shortName : village.name.replace(/^(Thôn|Tổ dân phố) /, "")}`,
            "cooperative",
          ),
        )
      }
    }
    for (const commune of newCommunes) {
      const schools = commune.villages.length > 40 ? 3 : commune.villages.length > 20 ? 2 : 1
      const shortName = commune.name.replace(/^(Xã|Phường) /, "")
      for (let i = 0; i < schools; i++) {
        const village = villages[orgRandom.pick(commune.villages)]!
        const school = organization(
          village.id,
          `Trường THPT ${shortName}${schools > 1 ? ` ${["A", "B", "C"][i]}` : ""}`,
          "school",
        )
        commune.upperSecondary.push(school)
      }
    }
    yield* sink.flush()

    // -- Households and people ----------------------------------------------------------------------------
    const peopleRandom = random.fork("people")
    const householdTotal = Math.max(villages.length, Math.round(options.people / 3.2))
    const weights = villages.map(
      (v) => (formerCommunes[v.former]!.kind === "thi_tran" ? 1.5 : 1) * (0.6 + peopleRandom.next()),
    )
    const weightSum = weights.reduce((a, b) => a + b, 0)
    const residents: Array<Resident> = []
    const householdMembers: Array<Array<number>> = []
    const householdIds: Array<string> = []
    const householdVillage: Array<number> = []
    const householdHasElderly: Array<boolean> = []
    let householdCount = 0
    const codesInCommune = new Map<number, number>()

    const phone = (r: SeededRandom): string =>
      `+84${r.pick(r.chance(0.5) ? mobilePrefixes : mobilePrefixes2)}${pad(r.int(10_000_000), 7)}`

    for (const [vi, village] of villages.entries()) {
      const commune = communes[village.former]!
      const successor = newCommunes[village.successor]!
      const township = formerCommunes[village.former]!.kind === "thi_tran"
      const count = Math.max(1, Math.round((householdTotal * weights[vi]!) / weightSum))
      for (let h = 1; h <= count; h++) {
        const householdIndex = householdCount++
        const householdId = `hh-${householdIndex.toString(36).padStart(5, "0")}`
        // Numbered in the commune's register, so a code is unique within the commune (and, with the old
        // commune's code in front, within the new commune it became part of).
        const inCommune = (codesInCommune.get(village.former) ?? 0) + 1
        codesInCommune.set(village.former, inCommune)
        const code = `${formerCommunes[village.former]!.code}-${pad(inCommune, 4)}`
        const address = `Số ${peopleRandom.between(1, 180)}, ${village.name}`
        village.households.push(householdIndex)
        householdIds.push(householdId)
        householdVillage.push(vi)
        const size = peopleRandom.weighted(householdSizes)
        const family = VietnameseNames.familyName(peopleRandom)
        const ages: Array<readonly [number, Person.Sex, string]> = []
        const alone = size === 1 && peopleRandom.chance(0.5)
        const headAge = alone
          ? peopleRandom.between(60, 92)
          : peopleRandom.weighted([
              [peopleRandom.between(24, 34), 2],
              [peopleRandom.between(35, 49), 4],
              [peopleRandom.between(50, 64), 3],
              [peopleRandom.between(65, 85), 1.5],
            ])
        const headSex: Person.Sex = alone
          ? peopleRandom.chance(0.6)
            ? "female"
            : "male"
          : peopleRandom.chance(0.75)
            ? "male"
            : "female"
        ages.push([headAge, headSex, family])
        if (size >= 2 && peopleRandom.chance(0.85)) {
          ages.push([
            Math.max(18, headAge + peopleRandom.between(-6, 3)),
            headSex === "male" ? "female" : "male",
            VietnameseNames.familyName(peopleRandom),
          ])
        }
        if (size >= 4 && headAge < 58 && peopleRandom.chance(0.4)) {
          ages.push([
            Math.min(98, headAge + peopleRandom.between(22, 32)),
            peopleRandom.chance(0.6) ? "female" : "male",
            family,
          ])
        }
        while (ages.length < size) {
          const childAge = Math.max(0, headAge - peopleRandom.between(20, 38))
          ages.push([childAge, peopleRandom.chance(0.5) ? "male" : "female", family])
        }
        const members: Array<number> = []
        let hasElderly = false
        for (const [age, sex, familyName] of ages) {
          const index = residents.length
          const id = `p-${index.toString(36).padStart(6, "0")}`
          const birthDay = today - age * 365 - peopleRandom.int(365) - Math.floor(age / 4)
          const birthDate = iso(birthDay)
          const birthYear = Number(birthDate.slice(0, 4))
          const exactAge = todayYear - birthYear - (birthDate.slice(5) > options.today.slice(5) ? 1 : 0)
          let groups = 0
          let schoolLevel: Person.SchoolLevel | null = null
          let school: string | null = null
          let employer: string | null = null
          if (exactAge >= 6 && exactAge <= 17 && peopleRandom.chance(0.96)) {
            groups |= G.Student
            schoolLevel = exactAge <= 10 ? "primary" : exactAge <= 14 ? "lower_secondary" : "upper_secondary"
            school =
              schoolLevel === "primary"
                ? commune.primarySchool
                : schoolLevel === "lower_secondary"
                  ? commune.lowerSecondarySchool
                  : peopleRandom.pick(successor.upperSecondary)
          } else if (exactAge >= 18 && exactAge <= 22 && peopleRandom.chance(0.35)) {
            groups |= G.Student
            schoolLevel = peopleRandom.chance(0.4) ? "vocational" : "university"
          }
          if ((groups & G.Student) === 0 && exactAge >= 22 && exactAge < 60 && peopleRandom.chance(0.04)) {
            groups |= G.CivilServant
          }
          if (
            exactAge >= 18 &&
            peopleRandom.chance(groups & G.CivilServant ? 0.65 : exactAge >= 60 ? 0.1 : 0.05)
          ) {
            groups |= G.PartyMember
          }
          const free = (groups & (G.Student | G.CivilServant)) === 0
          if (
            free &&
            exactAge >= 18 &&
            exactAge <= 55 &&
            commune.employers.length > 0 &&
            peopleRandom.chance(township ? 0.3 : 0.22)
          ) {
            groups |= G.Worker
            employer = peopleRandom.pick(commune.employers)
          }
          if (free && (groups & G.Worker) === 0 && exactAge >= 18 && exactAge <= 70) {
            if (peopleRandom.chance(township ? 0.14 : 0.07)) groups |= G.SmallTrader
            else if (exactAge >= 20 && exactAge <= 75 && peopleRandom.chance(township ? 0.08 : 0.42))
              groups |= G.Farmer
          }
          if (exactAge >= 16 && exactAge <= 30 && peopleRandom.chance(0.4)) groups |= G.Youth
          if (peopleRandom.chance(exactAge >= 70 ? 0.08 : 0.03)) groups |= G.Disability
          if (village.remote) groups |= G.Remote
          if (exactAge >= 60) hasElderly = true

          let vneidLevel: Person.VneidLevel = 0
          let digitalBank = false
          if (exactAge >= 14) {
            const factor =
              (exactAge >= 75 ? 0.55 : exactAge >= 60 ? 0.8 : 1) *
              (groups & G.Disability ? 0.7 : 1) *
              (village.remote ? 0.85 : 1) *
              (0.75 + commune.zeal * 0.25)
            vneidLevel = peopleRandom.chance(0.97 * factor) ? 2 : peopleRandom.chance(0.4) ? 1 : 0
            digitalBank = exactAge >= 16 && peopleRandom.chance((exactAge >= 60 ? 0.45 : 0.88) * factor)
          }
          const fullName = VietnameseNames.fullName(peopleRandom, familyName, sex, birthYear)
          const knownDate = peopleRandom.chance(0.88)
          sink.people.add({
            id,
            unitId: village.id,
            householdId,
            fullName,
            nameFolded: Text.searchKey(fullName),
            birthDate: knownDate ? birthDate : null,
            birthYear,
            sex,
            phone: exactAge >= 16 && peopleRandom.chance(0.6) ? phone(peopleRandom) : null,
            groups: groupTags.filter(([bit]) => (groups & bit) !== 0).map(([, tag]) => tag),
            schoolLevel,
            schoolId: school,
            employerIds: employer === null ? [] : [employer],
            vneidLevel,
            digitalBank,
          })
          residents.push({
            index,
            id,
            village: vi,
            household: householdIndex,
            age: exactAge,
            groups,
            school,
            employer,
            vneidLevel,
            digitalBank,
            basicOn: 0,
          })
          members.push(index)
        }
        householdMembers.push(members)
        householdHasElderly.push(hasElderly)
        sink.households.add({
          id: householdId,
          unitId: village.id,
          code,
          address,
          searchFolded: Text.searchKey(`${code} ${ages[0]![2]} ${address}`),
          remote: village.remote,
        })
        yield* sink.pace()
      }
    }
    yield* sink.flush()

    // -- Classes ----------------------------------------------------------------------------------------
    const classRandom = random.fork("classes")
    const recordRandom = random.fork("records")
    const instructorsOf = (village: number): ReadonlyArray<string> => {
      const members = householdMembers[villages[village]!.households[0] ?? 0] ?? []
      const adult = members.map((i) => residents[i]!).find((r) => r.age >= 20 && r.age < 60)
      return adult === undefined ? [] : [adult.id]
    }
    const startsAt = (dayNumber: number, r: SeededRandom): string =>
      `${iso(dayNumber)}T${r.pick(["07:30", "08:00", "14:00", "19:30"])}:00+07:00`

    const addClass = (spec: {
      readonly village: number
      readonly title: string
      readonly audience: Class.Audience
      readonly day: number
      readonly topics: ReadonlyArray<string>
      readonly capacity: number
      readonly organizationId?: string | null
      readonly duration?: number
      readonly mode?: Class.Mode | undefined
      readonly cancelled?: boolean
    }): OpenClass => {
      const id = nextId("cls")
      const village = villages[spec.village]!
      const mode: Class.Mode = spec.mode ?? (classRandom.chance(0.08) ? "hybrid" : "in_person")
      const status: Class.ClassStatus = spec.cancelled
        ? "cancelled"
        : spec.day <= today
          ? "held"
          : "scheduled"
      sink.classes.add({
        id,
        unitId: village.id,
        title: spec.title,
        titleFolded: Text.searchKey(spec.title),
        audience: spec.audience,
        mode,
        startsAt: startsAt(spec.day, classRandom),
        durationMinutes: spec.duration ?? 90,
        venue: mode === "online" ? null : `Nhà văn hóa ${village.name}`,
        capacity: spec.capacity,
        instructorIds: instructorsOf(spec.village),
        organizationId: spec.organizationId ?? null,
        status,
      })
      for (const topicId of spec.topics) sink.classTopics.add({ classId: id, topicId })
      return { id, day: spec.day, capacity: spec.capacity, topics: spec.topics, enrolled: 0 }
    }

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

    const enroll = (
      person: Resident,
      open: OpenClass,
      forceStatus?: Enrollment.Status,
    ): Enrollment.Status => {
      open.enrolled++
      const status: Enrollment.Status =
        forceStatus ??
        (open.day > today
          ? "registered"
          : recordRandom.weighted([
              ["completed", 90],
              ["no_show", 5],
              ["attended", 5],
            ] as const))
      const enrollmentId = nextId("enr")
      sink.enrollments.add({ id: enrollmentId, classId: open.id, personId: person.id, status })
      if (status === "completed") {
        for (const topicId of open.topics) record(person, topicId, open.day, "class", enrollmentId)
      }
      return status
    }

    // Weekly community classes, in every commune-level unit valid in the week.
    const weekly = new Map<string, Array<OpenClass>>()
    const weeklyKey = (communeId: string, monday: number) => `${communeId}|${monday}`
    const firstMonday = CalendarDate.toDayNumber(
      CalendarDate.mondayOf(CalendarDate.fromDayNumber(activityStart)),
    )
    for (let monday = firstMonday; monday <= horizon; monday += 7) {
      const holders: Array<{
        id: string
        villages: ReadonlyArray<number>
        diligence: number
        from: number
        to: number
      }> = []
      if (monday < reform) {
        for (const c of communes)
          holders.push({
            id: c.id,
            villages: c.villages,
            diligence: c.weeklyDiligence,
            from: monday,
            to: Math.min(monday + 6, reform - 1),
          })
      }
      if (monday + 6 >= reform) {
        for (const c of newCommunes)
          holders.push({
            id: c.id,
            villages: c.villages,
            diligence: c.weeklyDiligence,
            from: Math.max(monday, reform),
            to: monday + 6,
          })
      }
      for (const holder of holders) {
        if (!classRandom.chance(holder.diligence)) continue
        const classDay = classRandom.between(holder.from, holder.to)
        const topics = classRandom.sample(communityTopics, classRandom.between(1, 2))
        const open = addClass({
          village: classRandom.pick(holder.villages),
          title: `Buổi học cộng đồng: ${topics.map(topicName).join(", ")}`,
          audience: "community",
          day: classDay,
          topics,
          capacity: classRandom.pick([30, 40, 50]),
          cancelled: classDay <= today && classRandom.chance(0.02),
        })
        if (classDay <= today && open.capacity > 0) {
          const list = weekly.get(weeklyKey(holder.id, monday)) ?? []
          list.push(open)
          weekly.set(weeklyKey(holder.id, monday), list)
        }
      }
      yield* sink.pace()
    }
    const weeklyClassNear = (communeId: string, on: number): OpenClass | undefined => {
      const monday = CalendarDate.toDayNumber(CalendarDate.mondayOf(CalendarDate.fromDayNumber(on)))
      for (let w = 0; w < 8; w++) {
        const list = weekly.get(weeklyKey(communeId, monday - w * 7)) ?? []
        const open = list.find((c) => c.enrolled < c.capacity)
        if (open !== undefined) return open
      }
      return undefined
    }

    // Courses created on demand: one per place, audience and month, a new one when it fills up.
    const courses = new Map<string, OpenClass>()
    const course = (spec: {
      readonly key: string
      readonly village: number
      readonly audience: Class.Audience
      readonly on: number
      readonly topics: ReadonlyArray<string>
      readonly title: string
      readonly organizationId?: string | null
      readonly capacity: number
      readonly duration: number
    }): OpenClass => {
      const month = iso(spec.on).slice(0, 7)
      const key = `${spec.key}|${spec.audience}|${spec.title}|${month}`
      const current = courses.get(key)
      if (current !== undefined && current.enrolled < current.capacity) return current
      const open = addClass({
        village: spec.village,
        title: spec.title,
        audience: spec.audience,
        day: spec.on,
        topics: spec.topics,
        capacity: spec.capacity,
        organizationId: spec.organizationId ?? null,
        duration: spec.duration,
        mode: spec.audience === "students" && classRandom.chance(0.2) ? "online" : undefined,
      })
      courses.set(key, open)
      return open
    }
    const communeAt = (person: Resident, on: number): string =>
      on < reform
        ? communes[villages[person.village]!.former]!.id
        : newCommunes[villages[person.village]!.successor]!.id

    // Each person's journey: a basic course for some, a 4T course for traders and farmers, a weekly class.
    for (const person of residents) {
      const village = villages[person.village]!
      const commune = communes[village.former]!
      const zeal = commune.zeal
      const g = person.groups
      const base =
        g & G.CivilServant
          ? 0.97
          : g & G.Student
            ? person.age >= 9
              ? 0.9
              : 0.15
            : person.age < 16
              ? 0.05
              : g & G.Worker
                ? 0.75
                : person.age >= 75
                  ? 0.25
                  : person.age >= 60
                    ? 0.45
                    : person.age <= 30
                      ? 0.8
                      : 0.68
      const chance = base * (0.35 + 0.65 * zeal) * (g & G.Disability ? 0.6 : 1) * (g & G.Remote ? 0.8 : 1)
      if (recordRandom.chance(chance)) {
        const on = activityDay(recordRandom)
        const audience: Class.Audience =
          g & G.CivilServant
            ? "civil_servants"
            : g & G.Student && person.school !== null
              ? "students"
              : g & G.Worker
                ? "workers"
                : g & G.Disability
                  ? "disability"
                  : person.age >= 60
                    ? "elderly"
                    : person.age <= 30 && person.age >= 16
                      ? "youth"
                      : "community"
        const place =
          audience === "students"
            ? person.school!
            : audience === "workers"
              ? person.employer!
              : communeAt(person, on)
        const open = course({
          key: place,
          village: audience === "civil_servants" ? commune.villages[0]! : person.village,
          audience,
          on,
          topics: basicCourse,
          title: `Lớp kỹ năng số cơ bản – ${Class.audienceNames[audience].vi}`,
          organizationId:
            audience === "workers" ? person.employer : audience === "students" ? person.school : null,
          capacity: audience === "students" ? 45 : 35,
          duration: 180,
        })
        if (enroll(person, open) === "completed") person.basicOn = open.day
      }
      if (g & (G.SmallTrader | G.Farmer) && recordRandom.chance(0.5 * (0.3 + 0.7 * zeal))) {
        const on = activityDay(recordRandom, day("2025-06-01"))
        const full = recordRandom.chance(0.75)
        const topics = full ? Topic.fourTModules : recordRandom.sample(Topic.fourTModules, 2)
        const open = course({
          key: communeAt(person, on),
          village: person.village,
          audience: "four_t",
          on,
          topics,
          title: full ? "Lớp 4T – Chợ số, nông thôn số" : `Lớp 4T: ${topics.map(topicName).join(", ")}`,
          capacity: 40,
          duration: 240,
        })
        enroll(person, open)
      }
      const thematic = thematicCourses.find(([applies]) => applies(person))
      if (thematic !== undefined && recordRandom.chance(0.5 * zeal)) {
        const [, audience, title, topics] = thematic
        const on = activityDay(recordRandom, day("2025-06-01"))
        const open = course({
          key:
            audience === "students"
              ? person.school!
              : audience === "workers"
                ? person.employer!
                : communeAt(person, on),
          village: person.village,
          audience,
          on,
          topics,
          title,
          organizationId:
            audience === "workers" ? person.employer : audience === "students" ? person.school : null,
          capacity: 40,
          duration: 120,
        })
        enroll(person, open)
      }
      if (person.age >= 16 && recordRandom.chance(0.6 * zeal)) {
        const attended = new Set<string>()
        for (let k = recordRandom.chance(0.3) ? 2 : 1; k > 0; k--) {
          const on = activityDay(recordRandom)
          const open = weeklyClassNear(communeAt(person, on), on)
          if (open !== undefined && !attended.has(open.id)) {
            attended.add(open.id)
            enroll(person, open)
          }
        }
      }
      if (person.age >= 16 && person.age <= 45 && recordRandom.chance(0.15)) {
        for (const topicId of recordRandom.sample(onlineTopicChoices, recordRandom.between(1, 3))) {
          record(
            person,
            topicId,
            activityDay(recordRandom),
            "online_platform",
            `cert-${person.id}-${topicId}`,
          )
        }
      }
      if (person.age >= 18 && recordRandom.chance(0.015)) {
        record(
          person,
          recordRandom.pick(communityTopics),
          activityDay(recordRandom),
          "assessment",
          nextId("asm"),
        )
      }
      yield* sink.pace()
    }

    // Upcoming classes for every community audience, some of them already full, and registrations.
    const upcomingAudiences: ReadonlyArray<readonly [Class.Audience, string, ReadonlyArray<string>]> = [
      [
        "elderly",
        "Người cao tuổi dùng điện thoại thông minh an toàn",
        [t.internetUse, t.digitalSafety, t.onlineHealthcare],
      ],
      ["disability", "Kỹ năng số cho người khuyết tật", [t.devicesAndSoftware, t.onlinePublicServices]],
      ["four_t", "Lớp 4T – Bán hàng trên sàn thương mại điện tử", [t.fourTECommerce, t.fourTCashlessPayment]],
      ["youth", "Thanh niên với trí tuệ nhân tạo", [t.usingAi, t.digitalContent]],
      ["community", "Cài đặt và sử dụng VNeID mức 2", [t.vneid, t.onlinePublicServices]],
    ]
    for (const [ni, commune] of newCommunes.entries()) {
      for (const [ai, [audience, title, topics]] of upcomingAudiences.entries()) {
        for (let k = 0; k < 3; k++) {
          const classDay = today + 3 + ai * 2 + k * 11 + ni
          if (classDay > horizon) continue
          const full = k === 0 && ai === 4
          const open = addClass({
            village: commune.villages[(ai * 7 + k * 3) % commune.villages.length]!,
            title,
            audience,
            day: classDay,
            topics,
            capacity: full ? 12 : classRandom.pick([25, 30, 40]),
            mode: audience === "youth" && k === 2 ? "online" : undefined,
          })
          const candidates = commune.villages
            .flatMap((v) => villages[v]!.households.slice(0, 6))
            .flatMap((h) => householdMembers[h]!)
          const wanted = full ? open.capacity : classRandom.between(0, Math.floor(open.capacity / 2))
          for (const index of classRandom.sample(candidates, wanted)) {
            const person = residents[index]!
            if (person.age >= 16) enroll(person, open, "registered")
          }
        }
      }
      yield* sink.pace()
    }

    // Party cells: most held the pioneer session; their party members took part.
    const partyMembersByVillage = new Map<number, Array<Resident>>()
    for (const person of residents) {
      if (person.groups & G.PartyMember) {
        const list = partyMembersByVillage.get(person.village) ?? []
        list.push(person)
        partyMembersByVillage.set(person.village, list)
      }
    }
    for (const cell of partyCells) {
      if (!classRandom.chance(0.8)) continue
      const on = activityDay(classRandom, day("2025-05-01"), Math.min(today, day("2026-06-30")))
      const members = partyMembersByVillage.get(cell.village) ?? []
      const open = addClass({
        village: cell.village,
        title: "Sinh hoạt chuyên đề “Đảng viên tiên phong học tập kỹ năng số”",
        audience: "party_members",
        day: on,
        topics: pioneerTopics,
        capacity: Math.max(20, members.length),
        organizationId: cell.id,
        duration: 120,
      })
      for (const member of members.slice(0, open.capacity)) if (recordRandom.chance(0.7)) enroll(member, open)
      yield* sink.pace()
    }
    yield* sink.flush()

    // -- Guides (Đại sứ số) and their learners ----------------------------------------------------------
    const guideRandom = random.fork("guides")
    const residentsByVillage = new Map<number, Array<Resident>>()
    for (const person of residents) {
      const list = residentsByVillage.get(person.village) ?? []
      list.push(person)
      residentsByVillage.set(person.village, list)
    }
    for (const person of residents) {
      const eligible =
        (person.age >= 18 && person.age <= 40 && person.groups & (G.Youth | G.CivilServant)) ||
        (person.groups & G.Student && person.age >= 15 && person.age <= 22)
      if (!eligible || !guideRandom.chance(0.07)) continue
      const since = activityDay(guideRandom, activityStart, Math.max(activityStart, today - 60))
      const guideId = nextId("gd")
      const village = villages[person.village]!
      sink.guides.add({ id: guideId, personId: person.id, unitId: village.id, since: iso(since) })
      const neighbours = (residentsByVillage.get(person.village) ?? []).filter(
        (p) => p.index !== person.index && p.age >= 12,
      )
      const learners = guideRandom.chance(0.22) ? guideRandom.between(0, 4) : guideRandom.between(5, 12)
      for (const learner of guideRandom.sample(neighbours, learners)) {
        const taught = new Set<string>()
        for (let session = guideRandom.between(1, 2); session > 0; session--) {
          const on = guideRandom.between(since, today)
          const linkId = nextId("gl")
          sink.guideLearners.add({ id: linkId, guideId, personId: learner.id, taughtOn: iso(on) })
          const topicId = guideRandom.pick(guideTopicChoices)
          if (!taught.has(topicId)) {
            taught.add(topicId)
            record(learner, topicId, on, "guide", linkId)
          }
        }
      }
      yield* sink.pace()
    }
    yield* sink.flush()

    // -- Teams and door-to-door visits ----------------------------------------------------------------
    const teamRandom = random.fork("teams")
    const villageTeams: Array<string> = []
    const team = (
      unitId: string,
      name: string,
      kind: Team.TeamKind,
      pool: ReadonlyArray<Resident>,
      since: number,
    ): string => {
      const id = nextId("team")
      const members = teamRandom.sample(pool, teamRandom.between(4, 7))
      sink.teams.add({
        id,
        unitId,
        name,
        nameFolded: Text.searchKey(name),
        kind,
        leaderPersonId: members[0]?.id ?? null,
      })
      for (const [i, member] of members.entries()) {
        sink.teamMembers.add({
          teamId: id,
          personId: member.id,
          role: i === 0 ? "leader" : "member",
          joinedOn: iso(since),
        })
      }
      return id
    }
    for (const [vi, village] of villages.entries()) {
      const pool = (residentsByVillage.get(vi) ?? []).filter((p) => p.age >= 18 && p.age < 65)
      villageTeams.push(
        team(village.id, `Tổ chuyển đổi số cộng đồng ${village.name}`, "community", pool, activityStart),
      )
    }
    const youthTeams = newCommunes.map((commune) => {
      const pool = commune.villages
        .flatMap((v) => residentsByVillage.get(v) ?? [])
        .filter((p) => p.groups & G.Youth)
      return team(
        commune.villages[0] === undefined ? "" : villages[commune.villages[0]]!.id,
        `Đội thanh niên tình nguyện ${commune.name.replace(/^(Xã|Phường) /, "")}`,
        "youth",
        pool,
        reform,
      )
    })
    for (const commune of newCommunes) {
      for (const school of commune.upperSecondary) {
        const pool = commune.villages
          .flatMap((v) => residentsByVillage.get(v) ?? [])
          .filter((p) => p.school === school)
        team(
          villages[commune.villages[0]!]!.id,
          `Học sinh tình nguyện ${school.slice(-3)}`,
          "student_volunteers",
          pool,
          reform,
        )
      }
    }
    yield* sink.flush()

    for (const [hi, members] of householdMembers.entries()) {
      const village = villages[householdVillage[hi]!]!
      const zeal = communes[village.former]!.zeal
      const rate = (0.3 + 0.6 * zeal) * (village.remote ? 1.15 : 1) * (householdHasElderly[hi] ? 1.1 : 1)
      if (!teamRandom.chance(Math.min(0.95, rate))) continue
      const times = teamRandom.weighted([
        [1, 70],
        [2, 25],
        [3, 5],
      ])
      for (let k = 0; k < times; k++) {
        const on = activityDay(teamRandom)
        const visitId = nextId("vis")
        const teamId =
          on >= reform && teamRandom.chance(0.2)
            ? youthTeams[village.successor]!
            : villageTeams[householdVillage[hi]!]!
        const helped = teamRandom.sample(
          members.map((i) => residents[i]!).filter((p) => p.age >= 14),
          teamRandom.between(1, 4),
        )
        const topics = teamRandom.sample(visitTopicChoices, teamRandom.between(1, 2))
        sink.visits.add({
          id: visitId,
          teamId,
          householdId: householdIds[hi]!,
          visitedOn: iso(on),
          helpedIds: helped.map((p) => p.id),
          // Level 2 and bank accounts are the people's state today; a visit on VNeID or payment gets the credit.
          vneidLevel2Ids: topics.includes(t.vneid)
            ? helped.filter((p) => p.vneidLevel === 2 && teamRandom.chance(0.5)).map((p) => p.id)
            : [],
          digitalBankIds: topics.includes(t.digitalPayment)
            ? helped.filter((p) => p.digitalBank && teamRandom.chance(0.5)).map((p) => p.id)
            : [],
          recordedBy,
        })
        for (const topicId of topics) {
          sink.visitTopics.add({ visitId, topicId })
          for (const person of helped) record(person, topicId, on, "door_to_door", visitId)
        }
      }
      yield* sink.pace()
    }
    yield* sink.flush()

    // -- Support staff at the commune desks -----------------------------------------------------------
    const staffRandom = random.fork("support")
    const staffFrom = (villageList: ReadonlyArray<number>): Resident | undefined => {
      const pool = villageList
        .flatMap((v) => residentsByVillage.get(v) ?? [])
        .filter((p) => p.age >= 22 && p.age < 60)
      const servants = pool.filter((p) => p.groups & G.CivilServant)
      return servants.length > 0
        ? staffRandom.pick(servants)
        : pool.length > 0
          ? staffRandom.pick(pool)
          : undefined
    }
    for (const [ci, commune] of communes.entries()) {
      // Three former communes never named anyone.
      if (ci % 10 === 7) continue
      const person = staffFrom(commune.villages)
      if (person === undefined) continue
      sink.supportStaff.add({
        id: nextId("ss"),
        unitId: commune.id,
        personId: person.id,
        validFrom: iso(activityStart + staffRandom.int(30)),
        validTo: iso(reform - 1),
        active: true,
      })
    }
    for (const [ni, commune] of newCommunes.entries()) {
      const person = staffFrom(commune.villages)
      if (person === undefined) continue
      const uncovered = ni === newCommunes.length - 1
      sink.supportStaff.add({
        id: nextId("ss"),
        unitId: commune.id,
        personId: person.id,
        validFrom: ChuongMy.reformDate,
        // The last commune's only helper left two months ago and was not replaced.
        validTo: uncovered ? iso(Math.max(reform, today - 60)) : null,
        active: true,
      })
      const second = staffFrom(commune.villages)
      if (!uncovered && second !== undefined && second.id !== person.id) {
        sink.supportStaff.add({
          id: nextId("ss"),
          unitId: commune.id,
          personId: second.id,
          validFrom: ChuongMy.reformDate,
          validTo: null,
          // On leave: an assignment suspended without rewriting its dates.
          active: ni % 2 === 0,
        })
      }
    }

    // -- Communication: posts and events ----------------------------------------------------------------
    const postRandom = random.fork("posts")
    const channels: ReadonlyArray<Communication.Channel> = [
      "district_portal",
      "zalo_oa",
      "facebook",
      "internal_bulletin",
      "loudspeaker",
    ]
    const postTitles = [
      "Hướng dẫn cài đặt và kích hoạt tài khoản định danh điện tử mức 2",
      "Phong trào “Bình dân học vụ số”: mỗi người dân đều có thể học",
      "Lịch học cộng đồng về kỹ năng số trong tuần",
      "Cảnh giác với lừa đảo qua mạng: 5 dấu hiệu cần biết",
      "Thanh toán không dùng tiền mặt tại chợ dân sinh",
      "Đại sứ số: người hướng dẫn, người học",
      "Nộp hồ sơ dịch vụ công trực tuyến không cần đến Ủy ban",
      "Khám chữa bệnh trực tuyến cho người cao tuổi",
      "Tổ chuyển đổi số cộng đồng: đi từng ngõ, gõ từng nhà",
    ]
    for (let monday = firstMonday; monday <= today; monday += 7) {
      const publishers =
        monday < reform
          ? [
              { id: ChuongMy.district.id, channel: "district_portal" as const },
              ...communes.map((c) => ({ id: c.id, channel: undefined })),
            ]
          : newCommunes.map((c) => ({ id: c.id, channel: undefined }))
      for (const publisher of publishers) {
        if (!postRandom.chance(publisher.id === ChuongMy.district.id ? 1 : monday < reform ? 0.35 : 0.9))
          continue
        const channel = publisher.channel ?? postRandom.pick(channels)
        const title = postRandom.pick(postTitles)
        const published = Math.min(today, monday + postRandom.int(7))
        const postId = nextId("post")
        sink.posts.add({
          id: postId,
          unitId: publisher.id,
          channel,
          title,
          titleFolded: Text.searchKey(title),
          url:
            channel === "loudspeaker" || channel === "internal_bulletin"
              ? null
              : `https://chuongmy.hanoi.gov.vn/tin-tuc/${postId}`,
          publishedOn: iso(published),
          reach: channel === "loudspeaker" ? postRandom.between(300, 3000) : postRandom.between(150, 25_000),
        })
      }
    }
    const eventRandom = random.fork("events")
    const event = (
      unitId: string,
      kind: Communication.EventKind,
      title: string,
      on: number,
      venue: string,
    ) => {
      sink.events.add({
        id: nextId("evt"),
        unitId,
        kind,
        title,
        titleFolded: Text.searchKey(title),
        heldOn: iso(on),
        mode: kind === "talk" && eventRandom.chance(0.5) ? "hybrid" : "in_person",
        venue,
        participants: on <= today ? eventRandom.between(80, 1500) : 0,
      })
    }
    const hall = (commune: NewCommune) =>
      `Hội trường Ủy ban nhân dân ${commune.name.toLowerCase().startsWith("phường") ? "phường" : "xã"} ${commune.name.replace(/^(Xã|Phường) /, "")}`
    for (const year of [2025, 2026]) {
      const learningDay = day(`${year}-10-10`)
      if (learningDay > horizon) continue
      for (const commune of newCommunes) {
        event(
          commune.id,
          "digital_learning_day",
          `Ngày hội toàn dân học tập số ${year} – ${commune.name}`,
          learningDay,
          hall(commune),
        )
      }
    }
    event(
      ChuongMy.district.id,
      "conference",
      "Hội nghị triển khai Phong trào “Bình dân học vụ số” huyện Chương Mỹ",
      day("2025-05-20"),
      "Hội trường Huyện ủy Chương Mỹ",
    )
    for (const commune of newCommunes) {
      event(
        commune.id,
        "hands_on",
        `Trải nghiệm dịch vụ công trực tuyến tại ${commune.name}`,
        activityDay(eventRandom, reform),
        hall(commune),
      )
      event(
        commune.id,
        "talk",
        `Tọa đàm “An toàn trên không gian mạng” – ${commune.name}`,
        activityDay(eventRandom, reform),
        hall(commune),
      )
      const ahead = today + eventRandom.between(5, 30)
      if (ahead <= horizon)
        event(
          commune.id,
          "workshop",
          `Hội thảo chuyển đổi số cho hợp tác xã – ${commune.name}`,
          ahead,
          hall(commune),
        )
    }

    // -- Targets set by units' own plans -----------------------------------------------------------------
    const target = (unitId: string, indicatorId: Indicator.IndicatorId, value: number, deadline: string) =>
      sink.targets.add({ id: nextId("tgt"), indicatorId, unitId, value, deadline })
    const [first, second, third, fourth] = newCommunes
    if (first !== undefined) target(first.id, "digital-identity", 0.95, "2026-06-30")
    if (second !== undefined) target(second.id, "workers", 0.9, "2026-12-31")
    if (third !== undefined) target(third.id, "digital-family", 0.9, "2026-12-31")
    if (fourth !== undefined) target(fourth.id, "four-t", 0.6, "2026-12-31")
    target(ChuongMy.hanoi.id, "door-to-door", 0.7, "2026-12-31")

    yield* sink.drain()
  })
