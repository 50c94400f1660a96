/**
 * Runs a suite against every database the API supports: embedded PGlite always, and the PostgreSQL
 * server named by TEST_DATABASE_URL when it is set. Each test file gets a database of its own — a fresh
 * in-memory PGlite, or a fresh schema on the server, dropped afterwards — migrated to the latest schema.
 *
 * ```ts
 * forEachDatabase((db) => {
 *   it("lists people", async () => {
 *     const response = await db.request("/api/people", { cookie: await db.login() })
 *     expect(response.status).toBe(200)
 *   })
 * })
 * ```
 */
import { randomBytes } from "node:crypto"
import { PgClient } from "@effect/sql-pg"
import { Effect, Layer, ManagedRuntime, Redacted } from "effect"
import { TestClock } from "effect/testing"
import * as SqlClient from "effect/sql/SqlClient"
import { afterAll, beforeAll, describe } from "vitest"
import * as AppLayer from "../src/AppLayer.js"
import type { AppConfigShape, DatabaseConfig } from "../src/Config.js"
import { makeApp } from "../src/http/app.js"
import * as Log from "../src/Log.js"

/** The database of one test file, and the API running on it. */
export interface TestDatabase {
  /** Which database this suite runs against. */
  readonly kind: "pglite" | "postgres"
  /** The configuration the API runs with (valid once the suite's `beforeAll` has run). */
  readonly config: () => AppConfigShape
  /** The API's runtime on this database. */
  readonly runtime: () => ManagedRuntime.ManagedRuntime<AppServices, unknown>
  /** Runs an Effect with the API's services (the SqlClient, repositories…). */
  readonly run: <A, E>(effect: Effect.Effect<A, E, AppServices>) => Promise<A>
  /** The Hono app. */
  readonly app: () => ReturnType<typeof makeApp>
  /** Sends a request to the app; a plain object `body` is sent as JSON. */
  readonly request: (path: string, init?: TestRequest) => Promise<Response>
  /** Runs SQL on this database: `await db.sql((sql) => sql\`select …\`)`. */
  readonly sql: <A>(query: (sql: SqlClient.SqlClient) => Effect.Effect<A, unknown>) => Promise<A>
  /** Signs in (as the first district admin by default) and returns the `cookie` header to send. */
  readonly login: (credentials?: { readonly email: string; readonly password: string }) => Promise<string>
}

type AppServices = AppLayer.AppServices

/** A request in a test: a JSON body, headers and a cookie. */
export interface TestRequest {
  readonly method?: string
  readonly body?: unknown
  readonly headers?: Record<string, string>
  readonly cookie?: string
}

const postgresUrl = process.env.TEST_DATABASE_URL

/** Admin credentials of every test database's first district admin. */
export const testAdmin = { email: "admin@test.bdhv.vn", password: "mật khẩu thử nghiệm 2025" } as const

const baseConfig = (database: DatabaseConfig): AppConfigShape => ({
  port: 0,
  database,
  nodeEnv: "test",
  logLevel: "silent",
  initialAdmin: { email: testAdmin.email, password: Redacted.make(testAdmin.password) },
})

/** An extension schema shared by all test schemas, so pg_trgm is installed once per server database. */
const extensionSchema = "bdhv_ext"

const onServer = <A>(url: string, effect: Effect.Effect<A, unknown, SqlClient.SqlClient>) =>
  Effect.runPromise(
    effect.pipe(Effect.provide(PgClient.layer({ url: Redacted.make(url), maxConnections: 1 }))),
  )

const createSchema = (url: string, schema: string) =>
  onServer(
    url,
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      yield* sql.unsafe(`create schema if not exists ${extensionSchema}`).pipe(Effect.ignore)
      // Files start concurrently; a lost race to create the extension is fine.
      yield* sql
        .unsafe(`create extension if not exists pg_trgm schema ${extensionSchema}`)
        .pipe(Effect.ignore)
      yield* sql.unsafe(`create schema ${schema}`)
    }),
  )

const dropSchema = (url: string, schema: string) =>
  onServer(
    url,
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      yield* sql.unsafe(`drop schema if exists ${schema} cascade`)
    }),
  )

/** How a suite runs the API besides its configuration. */
export interface SuiteOptions {
  /**
   * Runs every request's Effect on a `TestClock` (starting at the epoch): the test sets the date the
   * API judges "as at today" by with `db.run(TestClock.setTime(…))`.
   */
  readonly testClock?: boolean
}

const suite = (
  kind: TestDatabase["kind"],
  overrides: Partial<AppConfigShape> = {},
  replicaUrl?: string,
  options: SuiteOptions = {},
): TestDatabase => {
  let config: AppConfigShape | undefined
  let runtime: ManagedRuntime.ManagedRuntime<AppServices, unknown> | undefined
  let app: ReturnType<typeof makeApp> | undefined
  let schema: string | undefined

  beforeAll(async () => {
    if (kind === "postgres" && postgresUrl !== undefined) {
      schema = `t_${randomBytes(6).toString("hex")}`
      await createSchema(postgresUrl, schema)
      config = {
        ...baseConfig({
          _tag: "Postgres",
          url: Redacted.make(postgresUrl),
          searchPath: `${schema},${extensionSchema}`,
          ...(replicaUrl === undefined ? {} : { readUrl: Redacted.make(replicaUrl) }),
        }),
        ...overrides,
      }
    } else {
      config = { ...baseConfig({ _tag: "Pglite", dataDir: undefined }), ...overrides }
    }
    const services = AppLayer.make(config)
    runtime = ManagedRuntime.make(
      options.testClock === true ? Layer.merge(services, TestClock.layer()) : services,
    ) as ManagedRuntime.ManagedRuntime<AppServices, unknown>
    await runtime.context()
    app = makeApp({
      runtime,
      log: Log.make((process.env.LOG_LEVEL as Log.Level | undefined) ?? "silent"),
      secureCookies: false,
    })
  })

  afterAll(async () => {
    await runtime?.dispose()
    if (schema !== undefined && postgresUrl !== undefined) await dropSchema(postgresUrl, schema)
  })

  const ready = <A>(value: A | undefined, name: string): A => {
    if (value === undefined) throw new Error(`${name} is only available once the suite has started`)
    return value
  }

  const request: TestDatabase["request"] = (path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers }
    if (init.cookie !== undefined) headers.cookie = init.cookie
    let body: RequestInit["body"] | undefined
    if (init.body !== undefined) {
      if (typeof init.body === "string" || init.body instanceof Uint8Array || init.body instanceof FormData) {
        body = init.body as RequestInit["body"]
      } else {
        body = JSON.stringify(init.body)
        headers["content-type"] ??= "application/json"
      }
    }
    const method = init.method ?? (body === undefined ? "GET" : "POST")
    // Like the admin app: a write sends the CSRF cookie's token back in X-CSRF-Token.
    const csrf = /(?:^|;\s*)bdhv_csrf=([^;]+)/.exec(init.cookie ?? "")?.[1]
    if (csrf !== undefined && !["GET", "HEAD"].includes(method)) headers["x-csrf-token"] ??= csrf
    return Promise.resolve(
      ready(app, "app").request(path, { method, headers, ...(body === undefined ? {} : { body }) }),
    )
  }

  return {
    kind,
    config: () => ready(config, "config"),
    runtime: () => ready(runtime, "runtime"),
    run: (effect) => ready(runtime, "runtime").runPromise(effect),
    app: () => ready(app, "app"),
    request,
    sql: (query) =>
      ready(runtime, "runtime").runPromise(Effect.flatMap(Effect.service(SqlClient.SqlClient), query)),
    login: async (credentials = testAdmin) => {
      const response = await request("/api/auth/login", { body: credentials })
      if (response.status !== 200)
        throw new Error(`login failed: ${response.status} ${await response.text()}`)
      // The session cookie and the CSRF cookie, as a browser would send them back.
      const cookies = response.headers.getSetCookie().map((line) => line.split(";")[0] ?? "")
      if (!cookies.some((cookie) => cookie.startsWith("bdhv_session=")))
        throw new Error("login set no cookie")
      return cookies.join("; ")
    },
  }
}

/**
 * Declares `body` once per database: a `describe("pglite")` always, and a `describe("postgres")` when
 * TEST_DATABASE_URL is set (otherwise the reason it is skipped is printed). `overrides` change the
 * configuration the app starts with (e.g. `{ referenceUnits: true, scopeUnit: "277" }` for an install
 * with the shipped administrative tree); `options` how it runs (`{ testClock: true }`).
 */
export const forEachDatabase = (
  body: (db: TestDatabase) => void,
  overrides: Partial<AppConfigShape> = {},
  options: SuiteOptions = {},
): void => {
  describe("pglite", () => body(suite("pglite", overrides, undefined, options)))
  if (postgresUrl === undefined) {
    console.warn("PostgreSQL suite skipped: TEST_DATABASE_URL not set")
    describe.skip("postgres (PostgreSQL suite skipped: TEST_DATABASE_URL not set)", () => {
      body(suite("postgres", overrides, undefined, options))
    })
  } else {
    describe("postgres", () => body(suite("postgres", overrides, undefined, options)))
  }
}

/** A response's JSON body, typed as the test expects it (the assertions check it). */
export const readJson = async <T>(response: Response): Promise<T> => (await response.json()) as T

const replicaUrl = process.env.TEST_REPLICA_URL

/**
 * Declares `body` on the PostgreSQL server with its streaming replica as the read replica
 * (`TEST_REPLICA_URL`, a replica of TEST_DATABASE_URL's server that `.ci/replica` makes); skipped,
 * saying why, when either is not set.
 */
export const withReplica = (body: (db: TestDatabase, replicaUrl: string) => void): void => {
  if (postgresUrl === undefined || replicaUrl === undefined) {
    const reason =
      postgresUrl === undefined
        ? "TEST_DATABASE_URL not set"
        : "TEST_REPLICA_URL not set (run .ci/replica to make a streaming replica on 127.0.0.1:5433)"
    console.warn(`Read-replica suite skipped: ${reason}`)
    describe.skip(`postgres + replica (skipped: ${reason})`, () => body(suite("postgres"), ""))
  } else {
    describe("postgres + replica", () => body(suite("postgres", {}, replicaUrl), replicaUrl))
  }
}
