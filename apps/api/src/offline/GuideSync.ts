/**
 * A guide's daily screens without a signal. The guide's phone keeps a bounded copy of their learners
 * (the {@link snapshot}: at most {@link learnerCap} learners, phones as the server shows them to the
 * role) and records learning records (Đại sứ số taught a learner on a day) while offline, each with a
 * key the phone made. When the network returns it sends them in one {@link replay} (the one replay of
 * `Replay.ts`): each key applied once, each record checked as `POST /api/guides/:id/learners` checks
 * it, and what could not be applied named — the learner erased, moved out of the guide's area, or no
 * longer the guide's learner.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Guide from "@bdhv/domain/Guide"
import * as Person from "@bdhv/domain/Person"
import * as Unit from "@bdhv/domain/Unit"
import { Effect, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as Today from "../Today.js"
import type { SqlError } from "effect/sql/SqlError"
import type { Actor } from "../auth/Actor.js"
import * as Crud from "../resources/Crud.js"
import * as Entity from "../resources/Entity.js"
import * as Guides from "../resources/Guides.js"
import { inScope } from "../resources/Scope.js"
import * as Access from "../security/Access.js"
import type { Message, ServiceError } from "../ServiceError.js"
import * as Replay from "./Replay.js"

/** The most learners a phone keeps: far more than a guide teaches, small on a cheap phone. */
export const learnerCap = 200

/** How many of the latest learning records the phone keeps to show. */
export const recentCap = 20

// ── The snapshot a phone keeps ──────────────────────────────────────────────────────────────────

/** A learner as the guide's phone keeps them. */
export const Learner = Schema.Struct({
  id: Schema.String,
  fullName: Schema.String,
  unitId: Schema.String,
  /** The learner's village, by name. */
  unitName: Schema.String,
  vneidLevel: Schema.Number,
  hasDigitalBankAccount: Schema.Boolean,
  /** As the server shows it to the role (guides call their learners: in full). */
  phone: Schema.optionalKey(Schema.String),
  /** The last day the guide taught them, and how many records there are. */
  lastTaughtOn: CalendarDate.CalendarDate,
  timesTaught: Schema.Number,
}).annotate({ identifier: "OfflineLearner" })
/** A learner as the guide's phone keeps them. */
export type Learner = typeof Learner.Type

/** What a guide's phone keeps to work a day without a signal. */
export const Snapshot = Schema.Struct({
  /** The day it was taken (Vietnam time). */
  asOf: CalendarDate.CalendarDate,
  /** The most learners the phone may keep; the server sets it. */
  cap: Schema.Number,
  guide: Schema.Struct({
    id: Schema.String,
    personId: Schema.String,
    unitId: Schema.String,
    since: CalendarDate.CalendarDate,
    fullName: Schema.String,
  }),
  /**
   * The guide's learners in the guide's area, by name, at most `cap`: erased people left out, and the
   * guide's own person (never their own learner, as the domain's `Guide.learnersOf` says).
   */
  learners: Schema.Array(Learner),
  /** Every person the guide has a record for — ids only, the facts the quota counts. */
  learnerIds: Schema.Array(Schema.String),
  /** The latest learning records of those learners, newest first. */
  recent: Schema.Array(
    Schema.Struct({ id: Schema.String, learnerId: Schema.String, date: CalendarDate.CalendarDate }),
  ),
  /** The quota as the guide's page shows it, by the domain's functions; the phone recomputes it the same way. */
  counts: Schema.Struct({
    /** Distinct learners (`Guide.learnersOf`: the guide's own person never counts). */
    learners: Schema.Number,
    /** `Guide.meetsQuota`. */
    meetsQuota: Schema.Boolean,
    quota: Schema.Number,
  }),
}).annotate({ identifier: "OfflineGuideSnapshot" })
/** What a guide's phone keeps. */
export type Snapshot = typeof Snapshot.Type

/** The quota of a guide from the ids of the people they have records for — the domain's count. */
export const quotaOf = (
  guide: { readonly id: string; readonly personId: string; readonly unitId: string; readonly since: string },
  learnerIds: ReadonlyArray<string>,
): { readonly learners: number; readonly meetsQuota: boolean } => {
  const domainGuide = Guide.Guide.make({
    id: Guide.GuideId.make(guide.id),
    personId: Person.PersonId.make(guide.personId),
    unitId: Unit.UnitId.make(guide.unitId),
    since: guide.since as CalendarDate.CalendarDate,
  })
  const learners = Guide.learnersOf(
    domainGuide,
    learnerIds.map((learnerId) =>
      Guide.GuideLink.make({
        guideId: domainGuide.id,
        learnerId: Person.PersonId.make(learnerId),
        date: domainGuide.since,
      }),
    ),
  )
  return { learners: learners.length, meetsQuota: Guide.meetsQuota(learners) }
}

/** The guide's learners and what the phone needs to record learning with no network. */
export const snapshot = Effect.fn("GuideSync.snapshot")(function* (actor: Actor, guideId: string) {
  const sql = yield* SqlClient.SqlClient
  // Scope and row rules of the guide (a guide sees their own record only).
  const guide = yield* Guides.service.get(actor, guideId)
  const learners = yield* sql<{
    id: string
    fullName: string
    unitId: string
    unitName: string | null
    vneidLevel: number
    digitalBank: boolean
    phone: string | null
    lastTaughtOn: string
    timesTaught: number
  }>`
    select p.id, p.full_name, p.unit_id, u.name as unit_name, p.vneid_level, p.digital_bank, p.phone,
      max(gl.taught_on)::text as last_taught_on, count(*)::int as times_taught
    from guide_learners gl
    join people p on p.id = gl.person_id
    left join units u on u.id = p.unit_id
    where gl.guide_id = ${guide.id} and p.deleted_at is null and p.erased_at is null
      and p.id <> ${guide.personId} and ${inScope(sql, actor, "p.unit_id", yield* Today.today)}
    group by p.id, p.full_name, p.unit_id, u.name, p.vneid_level, p.digital_bank, p.phone, p.name_folded
    order by p.name_folded, p.id
    limit ${learnerCap}`
  const ids = yield* sql<{ personId: string }>`
    select distinct person_id from guide_learners where guide_id = ${guide.id} order by person_id`
  const recent = yield* sql<{ id: string; learnerId: string; date: string }>`
    select gl.id, gl.person_id as learner_id, gl.taught_on::text as date
    from guide_learners gl join people p on p.id = gl.person_id
    where gl.guide_id = ${guide.id} and p.deleted_at is null and p.erased_at is null
      and p.id <> ${guide.personId}
    order by gl.taught_on desc, gl.id desc
    limit ${recentCap}`
  const learnerIds = ids.map((row) => row.personId)
  return {
    asOf: yield* Today.today,
    cap: learnerCap,
    guide: {
      id: guide.id,
      personId: guide.personId,
      unitId: guide.unitId,
      since: guide.since as CalendarDate.CalendarDate,
      fullName: guide.fullName,
    },
    learners: learners.map((p) =>
      Access.present(actor, {
        id: p.id,
        fullName: p.fullName,
        unitId: p.unitId,
        unitName: p.unitName ?? "",
        vneidLevel: Number(p.vneidLevel),
        hasDigitalBankAccount: p.digitalBank,
        ...(p.phone === null || p.phone === "" ? {} : { phone: p.phone }),
        lastTaughtOn: p.lastTaughtOn as CalendarDate.CalendarDate,
        timesTaught: Number(p.timesTaught),
      }),
    ),
    learnerIds,
    recent: recent.map((r) => ({
      id: r.id,
      learnerId: r.learnerId,
      date: r.date as CalendarDate.CalendarDate,
    })),
    counts: { ...quotaOf(guide, learnerIds), quota: Guide.QUOTA },
  } satisfies Snapshot
})

// ── Replaying what the phone recorded offline ───────────────────────────────────────────────────

/** One learning record made on a phone. */
export const ReplayItem = Schema.Struct({
  key: Replay.IdempotencyKey,
  /** The record, as `POST /api/guides/:id/learners` takes it; checked item by item. */
  link: Schema.Unknown,
}).annotate({ identifier: "OfflineGuideLinkReplayItem" })

/** The learning records a phone sends when the network returns, oldest first. */
export const ReplayRequest = Schema.Struct({
  items: Replay.itemsOf(ReplayItem, { vi: "lần hướng dẫn", en: "records" }),
}).annotate({ identifier: "OfflineGuideLinkReplay" })

/**
 * Why a learning record could not be applied:
 * - `person-erased` — the learner was erased on request, or deleted;
 * - `learner-moved` — the learner no longer lives in the guide's area;
 * - `not-learner` — the learner is no longer the guide's (their records with this guide were removed);
 * - `invalid` — the record breaks a rule (the issues say which field).
 */
export const RejectReason = Schema.Literals(["person-erased", "learner-moved", "not-learner", "invalid"])
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
  Replay.RejectedSchema(RejectReason),
]).annotate({ identifier: "OfflineGuideLinkReplayResult" })
/** The answer for one key. */
export type ReplayResult = typeof ReplayResult.Encoded

/** The answers, in the order of the items sent. */
export const ReplayResponse = Schema.Struct({ results: Schema.Array(ReplayResult) }).annotate({
  identifier: "OfflineGuideLinkReplayResponse",
})

type Conflict = Exclude<RejectReason, "invalid">

const reasons: { readonly [R in RejectReason]: Message } = {
  "person-erased": {
    vi: "Người học đã bị xoá khỏi hệ thống",
    en: "The learner was removed from the records",
  },
  "learner-moved": {
    vi: "Người học không còn ở địa bàn của người hướng dẫn",
    en: "The learner no longer lives in the guide's area",
  },
  "not-learner": {
    vi: "Người này không còn là người học của bạn",
    en: "This person is no longer your learner",
  },
  invalid: { vi: "Lần hướng dẫn chưa hợp lệ", en: "The record is not valid" },
}

const decodeLink = Entity.decode(Guides.LinkInput)

/** What stands in the way of applying a learning record now, if anything: the named conflicts. */
const conflictOf = (actor: Actor, guideId: string, link: typeof Guides.LinkInput.Type) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const [learner] = yield* sql<{ gone: boolean; inArea: boolean; linked: boolean }>`
      select p.erased_at is not null or p.deleted_at is not null as gone,
        ${inScope(sql, actor, "p.unit_id", yield* Today.today)} as in_area,
        exists (select 1 from guide_learners gl where gl.guide_id = ${guideId} and gl.person_id = p.id) as linked
      from people p where p.id = ${link.learnerId}`
    if (learner === undefined || learner.gone) return { reason: "person-erased" as const }
    if (!learner.inArea) return { reason: "learner-moved" as const }
    // The phone offers only the guide's learners: a record for anyone else was cut off meanwhile.
    if (!learner.linked) return { reason: "not-learner" as const }
    return undefined
  })

/** Applies the learning records a guide's phone recorded offline, each key once, in the order sent. */
export const replay = Effect.fn("GuideSync.replay")(function* (
  actor: Actor,
  guideId: string,
  request: typeof ReplayRequest.Type,
) {
  // The guide must be the caller's to see (a guide: their own), as for the online route.
  yield* Crud.findRow(Guides.table, actor, guideId)
  const results = yield* Replay.replay<
    typeof ReplayItem.Type,
    typeof Guides.LinkInput.Type,
    Guides.LinkItem,
    Conflict,
    ServiceError | SqlError
  >(
    {
      kind: "guide_link",
      reasons,
      decode: (item) => decodeLink(item.link),
      conflictOf: (link) => conflictOf(actor, guideId, link),
      create: (link) => Guides.addLink(actor, guideId, link),
      read: (id) => Guides.links(actor, guideId).pipe(Effect.map((links) => links.find((l) => l.id === id))),
      goneReason: "person-erased",
    },
    actor,
    request.items,
  )
  return {
    results: results.map(
      (result): ReplayResult =>
        result._tag === "Applied"
          ? { key: result.key, _tag: "Applied", replayed: result.replayed, link: result.record }
          : result,
    ),
  }
})
