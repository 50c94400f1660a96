/**
 * `GET /api/health`: whether the API can reach its database, for load balancers and operators.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { AppConfig } from "../Config.js"
import { Hono } from "hono"
import type { Env } from "../http/Env.js"

const check = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const config = yield* AppConfig
  const started = performance.now()
  const [row] = yield* sql<{ migration: number | null }>`
    select max(migration_id)::int as migration from schema_migrations`
  return {
    database: config.database._tag === "Pglite" ? ("pglite" as const) : ("postgresql" as const),
    migration: row?.migration ?? null,
    latencyMs: Math.round((performance.now() - started) * 10) / 10,
  }
})

/** The health route. */
export const healthRoutes = new Hono<Env>().get("/", async (c) => {
  const database = await c.var.run(
    check.pipe(
      Effect.map((db) => ({ ok: true as const, ...db })),
      Effect.catch(() => Effect.succeed({ ok: false as const })),
    ),
  )
  return database.ok
    ? c.json({ status: "ok" as const, database }, 200)
    : c.json({ status: "unavailable" as const, database }, 503)
})
