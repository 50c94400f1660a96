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
import { Effect } from "effect"
import type * as SqlClient from "effect/sql/SqlClient"
import type { SqlError } from "effect/sql/SqlError"
import * as Classes from "./district/Classes.js"
import * as Communication from "./district/Communication.js"
import * as Guides from "./district/Guides.js"
import { context, type DemoOptions } from "./district/Model.js"
import * as Places from "./district/Places.js"
import * as Residents from "./district/Residents.js"
import * as SupportStaff from "./district/SupportStaff.js"
import * as Targets from "./district/Targets.js"
import * as Teams from "./district/Teams.js"
import type { Sink } from "./Sink.js"

export type { DemoOptions }

/**
 * Generates the district into `sink`: the real unit tree of `ChuongMy`, and everything below the
 * communes invented, one part of the campaign after the other (each part draws from its own fork of the
 * seeded random source, so the same seed always gives the same district).
 */
export const generate = (
  options: DemoOptions,
  sink: Sink,
): Effect.Effect<void, SqlError, SqlClient.SqlClient> =>
  Effect.gen(function* () {
    const base = context(options, sink)
    const places = { ...base, ...(yield* Places.generate(base)) }
    const district = { ...places, ...(yield* Residents.generate(places)) }
    yield* Classes.generate(district)
    yield* Guides.generate(district)
    yield* Teams.generate(district)
    yield* SupportStaff.generate(district)
    yield* Communication.generate(district)
    yield* Targets.generate(district)
    yield* sink.drain()
  })
