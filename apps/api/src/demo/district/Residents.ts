/**
 * Households and people: Vietnamese names, ages, groups, VNeID levels and bank accounts.
 */
import type * as Person from "@bdhv/domain/Person"
import * as Text from "@bdhv/domain/Text"
import { Effect } from "effect"
import type { SeededRandom } from "../SeededRandom.js"
import * as VietnameseNames from "../VietnameseNames.js"
import {
  G,
  groupTags,
  householdSizes,
  iso,
  mobilePrefixes,
  mobilePrefixes2,
  pad,
  type Context,
  type Resident,
} from "./Model.js"
import type { Places } from "./Places.js"

/** Generates this part of the district into the sink. */
export const generate = (district: Context & Places) =>
  Effect.gen(function* () {
    const { options, sink, random, today, todayYear, formerCommunes, communes, newCommunes, villages } =
      district
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

    const residentsByVillage = new Map<number, Array<Resident>>()
    for (const person of residents) {
      const list = residentsByVillage.get(person.village) ?? []
      list.push(person)
      residentsByVillage.set(person.village, list)
    }
    return {
      residents,
      householdMembers,
      householdIds,
      householdVillage,
      householdHasElderly,
      residentsByVillage,
    }
  })

/** What this part hands the later ones. */
export type Residents = Effect.Success<ReturnType<typeof generate>>
