import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as ChuongMy from "@bdhv/domain/ChuongMy"
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
  })
})
