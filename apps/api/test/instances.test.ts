/**
 * The API holds no state another instance would need: two processes of the built server
 * (`dist/main.js`) on one PostgreSQL database, as behind a load balancer. A session opened on one is
 * valid on the other, and an import previewed on one is confirmed on the other and written once.
 * (An embedded PGlite folder belongs to one process, so this runs on the PostgreSQL server only.)
 */
import { type ChildProcess, spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { createServer } from "node:net"
import { join } from "node:path"
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import { PgClient } from "@effect/sql-pg"
import { Effect, Redacted } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const serverUrl = process.env.TEST_DATABASE_URL
const main = join(import.meta.dirname, "../dist/main.js")
const admin = { email: "admin@instances.bdhv.test", password: "hai tiến trình một cơ sở dữ liệu 2025" }
const communeId = ChuongMy.newCommunes[0]!.id

const onServer = <A>(url: string, effect: Effect.Effect<A, unknown, SqlClient.SqlClient>) =>
  Effect.runPromise(
    effect.pipe(Effect.provide(PgClient.layer({ url: Redacted.make(url), maxConnections: 1 }))),
  )

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })

interface Instance {
  readonly url: string
  readonly child: ChildProcess
  readonly output: () => string
}

const start = async (databaseUrl: string): Promise<Instance> => {
  const port = await freePort()
  let output = ""
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      BDHV_ADMIN_EMAIL: admin.email,
      BDHV_ADMIN_PASSWORD: admin.password,
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString()
  })
  const url = `http://127.0.0.1:${port}`
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`)
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    )
    if (healthy) return { url, child, output: () => output }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

const stop = async (instance: Instance | undefined) => {
  if (instance === undefined || instance.child.exitCode !== null) return
  const exited = new Promise((resolve) => instance.child.once("exit", resolve))
  instance.child.kill("SIGTERM")
  await exited
}

if (serverUrl === undefined) {
  console.warn("Two-instance suite skipped: TEST_DATABASE_URL not set")
  describe.skip("two API processes on one database (skipped: TEST_DATABASE_URL not set)", () => {
    it("confirms on one instance an import previewed on the other", () => {})
  })
} else {
  describe("two API processes on one database", () => {
    const database = `bdhv_instances_${randomBytes(5).toString("hex")}`
    const databaseUrl = (() => {
      const url = new URL(serverUrl)
      url.pathname = `/${database}`
      return url.toString()
    })()
    let first: Instance | undefined
    let second: Instance | undefined

    beforeAll(async () => {
      await onServer(
        serverUrl,
        SqlClient.SqlClient.pipe(Effect.flatMap((sql) => sql.unsafe(`create database ${database}`))),
      )
      // One after the other: the first migrates and loads the administrative tree.
      first = await start(databaseUrl)
      second = await start(databaseUrl)
    })

    afterAll(async () => {
      await stop(first)
      await stop(second)
      await onServer(
        serverUrl,
        SqlClient.SqlClient.pipe(
          Effect.flatMap((sql) => sql.unsafe(`drop database if exists ${database} with (force)`)),
        ),
      )
    })

    it("confirms on one instance an import previewed on the other, once", async () => {
      const a = first!
      const b = second!
      const login = await fetch(`${a.url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(admin),
      })
      expect(login.status, a.output()).toBe(200)
      const cookie = login.headers
        .getSetCookie()
        .map((line) => line.split(";")[0] ?? "")
        .join("; ")
      const csrf = /bdhv_csrf=([^;]+)/.exec(cookie)?.[1] ?? ""
      const headers = { cookie, "x-csrf-token": csrf }

      // A village of the commune, made on the second instance with the session opened on the first.
      const village = await fetch(`${b.url}/api/units`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({
          code: null,
          name: "Thôn Hai Máy",
          kind: "thon",
          validFrom: "2025-07-01",
          validTo: null,
          successorIds: [],
          parentId: communeId,
        }),
      })
      expect(village.status, await village.clone().text()).toBe(201)

      const form = new FormData()
      form.set("communeId", communeId)
      form.set(
        "file",
        new Blob(
          [
            "Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn\n" +
              "HM-1,Phạm Văn Hai,1980,Nam,Thôn Hai Máy\n" +
              "HM-1,Đỗ Thị Hai,1982,Nữ,Thôn Hai Máy\n",
          ],
          { type: "text/csv" },
        ),
        "hai-may.csv",
      )
      const preview = await fetch(`${a.url}/api/imports`, { method: "POST", headers, body: form })
      expect(preview.status, await preview.clone().text()).toBe(201)
      const job = (await preview.json()) as { id: string; validRows: number; issuesTotal: number }
      expect(job).toMatchObject({ validRows: 2, issuesTotal: 0 })

      const confirmed = await fetch(`${b.url}/api/imports/${job.id}/confirm`, { method: "POST", headers })
      expect(confirmed.status, await confirmed.clone().text()).toBe(202)
      // The first instance cannot start the same job again.
      const again = await fetch(`${a.url}/api/imports/${job.id}/confirm`, { method: "POST", headers })
      expect(again.status).toBe(409)

      let seen: { status: string; summary: unknown } = { status: "running", summary: null }
      while (seen.status === "running" || seen.status === "previewed") {
        await new Promise((resolve) => setTimeout(resolve, 100))
        seen = (await (await fetch(`${a.url}/api/imports/${job.id}`, { headers })).json()) as typeof seen
      }
      expect(seen.status).toBe("done")
      expect(seen.summary).toMatchObject({ householdsCreated: 1, peopleCreated: 2 })
      const people = await onServer(
        databaseUrl,
        SqlClient.SqlClient.pipe(
          Effect.flatMap(
            (sql) =>
              sql<{
                n: number
              }>`select count(*)::int as n from people where full_name like '%Hai' and deleted_at is null`,
          ),
        ),
      )
      expect(people[0]?.n).toBe(2)
    })
  })
}
