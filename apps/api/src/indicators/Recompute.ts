/**
 * The oracle: the domain's `Indicator.Aggregates` for a unit and each of its children, recomputed in
 * set-based SQL from the records — every person and household of the scope, at every snapshot. The
 * dashboard reads the kept counts instead (`Rollups.ts`); the rollup test holds those to this
 * recomputation over generated data and random writes, on PGlite and PostgreSQL. Guides and commune
 * counts come from `CommuneCounts.ts` in both.
 *
 * Everything is grouped by the child of the unit that a record's unit rolls up to in the tree valid on
 * the reference date (from `unit_closure`); nothing is loaded into JavaScript to be counted (the unit's
 * total is the sum of its groups). Each count is computed at several snapshot dates in the same pass
 * (`count(*) filter (where … <= snapshot)`).
 *
 * The domain states what is counted; this module mirrors it, taking every constant from the domain:
 * ages from `Person.ageCutoff`, basic skills and 4T from `person_skill_dates` (the domain's
 * `SkillRecord.dateCompleted`, migration 0009), household days from `household_dates` (0013). The
 * indicators test checks the mirror: the same numbers from the domain functions over the same records.
 *
 * Known limit: VNeID level and bank accounts are stored as they are now, so their counts at a past
 * snapshot use today's state.
 */
import type * as CalendarDate from "@bdhv/domain/CalendarDate"
import type * as Indicator from "@bdhv/domain/Indicator"
import * as Person from "@bdhv/domain/Person"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import {
  collect,
  countColumns,
  countedEmployerKinds,
  defaultPeriod,
  Params,
  type Period,
  runStatement,
  scopeCte,
} from "./AggregateSql.js"
import { communesStatement, guidesStatement } from "./CommuneCounts.js"

const group = (tag: Person.GroupTag) => `'${tag}' = any (p.groups)`

/** A person at least `age` on `date`: by birth date, or by birth year when only that is known. */
const agedSql = (params: Params, age: number, date: CalendarDate.CalendarDate): string => {
  const cutoff = Person.ageCutoff(age, date)
  return `(case when p.birth_date is not null then p.birth_date <= ${params.add(cutoff.latestBirthDate, "date")}
    else p.birth_year <= ${params.add(cutoff.latestBirthYear, "integer")} end)`
}

export const peopleStatement = (
  unitId: string,
  date: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
) => {
  const params = new Params()
  const scope = scopeCte(params, unitId, date)
  const employerKinds = params.add(countedEmployerKinds, "text[]")
  // Two levels: each person's facts (traits, and ages and skills at each snapshot) are packed into bit
  // masks, people with the same masks are counted together — in the parallel workers, a few thousand
  // groups instead of 300,000 rows — and every count is a sum over those groups.
  const traits: ReadonlyArray<readonly [string, string]> = [
    ["vneid_level2", "p.vneid_level = 2"],
    ["digital_bank", "p.digital_bank"],
    ["civil_servant", group("civil_servant")],
    ["student", group("student")],
    ["worker", `${group("worker")} and p.employer_ids && counted.ids`],
    ["disability", group("disability")],
    ["trader_or_farmer", `${group("small_trader")} or ${group("farmer")}`],
  ]
  const facts: Array<readonly [string, string]> = [...traits]
  snapshots.forEach((s, i) => {
    const on = params.add(s, "date")
    facts.push(
      [`born_${i}`, agedSql(params, 0, s)],
      [`adult_${i}`, agedSql(params, Person.adultAge, s)],
      [`sixteen_${i}`, agedSql(params, Person.digitalIdentityAge, s)],
      [`elderly_${i}`, agedSql(params, Person.elderlyAge, s)],
      [`basic_${i}`, `d.basic_on <= ${on}`],
      [`reached_${i}`, `d.reached_on <= ${on}`],
      [`four_t_${i}`, `d.four_t_on <= ${on}`],
    )
  })
  const bitsPerMask = 62
  const masks = Array.from({ length: Math.ceil(facts.length / bitsPerMask) }, (_, m) =>
    facts
      .slice(m * bitsPerMask, (m + 1) * bitsPerMask)
      .map(([, expression], b) => `(case when ${expression} then ${2n ** BigInt(b)}::bigint else 0 end)`)
      .join(" + "),
  )
  const bitOf = new Map(
    facts.map(([name], k) => [
      name,
      `(g.m${Math.floor(k / bitsPerMask)} & ${2n ** BigInt(k % bitsPerMask)}::bigint) <> 0`,
    ]),
  )
  const flags = (condition: string) => condition.replace(/\b[a-z_0-9]+\b/g, (word) => bitOf.get(word) ?? word)
  const select = countColumns(
    snapshots,
    (_, i) =>
      (
        [
          ["adults", `adult_${i}`],
          ["adults_with_basic_skills", `adult_${i} and basic_${i}`],
          ["persons_aged16_plus", `sixteen_${i}`],
          ["persons_aged16_plus_with_vneid_level2", `sixteen_${i} and vneid_level2`],
          ["persons_aged16_plus_with_digital_bank", `sixteen_${i} and digital_bank`],
          ["civil_servants", `civil_servant and born_${i}`],
          ["civil_servants_with_basic_skills", `civil_servant and born_${i} and basic_${i}`],
          ["students", `student and born_${i}`],
          ["students_with_basic_skills", `student and born_${i} and basic_${i}`],
          ["workers", `worker and born_${i}`],
          ["workers_with_basic_skills", `worker and born_${i} and basic_${i}`],
          ["elderly", `elderly_${i}`],
          ["elderly_reached", `elderly_${i} and reached_${i}`],
          ["persons_with_disability", `disability and born_${i}`],
          ["persons_with_disability_reached", `disability and born_${i} and reached_${i}`],
          ["traders_and_farmers", `trader_or_farmer and born_${i}`],
          ["traders_and_farmers_four_t_complete", `trader_or_farmer and born_${i} and four_t_${i}`],
        ] as const
      ).map(([name, condition]) => [name, () => flags(condition)] as const),
    "sum(g.n)",
  )
  const maskNames = masks.map((_, m) => `m${m}`)
  return {
    text: `with ${scope},
    counted as (
      select coalesce(array_agg(o.id), '{}') as ids from organizations o
      where o.kind = any (${employerKinds}) and o.deleted_at is null
    ),
    g as (
      select s.child_id, ${masks.map((mask, m) => `${mask} as m${m}`).join(",\n        ")}, count(*) as n
      from people p
      join scope s on s.unit_id = p.unit_id
      cross join counted
      left join person_skill_dates d on d.person_id = p.id
      where p.deleted_at is null
      group by s.child_id, ${maskNames.join(", ")}
    )
    select g.child_id,
    ${select}
    from g
    group by g.child_id`,
    params: params.values,
  }
}

export const householdsStatement = (
  unitId: string,
  date: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
) => {
  const params = new Params()
  const scope = scopeCte(params, unitId, date)
  const select = countColumns(snapshots, (s) => {
    const on = params.add(s, "date")
    return [
      ["households", () => "true"],
      ["households_with_skilled_member", () => `hd.skilled_on <= ${on}`],
      ["households_visited", () => `hd.first_visited_on <= ${on}`],
    ]
  })
  // First skilled and first visited days per household come from `household_dates` (migration 0013).
  return {
    text: `with ${scope},
    hh as (
      select s.child_id, h.id from households h join scope s on s.unit_id = h.unit_id where h.deleted_at is null
    )
    select hh.child_id,
    ${select}
    from hh
    left join household_dates hd on hd.household_id = hh.id
    group by hh.child_id`,
    params: params.values,
  }
}

/**
 * The aggregates of `unitId` (its total, keyed by its own id) and of each of its children on `date`'s
 * tree, at each snapshot date (in the order given; each on or before `date`), recomputed from the records.
 */
export const aggregates = Effect.fn("Recompute.aggregates")(function* (
  unitId: string,
  date: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
  period: Period = defaultPeriod,
) {
  const sql = yield* SqlClient.SqlClient
  const statements = [
    peopleStatement(unitId, date, snapshots),
    householdsStatement(unitId, date, snapshots),
    guidesStatement(unitId, date, snapshots),
    communesStatement(unitId, date, snapshots, period),
  ]
  const results = yield* Effect.all(
    statements.map((statement) => runStatement(sql, statement)),
    { concurrency: "unbounded" },
  )
  return collect(unitId, snapshots, period, results) as ReadonlyMap<
    string,
    ReadonlyArray<Indicator.Aggregates>
  >
})
