/**
 * The tables the indicators read instead of scanning raw records — `person_skill_dates` (migration 0009)
 * and `household_dates` (0013) — are kept in step by triggers. A bulk load (the demo seed, a restore)
 * switches those triggers off, loads, and rebuilds both tables once: one pass instead of one per batch.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

/** The triggers that keep the derived tables in step, by table. */
const triggers: ReadonlyArray<readonly [table: string, trigger: string]> = [
  ["skill_records", "skill_records_dates_insert"],
  ["skill_records", "skill_records_dates_update"],
  ["skill_records", "skill_records_dates_delete"],
  ["person_skill_dates", "person_skill_dates_households_insert"],
  ["person_skill_dates", "person_skill_dates_households_delete"],
  ["people", "people_households_insert"],
  ["people", "people_households_update"],
  ["people", "people_households_delete"],
  ["visits", "visits_households_insert"],
  ["visits", "visits_households_update"],
  ["visits", "visits_households_delete"],
]

/** Rebuilds both derived tables from the records. */
export const rebuild = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`select bdhv_refresh_person_skill_dates(null)`
  yield* sql`select bdhv_refresh_household_dates(null)`
})

/** Runs `load` (inside the caller's transaction) with the triggers off, then rebuilds the derived tables. */
export const withoutTriggers = <A, E, R>(load: Effect.Effect<A, E, R>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    for (const [table, trigger] of triggers)
      yield* sql.unsafe(`alter table ${table} disable trigger ${trigger}`)
    const result = yield* load
    yield* rebuild
    for (const [table, trigger] of triggers)
      yield* sql.unsafe(`alter table ${table} enable trigger ${trigger}`)
    return result
  })
