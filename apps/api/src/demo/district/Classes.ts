/**
 * Classes: weekly community classes, courses for every audience, enrollments and completions (which
 * record skills); some communes skip weeks, some party cells never hold the pioneer session.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Class from "@bdhv/domain/Class"
import type * as Enrollment from "@bdhv/domain/Enrollment"
import * as Text from "@bdhv/domain/Text"
import * as Topic from "@bdhv/domain/Topic"
import { Effect } from "effect"
import type { SeededRandom } from "../SeededRandom.js"
import {
  G,
  basicCourse,
  communityTopics,
  day,
  iso,
  onlineTopicChoices,
  pioneerTopics,
  t,
  thematicCourses,
  topicName,
  type Context,
  type OpenClass,
  type Resident,
} from "./Model.js"
import type { Places } from "./Places.js"
import type { Residents } from "./Residents.js"

/** Generates this part of the district into the sink. */
export const generate = (district: Context & Places & Residents) =>
  Effect.gen(function* () {
    const {
      sink,
      random,
      today,
      reform,
      horizon,
      nextId,
      activityDay,
      firstMonday,
      record,
      communes,
      newCommunes,
      villages,
      partyCells,
      residents,
      householdMembers,
    } = district
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
  })
