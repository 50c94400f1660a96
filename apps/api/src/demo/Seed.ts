/**
 * Seeding the demo district: the whole generated data set in one transaction (all or nothing), then
 * fresh planner statistics so the first dashboard query after a bulk load gets a good plan.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as DerivedFacts from "../indicators/DerivedFacts.js"
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

/**
 * Runs a bulk load without the secondary indexes of `tables`, rebuilt once at the end: building an
 * index (a trigram index above all) over 300,000 names at once is many times faster than growing it
 * row by row. Primary keys and constraints stay, so the load is still checked. Inside the caller's
 * transaction, so a failed load leaves the indexes as they were.
 */
const withoutSecondaryIndexes = <A, E, R>(tables: ReadonlyArray<string>, load: Effect.Effect<A, E, R>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const indexes = yield* sql<{ indexname: string; indexdef: string }>`
      select i.indexname, i.indexdef from pg_indexes i
      where i.schemaname = current_schema() and i.tablename in ${sql.in(tables)}
        and not exists (
          select 1 from pg_constraint c join pg_namespace n on n.oid = c.connamespace
          where c.conname = i.indexname and n.nspname = i.schemaname)`
    for (const index of indexes) yield* sql.unsafe(`drop index "${index.indexname}"`)
    const result = yield* load
    for (const index of indexes) yield* sql.unsafe(index.indexdef)
    return result
  })

/** The tables the generator fills in bulk. */
const bulkTables = [
  "households",
  "people",
  "classes",
  "class_topics",
  "enrollments",
  "skill_records",
  "guide_learners",
  "visits",
  "visit_topics",
]

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
      DerivedFacts.withoutTriggers(
        withoutSecondaryIndexes(
          bulkTables,
          generate(
            {
              people: options.people,
              seed: options.seed ?? defaultSeed,
              today: options.today ?? CalendarDate.fromInstant(Date.now()),
            },
            sink,
          ),
        ),
      ),
    )
    yield* sql`analyze`
    return sink.counts() as SeedCounts
  }).pipe(Effect.withSpan("Seed.seed"))
