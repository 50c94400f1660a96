/**
 * A backup taken through the running server while clients write restores, on PGlite and on PostgreSQL,
 * to exactly the state of one moment: every write acknowledged before the backup was asked for is in
 * it, and the restored database's indicators equal the live database's once the writes the backup did
 * not see are taken away. A restore that fails names the table, the row and the database's reason; a
 * backup whose reader hangs up, or stops reading, ends its snapshot.
 */
import { createReadStream, createWriteStream } from "node:fs"
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { randomBytes } from "node:crypto"
import { PassThrough, Readable } from "node:stream"
import { pipeline } from "node:stream/promises"
import type { ReadableStream as WebReadableStream } from "node:stream/web"
import { createGunzip, gunzipSync, gzipSync } from "node:zlib"
import { serve } from "@hono/node-server"
import { Effect, ManagedRuntime } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as AppLayer from "../src/AppLayer.js"
import * as Backup from "../src/backup/Backup.js"
import type { AppConfigShape } from "../src/Config.js"
import * as Seed from "../src/demo/Seed.js"
import { makeApp } from "../src/http/app.js"
import * as Log from "../src/Log.js"
import { forEachDatabase, readJson, testAdmin, type TestDatabase } from "./harness.js"

const today = "2026-06-30"

/** A fresh, empty database of the same kind as the suite's, and an app on it. */
const freshDatabase = async (db: TestDatabase) => {
  const source = db.config()
  let schema: string | undefined
  let config: AppConfigShape
  if (source.database._tag === "Postgres") {
    schema = `r_${randomBytes(6).toString("hex")}`
    await db.sql((sql) => sql.unsafe(`create schema ${schema}`))
    config = { ...source, database: { ...source.database, searchPath: `${schema},bdhv_ext` } }
  } else {
    config = { ...source, database: { _tag: "Pglite", dataDir: undefined } }
  }
  const runtime = ManagedRuntime.make(AppLayer.make(config))
  await runtime.context()
  const app = makeApp({ runtime, log: Log.make("silent"), secureCookies: false })
  return {
    runtime,
    app,
    close: async () => {
      await runtime.dispose()
      if (schema !== undefined) await db.sql((sql) => sql.unsafe(`drop schema ${schema} cascade`))
    },
  }
}

const idsOf = (table: "households" | "people") =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* sql.unsafe<{ id: string }>(`select id from ${table}`)
    return rows.map((r) => r.id)
  })

forEachDatabase((db) => {
  describe("a live backup", () => {
    let dir = ""
    let cookie = ""
    let village = ""
    let base = ""
    let closeServer = async () => {}
    // One empty database to restore into: a failed restore leaves it empty (it is one transaction).
    let restored: Awaited<ReturnType<typeof freshDatabase>> | undefined
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "bdhv-live-backup-"))
      await db.run(Seed.seed({ people: 200, today: today as never }))
      cookie = await db.login()
      village = await db.sql((sql) =>
        Effect.map(
          sql<{ id: string }>`select unit_id as id from households order by id limit 1`,
          (rows) => rows[0]!.id,
        ),
      )
      const server = serve({ fetch: db.app().fetch, port: 0, hostname: "127.0.0.1" })
      await new Promise((resolve) => server.once("listening", resolve))
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      closeServer = () => new Promise((resolve) => server.close(() => resolve()))
      restored = await freshDatabase(db)
    })
    afterAll(async () => {
      await closeServer()
      await restored?.close()
      await rm(dir, { recursive: true, force: true })
    })

    const headers = () => ({
      cookie,
      "x-csrf-token": /bdhv_csrf=([^;]+)/.exec(cookie)?.[1] ?? "",
      "content-type": "application/json",
    })
    const post = async (path: string, body: unknown) => {
      const response = await fetch(`${base}${path}`, {
        method: "POST",
        headers: headers(),
        body: JSON.stringify(body),
      })
      if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`)
      return (await response.json()) as { id: string }
    }

    it("names the table, the row and the reason when a restore fails, and restores nothing", async () => {
      const file = join(dir, "good.jsonl.gz")
      await db.run(Backup.backup(file))
      // The same backup with one person pointing at a household that is not in it.
      const lines: Array<string> = []
      for await (const line of createInterface({ input: createReadStream(file).pipe(createGunzip()) }))
        lines.push(line)
      const at = lines.indexOf('{"table":"people"}') + 3
      const person = JSON.parse(lines[at]!) as { id: string; household_id: string }
      lines[at] = JSON.stringify({ ...person, household_id: "no-such-household" })
      const broken = join(dir, "broken.jsonl.gz")
      await writeFile(broken, gzipSync(`${lines.join("\n")}\n`))
      const failure = await restored!.runtime.runPromise(Backup.restore(broken)).then(
        () => "restored",
        (error: unknown) => String(error instanceof Error ? error.message : error),
      )
      expect(failure).toContain('table "people"')
      expect(failure).toContain("row 3")
      expect(failure).toContain(person.id)
      expect(failure).toMatch(/people_household_id_fkey|foreign key/)
      expect(failure).not.toMatch(/Query failed/)
      expect(await restored!.runtime.runPromise(idsOf("people"))).toEqual([])
    })

    it("taken through the server during a burst of writes, restores with the indicators of its moment", async () => {
      // Households and people, each with whether it was acknowledged before the backup was asked for.
      type Phase = "before" | "during" | "after"
      const now: { phase: Phase } = { phase: "before" }
      const acknowledged: Array<{ id: string; table: "households" | "people"; phase: Phase }> = []
      let afterwards = 0
      let fiveWritten: () => void = () => {}
      const five = new Promise<void>((resolve) => {
        fiveWritten = resolve
      })
      const burst = (async () => {
        // Writes go on until the backup has been read whole, and three more after it.
        for (let i = 0; now.phase !== "after" || afterwards < 3; i++) {
          const household = await post("/api/households", {
            code: `LIVE-${i}`,
            unitId: village,
            isRemote: false,
          })
          acknowledged.push({ id: household.id, table: "households", phase: now.phase })
          const person = await post("/api/people", {
            fullName: `Người Ghi Thử ${i}`,
            birth: { year: 1980 + (i % 30) },
            sex: i % 2 === 0 ? "female" : "male",
            householdId: household.id,
            unitId: village,
            groups: [],
            vneidLevel: i % 3,
            hasDigitalBankAccount: i % 2 === 0,
          })
          acknowledged.push({ id: person.id, table: "people", phase: now.phase })
          if (now.phase === "after") afterwards++
          if (i === 4) fiveWritten()
        }
      })()
      await Promise.race([five, burst])
      now.phase = "during"
      const file = join(dir, "live.jsonl.gz")
      const response = await fetch(`${base}/api/backup`, { headers: { cookie } })
      expect(response.status).toBe(200)
      await pipeline(
        Readable.fromWeb(response.body as WebReadableStream<Uint8Array>),
        createWriteStream(file),
      )
      now.phase = "after"
      await burst

      await restored!.runtime.runPromise(Backup.restore(file))
      const inBackup = {
        households: new Set(await restored!.runtime.runPromise(idsOf("households"))),
        people: new Set(await restored!.runtime.runPromise(idsOf("people"))),
      }
      // Every write acknowledged before the backup was asked for is in it; none acknowledged after it.
      for (const write of acknowledged) {
        if (write.phase === "before") expect(inBackup[write.table].has(write.id)).toBe(true)
        if (write.phase === "after") expect(inBackup[write.table].has(write.id)).toBe(false)
      }
      // The live database without what the backup did not see is the backup's moment.
      const live = { households: await db.run(idsOf("households")), people: await db.run(idsOf("people")) }
      expect([...inBackup.people].filter((id) => !live.people.includes(id))).toEqual([])
      const later = {
        people: live.people.filter((id) => !inBackup.people.has(id)),
        households: live.households.filter((id) => !inBackup.households.has(id)),
      }
      expect(later.people.length).toBeGreaterThanOrEqual(3)
      await db.sql((sql) =>
        Effect.gen(function* () {
          yield* sql`delete from people where id in ${sql.in(later.people)}`
          yield* sql`delete from households where id in ${sql.in(later.households)}`
        }),
      )
      const indicators = async (app: ReturnType<typeof makeApp>, session: string) => {
        const answer = await app.request(`/api/indicators?asOf=${today}`, { headers: { cookie: session } })
        expect(answer.status).toBe(200)
        return answer.json()
      }
      const signIn = await restored!.app.request("/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(testAdmin),
      })
      expect(signIn.status).toBe(200)
      const restoredCookie = signIn.headers
        .getSetCookie()
        .map((line) => line.split(";")[0])
        .join("; ")
      expect(await indicators(restored!.app, restoredCookie)).toEqual(await indicators(db.app(), cookie))
    })

    it("is served to a district admin over the whole database, and to no one else", async () => {
      const response = await db.request("/api/backup", { cookie })
      expect(response.status).toBe(200)
      const first = gunzipSync(new Uint8Array(await response.arrayBuffer()))
        .toString("utf8")
        .split("\n")[0]!
      expect(JSON.parse(first)).toMatchObject({ format: "bdhv-backup" })
      expect((await db.request("/api/backup")).status).toBe(401)
    })

    it("ends its snapshot when its reader stays connected and stops reading, and the writes go on", async () => {
      // A reader that takes the first chunk and then nothing more, without hanging up.
      const output = new PassThrough({ highWaterMark: 1024 })
      output.once("data", () => output.pause())
      const failure = await db.run(Backup.backupTo(output, { stallLimitMs: 300 })).then(
        () => "finished",
        (error: unknown) => String(error),
      )
      expect(failure).toMatch(/took nothing for 300 ms/)
      const household = await db.request("/api/households", {
        cookie,
        body: { code: "AFTER-STALL", unitId: village, isRemote: false },
      })
      expect(household.status).toBe(201)
    })

    it("ends its snapshot when its reader hangs up, and the writes go on", async () => {
      const output = new PassThrough()
      output.once("data", () => output.destroy())
      const failure = await db.run(Backup.backupTo(output)).then(
        () => "finished",
        (error: unknown) => String(error),
      )
      expect(failure).toMatch(/output (ended|failed)/)
      // On PGlite the snapshot held the only connection: a write now needs it back.
      const household = await db.request("/api/households", {
        cookie,
        body: { code: "AFTER-HANGUP", unitId: village, isRemote: false },
      })
      expect(household.status).toBe(201)
      expect(await readJson<{ code: string }>(household)).toMatchObject({ code: "AFTER-HANGUP" })
    })
  })
})
