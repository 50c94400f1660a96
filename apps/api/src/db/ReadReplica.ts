/**
 * The read replica: a PostgreSQL streaming replica (`DATABASE_READ_URL`) that answers the API's
 * read-only reporting requests (indicators, violations, worklists, the public progress, exports), so
 * they do not compete with the writes of the primary.
 *
 * A replica lags the primary by a little. So that a user who has just written reads what they wrote,
 * every successful write answers with the primary's WAL position after it (`pg_current_wal_lsn()`) in
 * the cookie {@link lastWriteCookie}; a report request carrying it goes to the replica only once the
 * replica has replayed that far (`pg_last_wal_replay_lsn()`), and to the primary until then. Requests
 * without the cookie (other users, the public site) always go to the replica. The cookie lives in the
 * browser, so this holds with any number of API processes behind a load balancer.
 */
import { PgClient } from "@effect/sql-pg"
import { Context, Effect, Layer } from "effect"
import * as Reactivity from "effect/reactivity/Reactivity"
import * as SqlClient from "effect/sql/SqlClient"
import type { SqlError } from "effect/sql/SqlError"
import type { DatabaseConfig } from "../Config.js"
import { nameTransforms } from "./Database.js"

/** The replica's client, or none when the API reads everything from the primary. */
export class ReadReplica extends Context.Service<
  ReadReplica,
  { readonly client: SqlClient.SqlClient | undefined }
>()("@bdhv/api/ReadReplica") {}

/** The cookie holding the primary's WAL position after the user's last write. */
export const lastWriteCookie = "bdhv_wal"

/** How long the cookie is kept: far longer than any replica lag worth serving reports through. */
export const lastWriteSeconds = 600

/** A WAL position as PostgreSQL writes it (`16/B374D848`). */
const lsnPattern = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i

/** The WAL position of a cookie, or `undefined` if it is absent or not one. */
export const lsnOf = (value: string | undefined): string | undefined =>
  value !== undefined && lsnPattern.test(value) ? value : undefined

/** The replica for a database configuration: a client when `DATABASE_READ_URL` is set. */
export const layerFor = (config: DatabaseConfig): Layer.Layer<ReadReplica, SqlError> =>
  config._tag === "Postgres" && config.readUrl !== undefined
    ? Layer.effect(
        ReadReplica,
        Effect.map(
          PgClient.make({
            url: config.readUrl,
            ...nameTransforms,
            ...(config.searchPath === undefined
              ? {}
              : { startupParameters: { search_path: config.searchPath } }),
            maxConnections: 10,
          }),
          (client) => ({ client }),
        ),
      ).pipe(Layer.provide(Reactivity.layer))
    : Layer.succeed(ReadReplica, { client: undefined })

/** Where a read was answered. */
export type Answered = "replica" | "primary"

/**
 * Runs a read-only effect on the replica, if there is one and it has replayed the user's last write
 * (`lastWrite`, from the cookie); otherwise on the primary. Tells where it ran.
 */
export const read = <A, E, R>(
  effect: Effect.Effect<A, E, R>,
  lastWrite: string | undefined,
): Effect.Effect<readonly [A, Answered], E | SqlError, R | ReadReplica> =>
  Effect.gen(function* () {
    const { client } = yield* ReadReplica
    if (client === undefined) return [yield* effect, "primary"] as const
    if (lastWrite !== undefined) {
      // `null` on a server that is not a replica: then only the primary is sure to hold the write.
      const [row] = yield* client<{ caughtUp: boolean | null }>`
        select pg_last_wal_replay_lsn() >= ${lastWrite}::pg_lsn as caught_up`
      if (row?.caughtUp !== true) return [yield* effect, "primary"] as const
    }
    const value = yield* Effect.provideService(effect, SqlClient.SqlClient, client)
    return [value, "replica"] as const
  })

/** The primary's WAL position now (after a write has committed), when a replica is in use. */
export const primaryPosition: Effect.Effect<string | undefined, SqlError, SqlClient.SqlClient | ReadReplica> =
  Effect.gen(function* () {
    const { client } = yield* ReadReplica
    if (client === undefined) return undefined
    const sql = yield* SqlClient.SqlClient
    const [row] = yield* sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`
    return row?.lsn
  })
