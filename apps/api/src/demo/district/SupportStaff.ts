/**
 * Support staff at the commune desks; one commune leaves its desk empty.
 */
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import { Effect } from "effect"
import { G, activityStart, iso, type Context, type Resident } from "./Model.js"
import type { Places } from "./Places.js"
import type { Residents } from "./Residents.js"

/** Generates this part of the district into the sink. */
export const generate = (district: Context & Places & Residents) =>
  Effect.gen(function* () {
    const { sink, random, today, reform, nextId, communes, newCommunes, residentsByVillage } = district
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
  })
