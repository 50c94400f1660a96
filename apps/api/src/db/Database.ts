/**
 * The one `SqlClient` of the API: embedded PGlite by default, a PostgreSQL server when configured.
 *
 * Both speak the same dialect and are configured alike: SQL is written in snake_case, rows come back
 * in camelCase (`created_at` → `createdAt`), and `sql.insert({ unitId })` writes `unit_id`. JSON
 * values are left as they are.
 */
import { PgClient } from "@effect/sql-pg"
import { Effect, Layer, String as Str } from "effect"
import * as Reactivity from "effect/reactivity/Reactivity"
import * as SqlClient from "effect/sql/SqlClient"
import type { SqlError } from "effect/sql/SqlError"
import { AppConfig, type DatabaseConfig } from "../Config.js"
import * as PgliteClient from "./PgliteClient.js"

/** Result and query name transforms shared by both drivers. */
export const nameTransforms = {
  transformResultNames: Str.snakeToCamel,
  transformQueryNames: Str.camelToSnake,
  transformJson: false,
} as const

/** A `SqlClient` for a database configuration. */
export const layerFor = (config: DatabaseConfig): Layer.Layer<SqlClient.SqlClient, SqlError> => {
  switch (config._tag) {
    case "Pglite":
      return PgliteClient.layer({ dataDir: config.dataDir, ...nameTransforms })
    case "Postgres":
      return Layer.effect(
        SqlClient.SqlClient,
        PgClient.make({
          url: config.url,
          ...nameTransforms,
          ...(config.searchPath === undefined
            ? {}
            : { startupParameters: { search_path: config.searchPath } }),
          maxConnections: 10,
        }),
      ).pipe(Layer.provide(Reactivity.layer))
  }
}

/** The `SqlClient` for the application's configuration. */
export const layer: Layer.Layer<SqlClient.SqlClient, SqlError, AppConfig> = Layer.unwrap(
  Effect.gen(function* () {
    const config = yield* AppConfig
    return layerFor(config.database)
  }),
)
