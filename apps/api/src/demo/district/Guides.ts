/**
 * Guides (Đại sứ số) and their learners; some guides stay below the quota.
 */
import { Effect } from "effect"
import { G, activityStart, guideTopicChoices, iso, type Context } from "./Model.js"
import type { Places } from "./Places.js"
import type { Residents } from "./Residents.js"

/** Generates this part of the district into the sink. */
export const generate = (district: Context & Places & Residents) =>
  Effect.gen(function* () {
    const { sink, random, today, nextId, activityDay, record, villages, residents, residentsByVillage } =
      district
    // -- Guides (Đại sứ số) and their learners ----------------------------------------------------------
    const guideRandom = random.fork("guides")
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
  })
