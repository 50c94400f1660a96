/**
 * The read replica: reports are answered by a real streaming replica of the PostgreSQL server, except
 * for a user whose last write the replica has not replayed yet, who reads from the primary. The lag is
 * made real by pausing the replica's replay.
 */
import { PgClient } from "@effect/sql-pg"
import { Effect, Redacted } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ConfigInvalid, fromEnvironment } from "../src/Config.js"
import { createTree, type Tree } from "./fixtures.js"
import { readJson, withReplica } from "./harness.js"

describe("DATABASE_READ_URL", () => {
  it("is read with DATABASE_URL, checked like it, and refused alone", () => {
    const config = fromEnvironment({
      DATABASE_URL: "postgres://db/bdhv",
      DATABASE_READ_URL: "postgres://replica/bdhv",
    })
    expect(config.database._tag === "Postgres" && Redacted.value(config.database.readUrl!)).toBe(
      "postgres://replica/bdhv",
    )
    expect(() => fromEnvironment({ DATABASE_READ_URL: "postgres://replica/bdhv" })).toThrow(/DATABASE_URL/)
    expect(() =>
      fromEnvironment({ DATABASE_URL: "postgres://db/bdhv", DATABASE_READ_URL: "mysql://x" }),
    ).toThrow(ConfigInvalid)
  })
})

interface Worklist {
  items: Array<{ householdId: string }>
}

withReplica((db, replicaUrl) => {
  let cookie = ""
  let tree: Tree

  /** SQL on the replica itself (not through the API). */
  const onReplica = <A>(query: (sql: SqlClient.SqlClient) => Effect.Effect<A, unknown>) =>
    Effect.runPromise(
      Effect.flatMap(Effect.service(SqlClient.SqlClient), query).pipe(
        Effect.provide(PgClient.layer({ url: Redacted.make(replicaUrl), maxConnections: 1 })),
      ),
    )

  /** Waits until the replica has replayed everything the primary has written so far. */
  const caughtUp = async () => {
    const [primary] = await db.sql((sql) => sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`)
    for (let i = 0; i < 600; i++) {
      const [row] = await onReplica(
        (sql) =>
          sql<{ ok: boolean }>`select pg_last_wal_replay_lsn() >= ${primary?.lsn ?? "0/0"}::pg_lsn as ok`,
      )
      if (row?.ok === true) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error("the replica did not catch up within a minute")
  }

  const withoutLastWrite = (header: string) =>
    header
      .split("; ")
      .filter((pair) => !pair.startsWith("bdhv_wal="))
      .join("; ")

  /** The cookie after a response: the session and CSRF cookies, and the last write's position if set. */
  const cookieAfter = (before: string, response: Response) => {
    const wal = response.headers
      .getSetCookie()
      .map((line) => line.split(";")[0] ?? "")
      .find((pair) => pair.startsWith("bdhv_wal="))
    return wal === undefined ? before : `${withoutLastWrite(before)}; ${wal}`
  }

  const worklist = async (as: string) => {
    const response = await db.request(`/api/worklists/households?unitId=${tree.quangBi}&pageSize=200`, {
      cookie: as,
    })
    expect(response.status).toBe(200)
    const ids = (await readJson<Worklist>(response)).items.map((item) => item.householdId)
    return { answered: response.headers.get("x-bdhv-read"), ids }
  }

  beforeAll(async () => {
    cookie = await db.login()
    tree = await createTree(db, cookie)
  })

  afterAll(async () => {
    await onReplica((sql) => sql`select pg_wal_replay_resume()`).catch(() => undefined)
  })

  it("answers reports from the replica", async () => {
    await caughtUp()
    const { answered } = await worklist(withoutLastWrite(cookie))
    expect(answered).toBe("replica")
  })

  it("keeps lists and writes on the primary", async () => {
    const response = await db.request("/api/people", { cookie })
    expect(response.status).toBe(200)
    expect(response.headers.get("x-bdhv-read")).toBeNull()
  })

  it("sends a user's read after their write to the primary until the replica has replayed it", async () => {
    await caughtUp()
    await onReplica((sql) => sql`select pg_wal_replay_pause()`)
    try {
      const created = await db.request("/api/households", {
        cookie,
        body: { code: "HD-REPLICA", unitId: tree.villageQ, isRemote: false },
      })
      expect(created.status).toBe(201)
      const household = await readJson<{ id: string }>(created)
      const writer = cookieAfter(cookie, created)
      expect(writer).toMatch(/bdhv_wal=[0-9A-F]+%2F[0-9A-F]+|bdhv_wal=[0-9A-F]+\/[0-9A-F]+/i)

      // The writer reads their write, from the primary; another reader sees the replica, still behind.
      const own = await worklist(writer)
      expect(own).toMatchObject({ answered: "primary" })
      expect(own.ids).toContain(household.id)
      const other = await worklist(withoutLastWrite(cookie))
      expect(other.answered).toBe("replica")
      expect(other.ids).not.toContain(household.id)

      await onReplica((sql) => sql`select pg_wal_replay_resume()`)
      await caughtUp()
      const later = await worklist(writer)
      expect(later).toMatchObject({ answered: "replica" })
      expect(later.ids).toContain(household.id)
    } finally {
      await onReplica((sql) => sql`select pg_wal_replay_resume()`)
    }
  })
})
