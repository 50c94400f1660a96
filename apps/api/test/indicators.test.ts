/**
 * Indicators computed two ways over the same generated district: in SQL through the API, and with the
 * domain's functions over every record loaded in JavaScript. They must agree, count for count.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import * as Class from "@bdhv/domain/Class"
import * as Guide from "@bdhv/domain/Guide"
import * as Indicator from "@bdhv/domain/Indicator"
import * as Organization from "@bdhv/domain/Organization"
import * as Person from "@bdhv/domain/Person"
import * as SkillRecord from "@bdhv/domain/SkillRecord"
import * as SupportStaff from "@bdhv/domain/SupportStaff"
import * as Topic from "@bdhv/domain/Topic"
import * as Unit from "@bdhv/domain/Unit"
import type * as Violation from "@bdhv/domain/Violation"
import * as Worklist from "@bdhv/domain/Worklist"
import { Effect, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { beforeAll, describe, expect, it } from "vitest"
import * as Seed from "../src/demo/Seed.js"
import type * as Report from "../src/indicators/Report.js"
import { forEachDatabase, readJson } from "./harness.js"

const today = CalendarDate.CalendarDate.make("2026-11-20")
const beforeReform = CalendarDate.CalendarDate.make("2025-06-15")

type Row = Record<string, unknown>

/** Every record the indicators read, as the domain's values. */
interface World {
  readonly history: Unit.History
  readonly people: ReadonlyArray<{
    readonly id: string
    readonly unitId: Unit.UnitId
    readonly householdId: string | null
    readonly birth: Person.Birth
    readonly groups: ReadonlyArray<Person.Group>
    readonly vneidLevel: Person.VneidLevel
    readonly digitalBank: boolean
  }>
  readonly households: ReadonlyArray<{ readonly id: string; readonly unitId: Unit.UnitId }>
  readonly records: ReadonlyArray<{
    readonly personId: string
    readonly topicId: Topic.TopicId
    readonly date: CalendarDate.CalendarDate
  }>
  readonly visits: ReadonlyArray<{ readonly householdId: string; readonly date: CalendarDate.CalendarDate }>
  readonly guides: ReadonlyArray<Guide.Guide>
  readonly links: ReadonlyArray<Guide.GuideLink>
  readonly staff: ReadonlyArray<SupportStaff.SupportStaff>
  readonly classes: ReadonlyArray<Class.Class>
  readonly organizations: ReadonlyArray<Organization.Organization>
}

const loadWorld = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const units = yield* sql<Row>`select id, code, name, kind, valid_from, valid_to, successors from units`
  const links = yield* sql<Row>`select child_id, parent_id, valid_from, valid_to from unit_links`
  const people = yield* sql<Row>`
    select id, unit_id, household_id, birth_date, birth_year, groups, school_level, employer_ids, vneid_level,
      digital_bank from people where deleted_at is null`
  const households = yield* sql<Row>`select id, unit_id from households where deleted_at is null`
  const records = yield* sql<Row>`
    select person_id, topic_id, achieved_on from skill_records where deleted_at is null`
  const visits = yield* sql<Row>`select household_id, visited_on from visits where deleted_at is null`
  const guides = yield* sql<Row>`select id, person_id, unit_id, since from guides where deleted_at is null`
  const guideLinks = yield* sql<Row>`select guide_id, person_id, taught_on from guide_learners`
  const staff = yield* sql<Row>`
    select id, person_id, unit_id, valid_from, valid_to, active from support_staff where deleted_at is null`
  const classes = yield* sql<Row>`
    select k.id, k.unit_id, k.title, k.audience,
      coalesce((select array_agg(ct.topic_id) from class_topics ct where ct.class_id = k.id), '{}') as topic_ids,
      to_char(k.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as starts_at,
      k.duration_minutes, k.mode, k.venue, k.capacity, k.instructor_ids, k.organization_id, k.status
    from classes k where k.deleted_at is null`
  const organizations =
    yield* sql<Row>`select id, name, kind, unit_id from organizations where deleted_at is null`
  const groupOf = (tag: string, row: Row): Person.Group =>
    tag === "student"
      ? { _tag: "student", schoolLevel: (row.schoolLevel ?? "primary") as Person.SchoolLevel }
      : tag === "worker"
        ? {
            _tag: "worker",
            organizationId: Organization.OrganizationId.make(
              String((row.employerIds as Array<string>)[0] ?? ""),
            ),
          }
        : ({ _tag: tag } as Person.Group)
  return {
    history: {
      units: units.map((u) =>
        Schema.decodeUnknownSync(Unit.Unit)({ ...u, successorIds: u.successors, successors: undefined }),
      ),
      links: links.map((l) => Schema.decodeUnknownSync(Unit.UnitLink)(l)),
    },
    people: people.map((p) => ({
      id: String(p.id),
      unitId: Unit.UnitId.make(String(p.unitId)),
      householdId: (p.householdId as string | null) ?? null,
      birth:
        p.birthDate === null
          ? { year: Number(p.birthYear) }
          : { date: p.birthDate as CalendarDate.CalendarDate },
      groups: (p.groups as Array<string>).map((tag) => groupOf(tag, p)),
      vneidLevel: Number(p.vneidLevel) as Person.VneidLevel,
      digitalBank: Boolean(p.digitalBank),
    })),
    households: households.map((h) => ({ id: String(h.id), unitId: Unit.UnitId.make(String(h.unitId)) })),
    records: records.map((r) => ({
      personId: String(r.personId),
      topicId: Topic.TopicId.make(String(r.topicId)),
      date: r.achievedOn as CalendarDate.CalendarDate,
    })),
    visits: visits.map((v) => ({
      householdId: String(v.householdId),
      date: v.visitedOn as CalendarDate.CalendarDate,
    })),
    guides: guides.map((g) => Schema.decodeUnknownSync(Guide.Guide)(g)),
    links: guideLinks.map((l) =>
      Schema.decodeUnknownSync(Guide.GuideLink)({
        guideId: l.guideId,
        learnerId: l.personId,
        date: l.taughtOn,
      }),
    ),
    staff: staff.map((s) => Schema.decodeUnknownSync(SupportStaff.SupportStaff)(s)),
    classes: classes.map((k) => Schema.decodeUnknownSync(Class.Class)(k)),
    organizations: organizations.map((o) => Schema.decodeUnknownSync(Organization.Organization)(o)),
  } satisfies World
})

/** The aggregates of `rootId` and each of its children on `date`, with the domain's functions only. */
const domainAggregates = (world: World, rootId: string, date: CalendarDate.CalendarDate) => {
  const tree = Unit.treeAt(world.history, date)
  const root = Unit.UnitId.make(rootId)
  const children = tree.childrenOf.get(root) ?? []
  /** The child of the root a unit rolls up to (the root itself for the root). */
  const childOf = (unitId: Unit.UnitId): string | undefined => {
    if (unitId === root) return root
    const chain = [unitId, ...Unit.ancestors(tree, unitId).map((u) => u.id)]
    const index = chain.indexOf(root)
    return index <= 0 ? (index === 0 ? root : undefined) : chain[index - 1]
  }
  const recordsOf = new Map<string, Array<World["records"][number]>>()
  for (const r of world.records) recordsOf.set(r.personId, [...(recordsOf.get(r.personId) ?? []), r])
  const basic = (personId: string) => SkillRecord.hasBasicSkillsAt(recordsOf.get(personId) ?? [], date)
  const reached = (personId: string) => (recordsOf.get(personId) ?? []).some((r) => r.date <= date)
  const orgs = new Map(world.organizations.map((o) => [o.id as string, o]))
  const countedWorker = (p: World["people"][number]) =>
    Person.isWorker(p) &&
    Person.employersOf(p).some((id) => {
      const org = orgs.get(id)
      return org !== undefined && Organization.employsCountedWorkers(org)
    })
  const keys = [root, ...children]
  const out = new Map<string, Record<keyof Indicator.Aggregates, number>>()
  for (const key of keys) {
    out.set(
      key,
      Object.fromEntries(Object.keys(Indicator.Aggregates.fields).map((k) => [k, 0])) as Record<
        keyof Indicator.Aggregates,
        number
      >,
    )
  }
  const add = (unitId: Unit.UnitId, key: keyof Indicator.Aggregates, n = 1) => {
    const child = childOf(unitId)
    if (child === undefined) return
    out.get(root)![key] += n
    if (child !== root) out.get(child)![key] += n
  }
  const members = new Map<string, Array<World["people"][number]>>()
  for (const p of world.people) {
    if (p.householdId !== null) members.set(p.householdId, [...(members.get(p.householdId) ?? []), p])
    if (!tree.units.has(p.unitId)) continue
    const born = Person.hasReachedAgeAt(p, 0, date)
    if (Person.isAdultAt(p, date)) {
      add(p.unitId, "adults")
      if (basic(p.id)) add(p.unitId, "adultsWithBasicSkills")
    }
    if (Person.needsDigitalIdentityAt(p, date)) {
      add(p.unitId, "personsAged16Plus")
      if (Person.hasDigitalIdentity(p)) add(p.unitId, "personsAged16PlusWithVneidLevel2")
      if (p.digitalBank) add(p.unitId, "personsAged16PlusWithDigitalBank")
    }
    if (born && Person.isCivilServant(p)) {
      add(p.unitId, "civilServants")
      if (basic(p.id)) add(p.unitId, "civilServantsWithBasicSkills")
    }
    if (born && Person.isStudent(p)) {
      add(p.unitId, "students")
      if (basic(p.id)) add(p.unitId, "studentsWithBasicSkills")
    }
    if (born && countedWorker(p)) {
      add(p.unitId, "workers")
      if (basic(p.id)) add(p.unitId, "workersWithBasicSkills")
    }
    if (Person.isElderlyAt(p, date)) {
      add(p.unitId, "elderly")
      if (reached(p.id)) add(p.unitId, "elderlyReached")
    }
    if (born && Person.hasDisability(p)) {
      add(p.unitId, "personsWithDisability")
      if (reached(p.id)) add(p.unitId, "personsWithDisabilityReached")
    }
    if (born && Person.isTraderOrFarmer(p)) {
      add(p.unitId, "tradersAndFarmers")
      const achieved = SkillRecord.achievedTopics(recordsOf.get(p.id) ?? [], date)
      if (Topic.isFourTComplete(achieved)) add(p.unitId, "tradersAndFarmersFourTComplete")
    }
  }
  const visited = new Set(world.visits.filter((v) => v.date <= date).map((v) => v.householdId))
  for (const h of world.households) {
    if (!tree.units.has(h.unitId)) continue
    add(h.unitId, "households")
    if ((members.get(h.id) ?? []).some((m) => basic(m.id))) add(h.unitId, "householdsWithSkilledMember")
    if (visited.has(h.id)) add(h.unitId, "householdsVisited")
  }
  const links = world.links.filter((l) => l.date <= date)
  for (const g of world.guides) {
    if (g.since > date || !tree.units.has(g.unitId)) continue
    add(g.unitId, "guides")
    if (Guide.learnersOf(g, links).length >= Guide.QUOTA) add(g.unitId, "guidesMeetingQuota")
  }
  const communeIds = [...tree.units.values()]
    .filter((u) => Unit.isCommuneLevel(u.kind) && childOf(u.id) !== undefined)
    .map((u) => u.id)
  const uncovered = new Set(SupportStaff.uncoveredCommunes(communeIds, world.staff, date))
  const heldBy = world.classes.filter((c) => Class.dateOf(c) <= date)
  const period = { from: Indicator.CAMPAIGN_START, to: date }
  for (const communeId of communeIds) {
    add(communeId, "communes")
    if (!uncovered.has(communeId)) add(communeId, "communesWithSupportStaff")
    const compliance = Class.weeklyCompliance(
      [communeId],
      heldBy,
      period,
      (unitId) => Unit.communeOf(tree, unitId)?.id,
    )
    add(communeId, "communeWeeks", compliance.pairs)
    add(communeId, "communeWeeksWithCommunityClass", compliance.compliant)
  }
  const cells = world.organizations.filter((o) => o.kind === "party_cell" && tree.units.has(o.unitId))
  const without = new Set(Class.cellsWithoutPioneerSession(cells, heldBy, date).map((o) => o.id))
  for (const cell of cells) {
    add(cell.unitId, "partyCells")
    if (!without.has(cell.id)) add(cell.unitId, "partyCellsWithPioneerSession")
  }
  return out
}

forEachDatabase((db) => {
  describe("indicators", () => {
    let world: World
    let cookie: string
    beforeAll(async () => {
      await db.run(Seed.seed({ people: 2_000, today }))
      world = await db.run(loadWorld)
      cookie = await db.login()
    }, 180_000)

    const check = async (query: string, rootId: string, date: CalendarDate.CalendarDate) => {
      const response = await db.request(`/api/indicators?${query}`, { cookie })
      expect(response.status).toBe(200)
      const report = await readJson<Report.IndicatorReport>(response)
      expect(report.unit.id).toBe(rootId)
      const expected = domainAggregates(world, rootId, date)
      expect(report.children.map((c) => c.unit.id).sort()).toEqual(
        [...expected.keys()].filter((k) => k !== rootId).sort(),
      )
      for (const unit of [report, ...report.children]) {
        const aggregates = expected.get(unit.unit.id)!
        for (const figure of unit.indicators) {
          const fraction = Indicator.fractionOf(figure.id, aggregates as Indicator.Aggregates)
          expect({ unit: unit.unit.id, id: figure.id, ...fraction }).toEqual({
            unit: unit.unit.id,
            id: figure.id,
            numerator: figure.numerator,
            denominator: figure.denominator,
          })
        }
      }
      return report
    }

    it("agrees with the domain's functions for the communes after the reform", async () => {
      const report = await check(`asOf=${today}`, ChuongMy.hanoi.id, today)
      expect(report.children).toHaveLength(ChuongMy.newCommunes.length)
      // The demo shows something for every indicator.
      for (const figure of report.indicators) expect(figure.denominator).toBeGreaterThan(0)
      const statuses = new Set(report.children.flatMap((c) => c.indicators.map((f) => f.status)))
      expect(statuses.size).toBeGreaterThan(1)
    })

    it("rolls up along the tree as it stood before the reform", async () => {
      const report = await check(
        `unitId=${ChuongMy.district.id}&asOf=${beforeReform}`,
        ChuongMy.district.id,
        beforeReform,
      )
      expect(report.children).toHaveLength(ChuongMy.oldCommunes.length)
    })

    it("gives a monthly trend whose last point is the report's value", async () => {
      const communeId = ChuongMy.newCommunes[0]!.id
      const [trendResponse, reportResponse] = await Promise.all([
        db.request(`/api/indicators/adults-basic/trend?unitId=${communeId}&asOf=${today}`, { cookie }),
        db.request(`/api/indicators?unitId=${communeId}&asOf=${today}`, { cookie }),
      ])
      const trend = await readJson<{ points: ReadonlyArray<Report.TrendPoint>; status: string }>(
        trendResponse,
      )
      const report = await readJson<Report.IndicatorReport>(reportResponse)
      const figure = report.indicators.find((f) => f.id === "adults-basic")!
      expect(trend.points.at(-1)).toMatchObject({
        date: today,
        numerator: figure.numerator,
        denominator: figure.denominator,
      })
      expect(trend.status).toBe(figure.status)
      const values = trend.points.map((p) => p.numerator)
      expect(values).toEqual([...values].sort((a, b) => a - b))
    })

    it("answers 404 for a unit that did not exist on the date, 400 for a bad date or indicator", async () => {
      expect(
        (await db.request(`/api/indicators?unitId=${ChuongMy.district.id}&asOf=${today}`, { cookie })).status,
      ).toBe(404)
      expect((await db.request(`/api/indicators?asOf=2025-02-30`, { cookie })).status).toBe(400)
      expect((await db.request(`/api/indicators/no-such/trend`, { cookie })).status).toBe(400)
      expect((await db.request(`/api/indicators`)).status).toBe(401)
    })

    it("lists the violations of the seed's rules, errors first, as the domain words them", async () => {
      const response = await db.request(`/api/violations?asOf=${today}&pageSize=200`, { cookie })
      expect(response.status).toBe(200)
      const page = await readJson<{
        items: ReadonlyArray<{ rule: Violation.RuleId; severity: string; unitId: string }>
        total: number
      }>(response)
      const rules = new Set(page.items.map((v) => v.rule))
      expect(rules).toContain("guide-below-quota")
      expect(rules).toContain("commune-without-support-staff")
      expect(rules).toContain("party-cell-without-pioneer-session")
      const severities = page.items.map((v) => v.severity)
      expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === "error" ? -1 : 1)))
      const tree = Unit.treeAt(world.history, today)
      const communeIds = [...tree.units.values()].filter((u) => Unit.isCommuneLevel(u.kind)).map((u) => u.id)
      const uncovered = SupportStaff.uncoveredCommunes(communeIds, world.staff, today)
      expect(
        page.items
          .filter((v) => v.rule === "commune-without-support-staff")
          .map((v) => v.unitId)
          .sort(),
      ).toEqual([...uncovered].sort())
      const below = Guide.belowQuota(
        world.guides.filter((g) => g.since <= today),
        world.links.filter((l) => l.date <= today),
      )
      expect(page.items.filter((v) => v.rule === "guide-below-quota")).toHaveLength(below.length)
    })

    it("orders the household worklist exactly as the domain's Worklist.compare", async () => {
      const communeId = ChuongMy.newCommunes[1]!.id
      const items: Array<typeof Worklist.HouseholdEntry.Encoded> = []
      for (let page = 1; ; page++) {
        const response = await db.request(
          `/api/worklists/households?unitId=${communeId}&asOf=${today}&page=${page}&pageSize=50`,
          { cookie },
        )
        expect(response.status).toBe(200)
        const body = await readJson<{
          items: ReadonlyArray<typeof Worklist.HouseholdEntry.Encoded>
          total: number
        }>(response)
        items.push(...body.items)
        if (items.length >= body.total || body.items.length === 0) break
      }
      expect(items.length).toBeGreaterThan(10)
      const entries = items.map((i) => Schema.decodeUnknownSync(Worklist.HouseholdEntry)(i))
      expect(Worklist.sort(entries).map((e) => e.householdId)).toEqual(entries.map((e) => e.householdId))
      expect(new Set(entries.map((e) => Worklist.tier(e))).size).toBeGreaterThan(1)
    })

    it("orders the digital-identity worklist as the domain does and lists only persons aged 16+ without level 2", async () => {
      const communeId = ChuongMy.newCommunes[2]!.id
      const response = await db.request(
        `/api/worklists/digital-identity?unitId=${communeId}&asOf=${today}&pageSize=200`,
        { cookie },
      )
      const body = await readJson<{
        items: ReadonlyArray<typeof Worklist.PersonEntry.Encoded>
        total: number
      }>(response)
      const entries = body.items.map((i) => Schema.decodeUnknownSync(Worklist.PersonEntry)(i))
      expect(entries.length).toBeGreaterThan(0)
      expect(Worklist.sort(entries).map((e) => e.personId)).toEqual(entries.map((e) => e.personId))
      const byId = new Map(world.people.map((p) => [p.id, p]))
      for (const e of entries) {
        const p = byId.get(e.personId)!
        expect(Person.needsDigitalIdentityAt(p, today)).toBe(true)
        expect(Person.hasDigitalIdentity(p)).toBe(false)
      }
    })
  })
})
