import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import * as SkillRecord from "@bdhv/domain/SkillRecord"
import * as Topic from "@bdhv/domain/Topic"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { beforeAll, describe, expect, it } from "vitest"
import * as Seed from "../src/demo/Seed.js"
import { forEachDatabase } from "./harness.js"

const today = CalendarDate.CalendarDate.make("2026-11-20")

forEachDatabase((db) => {
  describe("demo data", () => {
    let counts: Seed.SeedCounts = {}
    beforeAll(async () => {
      const started = performance.now()
      counts = await db.run(Seed.seed({ people: Seed.scales.quick, today }))
      console.log(db.kind, "seeded", Math.round(performance.now() - started), "ms", counts)
    }, 120_000)

    it("fills every table of the campaign", () => {
      expect(counts.people).toBeGreaterThan(2_900)
      expect(counts.households).toBeGreaterThan(800)
    })

    it("puts every village under its old commune before the reform and its new one after", async () => {
      const rows = await db.run(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          return yield* sql<{ kind: string; before: string | null; after: string | null }>`
            select u.kind,
              (select l.parent_id from unit_links l where l.child_id = u.id and l.valid_from <= '2025-06-30'
                 and (l.valid_to is null or l.valid_to >= '2025-06-30')) as before,
              (select l.parent_id from unit_links l where l.child_id = u.id and l.valid_from <= '2025-07-01'
                 and (l.valid_to is null or l.valid_to >= '2025-07-01')) as after
            from units u where u.kind in ('thon', 'to_dan_pho')`
        }),
      )
      expect(rows.length).toBeGreaterThan(150)
      const oldIds = new Set<string>(ChuongMy.oldCommunes.map((c) => c.id))
      const newIds = new Set<string>(ChuongMy.newCommunes.map((c) => c.id))
      for (const row of rows) {
        expect(oldIds.has(row.before ?? "")).toBe(true)
        expect(newIds.has(row.after ?? "")).toBe(true)
      }
    })

    it("keeps each person's skill dates as the domain's SkillRecord.dateCompleted computes them", async () => {
      const { records, dates } = await db.run(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          const records = yield* sql<{
            personId: string
            topicId: Topic.TopicId
            date: CalendarDate.CalendarDate
          }>`
            select person_id, topic_id, achieved_on as date from skill_records where deleted_at is null`
          const dates = yield* sql<{
            personId: string
            reachedOn: string
            basicOn: string | null
            fourTOn: string | null
          }>`select person_id, reached_on, basic_on, four_t_on from person_skill_dates`
          return { records, dates }
        }),
      )
      const byPerson = new Map<string, Array<(typeof records)[number]>>()
      for (const r of records) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r])
      expect(dates.length).toBe(byPerson.size)
      let basic = 0
      for (const row of dates) {
        const own = byPerson.get(row.personId) ?? []
        expect(row.reachedOn).toBe([...own].sort((a, b) => (a.date < b.date ? -1 : 1))[0]?.date)
        expect(row.basicOn ?? undefined).toBe(SkillRecord.dateCompleted(own))
        expect(row.fourTOn ?? undefined).toBe(SkillRecord.dateCompleted(own, Topic.fourTModules))
        if (row.basicOn !== null) basic++
      }
      expect(basic).toBeGreaterThan(500)
    })

    it("refreshes a person's skill dates when a record is added or removed", async () => {
      const read = (personId: string) =>
        db.run(
          Effect.gen(function* () {
            const sql = yield* SqlClient.SqlClient
            const rows = yield* sql<{ reachedOn: string }>`
              select reached_on from person_skill_dates where person_id = ${personId}`
            return rows[0]?.reachedOn
          }),
        )
      const [person] = await db.run(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          return yield* sql<{ id: string }>`
            select p.id from people p where not exists (select 1 from skill_records r where r.person_id = p.id)
            order by p.id limit 1`
        }),
      )
      const personId = person!.id
      expect(await read(personId)).toBeUndefined()
      await db.run(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          yield* sql`insert into skill_records (id, person_id, topic_id, achieved_on, source, evidence_id)
            values ('test-record', ${personId}, 'vneid', '2026-01-15', 'assessment', 'test-assessment')`
        }),
      )
      expect(await read(personId)).toBe("2026-01-15")
      await db.run(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          yield* sql`update skill_records set deleted_at = now() where id = 'test-record'`
        }),
      )
      expect(await read(personId)).toBeUndefined()
    })

    it("recomputes basic skills when the core set changes, and only then", async () => {
      const basicCount = () =>
        db.run(
          Effect.gen(function* () {
            const sql = yield* SqlClient.SqlClient
            const rows = yield* sql<{ n: number }>`select count(basic_on)::int as n from person_skill_dates`
            return rows[0]!.n
          }),
        )
      const before = await basicCount()
      const setCore = (core: boolean) =>
        db.run(
          Effect.gen(function* () {
            const sql = yield* SqlClient.SqlClient
            yield* sql`update topics set core = ${core} where id = 'digital-payment'`
          }),
        )
      await setCore(false)
      expect(await basicCount()).toBeGreaterThan(before)
      await setCore(true)
      expect(await basicCount()).toBe(before)
    })

    it("keeps each household's first skilled and visited days in step with members and visits", async () => {
      const read = (householdId: string) =>
        db.run(
          Effect.gen(function* () {
            const sql = yield* SqlClient.SqlClient
            const rows = yield* sql<{ firstVisitedOn: string | null; lastVisitedOn: string | null }>`
              select first_visited_on, last_visited_on from household_dates where household_id = ${householdId}`
            return rows[0]
          }),
        )
      const [household] = await db.run(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          return yield* sql<{ id: string; teamId: string }>`
            select h.id, (select t.id from teams t order by t.id limit 1) as team_id from households h
            where not exists (select 1 from visits v where v.household_id = h.id) order by h.id limit 1`
        }),
      )
      expect((await read(household!.id))?.firstVisitedOn ?? null).toBeNull()
      await db.run(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          yield* sql`insert into visits (id, team_id, household_id, visited_on)
            values ('test-visit', ${household!.teamId}, ${household!.id}, '2026-03-02')`
        }),
      )
      expect(await read(household!.id)).toMatchObject({
        firstVisitedOn: "2026-03-02",
        lastVisitedOn: "2026-03-02",
      })
      const [skilled] = await db.run(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          return yield* sql<{ count: number }>`
            select count(*)::int as count from household_dates hd
            where hd.skilled_on is distinct from (
              select min(d.basic_on) from people m join person_skill_dates d on d.person_id = m.id
              where m.household_id = hd.household_id and m.deleted_at is null)`
        }),
      )
      expect(skilled!.count).toBe(0)
    })
  })
})
