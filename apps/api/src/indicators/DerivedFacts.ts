/**
 * The tables the indicators read instead of scanning raw records — `person_skill_dates` (migration
 * 0009), `household_dates` (0013), and the facts and `indicator_rollup` (0014) — are kept in step by
 * triggers. A bulk load (the demo seed, a restore) switches those triggers off, loads, and rebuilds them
 * all once with `bdhv_rebuild_indicator_tables()` (`Rollups.rebuild`): one pass instead of one per batch.
 * A loader outside the API (a COPY generator) does the same: load, then `select bdhv_rebuild_indicator_tables()`.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as Rollups from "./Rollups.js"

/** The triggers that keep the derived tables in step, by table. */
const triggers: ReadonlyArray<readonly [table: string, trigger: string]> = [
  ["skill_records", "skill_records_dates_insert"],
  ["skill_records", "skill_records_dates_update"],
  ["skill_records", "skill_records_dates_delete"],
  ["person_skill_dates", "person_skill_dates_households_insert"],
  ["person_skill_dates", "person_skill_dates_households_delete"],
  ["person_skill_dates", "person_skill_dates_facts_insert"],
  ["person_skill_dates", "person_skill_dates_facts_delete"],
  ["people", "people_households_insert"],
  ["people", "people_households_update"],
  ["people", "people_households_delete"],
  ["people", "people_facts_insert"],
  ["people", "people_facts_update"],
  ["people", "people_facts_delete"],
  ["visits", "visits_households_insert"],
  ["visits", "visits_households_update"],
  ["visits", "visits_households_delete"],
  ["households", "households_facts_insert"],
  ["households", "households_facts_update"],
  ["households", "households_facts_delete"],
  ["household_dates", "household_dates_facts_insert"],
  ["household_dates", "household_dates_facts_delete"],
  ["organizations", "organizations_facts_insert"],
  ["organizations", "organizations_facts_update"],
  ["organizations", "organizations_facts_delete"],
]

/** Rebuilds every derived table of the indicators from the records. */
export const rebuild = Rollups.rebuild

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
