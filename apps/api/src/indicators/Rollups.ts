/**
 * The indicator counts as the dashboard reads them: from `indicator_rollup` (migration 0014), kept by the
 * writes' own transactions, so a report sums rows per leaf unit, series and bucket — its cost follows
 * the units and snapshot dates, not the people.
 *
 * A count as at `t` of series `k` is the sum of the rollup's buckets before `B = bucket(k, t + 1)`, plus
 * the records of bucket `B` whose entry date is on or before `t`, read from `person_facts` /
 * `household_facts` through their date indexes. When `t` is the last day of its bucket (a month end for
 * the month buckets, 31 December for the year buckets) `B` begins after `t` and nothing is read from the
 * facts. Otherwise the facts read are one bucket's worth: people born in the cut-off year of an age (a
 * year's births, about 1/80 of the people), and the records of `t`'s month for the skill and household
 * days. Ages need no job: "18 or over at `t`" is "born on or before `Person.ageCutoff(18, t)`", a fixed
 * comparison with the birth day each person was recorded with.
 *
 * Why triggers (statement-level, transition tables) keep the rollup and not upserts in each write path:
 * one definition covers every writer, a bulk statement groups its rows once, and measured on this
 * machine the write cost stays small on both databases (figures in the report of the change: a single
 * person create, and an import of 10,000 rows, before and after).
 *
 * The result is the same as `Recompute.aggregates` (the oracle) for every unit, count and snapshot: the
 * rollup test holds it to that over generated data and random writes on PGlite and PostgreSQL. Guides and
 * commune counts are read from their records (`CommuneCounts.ts`) in both.
 */
import type * as CalendarDate from "@bdhv/domain/CalendarDate"
import type * as Indicator from "@bdhv/domain/Indicator"
import * as Person from "@bdhv/domain/Person"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import {
  collect,
  defaultPeriod,
  Params,
  type Period,
  runStatement,
  type Statement,
  scopeCte,
} from "./AggregateSql.js"
import { communesStatement, guidesStatement } from "./CommuneCounts.js"

/** A fact column an entry date depends on, and how many years after it the entry comes (an age). */
interface Dependency {
  readonly column: string
  readonly years: number
}

/** One count: its series in the rollup, the age its cut-off is taken at, and what its entry depends on. */
interface SeriesCount {
  readonly key: Indicator.AggregateKey
  readonly series: number
  /** The count compares entries with `Person.ageCutoff(age, snapshot)`; 0 compares with the snapshot. */
  readonly age: number
  readonly dependsOn: ReadonlyArray<Dependency>
}

const born = (years: number): Dependency => ({ column: "born_on", years })
const on = (column: string): Dependency => ({ column, years: 0 })

/** The people counts (series 1–15 of migration 0014). */
const peopleCounts: ReadonlyArray<SeriesCount> = [
  { key: "adults", series: 1, age: Person.adultAge, dependsOn: [born(0)] },
  { key: "personsAged16Plus", series: 1, age: Person.digitalIdentityAge, dependsOn: [born(0)] },
  { key: "elderly", series: 1, age: Person.elderlyAge, dependsOn: [born(0)] },
  { key: "personsAged16PlusWithVneidLevel2", series: 2, age: Person.digitalIdentityAge, dependsOn: [born(0)] },
  { key: "personsAged16PlusWithDigitalBank", series: 3, age: Person.digitalIdentityAge, dependsOn: [born(0)] },
  { key: "civilServants", series: 4, age: 0, dependsOn: [born(0)] },
  { key: "students", series: 5, age: 0, dependsOn: [born(0)] },
  { key: "workers", series: 6, age: 0, dependsOn: [born(0)] },
  { key: "personsWithDisability", series: 7, age: 0, dependsOn: [born(0)] },
  { key: "tradersAndFarmers", series: 8, age: 0, dependsOn: [born(0)] },
  { key: "adultsWithBasicSkills", series: 9, age: 0, dependsOn: [born(Person.adultAge), on("basic_on")] },
  { key: "civilServantsWithBasicSkills", series: 10, age: 0, dependsOn: [born(0), on("basic_on")] },
  { key: "studentsWithBasicSkills", series: 11, age: 0, dependsOn: [born(0), on("basic_on")] },
  { key: "workersWithBasicSkills", series: 12, age: 0, dependsOn: [born(0), on("basic_on")] },
  { key: "elderlyReached", series: 13, age: 0, dependsOn: [born(Person.elderlyAge), on("reached_on")] },
  { key: "personsWithDisabilityReached", series: 14, age: 0, dependsOn: [born(0), on("reached_on")] },
  { key: "tradersAndFarmersFourTComplete", series: 15, age: 0, dependsOn: [born(0), on("four_t_on")] },
]

/** The household counts (series 16–18); `households` has no date, so it is read from the facts only
 * for a report before the rollup's first bucket. */
const householdCounts: ReadonlyArray<SeriesCount> = [
  { key: "households", series: 16, age: 0, dependsOn: [] },
  { key: "householdsWithSkilledMember", series: 17, age: 0, dependsOn: [on("skilled_on")] },
  { key: "householdsVisited", series: 18, age: 0, dependsOn: [on("first_visited_on")] },
]

/** `camelCase` → `snake_case`, the inverse of `AggregateSql.camel` (digits are a word of their own). */
const snake = (key: string): string =>
  key
    .replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)
    .replace(/\d+/g, (m) => `_${m}`)

/** For each count and snapshot: its cut-off `t` and the first day of its partial bucket `B`, as SQL. */
const bounds = (
  params: Params,
  counts: ReadonlyArray<SeriesCount>,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
) =>
  snapshots.flatMap((snapshot, i) =>
    counts.map((count) => {
      const t = params.add(Person.ageCutoff(count.age, snapshot).latestBirthDate, "date")
      const series = `${count.series}::smallint`
      return { count, i, t, series, bucket: `bdhv_series_bucket(${series}, ${t} + 1)` }
    }),
  )

const rollupStatement = (
  unitId: string,
  date: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
): Statement => {
  const params = new Params()
  const scope = scopeCte(params, unitId, date)
  const columns = bounds(params, [...peopleCounts, ...householdCounts], snapshots).map(
    ({ count, i, series, bucket }) =>
      `coalesce(sum(r.n) filter (where r.series = ${series} and r.bucket < ${bucket}), 0) as ${snake(count.key)}_${i}`,
  )
  return {
    text: `with ${scope}
    select s.child_id,
    ${columns.join(",\n    ")}
    from indicator_rollup r join scope s on s.unit_id = r.unit_id
    group by s.child_id`,
    params: params.values,
  }
}

/** The records of each count's partial bucket, from the facts, counted exactly. */
const partialStatement = (
  facts: string,
  seriesOf: string,
  counts: ReadonlyArray<SeriesCount>,
  unitId: string,
  date: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
): Statement => {
  const params = new Params()
  const scope = scopeCte(params, unitId, date)
  const all = bounds(params, counts, snapshots)
  const columns = all.map(
    ({ count, i, t, series, bucket }) =>
      `count(*) filter (where e.series = ${series} and e.entry_on between ${bucket} and ${t}) as ${snake(count.key)}_${i}`,
  )
  // Which facts can enter a partial bucket: an entry is the latest of the days it depends on, so it falls
  // in [B, t] only if one of them does (shifted by its age). The ranges are index range scans.
  const candidates = new Set<string>()
  for (const { count, t, bucket } of all) {
    if (count.dependsOn.length === 0) candidates.add(`${bucket} = '-infinity'::date`)
    for (const { column, years } of count.dependsOn) {
      candidates.add(
        years === 0
          ? `f.${column} between ${bucket} and ${t}`
          : `f.${column} between (${bucket} - make_interval(years => ${years}))::date - 1
              and (${t} - make_interval(years => ${years}))::date + 1`,
      )
    }
  }
  return {
    text: `with ${scope},
    f as (select f.* from ${facts} f where ${[...candidates].join("\n      or ")})
    select s.child_id,
    ${columns.join(",\n    ")}
    from f join scope s on s.unit_id = f.unit_id
    cross join lateral ${seriesOf} e
    group by s.child_id`,
    params: params.values,
  }
}

/** The statements {@link aggregates} runs, with their parameters (for EXPLAIN). */
export const statementsFor = (
  unitId: string,
  date: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
  period: Period = defaultPeriod,
): ReadonlyArray<Statement> => [
  rollupStatement(unitId, date, snapshots),
  partialStatement(
    "person_facts",
    "bdhv_person_series(f.born_on, f.traits, f.basic_on, f.reached_on, f.four_t_on)",
    peopleCounts,
    unitId,
    date,
    snapshots,
  ),
  partialStatement(
    "household_facts",
    "bdhv_household_series(f.skilled_on, f.first_visited_on)",
    householdCounts,
    unitId,
    date,
    snapshots,
  ),
  guidesStatement(unitId, date, snapshots),
  communesStatement(unitId, date, snapshots, period),
]

/**
 * The aggregates of `unitId` (its total, keyed by its own id) and of each of its children on `date`'s
 * tree, at each snapshot date (in the order given; each on or before `date`), from the rollups.
 */
export const aggregates = Effect.fn("Rollups.aggregates")(function* (
  unitId: string,
  date: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
  period: Period = defaultPeriod,
) {
  const sql = yield* SqlClient.SqlClient
  const results = yield* Effect.all(
    statementsFor(unitId, date, snapshots, period).map((statement) => runStatement(sql, statement)),
    { concurrency: "unbounded" },
  )
  return collect(unitId, snapshots, period, results) as ReadonlyMap<string, ReadonlyArray<Indicator.Aggregates>>
})

/**
 * Rebuilds every derived table of the indicators from the records (`bdhv_rebuild_indicator_tables()`,
 * migration 0014): what a bulk load runs once after loading with the triggers off.
 */
export const rebuild = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`select bdhv_rebuild_indicator_tables()`
})
