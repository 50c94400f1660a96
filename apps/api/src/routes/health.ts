/**
 * `GET /api/health`: whether the API can reach its database, for load balancers and operators.
 */
import { Effect, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { AppConfig } from "../Config.js"
import * as Route from "../http/Route.js"

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

const Reachable = Schema.Struct({
  status: Schema.Literal("ok"),
  database: Schema.Struct({
    ok: Schema.Literal(true),
    database: Schema.Literals(["pglite", "postgresql"]),
    migration: Schema.NullOr(Schema.Int),
    latencyMs: Schema.Finite,
  }),
}).annotate({ identifier: "Health" })

const Unreachable = Schema.Struct({
  status: Schema.Literal("unavailable"),
  database: Schema.Struct({ ok: Schema.Literal(false) }),
}).annotate({ identifier: "HealthUnavailable" })

/** The health route. */
export const healthRoutes = [
  Route.define({
    method: "get",
    path: "/api/health",
    resource: "open",
    tag: "System",
    summary: { vi: "Máy chủ có kết nối được cơ sở dữ liệu không", en: "Whether the database is reachable" },
    responses: { 200: Reachable, 503: Unreachable },
    handler: async (_input, c) => {
      const database = await c.var.run(
        check.pipe(
          Effect.map((db) => ({ ok: true as const, ...db })),
          Effect.catch(() => Effect.succeed({ ok: false as const })),
        ),
      )
      return database.ok
        ? Route.reply(200, { status: "ok" as const, database })
        : Route.reply(503, { status: "unavailable" as const, database })
    },
  }),
] as const
