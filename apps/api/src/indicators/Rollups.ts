/**
 * The indicator counts as the dashboard reads them: from `indicator_rollup` (migration 0014), kept by the
 * writes' own transactions, so a report sums rows per unit, series and bucket — its cost follows the
 * units and snapshot dates, not the people. Below the report's own children it reads
 * `indicator_rollup_by_parent` (migration 0101: the same rows summed per parent and parent link), so a
 * city's report sums its communes' rows, not every village's.
 *
 * A count of series `k` as at `t` reads the rollup up to `B = bucket(k, t + 1)` and corrects with the
 * facts of that one bucket, read from `person_facts` / `household_facts` through their date indexes:
 * either the buckets before `B` plus the facts of `[start of B, t]`, or the buckets up to `B` minus the
 * facts of `(t, end of B]`, whichever is the shorter range (see {@link Bound}). When `t` is the last day of
 * its bucket — a month end for the month buckets — nothing is read from the facts. Ages need no job:
 * "18 or over at `t`" is "born on or before `Person.ageCutoff(18, t)`", a fixed comparison with the birth
 * day each person was recorded with. The birth-day series have month buckets (migration 0103), so a
 * report as at a month end needs no correction of its ages, and the births of the boundary month's days
 * are read from `indicator_birth_day` / `indicator_birth_day_by_parent` (0103: per unit and birth day,
 * for the birth years the campaign's dates reach): at most half a month of day rows per unit and age,
 * whatever the number of people. A cut-off outside those years is corrected from the facts, exact too.
 *
 * Why statement-level triggers with transition tables keep the rollup, not upserts in each write path:
 * one definition covers every writer (the API's routes, the import's set-based statements, erasure,
 * restore, direct SQL), a bulk statement is grouped once (one upsert per unit, series and bucket), and the
 * derived tables before it (0009, 0013) work the same way, so a bulk load switches them all off and
 * rebuilds once (`bdhv_rebuild_indicator_tables()`). Measured on this machine under a load average of
 * 30 (2 cores), with the rollup triggers against without them: a single person inserted 0.6 → 2.2 ms on
 * PostgreSQL (the facts trigger itself 1.0 ms, as much as 0013's household trigger), 16–20 → 46 ms on
 * PGlite; 10,000 people in one statement 1.4 → 2.8 s on PostgreSQL, 1.9–2.3 → 3.0 s on PGlite.
 *
 * The result is the same as `Recompute.aggregates` (the oracle) for every unit, count and snapshot: the
 * rollup test holds it to that over generated data and random writes on PGlite and PostgreSQL. Guides are
 * read from `guide_facts` (migration 0100, kept the same way), commune counts from their records
 * (`CommuneCounts.ts`) in both.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import type * as Indicator from "@bdhv/domain/Indicator"
import * as Person from "@bdhv/domain/Person"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import {
  collect,
  countColumns,
  defaultPeriod,
  Params,
  type Period,
  runStatement,
  type Statement,
  scopeCte,
} from "./AggregateSql.js"
import { communesStatement } from "./CommuneCounts.js"

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
  {
    key: "personsAged16PlusWithVneidLevel2",
    series: 2,
    age: Person.digitalIdentityAge,
    dependsOn: [born(0)],
  },
  {
    key: "personsAged16PlusWithDigitalBank",
    series: 3,
    age: Person.digitalIdentityAge,
    dependsOn: [born(0)],
  },
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
  key.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`).replace(/\d+/g, (m) => `_${m}`)

/**
 * One count at one snapshot: its cut-off `t`, the bucket `B = bucket(series, t + 1)` and its last day.
 * When `t` is nearer the end of `B` than its start, the rollup counts all of `B` and the facts of
 * `(t, end]` are taken away ("above"); otherwise it counts the buckets before `B` and the facts of
 * `[B, t]` are added ("below"). Either way at most half a bucket is read from the facts.
 */
interface Bound {
  readonly count: SeriesCount
  readonly i: number
  readonly t: CalendarDate.CalendarDate
  /** An ISO date, or `-infinity` (which sorts before every date, as in SQL). */
  readonly bucket: string
  readonly end: CalendarDate.CalendarDate
  readonly side: "below" | "above"
  /** Whether the whole bucket's birth days are in `indicator_birth_day` (migration 0103). */
  readonly byDay: boolean
}

const allCounts = [...peopleCounts, ...householdCounts]

const days = (from: string, to: string): number =>
  from === "-infinity"
    ? Number.POSITIVE_INFINITY
    : CalendarDate.daysBetween(CalendarDate.CalendarDate.make(from), CalendarDate.CalendarDate.make(to))

/**
 * Every count's cut-off and bucket at each snapshot. The buckets come from the database's own
 * `bdhv_series_bucket` and `bdhv_series_bucket_end` (one definition, in migration 0014), asked once, so
 * the statements compare with constants.
 */
const boundsOf = (snapshots: ReadonlyArray<CalendarDate.CalendarDate>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const pairs = snapshots.flatMap((snapshot, i) =>
      allCounts.map((count) => ({ count, i, t: Person.ageCutoff(count.age, snapshot).latestBirthDate })),
    )
    const rows = yield* sql.unsafe<{ bucket: string; end_on: string; by_day: boolean }>(
      `select b.bucket::text as bucket, b.end_on::text as end_on,
         b.bucket <> '-infinity'::date and bdhv_birth_day_kept(b.series, b.bucket)
           and bdhv_birth_day_kept(b.series, b.end_on) as by_day
       from (select x.k, x.series, bdhv_series_bucket(x.series, x.t + 1) as bucket,
               bdhv_series_bucket_end(x.series, bdhv_series_bucket(x.series, x.t + 1)) as end_on
             from unnest($1::smallint[], $2::date[]) with ordinality as x (series, t, k)) b
       order by b.k`,
      [pairs.map((p) => p.count.series), pairs.map((p) => p.t)],
    ).withoutTransform
    return pairs.map((p, k): Bound => {
      const bucket = String(rows[k]!.bucket)
      const end = CalendarDate.CalendarDate.make(String(rows[k]!.end_on))
      const side = days(p.t, end) < days(bucket, p.t) ? "above" : "below"
      return { ...p, bucket, end, side, byDay: rows[k]!.by_day === true }
    })
  })

const columnOf = (bound: Bound): string => `${snake(bound.count.key)}_${bound.i}`

const rollupStatement = (
  unitId: string,
  date: CalendarDate.CalendarDate,
  bounds: ReadonlyArray<Bound>,
): Statement => {
  const params = new Params()
  const scope = scopeCte(params, unitId, date)
  const values = bounds.map(
    (bound) =>
      `(${params.add(columnOf(bound), "text")}, ${bound.count.series}::smallint, ${params.add(bound.bucket, "date")}, ${bound.side === "above"})`,
  )
  const u = params.add(unitId, "text")
  const d = params.add(date, "date")
  // The unit and its children count their own rows; every unit below them counts its children's rows
  // through `indicator_rollup_by_parent` (migration 0101), one row per series and bucket for the link
  // that holds on the date. Grouped by child first and summed in bucket order, so that each count is the
  // one running total of the last bucket it includes: one join row per child and count, however many
  // month buckets the series has (birth days have month buckets since 0103).
  return {
    text: `with ${scope},
    b (name, series, bucket, inclusive) as (values ${values.join(", ")}),
    g as (
      select child_id, series, bucket, sum(n) as n from (
        select s.child_id, r.series, r.bucket, r.n
        from indicator_rollup r join scope s on s.unit_id = r.unit_id and s.unit_id = s.child_id
        union all
        select s.child_id, p.series, p.bucket, p.n
        from indicator_rollup_by_parent p join scope s on s.unit_id = p.parent_id and s.unit_id <> ${u}
        where p.valid_from <= ${d} and p.valid_to >= ${d}
      ) rows
      group by child_id, series, bucket
    ),
    c as (
      select child_id, series, bucket, sum(n) over w as n, lead(bucket) over w as next
      from g
      window w as (partition by child_id, series order by bucket)
    )
    select c.child_id, b.name, c.n
    from c join b on b.series = c.series and case
      when b.inclusive then c.bucket <= b.bucket and (c.next is null or c.next > b.bucket)
      else c.bucket < b.bucket and (c.next is null or c.next >= b.bucket)
    end`,
    params: params.values,
  }
}

/** Overlapping ranges of ISO dates merged (`-infinity` sorts first). */
const merge = (
  ranges: ReadonlyArray<readonly [string, string]>,
): ReadonlyArray<readonly [string, string]> => {
  const sorted = [...ranges].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const out: Array<[string, string]> = []
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1]
    // ISO dates as strings: compared as text, never as numbers.
    if (last === undefined || lo > last[1]) out.push([lo, hi])
    else if (hi > last[1]) last[1] = hi
  }
  return out
}

/** The range of entry dates a bound's correction counts: `[start of B, t]` or `(t, end of B]`. */
const rangeOf = (bound: Bound): readonly [string, string] =>
  bound.side === "below" ? [bound.bucket, bound.t] : [CalendarDate.addDays(bound.t, 1), bound.end]

/**
 * The corrections of the bounds whose bucket is kept by birth day (series 1–3 near the campaign's age
 * cut-offs), from `indicator_birth_day` and `indicator_birth_day_by_parent` (migration 0103) the same
 * way {@link rollupStatement} reads the rollup: the unit and its children their own rows, every unit
 * below them its children's rows for the link that holds on the date. At most half a month of days per
 * unit and count: rows per unit, whatever the number of people.
 */
const birthDayStatement = (
  unitId: string,
  date: CalendarDate.CalendarDate,
  bounds: ReadonlyArray<Bound>,
): Statement | undefined => {
  const ranges = bounds.flatMap((bound) => {
    const [lo, hi] = rangeOf(bound)
    return lo > hi ? [] : [{ bound, lo, hi }]
  })
  if (ranges.length === 0) return undefined
  const params = new Params()
  const scope = scopeCte(params, unitId, date)
  const bySeries = new Map<number, Array<readonly [string, string]>>()
  for (const { bound, lo, hi } of ranges) {
    const list = bySeries.get(bound.count.series) ?? []
    list.push([lo, hi])
    bySeries.set(bound.count.series, list)
  }
  const merged = [...bySeries].flatMap(([series, list]) =>
    merge(list).map(([lo, hi]) => ({ series, lo: params.add(lo, "date"), hi: params.add(hi, "date") })),
  )
  const read = merged.map(({ series, lo, hi }) => `(${series}::smallint, ${lo}, ${hi})`)
  // The parents' rows of the days asked for, by the index on (series, born_on): one range scan each.
  const dayRanges = merged.map(
    ({ series, lo, hi }) => `(p.series = ${series} and p.born_on between ${lo} and ${hi})`,
  )
  const columns = ranges.map(
    ({ bound, lo, hi }) =>
      `${bound.side === "below" ? "" : "-"}coalesce(sum(x.n) filter (where x.series = ${bound.count.series} and x.born_on between ${params.add(lo, "date")} and ${params.add(hi, "date")}), 0) as ${columnOf(bound)}`,
  )
  const u = params.add(unitId, "text")
  const d = params.add(date, "date")
  return {
    text: `with ${scope},
    r (series, lo, hi) as (values ${read.join(", ")}),
    x as (
      select s.child_id, r.series, b.born_on, b.n
      from scope s cross join r
      join indicator_birth_day b on b.unit_id = s.unit_id and b.series = r.series and b.born_on between r.lo and r.hi
      where s.unit_id = s.child_id
      union all
      select s.child_id, p.series, p.born_on, p.n
      from indicator_birth_day_by_parent p join scope s on s.unit_id = p.parent_id
      where s.unit_id <> ${u} and p.valid_from <= ${d} and p.valid_to >= ${d}
        and (${dayRanges.join("\n          or ")})
    )
    select x.child_id,
    ${columns.join(",\n    ")}
    from x
    group by x.child_id`,
    params: params.values,
  }
}

/** A date `years` years away, the day clamped to the month (a candidate range's edge). */
const shiftYears = (date: string, years: number): string => {
  if (date === "-infinity") return date
  const { year, month, day } = CalendarDate.toParts(CalendarDate.CalendarDate.make(date))
  const shifted = year + years
  return CalendarDate.fromParts({
    year: shifted,
    month,
    day: Math.min(day, CalendarDate.daysInMonth(shifted, month)),
  })!
}

const widen = (date: string, by: number): string =>
  date === "-infinity" ? date : CalendarDate.addDays(CalendarDate.CalendarDate.make(date), by)

/**
 * The facts of each count's partial bucket, counted exactly: one row per child, a column per count,
 * added ("below") or taken away ("above"). `entryOf(series)` is the series' entry date of a facts row
 * (`bdhv_person_entry` / `bdhv_household_entry` with the series a constant, which PostgreSQL folds to
 * that series' own expression), so each count is a filtered count over the candidate facts.
 */
const partialStatement = (
  facts: string,
  entryOf: (series: number) => string,
  unitId: string,
  date: CalendarDate.CalendarDate,
  bounds: ReadonlyArray<Bound>,
): Statement | undefined => {
  const ranges = bounds.flatMap((bound) => {
    const [lo, hi] = rangeOf(bound)
    // Empty, or `households` (every entry is '-infinity', never inside a range that can be partial).
    return lo > hi || bound.count.dependsOn.length === 0 ? [] : [{ bound, lo, hi }]
  })
  if (ranges.length === 0) return undefined
  const params = new Params()
  const scope = scopeCte(params, unitId, date)
  // Which facts can enter a range: an entry is the latest of the days it depends on, so it falls in
  // [lo, hi] only if one of them does (shifted by its age). Merged per column: a few index range scans.
  const byColumn = new Map<string, Array<readonly [string, string]>>()
  const columns = ranges.map(({ bound, lo, hi }) => {
    for (const { column, years } of bound.count.dependsOn) {
      const list = byColumn.get(column) ?? []
      list.push(
        years === 0 ? [lo, hi] : [widen(shiftYears(lo, -years), -1), widen(shiftYears(hi, -years), 1)],
      )
      byColumn.set(column, list)
    }
    const entry = entryOf(bound.count.series)
    return `${bound.side === "below" ? "" : "-"}count(*) filter (where ${entry} between ${params.add(lo, "date")} and ${params.add(hi, "date")}) as ${columnOf(bound)}`
  })
  const candidates = [...byColumn].flatMap(([column, list]) =>
    merge(list).map(
      ([lo, hi]) => `f.${column} between ${params.add(lo, "date")} and ${params.add(hi, "date")}`,
    ),
  )
  return {
    text: `with ${scope},
    f as (select f.* from ${facts} f where ${candidates.join("\n      or ")})
    select s.child_id,
    ${columns.join(",\n    ")}
    from f join scope s on s.unit_id = f.unit_id
    group by s.child_id`,
    params: params.values,
  }
}

/**
 * Guides of the scope (by `since`) and those with their quota of learners by each snapshot, from
 * `guide_facts` (migration 0100: one row per live guide with the day of its quota-th learner).
 */
const guidesStatement = (
  unitId: string,
  date: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
): Statement => {
  const params = new Params()
  const scope = scopeCte(params, unitId, date)
  const select = countColumns(snapshots, (snapshot) => {
    const on = params.add(snapshot, "date")
    return [
      ["guides", () => `g.since <= ${on}`],
      ["guides_meeting_quota", () => `g.since <= ${on} and g.quota_on <= ${on}`],
    ]
  })
  return {
    text: `with ${scope}
    select s.child_id,
    ${select}
    from guide_facts g join scope s on s.unit_id = g.unit_id
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
) =>
  Effect.map(boundsOf(snapshots), (bounds): ReadonlyArray<Statement> => {
    const people = bounds.filter((b) => b.count.series <= 15 && !b.byDay)
    const households = bounds.filter((b) => b.count.series > 15)
    return [
      rollupStatement(unitId, date, bounds),
      partialStatement(
        "person_facts",
        (series) =>
          `bdhv_person_entry(${series}::smallint, f.born_on, f.traits, f.basic_on, f.reached_on, f.four_t_on)`,
        unitId,
        date,
        people,
      ),
      birthDayStatement(
        unitId,
        date,
        bounds.filter((b) => b.byDay),
      ),
      partialStatement(
        "household_facts",
        (series) => `bdhv_household_entry(${series}::smallint, f.skilled_on, f.first_visited_on)`,
        unitId,
        date,
        households,
      ),
      guidesStatement(unitId, date, snapshots),
      communesStatement(unitId, date, snapshots, period),
    ].filter((statement) => statement !== undefined)
  })

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
  const statements = yield* statementsFor(unitId, date, snapshots, period)
  const results = yield* Effect.all(
    statements.map((statement) => runStatement(sql, statement)),
    { concurrency: "unbounded" },
  )
  return collect(unitId, snapshots, period, results) as ReadonlyMap<
    string,
    ReadonlyArray<Indicator.Aggregates>
  >
})

/**
 * Rebuilds every derived table of the indicators from the records (`bdhv_rebuild_indicator_tables()`,
 * migration 0014): what a bulk load runs once after loading with the triggers off.
 */
export const rebuild = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`select bdhv_rebuild_indicator_tables()`
})
