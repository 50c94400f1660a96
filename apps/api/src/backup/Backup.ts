/**
 * Backup and restore of a database as a portable file: gzipped JSON lines, a header then every row of
 * every table, read with a cursor so a district of 1.5 million records streams through in constant
 * memory. The same file restores into PGlite or a PostgreSQL server at the same schema version. Derived
 * tables (the unit closure, the person skill dates) are not saved: they are rebuilt on restore. Sessions
 * are not saved either: a restored database starts with everyone signed out.
 *
 * A backup is one snapshot: every table is read in one `REPEATABLE READ READ ONLY` transaction, so a
 * backup taken while the API writes holds each person with their household (as `pg_dump` does). A
 * restore that fails names the table, the row and the database's reason.
 *
 * (An embedded database can also be copied whole with PGlite's `dumpDataDir`; see the CLI.)
 */
import { createReadStream, createWriteStream } from "node:fs"
import type { Writable } from "node:stream"
import { once } from "node:events"
import { pipeline } from "node:stream/promises"
import { createInterface } from "node:readline"
import { createGunzip, createGzip } from "node:zlib"
import { Cause, Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as DerivedFacts from "../indicators/DerivedFacts.js"
import * as Today from "../Today.js"

/** The first line of a backup file. */
export interface Header {
  readonly format: "bdhv-backup"
  readonly version: 1
  /** The last migration applied to the database saved; a restore needs the same. */
  readonly migration: number
  readonly createdAt: string
  readonly tables: ReadonlyArray<string>
}

/** Tables never saved: the migrator's own, the derived ones, the sessions. */
const skipped = new Set([
  "schema_migrations",
  "unit_closure",
  "person_skill_dates",
  "household_dates",
  "person_facts",
  "household_facts",
  "indicator_rollup",
  "indicator_rollup_by_parent",
  "indicator_birth_day",
  "indicator_birth_day_by_parent",
  "guide_facts",
  "sessions",
])

/** The tables of the current schema, parents before children (by foreign key). */
const tablesInOrder = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const tables = yield* sql<{ name: string }>`
    select c.relname as name from pg_class c
    where c.relkind = 'r' and c.relnamespace = current_schema()::regnamespace order by c.relname`
  const edges = yield* sql<{ child: string; parent: string }>`
    select ch.relname as child, pa.relname as parent from pg_constraint k
    join pg_class ch on ch.oid = k.conrelid join pg_class pa on pa.oid = k.confrelid
    where k.contype = 'f' and k.connamespace = current_schema()::regnamespace and k.conrelid <> k.confrelid`
  const names = tables.map((t) => t.name).filter((name) => !skipped.has(name))
  const ordered: Array<string> = []
  const visit = (name: string, path: ReadonlySet<string>) => {
    if (ordered.includes(name) || path.has(name)) return
    for (const edge of edges)
      if (edge.child === name && names.includes(edge.parent)) visit(edge.parent, new Set([...path, name]))
    ordered.push(name)
  }
  for (const name of names) visit(name, new Set())
  return ordered
})

const currentMigration = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const [row] = yield* sql<{
    migration: number | null
  }>`select max(migration_id)::int as migration from schema_migrations`
  return row?.migration ?? 0
})

/** A backup whose output closed before it ended (a client that hung up, a full disk). */
export class BackupAbandoned extends Error {}

/** How long a backup waits for its reader to take more before it gives up (a reader that stopped). */
export const defaultStallLimitMs = 60_000

/**
 * Writes a backup of the database to `output` (gzipped); returns the rows saved per table. If `output`
 * closes or fails first, or takes nothing more for `stallLimitMs`, the backup stops there and its
 * transaction ends: a client that hangs up, or stays connected and stops reading, does not leave a
 * snapshot open (on PGlite, the only connection) waiting for a reader that is gone.
 */
export const backupTo = (output: Writable, options: { readonly stallLimitMs?: number } = {}) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const stallLimitMs = options.stallLimitMs ?? defaultStallLimitMs
    const gzip = createGzip()
    const delivered = pipeline(gzip, output)
    const abandoned = delivered.then(
      () => new BackupAbandoned("The backup's output ended before the backup did"),
      (cause: unknown) => new BackupAbandoned(`The backup's output failed: ${String(cause)}`, { cause }),
    )
    const stalled = () => {
      let timer: NodeJS.Timeout | undefined
      const promise = new Promise<BackupAbandoned>((resolve) => {
        timer = setTimeout(
          () => resolve(new BackupAbandoned(`The backup's reader took nothing for ${stallLimitMs} ms`)),
          stallLimitMs,
        )
      })
      return { promise, cancel: () => clearTimeout(timer) }
    }
    const write = (line: string) =>
      Effect.tryPromise({
        try: async () => {
          if (gzip.write(`${line}\n`)) return
          const stall = stalled()
          const stopped = await Promise.race([
            once(gzip, "drain").then(() => undefined),
            abandoned,
            stall.promise,
          ]).finally(stall.cancel)
          if (stopped === undefined) return
          gzip.destroy()
          output.destroy()
          throw stopped
        },
        catch: (error) => (error instanceof BackupAbandoned ? error : new BackupAbandoned(String(error))),
      })
    const counts: Record<string, number> = {}
    // One snapshot for every table: rows written meanwhile are all in the next backup, none half here.
    yield* sql.withTransaction(
      Effect.gen(function* () {
        yield* sql.unsafe("set transaction isolation level repeatable read, read only")
        const tables = yield* tablesInOrder
        const header: Header = {
          format: "bdhv-backup",
          version: 1,
          migration: yield* currentMigration,
          createdAt: (yield* Today.now).toISOString(),
          tables,
        }
        yield* write(JSON.stringify(header))
        for (const table of tables) {
          yield* write(JSON.stringify({ table }))
          counts[table] = 0
          yield* sql.unsafe(
            `declare bdhv_backup cursor for select row_to_json(t)::text as row from "${table}" t`,
          )
          for (;;) {
            const rows = yield* sql.unsafe<{ row: string }>("fetch 2000 from bdhv_backup").withoutTransform
            for (const row of rows) yield* write(row.row)
            counts[table] = (counts[table] ?? 0) + rows.length
            if (rows.length < 2000) break
          }
          yield* sql.unsafe("close bdhv_backup")
        }
      }),
    )
    gzip.end()
    yield* Effect.tryPromise({
      try: () => delivered,
      catch: (cause) => new BackupAbandoned(`The backup's output failed: ${String(cause)}`, { cause }),
    })
    return counts
  })

/** Writes a backup of the database to `file`; returns the rows saved per table. */
export const backup = (file: string) => backupTo(createWriteStream(file))

/** A restore into a database that already holds data, which it would mix with the backup's. */
export class NotEmpty extends Error {}
/** A backup of another schema version. */
export class WrongVersion extends Error {}
/** A row the database refused: which table, which row of it, and why. */
export class RestoreFailed extends Error {}

/** The database's own words for a failure (message, detail), under the SQL client's wrapping. */
const reasonOf = (error: unknown): string => {
  const words: Array<string> = []
  let at: unknown = error
  for (let depth = 0; depth < 6 && typeof at === "object" && at !== null; depth++) {
    const { message, detail, cause, reason } = at as {
      message?: unknown
      detail?: unknown
      cause?: unknown
      reason?: unknown
    }
    if (typeof message === "string" && !/^(PgConnection|PGlite): /.test(message) && !words.includes(message))
      words.push(message)
    if (typeof detail === "string" && !words.includes(detail)) words.push(detail)
    at = reason ?? cause
  }
  return words.join(" — ") || "unknown error"
}

const batchSize = 2000

/**
 * Restores a backup into this (migrated, empty) database, in one transaction; returns the rows restored
 * per table. The backup's accounts replace those a fresh start made; its audit entries are appended.
 */
export const restore = (file: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const [present] = yield* sql<{
      n: number
    }>`select (select count(*) from units)::int + (select count(*) from people)::int as n`
    if ((present?.n ?? 0) > 0) {
      return yield* Effect.die(
        new NotEmpty("The database already holds data: restore into an empty database."),
      )
    }
    const migration = yield* currentMigration
    const lines = createInterface({
      input: createReadStream(file).pipe(createGunzip()),
      crlfDelay: Number.POSITIVE_INFINITY,
    })
    const iterator = lines[Symbol.asyncIterator]()
    const next = Effect.promise(() => iterator.next())
    const first = yield* next
    const header = (first.done ? undefined : JSON.parse(first.value)) as Header | undefined
    if (header?.format !== "bdhv-backup")
      return yield* Effect.die(new WrongVersion("This is not a BDHV backup file."))
    if (header.migration !== migration) {
      return yield* Effect.die(
        new WrongVersion(
          `The backup is of schema version ${header.migration}, this database is at ${migration}.`,
        ),
      )
    }
    const counts: Record<string, number> = {}
    yield* sql.withTransaction(
      DerivedFacts.withoutTriggers(
        Effect.gen(function* () {
          // What a fresh database made at start (the topic catalogue, a first admin) is replaced by the
          // backup's own; its audit entries stay (the log is append-only) and the backup's follow them.
          yield* sql.unsafe("delete from topics")
          yield* sql.unsafe("delete from sessions")
          yield* sql.unsafe("delete from users")
          let table: string | undefined
          let batch: Array<string> = []
          const insert = (into: string, rows: ReadonlyArray<string>) =>
            sql.unsafe(
              into === "audit_log"
                ? `insert into audit_log (at, actor_id, entity, entity_id, action, before, after)
                 select at, actor_id, entity, entity_id, action, before, after
                 from json_populate_recordset(null::audit_log, $1::json) order by id`
                : `insert into "${into}" select * from json_populate_recordset(null::"${into}", $1::json)`,
              [`[${rows.join(",")}]`],
            )
          // A batch the database refuses is tried again row by row, to name the row it refuses.
          const culprit = (into: string, rows: ReadonlyArray<string>, first: number) =>
            Effect.gen(function* () {
              for (const [i, row] of rows.entries()) {
                yield* sql.unsafe("savepoint bdhv_restore_row")
                const tried = yield* Effect.exit(insert(into, [row]))
                if (tried._tag === "Failure") {
                  const id = (JSON.parse(row) as { id?: unknown }).id
                  return yield* Effect.die(
                    new RestoreFailed(
                      `Restoring table "${into}" failed at its row ${first + i + 1}` +
                        `${id === undefined ? "" : ` (id ${JSON.stringify(id)})`}: ${reasonOf(Cause.squash(tried.cause))}`,
                    ),
                  )
                }
                yield* sql.unsafe("release savepoint bdhv_restore_row")
              }
            })
          const flush = Effect.gen(function* () {
            if (table === undefined || batch.length === 0) return
            const into = table
            const rows = batch
            yield* sql.unsafe("savepoint bdhv_restore_batch")
            const inserted = yield* Effect.exit(insert(into, rows))
            if (inserted._tag === "Failure") {
              yield* sql.unsafe("rollback to savepoint bdhv_restore_batch")
              yield* culprit(into, rows, counts[into] ?? 0)
              return yield* Effect.die(
                new RestoreFailed(
                  `Restoring table "${into}" failed: ${reasonOf(Cause.squash(inserted.cause))}`,
                ),
              )
            }
            yield* sql.unsafe("release savepoint bdhv_restore_batch")
            counts[into] = (counts[into] ?? 0) + rows.length
            batch = []
          })
          for (;;) {
            const line = yield* next
            if (line.done) break
            if (line.value === "") continue
            if (line.value.startsWith('{"table":')) {
              yield* flush
              table = (JSON.parse(line.value) as { table: string }).table
              counts[table] = 0
              continue
            }
            batch.push(line.value)
            if (batch.length >= batchSize) yield* flush
          }
          yield* flush
        }),
      ),
    )
    yield* sql`analyze`
    return counts
  })
