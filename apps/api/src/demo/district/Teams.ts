/**
 * Door-to-door teams (tổ chuyển đổi số cộng đồng) and their visits.
 */
import type * as Team from "@bdhv/domain/Team"
import * as Text from "@bdhv/domain/Text"
import { Effect } from "effect"
import {
  G,
  activityStart,
  iso,
  recordedBy,
  t,
  type Context,
  type Resident,
  visitTopicChoices,
} from "./Model.js"
import type { Places } from "./Places.js"
import type { Residents } from "./Residents.js"

/** Generates this part of the district into the sink. */
export const generate = (district: Context & Places & Residents) =>
  Effect.gen(function* () {
    const {
      sink,
      random,
      reform,
      nextId,
      activityDay,
      record,
      communes,
      newCommunes,
      villages,
      residents,
      householdMembers,
      householdIds,
      householdVillage,
      householdHasElderly,
      residentsByVillage,
    } = district
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
  })
