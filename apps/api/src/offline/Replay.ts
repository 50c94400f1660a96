/**
 * The one replay of writes a phone made without a signal (visits, a guide's learning records). Each
 * write carries a key the phone made; the server applies each key once, in the order sent:
 * 1. a key applied before answers its first result, unchanged (`replayed: true`) — a retry after a
 *    lost answer never makes a second record;
 * 2. the write is decoded with the same schema as its online route; a bad one is `invalid`, naming the
 *    field, and holds up no other;
 * 3. what stands in the way now (the household moved, the person was erased…) is a named conflict;
 * 4. otherwise the key is claimed in `offline_writes` and the record made in one transaction — a
 *    concurrent retry of the same key waits on the key and answers the first record.
 * What could not be applied comes back with its reason, so the phone shows it instead of dropping it.
 */
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Effect, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import { FieldIssue, Message, type ServiceError } from "../ServiceError.js"

/** The most writes one replay may carry. */
export const replayLimit = 100

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The key a phone made for one write (`crypto.randomUUID()`). */
export const IdempotencyKey = Schema.String.check(
  Schema.isPattern(
    uuid,
    ValidationMessage.message({ vi: "Khoá gửi phải là một UUID", en: "The idempotency key must be a UUID" }),
  ),
).annotate(ValidationMessage.label({ vi: "Khoá gửi", en: "Idempotency key" }))

/** A replay's list of writes: at least one, at most {@link replayLimit}, named in the message. */
export const itemsOf = <S extends Schema.Top>(item: S, what: Message) =>
  Schema.Array(item).check(
    Schema.isMinLength(1),
    Schema.isMaxLength(
      replayLimit,
      ValidationMessage.message({
        vi: `Gửi tối đa ${replayLimit} ${what.vi} một lần`,
        en: `At most ${replayLimit} ${what.en} at a time`,
      }),
    ),
  )

/** The kinds of writes `offline_writes` records (its check constraint, migration 0050). */
export type Kind = "visit" | "guide_link"

/** A write the server did not apply: the reason, its message, and the fields at fault. */
export interface Rejected<R extends string> {
  readonly key: string
  readonly _tag: "Rejected"
  readonly reason: R | "invalid"
  readonly message: Message
  readonly issues: ReadonlyArray<FieldIssue>
}

/** A write applied now, or before (`replayed`), with the record as its online route answers it. */
export interface Applied<A> {
  readonly key: string
  readonly _tag: "Applied"
  readonly replayed: boolean
  readonly record: A
}

/** The schema of a rejection with these reasons, for a route's response. */
export const RejectedSchema = <R extends Schema.Top>(reason: R) =>
  Schema.Struct({
    key: Schema.String,
    _tag: Schema.Literal("Rejected"),
    reason,
    message: Message,
    issues: Schema.Array(FieldIssue),
  })

/** How one kind of write is replayed: the steps above, for that kind. */
export interface Replayer<I extends { readonly key: string }, D, A, R extends string, E> {
  readonly kind: Kind
  /** The message of each reason (and of `invalid`). */
  readonly reasons: { readonly [K in R | "invalid"]: Message }
  /** Decodes the write as its online route would. */
  readonly decode: (item: I) => Effect.Effect<D, { readonly issues: ReadonlyArray<FieldIssue> }>
  /** What stands in the way of applying it now, if anything (and a message naming more, if any). */
  readonly conflictOf: (
    decoded: D,
    item: I,
  ) => Effect.Effect<{ readonly reason: R; readonly message?: Message } | undefined, E, SqlClient.SqlClient>
  /** Makes the record (inside the transaction that claims the key); answers its id. */
  readonly create: (decoded: D) => Effect.Effect<{ readonly id: string }, E, SqlClient.SqlClient>
  /** The record as the online route answers it, `undefined` if it is gone since. */
  readonly read: (id: string) => Effect.Effect<A | undefined, E, SqlClient.SqlClient>
  /** The reason given when the record applied before is gone since. */
  readonly goneReason: R
}

const firstResult = (kind: Kind, key: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const [row] = yield* sql<{ entityId: string | null }>`
      select entity_id from offline_writes where key = ${key}::uuid and kind = ${kind}`
    return row?.entityId ?? undefined
  })

/** Applies the writes a phone made offline, each key once, in the order sent. */
export const replay = <I extends { readonly key: string }, D, A, R extends string, E>(
  replayer: Replayer<I, D, A, R, E>,
  actor: Actor,
  items: ReadonlyArray<I>,
) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rejected = (
      key: string,
      reason: R | "invalid",
      issues: ReadonlyArray<FieldIssue> = [],
      message: Message = replayer.reasons[reason],
    ): Rejected<R> => ({ key, _tag: "Rejected", reason, message, issues })
    const applied = (key: string, id: string, replayed: boolean) =>
      replayer
        .read(id)
        .pipe(
          Effect.map((record): Applied<A> | Rejected<R> =>
            record === undefined
              ? rejected(key, replayer.goneReason)
              : { key, _tag: "Applied", replayed, record },
          ),
        )

    const replayOne = (item: I) =>
      Effect.gen(function* () {
        const before = yield* firstResult(replayer.kind, item.key)
        if (before !== undefined) return yield* applied(item.key, before, true)
        const decoded = yield* Effect.result(replayer.decode(item))
        if (decoded._tag === "Failure") return rejected(item.key, "invalid", decoded.failure.issues)
        const conflict = yield* replayer.conflictOf(decoded.success, item)
        if (conflict !== undefined) return rejected(item.key, conflict.reason, [], conflict.message)
        const outcome = yield* sql
          .withTransaction(
            Effect.gen(function* () {
              const claimed = yield* sql<{ key: string }>`
                insert into offline_writes (key, kind, user_id)
                values (${item.key}::uuid, ${replayer.kind}, ${actor.userId})
                on conflict (key) do nothing returning key`
              // A retry of the same key that ran at the same time committed first: its record is the answer.
              if (claimed.length === 0)
                return { id: (yield* firstResult(replayer.kind, item.key)) ?? "", replayed: true }
              const created = yield* replayer.create(decoded.success)
              yield* sql`update offline_writes set entity_id = ${created.id} where key = ${item.key}::uuid`
              return { id: created.id, replayed: false }
            }),
          )
          .pipe(Effect.result)
        if (outcome._tag === "Success")
          return yield* applied(item.key, outcome.success.id, outcome.success.replayed)
        // A rule the service checks (a duplicate, a bad reference) is the write's fault: named, not fatal.
        const error = outcome.failure as ServiceError | { readonly _tag: string }
        if (error._tag === "InvalidInput")
          return rejected(item.key, "invalid", (error as { issues: ReadonlyArray<FieldIssue> }).issues)
        if (error._tag === "Conflict") {
          const conflictError = error as { message: Message; issues?: ReadonlyArray<FieldIssue> }
          return rejected(item.key, "invalid", conflictError.issues ?? [], conflictError.message)
        }
        return yield* Effect.fail(outcome.failure)
      })

    const results: Array<Applied<A> | Rejected<R>> = []
    for (const item of items) results.push(yield* replayOne(item))
    return results
  })
