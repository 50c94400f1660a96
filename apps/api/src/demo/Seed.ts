/**
 * Seeding the demo district: the whole generated data set in one transaction (all or nothing), then
 * fresh planner statistics so the first dashboard query after a bulk load gets a good plan.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { generate } from "./DemoDistrict.js"
import { Sink } from "./Sink.js"

/** Named sizes: a quick demo, and a whole district (300,000 people, about 1.5 million skill records). */
export const scales = { quick: 3_000, district: 300_000 } as const

/** The seed the demo uses unless told otherwise. */
export const defaultSeed = 20_250_326

/** What was written, per table. */
export type SeedCounts = Record<string, number>

/** Whether the database holds no people yet (the demo seeds only an empty database). */
export const isEmpty = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const rows = yield* sql<{ present: boolean }>`select exists (select 1 from people) as present`
  return rows[0]?.present !== true
})

/** Generates and writes the demo district; `today` defaults to today in Vietnam. */
export const seed = (options: {
  readonly people: number
  readonly seed?: number | undefined
  readonly today?: CalendarDate.CalendarDate | undefined
}) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const sink = new Sink()
    yield* sql.withTransaction(
      generate(
        {
          people: options.people,
          seed: options.seed ?? defaultSeed,
          today: options.today ?? CalendarDate.fromInstant(Date.now()),
        },
        sink,
      ),
    )
    yield* sql`analyze`
    return sink.counts() as SeedCounts
  }).pipe(Effect.withSpan("Seed.seed"))
