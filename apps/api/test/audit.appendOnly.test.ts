import { Effect, Exit } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { describe, expect, it } from "vitest"
import { forEachDatabase } from "./harness.js"

forEachDatabase((db) => {
  const sqlRun = <A>(f: (sql: SqlClient.SqlClient) => Effect.Effect<A, unknown>) =>
    db.run(SqlClient.SqlClient.use(f))
  const sqlExit = <A>(f: (sql: SqlClient.SqlClient) => Effect.Effect<A, unknown>) =>
    db.runtime().runPromiseExit(SqlClient.SqlClient.use(f))

  const appendEntry = async () => {
    const [row] = await sqlRun(
      (sql) => sql<{ id: string }>`
        insert into audit_log (actor_id, entity, entity_id, action, before, after)
        values ('u1', 'person', 'p1', 'update', '{"fullName":"Nguyễn Văn A"}'::jsonb, '{"fullName":"Nguyễn Văn B"}'::jsonb)
        returning id::text as id`,
    )
    if (row === undefined) throw new Error("no audit row inserted")
    return row.id
  }

  describe("audit_log in the database", () => {
    it("refuses an UPDATE", async () => {
      const id = await appendEntry()
      const exit = await sqlExit(
        (sql) => sql`update audit_log set action = 'create' where id = ${id}::bigint`,
      )
      expect(Exit.isFailure(exit)).toBe(true)
      expect(String(exit)).toContain("append-only")
    })

    it("refuses a DELETE, even inside a declared erasure", async () => {
      const id = await appendEntry()
      const plain = await sqlExit((sql) => sql`delete from audit_log where id = ${id}::bigint`)
      expect(Exit.isFailure(plain)).toBe(true)
      const declared = await sqlExit((sql) =>
        sql.withTransaction(
          Effect.gen(function* () {
            yield* sql`select set_config('bdhv.audit_erasure', 'on', true)`
            yield* sql`delete from audit_log where id = ${id}::bigint`
          }),
        ),
      )
      expect(Exit.isFailure(declared)).toBe(true)
      const [left] = await sqlRun(
        (sql) => sql<{ n: number }>`select count(*)::int as n from audit_log where id = ${id}::bigint`,
      )
      expect(left?.n).toBe(1)
    })

    it("refuses a TRUNCATE", async () => {
      await appendEntry()
      const exit = await sqlExit((sql) => sql`truncate audit_log`)
      expect(Exit.isFailure(exit)).toBe(true)
      const [left] = await sqlRun((sql) => sql<{ n: number }>`select count(*)::int as n from audit_log`)
      expect(left?.n).toBeGreaterThan(0)
    })

    it("lets a declared erasure blank before and after, and nothing else", async () => {
      const id = await appendEntry()
      const rewrite = await sqlExit((sql) =>
        sql.withTransaction(
          Effect.gen(function* () {
            yield* sql`select set_config('bdhv.audit_erasure', 'on', true)`
            yield* sql`update audit_log set actor_id = 'someone-else' where id = ${id}::bigint`
          }),
        ),
      )
      expect(Exit.isFailure(rewrite)).toBe(true)
      await sqlRun((sql) =>
        sql.withTransaction(
          Effect.gen(function* () {
            yield* sql`select set_config('bdhv.audit_erasure', 'on', true)`
            yield* sql`update audit_log set before = null, after = null where id = ${id}::bigint`
          }),
        ),
      )
      const [row] = await sqlRun(
        (sql) => sql<{ before: unknown; actorId: string; action: string }>`
          select before, actor_id, action from audit_log where id = ${id}::bigint`,
      )
      expect(row).toEqual({ before: null, actorId: "u1", action: "update" })
      // The declaration ends with its transaction.
      const after = await sqlExit((sql) => sql`update audit_log set after = null where id = ${id}::bigint`)
      expect(Exit.isFailure(after)).toBe(true)
    })
  })
})
