/**
 * The audit log: every write appends who did what to which record, with the values before and after,
 * in the same transaction as the write (so a rolled-back write leaves no entry, and no write goes
 * unrecorded). The table refuses updates and deletes.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"

/** What happened to the record. */
export type Action = "create" | "update" | "delete" | "restore" | "login" | "logout" | (string & {})

/** One audit entry. */
export interface Entry {
  readonly actor: Actor | undefined
  readonly entity: string
  readonly entityId: string
  readonly action: Action
  readonly before?: unknown
  readonly after?: unknown
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value))

/** Appends an entry; call it inside the write's transaction. */
export const append = Effect.fn("AuditLog.append")(function* (entry: Entry) {
  const sql = yield* SqlClient.SqlClient
  yield* sql`
    insert into audit_log (actor_id, entity, entity_id, action, before, after)
    values (${entry.actor?.userId ?? null}, ${entry.entity}, ${entry.entityId}, ${entry.action},
            ${json(entry.before)}::jsonb, ${json(entry.after)}::jsonb)`
})
