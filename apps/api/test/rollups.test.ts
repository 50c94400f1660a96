/**
 * The rollups equal the recomputation. Over a generated district and random sequences of writes —
 * back-dated skill records, deleted records, people moved between villages or deleted, birth dates on
 * the day an age is reached, erasure, a village moved to another commune, households and visits, an
 * employer that stops counting, a bulk statement like an import's, an import through the API, and
 * guides' teachings added, removed and moved (a guide's own person, a learner taught twice) — the
 * counts the dashboard reads from `indicator_rollup` (`Rollups.aggregates`) are the ones the oracle
 * recomputes from the records (`Recompute.aggregates`), for every count, every unit of the report and
 * several as-at dates (month ends, mid-month, a date before the rollups' first buckets).
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import type * as Indicator from "@bdhv/domain/Indicator"
import * as Person from "@bdhv/domain/Person"
import { Effect } from "effect"
import fc from "fast-check"
import { beforeAll, describe, expect, it } from "vitest"
import * as Seed from "../src/demo/Seed.js"
import * as Recompute from "../src/indicators/Recompute.js"
import * as Report from "../src/indicators/Report.js"
import * as Rollups from "../src/indicators/Rollups.js"
import { forEachDatabase } from "./harness.js"

const today = CalendarDate.CalendarDate.make("2026-11-20")

/** As-at dates and their snapshots: the reform's eve and day, a month end, mid-month, before 2020. */
const views: ReadonlyArray<{ readonly unitId: string; readonly asOf: CalendarDate.CalendarDate }> = [
  { unitId: ChuongMy.district.id, asOf: CalendarDate.CalendarDate.make("2025-06-30") },
  { unitId: ChuongMy.hanoi.id, asOf: CalendarDate.CalendarDate.make("2025-07-01") },
  { unitId: ChuongMy.hanoi.id, asOf: today },
  { unitId: ChuongMy.newCommunes[0]!.id, asOf: CalendarDate.CalendarDate.make("2026-02-28") },
  { unitId: ChuongMy.district.id, asOf: CalendarDate.CalendarDate.make("2019-05-20") },
]
const snapshotsOf = (asOf: CalendarDate.CalendarDate) =>
  [...new Set([-400, -45, -31, -1, 0].map((days) => CalendarDate.addDays(asOf, days)))].sort()

const toObject = (map: ReadonlyMap<string, ReadonlyArray<Indicator.Aggregates>>) =>
  Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)))

/** Dates where ages and records turn: cut-offs of the views' dates, ±1 day, and 29 February. */
const edgeDates: ReadonlyArray<CalendarDate.CalendarDate> = views.flatMap(({ asOf }) =>
  [0, Person.digitalIdentityAge, Person.adultAge, Person.elderlyAge].flatMap((age) =>
    [-1, 0, 1].map((d) => CalendarDate.addDays(Person.ageCutoff(age, asOf).latestBirthDate, d)),
  ),
)
const dateArb = fc.oneof(
  fc.constantFrom(
    ...edgeDates,
    CalendarDate.CalendarDate.make("2008-02-29"),
    CalendarDate.CalendarDate.make("1966-02-28"),
  ),
  fc
    .integer({ min: 0, max: 900 })
    .map((d) => CalendarDate.addDays(CalendarDate.CalendarDate.make("2024-06-01"), d)),
)

type Write =
  | {
      readonly _tag: "skill"
      readonly person: number
      readonly topic: number
      readonly on: CalendarDate.CalendarDate
    }
  | { readonly _tag: "dropSkills"; readonly person: number }
  | { readonly _tag: "move"; readonly person: number; readonly village: number }
  | { readonly _tag: "deletePerson"; readonly person: number }
  | {
      readonly _tag: "birth"
      readonly person: number
      readonly on: CalendarDate.CalendarDate
      readonly yearOnly: boolean
    }
  | {
      readonly _tag: "traits"
      readonly person: number
      readonly vneid: 0 | 1 | 2
      readonly bank: boolean
      readonly group: string
    }
  | { readonly _tag: "erase"; readonly person: number }
  | { readonly _tag: "reorganise"; readonly village: number; readonly commune: number; readonly from: number }
  | {
      readonly _tag: "household"
      readonly household: number
      readonly village: number
      readonly remove: boolean
    }
  | {
      readonly _tag: "visit"
      readonly household: number
      readonly on: CalendarDate.CalendarDate
      readonly remove: boolean
    }
  | { readonly _tag: "employer"; readonly organization: number; readonly counted: boolean }
  | {
      readonly _tag: "bulk"
      readonly village: number
      readonly people: number
      readonly on: CalendarDate.CalendarDate
    }
  | { readonly _tag: "import"; readonly rows: number }
  | {
      readonly _tag: "teach"
      readonly guide: number
      readonly person: number
      readonly learners: number
      readonly self: boolean
      readonly on: CalendarDate.CalendarDate
    }
  | { readonly _tag: "forget"; readonly guide: number }
  | {
      readonly _tag: "guide"
      readonly guide: number
      readonly village: number
      readonly since: CalendarDate.CalendarDate
      readonly remove: boolean
    }

const index = fc.nat({ max: 10_000 })
const writeArb: fc.Arbitrary<Write> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ _tag: fc.constant("skill" as const), person: index, topic: index, on: dateArb }),
  },
  fc.record({ _tag: fc.constant("dropSkills" as const), person: index }),
  { weight: 2, arbitrary: fc.record({ _tag: fc.constant("move" as const), person: index, village: index }) },
  fc.record({ _tag: fc.constant("deletePerson" as const), person: index }),
  {
    weight: 3,
    arbitrary: fc.record({
      _tag: fc.constant("birth" as const),
      person: index,
      on: dateArb,
      yearOnly: fc.boolean(),
    }),
  },
  fc.record({
    _tag: fc.constant("traits" as const),
    person: index,
    vneid: fc.constantFrom(0 as const, 1 as const, 2 as const),
    bank: fc.boolean(),
    group: fc.constantFrom("civil_servant", "student", "worker", "disability", "farmer", "small_trader"),
  }),
  fc.record({ _tag: fc.constant("erase" as const), person: index }),
  fc.record({
    _tag: fc.constant("reorganise" as const),
    village: index,
    commune: index,
    from: fc.integer({ min: 1, max: 500 }),
  }),
  fc.record({
    _tag: fc.constant("household" as const),
    household: index,
    village: index,
    remove: fc.boolean(),
  }),
  fc.record({ _tag: fc.constant("visit" as const), household: index, on: dateArb, remove: fc.boolean() }),
  fc.record({ _tag: fc.constant("employer" as const), organization: index, counted: fc.boolean() }),
  fc.record({
    _tag: fc.constant("bulk" as const),
    village: index,
    people: fc.integer({ min: 1, max: 40 }),
    on: dateArb,
  }),
  fc.record({ _tag: fc.constant("import" as const), rows: fc.integer({ min: 1, max: 12 }) }),
  {
    weight: 3,
    arbitrary: fc.record({
      _tag: fc.constant("teach" as const),
      guide: index,
      person: index,
      learners: fc.integer({ min: 1, max: 6 }),
      self: fc.boolean(),
      on: dateArb,
    }),
  },
  fc.record({ _tag: fc.constant("forget" as const), guide: index }),
  fc.record({
    _tag: fc.constant("guide" as const),
    guide: index,
    village: index,
    since: dateArb,
    remove: fc.boolean(),
  }),
)

const pick = <A>(list: ReadonlyArray<A>, i: number): A => list[i % list.length]!

let serial = 0

forEachDatabase((db) => {
  describe("rollups", () => {
    let cookie: string
    beforeAll(async () => {
      await db.run(Seed.seed({ people: 400, today }))
      cookie = await db.login()
    }, 180_000)

    const equalEverywhere = async () => {
      for (const { unitId, asOf } of views) {
        const snapshots = snapshotsOf(asOf)
        const [kept, recomputed] = await db.run(
          Effect.all([
            Rollups.aggregates(unitId, asOf, snapshots),
            Recompute.aggregates(unitId, asOf, snapshots),
          ]),
        )
        expect({ unitId, asOf, counts: toObject(kept) }).toEqual({
          unitId,
          asOf,
          counts: toObject(recomputed),
        })
      }
    }

    const ids = (query: string) =>
      db.sql((sql) => Effect.map(sql.unsafe<{ id: string }>(query), (rows) => rows.map((r) => r.id)))

    const importRows = async (rows: number) => {
      const communeId = ChuongMy.newCommunes[0]!.id
      const villages = await db.sql(
        (sql) =>
          sql<{ name: string }>`
          select u.name from units u join unit_links l on l.child_id = u.id and l.valid_to is null
          where l.parent_id = ${communeId} and u.deleted_at is null order by u.id`,
      )
      if (villages.length === 0) return
      const lines = Array.from({ length: rows }, (_, i) => {
        serial++
        return [
          `ROLL-${serial}`,
          `Nguyễn Văn Kiểm ${serial}`,
          i % 2 === 0
            ? `${1 + (serial % 28)}/${1 + (serial % 12)}/${1950 + (serial % 60)}`
            : String(1950 + (serial % 70)),
          i % 2 === 0 ? "Nam" : "Nữ",
          pick(villages, serial).name,
          pick(["", "Nông dân", "Người khuyết tật", "Học sinh"], serial),
          "",
          "",
          pick(["Mức 2", "Mức 1", "Chưa có"], serial),
          pick(["Có", "Không"], serial),
          "",
          `Số ${serial}`,
        ].join(",")
      })
      const header =
        "Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn/TDP,Nhóm đối tượng,Cấp học,Nơi làm việc,Mức VNeID,Tài khoản ngân hàng số,Số điện thoại,Địa chỉ"
      const form = new FormData()
      form.set("communeId", communeId)
      form.set("file", new Blob([`${header}\n${lines.join("\n")}\n`], { type: "text/csv" }), "list.csv")
      const created = await db.request("/api/imports", { body: form, cookie })
      expect(created.status).toBeLessThan(300)
      const { id } = (await created.json()) as { id: string }
      for (;;) {
        const job = (await (await db.request(`/api/imports/${id}`, { cookie })).json()) as { status: string }
        if (job.status !== "running") break
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      const confirmed = await db.request(`/api/imports/${id}/confirm`, { method: "POST", cookie })
      if (confirmed.status !== 202) return
      for (;;) {
        const job = (await (await db.request(`/api/imports/${id}`, { cookie })).json()) as { status: string }
        if (job.status !== "running") break
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }

    const apply = async (write: Write) => {
      const people = await ids("select id from people where deleted_at is null order by id")
      const villages = await ids(
        "select id from units where kind in ('thon', 'to_dan_pho') and deleted_at is null order by id",
      )
      const topics = await ids("select id from topics where deleted_at is null order by id")
      const households = await ids("select id from households order by id")
      const person = people.length === 0 ? undefined : pick(people, "person" in write ? write.person : 0)
      switch (write._tag) {
        case "skill":
          if (person === undefined) return
          serial++
          return db.sql(
            (sql) =>
              sql`insert into skill_records (id, person_id, topic_id, achieved_on, source)
              values (${`roll-skill-${serial}`}, ${person}, ${pick(topics, write.topic)}, ${write.on}, 'assessment')`,
          )
        case "dropSkills":
          if (person === undefined) return
          return db.sql(
            (sql) =>
              sql`update skill_records set deleted_at = now() where person_id = ${person} and deleted_at is null`,
          )
        case "move":
          if (person === undefined) return
          return db.sql(
            (sql) => sql`update people set unit_id = ${pick(villages, write.village)} where id = ${person}`,
          )
        case "deletePerson":
          if (person === undefined) return
          return db.sql((sql) => sql`update people set deleted_at = now() where id = ${person}`)
        case "birth":
          if (person === undefined) return
          return db.sql((sql) =>
            write.yearOnly
              ? sql`update people set birth_date = null, birth_year = ${CalendarDate.yearOf(write.on)} where id = ${person}`
              : sql`update people set birth_date = ${write.on}, birth_year = ${CalendarDate.yearOf(write.on)} where id = ${person}`,
          )
        case "traits":
          if (person === undefined) return
          return db.sql(
            (sql) =>
              sql`update people set vneid_level = ${write.vneid}, digital_bank = ${write.bank},
              groups = array_append(groups, ${write.group}::text),
              employer_ids = case when ${write.group} = 'worker'
                then coalesce((select array_agg(id) from organizations where kind = 'enterprise'), '{}') else employer_ids end
              where id = ${person}`,
          )
        case "erase": {
          const living = await ids(
            "select id from people where deleted_at is null and erased_at is null order by id",
          )
          if (living.length === 0) return
          const response = await db.request(`/api/privacy/people/${pick(living, write.person)}/erasure`, {
            cookie,
            body: { reference: `Đơn ${serial++}` },
          })
          expect(response.status).toBeLessThan(300)
          return
        }
        case "reorganise": {
          // A village moves to another of the new communes from a day after the reform.
          const village = pick(villages, write.village)
          const from = CalendarDate.addDays(CalendarDate.CalendarDate.make("2025-07-01"), write.from)
          const commune = pick(ChuongMy.newCommunes, write.commune).id
          return db.sql((sql) =>
            Effect.gen(function* () {
              const [current] = yield* sql<{ parentId: string; validFrom: string }>`
                select parent_id, valid_from::text as valid_from from unit_links
                where child_id = ${village} and valid_to is null`
              if (current === undefined || current.parentId === commune || current.validFrom >= from) return
              yield* sql`update unit_links set valid_to = ${CalendarDate.addDays(from, -1)}
                where child_id = ${village} and valid_to is null`
              yield* sql`insert into unit_links (child_id, parent_id, valid_from) values (${village}, ${commune}, ${from})`
            }),
          )
        }
        case "household": {
          if (households.length === 0) return
          const household = pick(households, write.household)
          return db.sql((sql) =>
            write.remove
              ? sql`update households set deleted_at = case when deleted_at is null then now() end where id = ${household}`
              : sql`update households set unit_id = ${pick(villages, write.village)} where id = ${household}`,
          )
        }
        case "visit": {
          if (households.length === 0) return
          const household = pick(households, write.household)
          return db.sql((sql) =>
            write.remove
              ? sql`delete from visit_topics where visit_id in (select id from visits where household_id = ${household})`.pipe(
                  Effect.andThen(sql`delete from visits where household_id = ${household}`),
                )
              : sql`insert into visits (id, team_id, household_id, visited_on)
                  select ${`roll-visit-${serial++}`}, t.id, ${household}, ${write.on} from teams t order by t.id limit 1`,
          )
        }
        case "employer": {
          const organizations = await ids(
            "select id from organizations where kind in ('enterprise', 'state_agency') order by id",
          )
          if (organizations.length === 0) return
          return db.sql(
            (sql) =>
              sql`update organizations set kind = ${write.counted ? "enterprise" : "state_agency"}
              where id = ${pick(organizations, write.organization)}`,
          )
        }
        case "bulk": {
          // One statement of many rows, as an import writes them, then a few of them gain skills.
          const village = pick(villages, write.village)
          const first = serial
          serial += write.people
          return db.sql((sql) =>
            Effect.gen(function* () {
              yield* sql.unsafe(
                `insert into people (id, unit_id, full_name, name_folded, birth_date, birth_year, sex, groups, vneid_level)
                 select 'roll-bulk-' || i, $1::text, 'Người ' || i, 'nguoi ' || i,
                   case when i % 3 = 0 then null else $2::date - (i * 397) end,
                   extract(year from $2::date - (i * 397))::integer, 'female',
                   case when i % 4 = 0 then array['student'] else '{}' end, (i % 3)::smallint
                 from generate_series($3::integer, $4::integer) i`,
                [village, write.on, first + 1, first + write.people],
              )
              yield* sql.unsafe(
                `insert into skill_records (id, person_id, topic_id, achieved_on, source)
                 select 'roll-bulk-skill-' || i || '-' || t.id, 'roll-bulk-' || i, t.id, $1::date, 'assessment'
                 from generate_series($2::integer, $3::integer, 2) i cross join topics t where t.core`,
                [write.on, first + 1, first + write.people],
              )
            }),
          )
        }
        case "import":
          return importRows(write.rows)
        case "teach": {
          // Teachings on a date: new learners, learners taught again, and perhaps the guide's own person
          // (who never counts toward the quota).
          const guides = await db.sql(
            (sql) => sql<{ id: string; personId: string }>`select id, person_id from guides order by id`,
          )
          if (guides.length === 0 || people.length === 0) return
          const guide = pick(guides, write.guide)
          const learners = Array.from({ length: write.learners }, (_, i) =>
            write.self && i === 0 ? guide.personId : pick(people, write.person + i),
          )
          return db.sql((sql) =>
            Effect.forEach(
              learners,
              (learner) =>
                sql`insert into guide_learners (id, guide_id, person_id, taught_on)
                values (${`roll-teach-${serial++}`}, ${guide.id}, ${learner}, ${write.on})`,
              { discard: true },
            ),
          )
        }
        case "forget": {
          const guides = await ids("select distinct guide_id as id from guide_learners order by 1")
          if (guides.length === 0) return
          return db.sql(
            (sql) => sql`delete from guide_learners where guide_id = ${pick(guides, write.guide)}`,
          )
        }
        case "guide": {
          const guides = await ids("select id from guides order by id")
          if (guides.length === 0) return
          const guide = pick(guides, write.guide)
          return db.sql((sql) =>
            write.remove
              ? sql`update guides set deleted_at = case when deleted_at is null then now() end where id = ${guide}`
              : sql`update guides set unit_id = ${pick(villages, write.village)}, since = ${write.since} where id = ${guide}`,
          )
        }
      }
    }

    it("after the seed's bulk load and its one rebuild, the rollups equal the recomputation", async () => {
      await equalEverywhere()
    })

    it("after random sequences of writes, the rollups equal the recomputation for every count, unit and date", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(writeArb, { minLength: 1, maxLength: 8 }), async (writes) => {
          for (const write of writes) await apply(write)
          await equalEverywhere()
        }),
        { seed: 20251, numRuns: 6, endOnFailure: true },
      )
      // Six sequences of writes, each checked against the oracle over five views: minutes on a busy
      // machine, not the seconds of one request.
    }, 240_000)

    it("answers the dashboard in one request: every indicator with the unit's recent trend", async () => {
      const response = await db.request(`/api/indicators?asOf=${today}`, { cookie })
      expect(response.status).toBe(200)
      const report = (await response.json()) as Report.IndicatorReport
      expect(report.trends.map((t) => t.id)).toEqual(report.indicators.map((f) => f.id))
      for (const trend of report.trends) {
        expect(trend.points.map((p) => p.date)).toEqual(Report.trendSnapshotsOf(today))
        const figure = report.indicators.find((f) => f.id === trend.id)!
        const last = trend.points[trend.points.length - 1]!
        expect([last.numerator, last.denominator]).toEqual([figure.numerator, figure.denominator])
      }
    })

    it("answers every indicator's trend, weekly classes and party cells included", async () => {
      for (const id of ["weekly-classes", "party-cells", "digital-family", "elderly-reached"]) {
        const response = await db.request(`/api/indicators/${id}/trend?asOf=${today}`, { cookie })
        expect({ id, status: response.status }).toEqual({ id, status: 200 })
        const trend = (await response.json()) as { points: ReadonlyArray<{ date: string }> }
        expect(trend.points.map((p) => p.date)).toEqual(Report.monthEnds(today))
      }
    })

    it("counts weekly classes over the period asked for, by default from the campaign's start", async () => {
      // A commune of before the reform (the new ones begin on 1 July 2025).
      const communeId = ChuongMy.oldCommunes[0]!.id
      const before = CalendarDate.CalendarDate.make("2025-03-05")
      // A community class held before the campaign's start, in a week with no other.
      await db.sql((sql) =>
        Effect.gen(function* () {
          yield* sql`delete from classes where id = 'roll-class-early'`
          yield* sql`insert into classes (id, unit_id, title, title_folded, audience, mode, starts_at, status, capacity)
            values ('roll-class-early', ${communeId}, 'Lớp sớm', 'lop som', 'community', 'in_person',
              ${`${before}T09:00:00+07:00`}, 'held', 20)`
        }),
      )
      const weekly = async (query: string) => {
        const response = await db.request(`/api/indicators?unitId=${communeId}&asOf=2025-03-20${query}`, {
          cookie,
        })
        expect(response.status).toBe(200)
        const report = (await response.json()) as Report.IndicatorReport
        return { period: report.period, figure: report.indicators.find((f) => f.id === "weekly-classes")! }
      }
      const byDefault = await weekly("")
      expect(byDefault.period).toEqual({ from: "2025-03-26", to: "2025-03-20" })
      expect(byDefault.figure.denominator).toBe(0)
      const early = await weekly("&from=2025-03-03&to=2025-03-09")
      expect(early.period).toEqual({ from: "2025-03-03", to: "2025-03-09" })
      expect([early.figure.numerator, early.figure.denominator]).toEqual([1, 1])
      const bad = await db.request(`/api/indicators?unitId=${communeId}&from=26-03-2025`, { cookie })
      expect(bad.status).toBe(400)
    })

    it("a rebuild gives the rollups the triggers kept", async () => {
      // The rollup, its by-parent sums, and the birth days by unit and by parent (migration 0103).
      const rows = () =>
        db.sql(
          (sql) =>
            sql<{ key: string }>`select key from (
              select 'r|' || unit_id || '|' || series || '|' || bucket || '|' || n as key
              from indicator_rollup where n <> 0
              union all
              select 'p|' || parent_id || '|' || valid_from || '|' || valid_to || '|' || series || '|' || bucket
                || '|' || n from indicator_rollup_by_parent where n <> 0
              union all
              select 'd|' || unit_id || '|' || series || '|' || born_on || '|' || n
              from indicator_birth_day where n <> 0
              union all
              select 'q|' || parent_id || '|' || valid_from || '|' || valid_to || '|' || series || '|' || born_on
                || '|' || n from indicator_birth_day_by_parent where n <> 0
            ) k order by 1`,
        )
      const before = await rows()
      expect(before.some((row) => row.key.startsWith("q|"))).toBe(true)
      await db.run(Rollups.rebuild)
      const after = await rows()
      expect(after).toEqual(before)
      await equalEverywhere()
    })
  })
})
