/**
 * Door to door without a signal. A team leader's phone keeps a bounded copy of the team's worklist
 * (the {@link snapshot}: at most {@link householdCap} households of the team's villages, with their
 * members, phones masked as the server masks them for the role) and records visits while offline, each
 * with a key the phone made. When the network returns it sends them in one {@link replay}: the server
 * applies each key once (a retry after a lost answer returns the first visit, never a second one),
 * validates each visit with the domain's `Visit` like any other, and names what it could not apply and
 * why, so the phone shows it to the team leader instead of dropping it.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Team from "@bdhv/domain/Team"
import * as Worklist from "@bdhv/domain/Worklist"
import { Effect, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { SqlError } from "effect/sql/SqlError"
import type { Actor } from "../auth/Actor.js"
import * as Worklists from "../indicators/Worklists.js"
import * as Entity from "../resources/Entity.js"
import * as Teams from "../resources/Teams.js"
import { subtree } from "../resources/Scope.js"
import * as Today from "../Today.js"
import * as Access from "../security/Access.js"
import type { Message, ServiceError } from "../ServiceError.js"
import * as Replay from "./Replay.js"

/** The most households of a worklist a phone keeps: enough for weeks of visits, small on a cheap phone. */
export const householdCap = 300

// ── The snapshot a phone keeps ──────────────────────────────────────────────────────────────────

/** A household member as the phone keeps them. */
export const Member = Schema.Struct({
  id: Schema.String,
  householdId: Schema.String,
  fullName: Schema.String,
  vneidLevel: Schema.Number,
  hasDigitalBankAccount: Schema.Boolean,
  /** Masked (`091****678`) for team leaders, as every other answer of the API masks it. */
  phone: Schema.optionalKey(Schema.String),
}).annotate({ identifier: "OfflineMember" })
/** A household member as the phone keeps them. */
export type Member = typeof Member.Type

/** A visit as the phone keeps it, for the counts it shows. */
export const SnapshotVisit = Schema.Struct({
  id: Schema.String,
  teamId: Schema.String,
  householdId: Schema.String,
  date: CalendarDate.CalendarDate,
  helpedIds: Schema.Array(Schema.String),
}).annotate({ identifier: "OfflineVisit" })

/** What a team leader's phone keeps to work a day without a signal. */
export const Snapshot = Schema.Struct({
  /** The day the worklist was computed for (Vietnam time). */
  asOf: CalendarDate.CalendarDate,
  /** The most households the phone may keep; the server sets it. */
  cap: Schema.Number,
  team: Schema.Struct({ id: Schema.String, name: Schema.String, unitId: Schema.String }),
  /** The team's unit and the villages under it, by name. */
  units: Schema.Array(Schema.Struct({ id: Schema.String, name: Schema.String })),
  /** The first `cap` households of the worklist, in the domain's order. */
  households: Schema.Array(
    Schema.Struct({ ...Worklist.HouseholdEntry.fields, code: Schema.String }).annotate({
      identifier: "OfflineHousehold",
    }),
  ),
  /** Their members. */
  members: Schema.Array(Member),
  /** The team's visits of the current ISO week. */
  weekVisits: Schema.Array(SnapshotVisit),
  /** The counts the dashboard shows, by the domain's functions; the phone recomputes them the same way. */
  counts: Schema.Struct({
    /** Households on the worklist (all of them, also those past the cap). */
    toVisit: Schema.Number,
    /** Distinct households the team visited this ISO week (`Team.householdsVisited`). */
    visitedThisWeek: Schema.Number,
  }),
}).annotate({ identifier: "OfflineSnapshot" })
/** What a team leader's phone keeps. */
export type Snapshot = typeof Snapshot.Type

/** The team's worklist and what the phone needs to record visits with no network. */
export const snapshot = Effect.fn("VisitSync.snapshot")(function* (actor: Actor, teamId: string) {
  const sql = yield* SqlClient.SqlClient
  // Scope and row rules of the team (a team leader sees their own team only).
  const team = yield* Teams.teamsService.get(actor, teamId)
  const asOf = yield* Today.today
  const worklist = yield* Worklists.households(team.unitId, asOf, { page: 1, pageSize: householdCap }, actor)
  const ids = worklist.items.map((entry) => entry.householdId)
  const codes =
    ids.length === 0
      ? []
      : yield* sql<{ id: string; code: string }>`select id, code from households where id in ${sql.in(ids)}`
  const codeOf = new Map(codes.map((row) => [row.id, row.code]))
  const people =
    ids.length === 0
      ? []
      : yield* sql<{
          id: string
          householdId: string
          fullName: string
          vneidLevel: number
          digitalBank: boolean
          phone: string | null
        }>`
        select id, household_id, full_name, vneid_level, digital_bank, phone from people
        where household_id in ${sql.in(ids)} and deleted_at is null and erased_at is null
        order by household_id, coalesce(birth_date, make_date(birth_year, 1, 1)), id`
  const units = yield* sql<{ id: string; name: string }>`
    select u.id, u.name from units u where u.id in ${subtree(sql, team.unitId, asOf)} and u.deleted_at is null
    order by u.name, u.id`
  const monday = CalendarDate.mondayOf(asOf)
  const visits = yield* sql<{ id: string; householdId: string; visitedOn: string; helpedIds: Array<string> }>`
    select id, household_id, visited_on::text as visited_on, helped_ids from visits
    where team_id = ${team.id} and deleted_at is null and visited_on between ${monday}::date and ${asOf}::date
    order by visited_on, id`
  const weekVisits = visits.map((v) => ({
    id: v.id,
    teamId: team.id,
    householdId: v.householdId,
    date: v.visitedOn as CalendarDate.CalendarDate,
    helpedIds: v.helpedIds,
  }))
  return {
    asOf,
    cap: householdCap,
    team: { id: team.id, name: team.name, unitId: team.unitId },
    units,
    households: worklist.items.map((entry) => ({
      householdId: entry.householdId,
      name: entry.name,
      address: entry.address,
      members: entry.members,
      unitId: entry.unitId,
      elderly: entry.elderly,
      disability: entry.disability,
      remote: entry.remote,
      lastVisitedOn: entry.lastVisitedOn,
      code: codeOf.get(entry.householdId) ?? "",
    })),
    members: people.map((p) =>
      Access.present(actor, {
        id: p.id,
        householdId: p.householdId,
        fullName: p.fullName,
        vneidLevel: Number(p.vneidLevel),
        hasDigitalBankAccount: p.digitalBank,
        ...(p.phone === null || p.phone === "" ? {} : { phone: p.phone }),
      }),
    ),
    weekVisits,
    counts: {
      toVisit: worklist.total,
      visitedThisWeek: visitedThisWeek(weekVisits, asOf),
    },
  } satisfies Snapshot
})

/** Distinct households visited in the ISO week of `asOf` up to that day — the domain's count. */
export const visitedThisWeek = (
  visits: ReadonlyArray<{ readonly householdId: string; readonly date: CalendarDate.CalendarDate }>,
  asOf: CalendarDate.CalendarDate,
): number =>
  Team.householdsVisited(
    visits.map((v) =>
      Team.Visit.make({
        id: Team.VisitId.make("counted"),
        teamId: Team.TeamId.make("counted"),
        householdId: v.householdId as Team.Visit["householdId"],
        date: v.date,
        helpedIds: [],
        topicIds: [],
        vneidLevel2Ids: [],
        digitalBankIds: [],
      }),
    ),
    CalendarDate.mondayOf(asOf),
    asOf,
  ).length

// ── Replaying what the phone recorded offline ───────────────────────────────────────────────────

/** One visit recorded on a phone. */
export const ReplayItem = Schema.Struct({
  key: Replay.IdempotencyKey,
  /** The household's village as the phone saw it when the visit was recorded. */
  seenUnitId: Schema.String.check(Schema.isMinLength(1)),
  /** The visit, as `POST /api/visits` takes it; checked item by item so one bad visit holds up no other. */
  visit: Schema.Unknown,
}).annotate({ identifier: "OfflineVisitReplayItem" })

/** The visits a phone sends when the network returns, oldest first. */
export const ReplayRequest = Schema.Struct({
  items: Replay.itemsOf(ReplayItem, { vi: "chuyến thăm", en: "visits" }),
}).annotate({ identifier: "OfflineVisitReplay" })

/**
 * Why a visit could not be applied:
 * - `household-moved` — the household now lives in another village than the phone saw;
 * - `household-gone` — the household was deleted;
 * - `person-erased` — someone marked as helped was erased on request, or deleted;
 * - `village-lost` — the village is no longer in the team's area (the team or the village moved);
 * - `invalid` — the visit breaks a rule of the domain (the issues say which field).
 */
export const RejectReason = Schema.Literals([
  "household-moved",
  "household-gone",
  "person-erased",
  "village-lost",
  "invalid",
])
/** Why a visit could not be applied. */
export type RejectReason = typeof RejectReason.Type

/** The answer for one key. */
export const ReplayResult = Schema.Union([
  Schema.Struct({
    key: Schema.String,
    _tag: Schema.Literal("Applied"),
    /** True when the key had been applied before: this is the first result, unchanged. */
    replayed: Schema.Boolean,
    visit: Teams.VisitItem,
  }),
  Replay.RejectedSchema(RejectReason),
]).annotate({ identifier: "OfflineVisitReplayResult" })
/** The answer for one key. */
export type ReplayResult = typeof ReplayResult.Encoded

/** The answers, in the order of the items sent. */
export const ReplayResponse = Schema.Struct({ results: Schema.Array(ReplayResult) }).annotate({
  identifier: "OfflineVisitReplayResponse",
})

type Conflict = Exclude<RejectReason, "invalid">

const reasons: { readonly [R in RejectReason]: Message } = {
  "household-moved": {
    vi: "Hộ đã chuyển sang thôn khác trong lúc chờ gửi",
    en: "The household moved to another village while this visit waited to be sent",
  },
  "household-gone": { vi: "Hộ không còn trong danh sách", en: "The household is no longer recorded" },
  "person-erased": {
    vi: "Có người được hướng dẫn đã bị xoá khỏi hệ thống",
    en: "Someone marked as helped was removed from the records",
  },
  "village-lost": {
    vi: "Thôn này không còn thuộc địa bàn của tổ",
    en: "This village is no longer in the team's area",
  },
  invalid: { vi: "Chuyến thăm chưa hợp lệ", en: "The visit is not valid" },
}

const decodeVisit = Entity.decode(Teams.Visits.Input)

/** What stands in the way of applying a visit now, if anything: the named conflicts. */
const conflictOf = (visit: typeof Teams.Visits.Input.Type, seenUnitId: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const [household] = yield* sql<{ unitId: string; gone: boolean }>`
      select unit_id, deleted_at is not null as gone from households where id = ${visit.householdId}`
    if (household === undefined || household.gone) return { reason: "household-gone" as const }
    const [team] = yield* sql<{ unitId: string }>`
      select unit_id from teams where id = ${visit.teamId} and deleted_at is null`
    if (team !== undefined) {
      const [inArea] = yield* sql<{ ok: number }>`
        select 1 as ok where ${seenUnitId} in ${subtree(sql, team.unitId, yield* Today.today)}`
      if (inArea === undefined) return { reason: "village-lost" as const }
    }
    if (household.unitId !== seenUnitId) {
      const [unit] = yield* sql<{ name: string }>`select name from units where id = ${household.unitId}`
      // The team leader is told where the household went, when the server can say it.
      const name = unit?.name ?? ""
      return {
        reason: "household-moved" as const,
        ...(name === ""
          ? {}
          : {
              message: {
                vi: `Hộ đã chuyển sang ${name} trong lúc chờ gửi`,
                en: `The household moved to ${name} while this visit waited to be sent`,
              },
            }),
      }
    }
    if (visit.helpedIds.length > 0) {
      const erased = yield* sql<{ id: string }>`
        select id from people where id in ${sql.in([...visit.helpedIds])}
          and (erased_at is not null or deleted_at is not null)`
      if (erased.length > 0) return { reason: "person-erased" as const }
    }
    return undefined
  })

/** Applies the visits a phone recorded offline, each key once, in the order sent. */
export const replay = Effect.fn("VisitSync.replay")(function* (
  actor: Actor,
  request: typeof ReplayRequest.Type,
) {
  const results = yield* Replay.replay<
    typeof ReplayItem.Type,
    typeof Teams.Visits.Input.Type,
    Teams.VisitItem,
    Conflict,
    ServiceError | SqlError
  >(
    {
      kind: "visit",
      reasons,
      decode: (item) => decodeVisit(item.visit),
      conflictOf: (visit, item) => conflictOf(visit, item.seenUnitId),
      create: (visit) => Teams.visitsService.create(actor, visit),
      read: (id) => Teams.visitsService.get(actor, id),
      goneReason: "household-gone",
    },
    actor,
    request.items,
  )
  return {
    results: results.map(
      (result): ReplayResult =>
        result._tag === "Applied"
          ? { key: result.key, _tag: "Applied", replayed: result.replayed, visit: result.record }
          : result,
    ),
  }
})
