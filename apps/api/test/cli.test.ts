import { execFile } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdtemp, rm, stat } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Backup from "../src/backup/Backup.js"
import * as Seed from "../src/demo/Seed.js"
import { forEachDatabase } from "./harness.js"

const today = CalendarDate.CalendarDate.make("2026-11-20")
const run = promisify(execFile)
const cli = join(import.meta.dirname, "..", "dist", "cli.js")

/** Every table's row count and a digest of the people, to compare two states of a database. */
const fingerprint = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const [row] = yield* sql<{ counts: string; people: string; closure: number; dates: number }>`
    select
      (select string_agg(t || '=' || n, ',' order by t) from (
        select 'units' as t, count(*) as n from units union all select 'people', count(*) from people
        union all select 'households', count(*) from households union all select 'classes', count(*) from classes
        union all select 'enrollments', count(*) from enrollments
        union all select 'skill_records', count(*) from skill_records
        union all select 'visits', count(*) from visits union all select 'users', count(*) from users) c) as counts,
      (select md5(string_agg(concat_ws('|', id, full_name, birth_date, groups::text, vneid_level), ',' order by id))
         from people) as people,
      (select count(*)::int from unit_closure) as closure,
      (select count(*)::int from person_skill_dates) as dates`
  return row
})

const auditCount = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const [row] = yield* sql<{ n: number }>`select count(*)::int as n from audit_log`
  return row?.n ?? 0
})

forEachDatabase((db) => {
  describe("backup and restore", () => {
    let dir: string
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "bdhv-backup-"))
      await db.run(Seed.seed({ people: 400, today }))
    }, 180_000)
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true })
    })

    it("restores a backup into an emptied database exactly, derived tables rebuilt", async () => {
      const file = join(dir, "backup.jsonl.gz")
      const before = await db.run(fingerprint)
      const counts = await db.run(Backup.backup(file))
      expect(counts.people).toBeGreaterThan(300)
      expect(counts).not.toHaveProperty("unit_closure")
      await db.run(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          const tables = Object.keys(counts)
            .filter((t) => t !== "audit_log")
            .map((t) => `"${t}"`)
            .join(", ")
          // The audit log is append-only: it stays, and the restore appends the backup's entries.
          yield* sql.unsafe(`truncate ${tables}, unit_closure, person_skill_dates, sessions cascade`)
        }),
      )
      expect((await db.run(fingerprint))?.counts).not.toBe(before?.counts)
      const auditBefore = await db.run(auditCount)
      await db.run(Backup.restore(file))
      expect(await db.run(fingerprint)).toEqual(before)
      expect(await db.run(auditCount)).toBe(auditBefore + (counts.audit_log ?? 0))
    })

    it("refuses to restore into a database that holds data", async () => {
      const file = join(dir, "again.jsonl.gz")
      await db.run(Backup.backup(file))
      await expect(db.run(Backup.restore(file))).rejects.toThrow(/already holds data/)
    })
  })
})

describe("the bdhv command", () => {
  const built = existsSync(cli)
  if (!built) console.warn(`CLI test skipped: ${cli} is not built (pnpm --filter @bdhv/api build)`)
  it.skipIf(!built)(
    "seeds an embedded database, exports the report and backs the folder up",
    async () => {
      const dir = await mkdtemp(join(tmpdir(), "bdhv-cli-"))
      try {
        const { DATABASE_URL: _server, ...inherited } = process.env
        const env = { ...inherited, DATA_DIR: join(dir, "data"), LOG_LEVEL: "silent" }
        const seeded = await run("node", [cli, "seed", "--scale", "300", "--today", today], { env })
        expect(seeded.stdout).toMatch(/people\s+\d{3}/)
        const again = await run("node", [cli, "seed"], { env })
        expect(again.stdout).toMatch(/nothing seeded/)
        const report = join(dir, "report.xlsx")
        await run("node", [cli, "export", "report", "--asOf", today, report], { env })
        expect((await stat(report)).size).toBeGreaterThan(5_000)
        const folder = join(dir, "data.tar.gz")
        await run("node", [cli, "backup", folder, "--datadir"], { env })
        expect((await stat(folder)).size).toBeGreaterThan(10_000)
        const usage = await run("node", [cli, "export", "report"], { env }).catch(
          (error: { code: number; stderr: string }) => error,
        )
        expect(usage).toMatchObject({ code: 2 })
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
    300_000,
  )
})
