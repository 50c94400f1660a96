/**
 * Arbitrary unit histories with a merge: a province, two to five communes, villages under them, and on
 * a random date some communes merge into a new one, their villages following. Every record is shuffled
 * by a random seed, so properties can check that order never matters.
 */
import { Arbitrary, Schema } from "effect"
import * as CalendarDate from "../../src/CalendarDate.js"
import * as Unit from "../../src/Unit.js"
import { dateBetween } from "./DateBetween.js"

/** Counts recorded per village. */
export interface VillageFacts extends Unit.Facts {
  readonly households: number
  readonly skilled: number
}

/** A history with one merge, and facts per village. */
export interface MergeScenario {
  readonly history: Unit.History
  readonly facts: ReadonlyArray<readonly [Unit.UnitId, VillageFacts]>
  readonly mergeDate: CalendarDate.CalendarDate
  readonly merged: ReadonlyArray<Unit.UnitId>
  readonly newCommuneId: Unit.UnitId
  readonly provinceId: Unit.UnitId
  /** The same history and facts in another order. */
  readonly shuffled: {
    readonly history: Unit.History
    readonly facts: ReadonlyArray<readonly [Unit.UnitId, VillageFacts]>
  }
}

const start = Schema.decodeSync(CalendarDate.CalendarDate)("2000-01-01")
const id = (s: string) => Unit.UnitId.make(s)

// A deterministic shuffle (Fisher–Yates over a linear congruential sequence).
const shuffle = <A>(items: ReadonlyArray<A>, seed: number): ReadonlyArray<A> => {
  const out = [...items]
  let state = seed >>> 0
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const int = (minimum: number, maximum: number) =>
  Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum, maximum })))

/** A merge scenario. */
export const mergeScenario: Arbitrary.Arbitrary<MergeScenario> = Arbitrary.all({
  communeCount: int(2, 5),
  villages: Arbitrary.array(Arbitrary.all([int(0, 4), int(0, 500), int(0, 500)]), {
    minLength: 1,
    maxLength: 12,
  }),
  mergedMask: Arbitrary.array(Arbitrary.schema(Schema.Boolean), { minLength: 5, maxLength: 5 }),
  mergeDate: dateBetween("2001-01-01", "2030-12-31"),
  seed: int(0, 2 ** 31),
}).pipe(
  Arbitrary.map(({ communeCount, villages, mergedMask, mergeDate, seed }): MergeScenario => {
    const dayBefore = CalendarDate.addDays(mergeDate, -1)
    const chosen = mergedMask.slice(0, communeCount)
    const mergedIndexes = chosen.filter(Boolean).length >= 2 ? chosen : chosen.map((_, i) => i < 2)
    const provinceId = id("p")
    const newCommuneId = id("n")
    const communeIds = Array.from({ length: communeCount }, (_, i) => id(`c${i}`))
    const isMerged = (i: number) => mergedIndexes[i] === true
    const units: Array<Unit.Unit> = [
      Unit.Unit.make({
        id: provinceId,
        code: "01",
        name: "Tỉnh",
        kind: "province",
        validFrom: start,
        validTo: null,
        successorIds: [],
      }),
      Unit.Unit.make({
        id: newCommuneId,
        code: "99999",
        name: "Xã Mới",
        kind: "xa",
        validFrom: mergeDate,
        validTo: null,
        successorIds: [],
      }),
    ]
    const links: Array<Unit.UnitLink> = [
      Unit.UnitLink.make({
        childId: newCommuneId,
        parentId: provinceId,
        validFrom: mergeDate,
        validTo: null,
      }),
    ]
    communeIds.forEach((communeId, i) => {
      const validTo = isMerged(i) ? dayBefore : null
      units.push(
        Unit.Unit.make({
          id: communeId,
          code: String(10000 + i),
          name: `Xã ${i}`,
          kind: "xa",
          validFrom: start,
          validTo,
          successorIds: isMerged(i) ? [newCommuneId] : [],
        }),
      )
      links.push(Unit.UnitLink.make({ childId: communeId, parentId: provinceId, validFrom: start, validTo }))
    })
    const facts: Array<readonly [Unit.UnitId, VillageFacts]> = []
    villages.forEach(([parent, households, skilled], j) => {
      const villageId = id(`v${j}`)
      const communeIndex = parent % communeCount
      const communeId = communeIds[communeIndex]!
      units.push(
        Unit.Unit.make({
          id: villageId,
          code: null,
          name: `Thôn ${j}`,
          kind: "thon",
          validFrom: start,
          validTo: null,
          successorIds: [],
        }),
      )
      if (isMerged(communeIndex)) {
        links.push(
          Unit.UnitLink.make({
            childId: villageId,
            parentId: communeId,
            validFrom: start,
            validTo: dayBefore,
          }),
        )
        links.push(
          Unit.UnitLink.make({
            childId: villageId,
            parentId: newCommuneId,
            validFrom: mergeDate,
            validTo: null,
          }),
        )
      } else {
        links.push(
          Unit.UnitLink.make({ childId: villageId, parentId: communeId, validFrom: start, validTo: null }),
        )
      }
      facts.push([villageId, { households, skilled: Math.min(skilled, households) }])
    })
    return {
      history: { units, links },
      facts,
      mergeDate,
      merged: communeIds.filter((_, i) => isMerged(i)),
      newCommuneId,
      provinceId,
      shuffled: {
        history: { units: shuffle(units, seed), links: shuffle(links, seed + 1) },
        facts: shuffle(facts, seed + 2),
      },
    }
  }),
)
