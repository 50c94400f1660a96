/**
 * The demo generator is deterministic: a seed, a size and a date always give the same rows, table by
 * table and in the same order. The digest is pinned, so a change to the generator that changes the data
 * it writes (a reordered random draw, a moved step) fails here.
 */
import { createHash } from "node:crypto"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import type { WriteBatch } from "../src/db/TableWriter.js"
import { generate } from "../src/demo/DemoDistrict.js"
import { Sink } from "../src/demo/Sink.js"
import { forEachDatabase } from "./harness.js"

/** A sink that writes nowhere but counts the rows of each table and hashes them in order. */
const recorder = () => {
  const hash = createHash("sha256")
  const counts = new Map<string, number>()
  const write: WriteBatch = (spec, rows) =>
    Effect.sync(() => {
      counts.set(spec.table, (counts.get(spec.table) ?? 0) + rows.length)
      for (const row of rows) hash.update(`${spec.table}\u0000${JSON.stringify(row)}\n`)
    })
  const sink = new Sink(write)
  return { sink, counts, hash }
}

forEachDatabase((db) => {
  describe("the demo generator", () => {
    it("writes the same district for the same seed, size and date", async () => {
      const { sink, counts, hash } = recorder()
      const today = CalendarDate.CalendarDate.make("2026-11-20")
      await db.run(generate({ seed: 2025, people: 3_000, today }, sink))
      expect(Object.fromEntries(counts)).toMatchInlineSnapshot(`
        {
          "class_topics": 7979,
          "classes": 2467,
          "enrollments": 4416,
          "events": 36,
          "guide_learners": 169,
          "guides": 17,
          "households": 927,
          "organizations": 542,
          "people": 3041,
          "posts": 630,
          "skill_records": 15501,
          "support_staff": 38,
          "targets": 5,
          "team_members": 1294,
          "teams": 256,
          "topics": 19,
          "unit_links": 504,
          "units": 272,
          "visit_topics": 1513,
          "visits": 1010,
        }
      `)
      expect(hash.digest("hex")).toMatchInlineSnapshot(
        `"f142d93746786f4750c2d45b2a8e5663ce8bfd9f62222664ce9766a8df0543be"`,
      )
    })
  })
})
