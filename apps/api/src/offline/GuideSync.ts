/**
 * A guide's learning records (Đại sứ số taught a learner on a day) made on a phone without a signal,
 * sent when the network returns: like visits (`VisitSync`), each key the phone made is applied once —
 * a retry after a lost answer returns the first record — each record is checked as `POST
 * /api/guides/:id/learners` checks it, and what could not be applied comes back with its reason.
 */
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Effect, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import * as Entity from "../resources/Entity.js"
import * as Guides from "../resources/Guides.js"
import { inScope } from "../resources/Scope.js"
import { FieldIssue, Message, type ServiceError } from "../ServiceError.js"
import { IdempotencyKey, replayLimit } from "./VisitSync.js"
import * as Today from "../Today.js"

/** One learning record made on a phone. */
export const ReplayItem = Schema.Struct({
  key: IdempotencyKey,
  /** The record, as `POST /api/guides/:id/learners` takes it; checked item by item. */
  link: Schema.Unknown,
}).annotate({ identifier: "OfflineGuideLinkReplayItem" })

/** The learning records a phone sends when the network returns, oldest first. */
export const ReplayRequest = Schema.Struct({
  items: Schema.Array(ReplayItem).check(
    Schema.isMinLength(1),
    Schema.isMaxLength(
      replayLimit,
      ValidationMessage.message({
        vi: `Gửi tối đa ${replayLimit} lần hướng dẫn một lần`,
        en: `At most ${replayLimit} records at a time`,
      }),
    ),
  ),
}).annotate({ identifier: "OfflineGuideLinkReplay" })

/**
 * Why a learning record could not be applied:
 * - `person-erased` — the learner was erased on request, or deleted;
 * - `learner-moved` — the learner no longer lives in the guide's area;
 * - `invalid` — the record breaks a rule (the issues say which field).
 */
export const RejectReason = Schema.Literals(["person-erased", "learner-moved", "invalid"])
/** Why a learning record could not be applied. */
export type RejectReason = typeof RejectReason.Type

/** The answer for one key. */
export const ReplayResult = Schema.Union([
  Schema.Struct({
    key: Schema.String,
    _tag: Schema.Literal("Applied"),
    /** True when the key had been applied before: this is the first result, unchanged. */
    replayed: Schema.Boolean,
    link: Guides.LinkItem,
  }),
  Schema.Struct({
    key: Schema.String,
    _tag: Schema.Literal("Rejected"),
    reason: RejectReason,
    message: Message,
    issues: Schema.Array(FieldIssue),
  }),
]).annotate({ identifier: "OfflineGuideLinkReplayResult" })
/** The answer for one key. */
export type ReplayResult = typeof ReplayResult.Encoded

const reasons: { readonly [R in RejectReason]: Message } = {
  "person-erased": {
    vi: "Người học đã bị xoá khỏi hệ thống",
    en: "The learner was removed from the records",
  },
  "learner-moved": {
    vi: "Người học không còn ở địa bàn của người hướng dẫn",
    en: "The learner no longer lives in the guide's area",
  },
  invalid: { vi: "Lần hướng dẫn chưa hợp lệ", en: "The record is not valid" },
}

const rejected = (
  key: string,
  reason: RejectReason,
  issues: ReadonlyArray<FieldIssue> = [],
  message: Message = reasons[reason],
): ReplayResult => ({ key, _tag: "Rejected", reason, message, issues })

const decodeLink = Entity.decode(Guides.LinkInput)

const firstResult = (key: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const [row] = yield* sql<{ entityId: string | null }>`
      select entity_id from offline_writes where key = ${key}::uuid and kind = 'guide_link'`
    return row?.entityId ?? undefined
  })

const applied = (actor: Actor, guideId: string, key: string, linkId: string, replayed: boolean) =>
  Guides.links(actor, guideId).pipe(
    Effect.map((links): ReplayResult => {
      const link = links.find((l) => l.id === linkId)
      return link === undefined ? rejected(key, "person-erased") : { key, _tag: "Applied", replayed, link }
    }),
  )

const replayOne = (actor: Actor, guideId: string, item: typeof ReplayItem.Type) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const today = yield* Today.today
    const before = yield* firstResult(item.key)
    if (before !== undefined) return yield* applied(actor, guideId, item.key, before, true)
    const decoded = yield* Effect.result(decodeLink(item.link))
    if (decoded._tag === "Failure") return rejected(item.key, "invalid", decoded.failure.issues)
    const link = decoded.success
    const [learner] = yield* sql<{ gone: boolean; inArea: boolean }>`
      select p.erased_at is not null or p.deleted_at is not null as gone,
        ${inScope(sql, actor, "p.unit_id", today)} as in_area
      from people p where p.id = ${link.learnerId}`
    if (learner === undefined || learner.gone) return rejected(item.key, "person-erased")
    if (!learner.inArea) return rejected(item.key, "learner-moved")
    const outcome = yield* sql
      .withTransaction(
        Effect.gen(function* () {
          const claimed = yield* sql<{ key: string }>`
            insert into offline_writes (key, kind, user_id) values (${item.key}::uuid, 'guide_link', ${actor.userId})
            on conflict (key) do nothing returning key`
          // A retry of the same key that ran at the same time committed first: its record is the answer.
          if (claimed.length === 0) return { id: (yield* firstResult(item.key)) ?? "", replayed: true }
          const created = yield* Guides.addLink(actor, guideId, link)
          yield* sql`update offline_writes set entity_id = ${created.id} where key = ${item.key}::uuid`
          return { id: created.id, replayed: false }
        }),
      )
      .pipe(Effect.result)
    if (outcome._tag === "Success")
      return yield* applied(actor, guideId, item.key, outcome.success.id, outcome.success.replayed)
    const error = outcome.failure as ServiceError | { readonly _tag: string }
    if (error._tag === "InvalidInput")
      return rejected(item.key, "invalid", (error as { issues: ReadonlyArray<FieldIssue> }).issues)
    return yield* Effect.fail(outcome.failure)
  })

/** Applies the learning records a guide's phone recorded offline, each key once, in the order sent. */
export const replay = Effect.fn("GuideSync.replay")(function* (
  actor: Actor,
  guideId: string,
  request: typeof ReplayRequest.Type,
) {
  const results: Array<ReplayResult> = []
  for (const item of request.items) results.push(yield* replayOne(actor, guideId, item))
  return { results }
})
