/**
 * Violations in a unit's subtree as at a date: SQL gathers the facts each rule needs, as few as possible
 * (the guides below the quota and their links, the communes and their duty assignments, one held
 * community class per commune and week, the party cells and their sessions), and the domain's
 * `Violation` rules judge them and word the messages. Indicators off track come from the indicator
 * report of the unit and its children.
 */
import type * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Class from "@bdhv/domain/Class"
import * as Guide from "@bdhv/domain/Guide"
import * as Organization from "@bdhv/domain/Organization"
import * as SupportStaff from "@bdhv/domain/SupportStaff"
import * as Unit from "@bdhv/domain/Unit"
import * as Violation from "@bdhv/domain/Violation"
import { Effect, Option, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import { classDateSql, communeKinds, weeklyPeriodStart } from "./AggregateSql.js"
import * as Report from "./Report.js"

/** A violation as the API returns it: the domain's violation with the unit's name. */
export interface ViolationItem {
  readonly unitId: string
  readonly unitName: string | null
  /** The level of the unit (commune, village…); `null` if the unit is gone. */
  readonly unitLevel: Unit.Level | null
  readonly rule: Violation.RuleId
  readonly category: Violation.Category
  readonly severity: Violation.Severity
  readonly title: Violation.Rule["title"]
  readonly message: Violation.Violation["message"]
  readonly involved: ReadonlyArray<Violation.Subject>
  /** The ids of the records involved, the main one first. */
  readonly ids: ReadonlyArray<string>
}

const decode = <S extends Schema.Top & Schema.ConstraintDecoder<unknown>>(schema: S) => {
  const decodeOption = Schema.decodeUnknownOption(schema)
  return (input: unknown): ReadonlyArray<S["Type"]> => Option.toArray(decodeOption(input))
}
const isKind = Schema.is(Unit.UnitKind)
const decodeGuide = decode(Guide.Guide)
const decodeLink = decode(Guide.GuideLink)
const decodeStaff = decode(SupportStaff.SupportStaff)
const decodeClass = decode(Class.Class)
const decodeOrganization = decode(Organization.Organization)

type Row = Record<string, unknown>

const partyCell: Organization.OrganizationKind = "party_cell"
const pioneerAudience: Class.Audience = "party_members"
const held: Class.ClassStatus = "held"

/** Selects classes in the shape `Class.Class` decodes from. */
const classColumns = (alias: string) => `${alias}.id, ${alias}.unit_id, ${alias}.title, ${alias}.audience,
  coalesce((select array_agg(ct.topic_id order by ct.topic_id) from class_topics ct where ct.class_id = ${alias}.id), '{}') as topic_ids,
  to_char(${alias}.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as starts_at,
  ${alias}.duration_minutes, ${alias}.mode, ${alias}.venue, ${alias}.capacity, ${alias}.instructor_ids,
  ${alias}.organization_id, ${alias}.status`

/** The facts of the four rules of the seed, for the subtree of `unitId` on `date`. */
const facts = (unitId: string, date: CalendarDate.CalendarDate) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const subtree = `(select c.descendant_id from unit_closure c where c.ancestor_id = $1
      and c.valid_from <= $2::date and (c.valid_to is null or c.valid_to >= $2::date))`
    const [guides, links, communes, staff, weekClasses, cells, sessions] = yield* Effect.all(
      [
        // Guides below the quota on the date; the domain re-judges them from their links.
        sql.unsafe<Row>(
          `select g.id, g.person_id, g.unit_id, g.since from guides g
           where g.deleted_at is null and g.since <= $2::date and g.unit_id in ${subtree}
             and (select count(distinct l.person_id) from guide_learners l
                  where l.guide_id = g.id and l.person_id <> g.person_id and l.taught_on <= $2::date) < $3`,
          [unitId, date, Guide.QUOTA],
        ),
        sql.unsafe<Row>(
          `select l.guide_id, l.person_id as learner_id, l.taught_on as date from guide_learners l
           join guides g on g.id = l.guide_id
           where g.deleted_at is null and g.since <= $2::date and g.unit_id in ${subtree}
             and l.taught_on <= $2::date
             and (select count(distinct m.person_id) from guide_learners m
                  where m.guide_id = g.id and m.person_id <> g.person_id and m.taught_on <= $2::date) < $3`,
          [unitId, date, Guide.QUOTA],
        ),
        sql.unsafe<Row>(
          `select u.id from units u where u.deleted_at is null and u.kind = any ($3::text[]) and u.id in ${subtree}
             and u.valid_from <= $2::date and (u.valid_to is null or u.valid_to >= $2::date) order by u.id`,
          [unitId, date, communeKinds],
        ),
        sql.unsafe<Row>(
          `select s.id, s.person_id, s.unit_id, s.valid_from, s.valid_to, s.active from support_staff s
           where s.deleted_at is null and s.unit_id in ${subtree}`,
          [unitId, date],
        ),
        // One held class per commune, week and mode class (online or not), with the commune it counts for.
        sql.unsafe<Row>(
          `select distinct on (cc.ancestor_id, date_trunc('week', ${classDateSql("k")}), k.mode = 'online')
             cc.ancestor_id as commune_id, ${classColumns("k")}
           from classes k
           join unit_closure cc on cc.descendant_id = k.unit_id
             and cc.valid_from <= $2::date and (cc.valid_to is null or cc.valid_to >= $2::date)
           join units cu on cu.id = cc.ancestor_id and cu.kind = any ($3::text[])
           where k.deleted_at is null and k.status = $4 and k.audience = any ($5::text[])
             and cc.ancestor_id in ${subtree}
             and ${classDateSql("k")} >= $6::date and ${classDateSql("k")} <= $2::date
           order by cc.ancestor_id, date_trunc('week', ${classDateSql("k")}), k.mode = 'online', k.id`,
          [unitId, date, communeKinds, held, Class.communityAudiences, weeklyPeriodStart],
        ),
        sql.unsafe<Row>(
          `select o.id, o.name, o.kind, o.unit_id from organizations o
           where o.deleted_at is null and o.kind = $3 and o.unit_id in ${subtree} order by o.id`,
          [unitId, date, partyCell],
        ),
        sql.unsafe<Row>(
          `select distinct on (k.organization_id) ${classColumns("k")} from classes k
           join organizations o on o.id = k.organization_id
           where k.deleted_at is null and k.audience = $3 and o.kind = $4 and o.unit_id in ${subtree}
             and ${classDateSql("k")} <= $2::date
           order by k.organization_id, (k.status = '${held}') desc, k.starts_at`,
          [unitId, date, pioneerAudience, partyCell],
        ),
      ],
      { concurrency: "unbounded" },
    )
    // A class's unit (a village) lies in one commune on the date.
    const communeOfUnit = new Map<string, Unit.UnitId>()
    for (const row of weekClasses)
      communeOfUnit.set(String(row.unitId), Unit.UnitId.make(String(row.communeId)))
    return {
      guides: guides.flatMap((row) => decodeGuide(row)),
      links: links.flatMap((row) => decodeLink(row)),
      communeIds: communes.map((row) => Unit.UnitId.make(String(row.id))),
      staff: staff.flatMap((row) => decodeStaff(row)),
      weekClasses: weekClasses.flatMap((row) => decodeClass(row)),
      communeOfUnit,
      cells: cells.flatMap((row) => decodeOrganization(row)),
      sessions: sessions.flatMap((row) => decodeClass(row)),
    }
  })

/** Every violation in the subtree of a unit on a date, in the domain's order (errors first). */
export const list = Effect.fn("Violations.list")(function* (
  unitId: string | undefined,
  asOf: CalendarDate.CalendarDate,
  actor: Actor | undefined,
) {
  const sql = yield* SqlClient.SqlClient
  const report = yield* Report.judged(unitId, asOf, actor)
  const f = yield* facts(report.unit.unit.id, asOf)
  const compliance = Class.weeklyCompliance(
    f.communeIds,
    f.weekClasses,
    { from: weeklyPeriodStart, to: asOf },
    (classUnitId) => f.communeOfUnit.get(classUnitId),
  )
  const behind = [report.unit, ...report.children].flatMap((unit) =>
    unit.judged.flatMap((j) =>
      Violation.indicatorBehind(Unit.UnitId.make(unit.unit.id), j.target, j.observations, asOf),
    ),
  )
  const violations = [
    ...Violation.guidesBelowQuota(f.guides, f.links),
    ...Violation.communesWithoutSupportStaff(f.communeIds, f.staff, asOf),
    ...Violation.communeWeeksWithoutCommunityClass(compliance),
    ...Violation.partyCellsWithoutPioneerSession(f.cells, f.sessions, asOf),
    ...behind,
  ].sort(Violation.compare)
  const unitIds = [...new Set(violations.map((v) => v.unitId))]
  const names =
    unitIds.length === 0
      ? []
      : yield* sql<{ id: string; name: string; kind: string }>`
          select id, name, kind from units where id in ${sql.in(unitIds)}`
  const nameOf = new Map(names.map((row) => [row.id, row.name]))
  const levelOf = new Map(
    names.flatMap((row) => (isKind(row.kind) ? [[row.id, Unit.level(row.kind)] as const] : [])),
  )
  return violations.map(
    (v): ViolationItem => ({
      unitId: v.unitId,
      unitName: nameOf.get(v.unitId) ?? null,
      unitLevel: levelOf.get(v.unitId) ?? null,
      rule: v.rule,
      category: Violation.categoryOf(v.rule),
      severity: v.severity,
      title: Violation.catalogue[v.rule].title,
      message: v.message,
      involved: v.involved,
      ids: v.involved.map((s) => s.id),
    }),
  )
})

/** The violations of one rule in one unit, as the dashboard's panel shows them. */
export interface UnitGroup {
  readonly unitId: string
  readonly unitName: string | null
  readonly unitLevel: Unit.Level | null
  readonly count: number
  /** The first {@link sampleSize} of them, in the domain's order. */
  readonly items: ReadonlyArray<ViolationItem>
}

/** How many violations of a group a panel shows before "and N more". */
export const sampleSize = 3

/**
 * The violations of a unit's subtree filtered (`Violation.matches`) and grouped by rule and unit
 * (`Violation.group`), with the counts of the whole list beside the filter (`Violation.countsOf`).
 */
export const groups = Effect.fn("Violations.groups")(function* (
  unitId: string | undefined,
  asOf: CalendarDate.CalendarDate,
  actor: Actor | undefined,
  filter: Violation.Filter,
) {
  const all = yield* list(unitId, asOf, actor)
  const shown = all.filter((item) => Violation.matches(item, filter))
  return {
    counts: Violation.countsOf(all),
    shown: shown.length,
    groups: Violation.group(shown).map((g) => ({
      rule: g.rule,
      category: g.category,
      severity: g.severity,
      title: Violation.catalogue[g.rule].title,
      count: g.count,
      units: g.units.map(
        (u): UnitGroup => ({
          unitId: u.unitId,
          unitName: u.items[0]?.unitName ?? null,
          unitLevel: u.items[0]?.unitLevel ?? null,
          count: u.items.length,
          items: u.items.slice(0, sampleSize),
        }),
      ),
    })),
  }
})
