/**
 * The domain's `Indicator.Aggregates` for a unit and each of its children, computed in set-based SQL.
 *
 * Everything is grouped by the child of the unit that a record's unit rolls up to in the tree valid on
 * the reference date (from `unit_closure`); nothing is
 * loaded into JavaScript to be counted (the unit's total is the sum of its groups). Four statements (people, households, guides, communes) run
 * concurrently on PostgreSQL. Each count is computed at several snapshot dates in the same pass
 * (`count(*) filter (where … <= snapshot)`), which gives the trend the status is projected from.
 *
 * The domain states what is counted; this module mirrors it, taking every constant from the domain:
 * ages from `Person.ageCutoff`, basic skills and 4T from `person_skill_dates` (the domain's
 * `SkillRecord.dateCompleted`, migration 0009), the guide quota from `Guide.QUOTA`, the desk minimum from
 * `SupportStaff`, community classes from `Class.communityAudiences`, weeks from `CalendarDate`. The
 * indicators test checks the mirror: the same numbers from the domain functions over the same records.
 *
 * Known limit: VNeID level and bank accounts are stored as they are now, so their counts at a past
 * snapshot use today's state.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Class from "@bdhv/domain/Class"
import * as Guide from "@bdhv/domain/Guide"
import * as Indicator from "@bdhv/domain/Indicator"
import * as Organization from "@bdhv/domain/Organization"
import * as Person from "@bdhv/domain/Person"
import * as SupportStaff from "@bdhv/domain/SupportStaff"
import * as Unit from "@bdhv/domain/Unit"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

/** Collects positional parameters while a statement is written. */
class Params {
  readonly values: Array<unknown> = []
  add(value: unknown, type: string): string {
    this.values.push(value)
    return `$${this.values.length}::${type}`
  }
}

/** The commune-level kinds of the domain's unit tree (xã, phường, thị trấn, đặc khu). */
export const communeKinds: ReadonlyArray<string> = Unit.UnitKind.literals.filter(Unit.isCommuneLevel)

/** Organization kinds whose workers count for the `workers` indicator (enterprises, cooperatives). */
export const countedEmployerKinds: ReadonlyArray<string> = Organization.OrganizationKind.literals.filter(
  (kind) =>
    Organization.employsCountedWorkers(
      Organization.Organization.make({
        id: Organization.OrganizationId.make("kind"),
        name: "kind",
        kind,
        unitId: Unit.UnitId.make("kind"),
      }),
    ),
)

const group = (tag: Person.GroupTag) => `'${tag}' = any (p.groups)`
const partyCell: Organization.OrganizationKind = "party_cell"
const pioneerAudience: Class.Audience = "party_members"
const held: Class.ClassStatus = "held"
const online: Class.Mode = "online"

/** The date of a class in Vietnam, from its start instant. */
export const classDateSql = (alias: string): string =>
  `((${alias}.starts_at at time zone 'UTC') + interval '${CalendarDate.vietnamOffsetMs / 1000} seconds')::date`

/** The first day of the period the `weekly-classes` indicator counts (weeks overlapping it). */
export const weeklyPeriodStart: CalendarDate.CalendarDate = Indicator.CAMPAIGN_START

/** The (unit → child) mapping of the tree on `date` below `unitId`, plus the unit itself. */
const scopeCte = (params: Params, unitId: string, date: CalendarDate.CalendarDate): string => {
  const u = params.add(unitId, "text")
  const d = params.add(date, "date")
  return `scope as (
    select dc.descendant_id as unit_id, kc.descendant_id as child_id
    from unit_closure kc
    join unit_closure dc on dc.ancestor_id = kc.descendant_id
    where kc.ancestor_id = ${u} and kc.depth = 1
      and kc.valid_from <= ${d} and (kc.valid_to is null or kc.valid_to >= ${d})
      and dc.valid_from <= ${d} and (dc.valid_to is null or dc.valid_to >= ${d})
    union all
    select ${u}, ${u}
  )`
}

/** A person at least `age` on `date`: by birth date, or by birth year when only that is known. */
const agedSql = (params: Params, age: number, date: CalendarDate.CalendarDate): string => {
  const cutoff = Person.ageCutoff(age, date)
  return `(case when p.birth_date is not null then p.birth_date <= ${params.add(cutoff.latestBirthDate, "date")}
    else p.birth_year <= ${params.add(cutoff.latestBirthYear, "integer")} end)`
}

type Row = Record<string, unknown> & { readonly childId: string | null }

/** Which counts to compute; `undefined` for all of them. */
type Wanted = ReadonlySet<string> | undefined

/** Counts keyed `name_i` for snapshot `i`, of the wanted ones (`count(*)` alone when none is). */
const counts = (
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
  wanted: Wanted,
  f: (date: CalendarDate.CalendarDate, i: number) => ReadonlyArray<readonly [string, string]>,
  aggregate = "count(*)",
) => {
  const columns = snapshots.flatMap((date, i) =>
    f(date, i)
      .filter(([name]) => wanted === undefined || wanted.has(camel(name)))
      .map(([name, where]) => `coalesce(${aggregate} filter (where ${where}), 0) as ${name}_${i}`),
  )
  return columns.join(",\n    ")
}

const peopleStatement = (
  unitId: string,
  date: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
  wanted: Wanted,
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
  const select = counts(
    snapshots,
    wanted,
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
      ).map(([name, condition]) => [name, flags(condition)] as const),
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

const householdsStatement = (
  unitId: string,
  date: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
  wanted: Wanted,
) => {
  const params = new Params()
  const scope = scopeCte(params, unitId, date)
  const select = counts(snapshots, wanted, (s) => {
    const on = params.add(s, "date")
    return [
      ["households", "true"],
      ["households_with_skilled_member", `hd.skilled_on <= ${on}`],
      ["households_visited", `hd.first_visited_on <= ${on}`],
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

const guidesStatement = (
  unitId: string,
  date: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
  wanted: Wanted,
) => {
  const params = new Params()
  const scope = scopeCte(params, unitId, date)
  const quota = params.add(Guide.QUOTA, "integer")
  const select = counts(snapshots, wanted, (s) => {
    const on = params.add(s, "date")
    return [
      ["guides", `g.since <= ${on}`],
      ["guides_meeting_quota", `g.since <= ${on} and q.quota_on <= ${on}`],
    ]
  })
  return {
    text: `with ${scope},
    g as (
      select s.child_id, g.id, g.person_id, g.since
      from guides g join scope s on s.unit_id = g.unit_id where g.deleted_at is null
    ),
    learners as (
      select l.guide_id, l.person_id, min(l.taught_on) as first_on
      from g join guide_learners l on l.guide_id = g.id and l.person_id <> g.person_id
      group by l.guide_id, l.person_id
    ),
    ranked as (
      select guide_id, first_on, row_number() over (partition by guide_id order by first_on) as n from learners
    ),
    q as (select guide_id, first_on as quota_on from ranked where n = ${quota})
    select g.child_id,
    ${select}
    from g left join q on q.guide_id = g.id
    group by g.child_id`,
    params: params.values,
  }
}

const communesStatement = (
  unitId: string,
  date: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
  wanted: Wanted,
) => {
  const params = new Params()
  const scope = scopeCte(params, unitId, date)
  const d = params.add(date, "date")
  const kinds = params.add(communeKinds, "text[]")
  const audiences = params.add(Class.communityAudiences, "text[]")
  const firstMonday = params.add(CalendarDate.mondayOf(weeklyPeriodStart), "date")
  const minimum = params.add(SupportStaff.MINIMUM_PER_COMMUNE, "integer")
  const select = counts(snapshots, wanted, (s) => {
    const on = params.add(s, "date")
    return [
      ["communes", "c.kind = 'commune'"],
      [
        "communes_with_support_staff",
        `c.kind = 'commune' and (select count(distinct st.person_id) from support_staff st
          where st.unit_id = c.id and st.deleted_at is null and st.active
            and st.valid_from <= ${on} and (st.valid_to is null or st.valid_to >= ${on})) >= ${minimum}`,
      ],
      ["commune_weeks_with_community_class", `c.kind = 'week' and c.first_on <= ${on}`],
      ["party_cells", "c.kind = 'cell'"],
      ["party_cells_with_pioneer_session", `c.kind = 'cell' and c.first_on <= ${on}`],
    ]
  })
  return {
    text: `with ${scope},
    communes as (
      select s.child_id, u.id from units u join scope s on s.unit_id = u.id
      where u.deleted_at is null and u.kind = any (${kinds})
        and u.valid_from <= ${d} and (u.valid_to is null or u.valid_to >= ${d})
    ),
    weeks as (
      select cm.child_id, cm.id as commune_id, date_trunc('week', ${classDateSql("k")})::date as monday,
        min(${classDateSql("k")}) as first_on
      from classes k
      join unit_closure cc on cc.descendant_id = k.unit_id
        and cc.valid_from <= ${d} and (cc.valid_to is null or cc.valid_to >= ${d})
      join communes cm on cm.id = cc.ancestor_id
      where k.deleted_at is null and k.status = '${held}' and k.audience = any (${audiences})
        and k.mode <> '${online}'
        and ${classDateSql("k")} >= ${firstMonday} and ${classDateSql("k")} <= ${d}
      group by cm.child_id, cm.id, monday
    ),
    cells as (
      select s.child_id, o.id,
        (select min(${classDateSql("k")}) from classes k
         where k.organization_id = o.id and k.audience = '${pioneerAudience}' and k.status = '${held}'
           and k.deleted_at is null) as first_on
      from organizations o join scope s on s.unit_id = o.unit_id
      where o.deleted_at is null and o.kind = '${partyCell}'
    ),
    c as (
      select child_id, 'commune' as kind, id, null::date as first_on from communes
      union all select child_id, 'week', commune_id, first_on from weeks
      union all select child_id, 'cell', id, first_on from cells
    )
    select c.child_id,
    ${select}
    from c
    group by c.child_id`,
    params: params.values,
  }
}

/**
 * Runs one statement in a transaction of its own with JIT compilation off (the statements are wide, one
 * filter per count and snapshot, and PostgreSQL's JIT spends seconds compiling them to save
 * milliseconds) and enough working memory to group in memory. Separate transactions let the statements
 * use separate connections, hence cores.
 */
export const runStatement = (
  sql: SqlClient.SqlClient,
  statement: { readonly text: string; readonly params: ReadonlyArray<unknown> },
) =>
  sql.withTransaction(
    Effect.gen(function* () {
      yield* sql.unsafe("set local jit = off")
      // Room to group in memory: the default 4 MB makes the planner sort 300,000 rows on disk instead.
      yield* sql.unsafe("set local work_mem = '64MB'")
      return yield* sql.unsafe<Row>(statement.text, statement.params).withoutTransform
    }),
  )

const toNumber = (value: unknown): number => (typeof value === "bigint" ? Number(value) : Number(value ?? 0))

const camel = (name: string): string => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())

const statementKeys: ReadonlyArray<readonly [typeof peopleStatement, ReadonlyArray<Indicator.AggregateKey>]> =
  [
    [
      peopleStatement,
      [
        "adults",
        "adultsWithBasicSkills",
        "personsAged16Plus",
        "personsAged16PlusWithVneidLevel2",
        "personsAged16PlusWithDigitalBank",
        "civilServants",
        "civilServantsWithBasicSkills",
        "students",
        "studentsWithBasicSkills",
        "workers",
        "workersWithBasicSkills",
        "elderly",
        "elderlyReached",
        "personsWithDisability",
        "personsWithDisabilityReached",
        "tradersAndFarmers",
        "tradersAndFarmersFourTComplete",
      ],
    ],
    [householdsStatement, ["households", "householdsWithSkilledMember", "householdsVisited"]],
    [guidesStatement, ["guides", "guidesMeetingQuota"]],
    [
      communesStatement,
      [
        "communes",
        "communesWithSupportStaff",
        "communeWeeks",
        "communeWeeksWithCommunityClass",
        "partyCells",
        "partyCellsWithPioneerSession",
      ],
    ],
  ]

/** The statements {@link aggregates} runs, with their parameters (for EXPLAIN). */
export const statementsFor = (
  unitId: string,
  date: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
  only?: ReadonlyArray<Indicator.AggregateKey>,
): ReadonlyArray<{ readonly text: string; readonly params: ReadonlyArray<unknown> }> => {
  const wanted: Wanted =
    only === undefined ? undefined : new Set(only.includes("communeWeeks") ? [...only, "communes"] : only)
  return statementKeys
    .filter(([, keys]) => wanted === undefined || keys.some((key) => wanted.has(key)))
    .map(([statement]) => statement(unitId, date, snapshots, wanted))
}

/**
 * The aggregates of `unitId` (its total, keyed by its own id) and of each of its children on `date`'s
 * tree, at each snapshot date (in the order given; each on or before `date`). With `only`, just those
 * counts are computed (the others are 0) and statements that yield none of them are skipped.
 */
export const aggregates = Effect.fn("AggregateSql.aggregates")(function* (
  unitId: string,
  date: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
  only?: ReadonlyArray<Indicator.AggregateKey>,
) {
  const sql = yield* SqlClient.SqlClient
  const statements = statementsFor(unitId, date, snapshots, only)
  const results = yield* Effect.all(
    statements.map((statement) => runStatement(sql, statement)),
    { concurrency: "unbounded" },
  )
  const byUnit = new Map<string, Array<Record<string, number>>>()
  const slot = (id: string, i: number): Record<string, number> => {
    const list = byUnit.get(id) ?? snapshots.map(() => ({}))
    byUnit.set(id, list)
    return list[i]!
  }
  for (const rows of results) {
    for (const row of rows as ReadonlyArray<Record<string, unknown>>) {
      // Every record rolls up to exactly one child, or to the unit itself when recorded directly on it,
      // so the unit's total is the sum of the groups; the unit's own group belongs to the total only.
      const childId = String(row.child_id)
      for (const [key, value] of Object.entries(row)) {
        const match = /^(.*)_(\d+)$/.exec(key)
        if (match === null || key === "child_id") continue
        const name = camel(match[1]!)
        const i = Number(match[2])
        const count = toNumber(value)
        const total = slot(unitId, i)
        total[name] = (total[name] ?? 0) + count
        if (childId !== unitId) slot(childId, i)[name] = count
      }
    }
  }
  const zero = Object.fromEntries(Object.keys(Indicator.Aggregates.fields).map((key) => [key, 0])) as Record<
    keyof Indicator.Aggregates,
    number
  >
  const out = new Map<string, ReadonlyArray<Indicator.Aggregates>>()
  for (const [id, list] of byUnit) {
    out.set(
      id,
      list.map((counted, i) => {
        const communes = counted.communes ?? 0
        const weeks = CalendarDate.weeksInPeriod(weeklyPeriodStart, snapshots[i]!).length
        return { ...zero, ...counted, communeWeeks: communes * weeks } as Indicator.Aggregates
      }),
    )
  }
  return out as ReadonlyMap<string, ReadonlyArray<Indicator.Aggregates>>
})
