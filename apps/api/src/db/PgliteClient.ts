/**
 * An effect/sql `SqlClient` over embedded PGlite (PostgreSQL compiled to WebAssembly).
 *
 * PGlite is one connection in this process, so statements share it through a semaphore and a
 * transaction holds it until it ends (the scheme effect/sql uses for SQLite). Values decode as they
 * do with @effect/sql-pg — `date` as "YYYY-MM-DD", `int8` as bigint — so code and tests behave the
 * same on both databases.
 */
import { PGlite, type Results, types } from "@electric-sql/pglite"
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm"
import { Effect, Layer, Semaphore, Stream } from "effect"
import * as Reactivity from "effect/reactivity/Reactivity"
import * as SqlClient from "effect/sql/SqlClient"
import type { Connection } from "effect/sql/SqlConnection"
import {
  ConnectionError,
  ConstraintError,
  DeadlockError,
  SerializationError,
  SqlError,
  type SqlErrorReason,
  SqlSyntaxError,
  UniqueViolation,
  UnknownError,
} from "effect/sql/SqlError"
import { makeCompiler } from "@effect/sql-pg/PgClient"
import * as Statement from "effect/sql/Statement"
import * as DataDirLock from "./DataDirLock.js"

/** Options for the embedded database. */
export interface PgliteClientOptions {
  /** A folder for the data files; `undefined` keeps the database in memory. */
  readonly dataDir: string | undefined
  readonly transformResultNames?: ((name: string) => string) | undefined
  readonly transformQueryNames?: ((name: string) => string) | undefined
}

const classify = (error: unknown, operation: string): SqlErrorReason => {
  const fields = (typeof error === "object" && error !== null ? error : {}) as {
    readonly code?: unknown
    readonly constraint?: unknown
    readonly message?: unknown
  }
  const code = typeof fields.code === "string" ? fields.code : undefined
  const message = typeof fields.message === "string" ? fields.message : "PGlite: query failed"
  const props = { cause: error, message, operation }
  if (code === "23505") {
    return new UniqueViolation({
      ...props,
      constraint: typeof fields.constraint === "string" ? fields.constraint : "unknown",
    })
  }
  if (code?.startsWith("23")) return new ConstraintError(props)
  if (code?.startsWith("42")) return new SqlSyntaxError(props)
  if (code === "40P01") return new DeadlockError(props)
  if (code === "40001") return new SerializationError(props)
  if (code?.startsWith("08")) return new ConnectionError(props)
  return new UnknownError(props)
}

/** A turn of the event loop: timers, sockets and other requests run before the next statement. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Runs one statement. PGlite runs in this thread and settles its promise without any I/O, so a chain of
 * statements (a backup, an import, a loop of requests) would otherwise run as one unbroken stretch of
 * microtasks in which no timer fires and no other request is read. Each statement ends with a turn of
 * the event loop, as a statement over a socket does.
 */
const attempt = <A>(operation: string, run: () => Promise<A>): Effect.Effect<A, SqlError> =>
  Effect.tryPromise({
    try: () => run().finally(turn),
    catch: (error) => new SqlError({ reason: classify(error, operation) }),
  })

class PgliteConnection implements Connection {
  constructor(readonly db: PGlite) {}

  private rows(sql: string, params: ReadonlyArray<unknown>) {
    return attempt("execute", () => this.db.query<Record<string, unknown>>(sql, [...params])).pipe(
      Effect.map((result) => result.rows),
    )
  }

  execute(
    sql: string,
    params: ReadonlyArray<unknown>,
    transformRows: (<A extends object>(row: ReadonlyArray<A>) => ReadonlyArray<A>) | undefined,
  ) {
    return transformRows ? Effect.map(this.rows(sql, params), transformRows) : this.rows(sql, params)
  }
  executeRaw(sql: string, params: ReadonlyArray<unknown>): Effect.Effect<Results, SqlError> {
    return attempt("executeRaw", () => this.db.query(sql, [...params]))
  }
  executeValues(sql: string, params: ReadonlyArray<unknown>) {
    return attempt("executeValues", () =>
      this.db.query<Array<unknown>>(sql, [...params], { rowMode: "array" }),
    ).pipe(Effect.map((result) => result.rows))
  }
  executeValuesUnprepared(sql: string, params: ReadonlyArray<unknown>) {
    return this.executeValues(sql, params)
  }
  executeUnprepared(
    sql: string,
    params: ReadonlyArray<unknown>,
    transformRows: (<A extends object>(row: ReadonlyArray<A>) => ReadonlyArray<A>) | undefined,
  ) {
    return this.execute(sql, params, transformRows)
  }
  executeStream(
    sql: string,
    params: ReadonlyArray<unknown>,
    transformRows: (<A extends object>(row: ReadonlyArray<A>) => ReadonlyArray<A>) | undefined,
  ) {
    // PGlite answers a query whole; the stream hands the rows on in one chunk.
    return Stream.fromIterableEffect(this.execute(sql, params, transformRows))
  }
}

/** Opens PGlite (with pg_trgm) and builds a `SqlClient` on it; closes it when the scope ends. */
export const make = Effect.fnUntraced(function* (options: PgliteClientOptions) {
  const dataDir = options.dataDir
  if (dataDir !== undefined) {
    // One process at a time in a data folder (see DataDirLock); refused with the reason and what to do.
    yield* Effect.acquireRelease(
      Effect.try({
        try: () => DataDirLock.acquire(dataDir),
        catch: (error) =>
          new SqlError({
            reason: new ConnectionError({
              cause: error,
              message: error instanceof Error ? error.message : String(error),
              operation: "open",
            }),
          }),
      }),
      (release) => Effect.sync(release),
    )
  }
  const db = yield* Effect.acquireRelease(
    attempt("open", () =>
      PGlite.create({
        ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
        extensions: { pg_trgm },
        parsers: {
          [types.DATE]: (value: string) => value,
          [types.INT8]: (value: string) => BigInt(value),
        },
      }),
    ),
    (db) => Effect.promise(() => db.close()),
  )
  const connection = new PgliteConnection(db)
  const semaphore = yield* Semaphore.make(1)
  const acquirers = SqlClient.makeSqliteAcquirers({
    connection: Effect.succeed(connection),
    semaphore,
    isTransaction: (conn) => conn.db.isInTransaction(),
  })
  return yield* SqlClient.make({
    ...acquirers,
    driver: "pglite",
    compiler: makeCompiler(options.transformQueryNames, false),
    transformRows:
      options.transformResultNames === undefined
        ? undefined
        : Statement.defaultTransforms(options.transformResultNames, false).array,
    releaseSavepoint: (name) => `RELEASE SAVEPOINT ${name}`,
    spanAttributes: [["db.system.name", "postgresql"]],
  })
})

/** The `SqlClient` layer for embedded PGlite. */
export const layer = (options: PgliteClientOptions): Layer.Layer<SqlClient.SqlClient, SqlError> =>
  Layer.effect(SqlClient.SqlClient, make(options)).pipe(Layer.provide(Reactivity.layer))
