/**
 * Classes on the public site: the upcoming classes open to sign-up with their seats left, and the
 * sign-up itself. A sign-up is a request for the commune to review (`resources/SignUps.ts`), holding a
 * seat meanwhile: seats left count the enrollments and the sign-ups still waiting. It is checked by the
 * domain's `Enrollment.register` (seat, duplicate, eligibility) in one transaction with the class row
 * locked, so two last-seat sign-ups cannot both win.
 */
import { randomUUID } from "node:crypto"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Class from "@bdhv/domain/Class"
import * as Enrollment from "@bdhv/domain/Enrollment"
import * as Person from "@bdhv/domain/Person"
import type * as Registration from "@bdhv/domain/Registration"
import * as RegistrationRules from "@bdhv/domain/Registration"
import * as Text from "@bdhv/domain/Text"
import { Effect, Option, Result, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as PersonRows from "../db/rows/Person.js"
import * as Entity from "../resources/Entity.js"
import * as AuditLog from "../audit/AuditLog.js"
import type { Language } from "../http/Language.js"
import { classDateSql, communeKinds } from "../indicators/AggregateSql.js"
import { InvalidInput, NotFound } from "../ServiceError.js"
import { whatToBring } from "./WhatToBring.js"
import * as Today from "../Today.js"

/** A class as the public site lists it. */
export interface PublicClass {
  readonly id: string
  readonly title: string
  readonly communeId: string
  readonly communeName: string
  readonly unitId: string
  readonly venue: string | null
  /** ISO date-time in Vietnam's offset. */
  readonly startsAt: string
  readonly endsAt: string
  readonly audience: Class.Audience
  readonly topics: ReadonlyArray<string>
  readonly mode: Class.Mode
  readonly capacity: number
  readonly seatsLeft: number
}

/** Filters of the class finder. */
export interface ClassQuery {
  readonly communeId?: string | undefined
  readonly audience?: Class.Audience | undefined
  readonly topicId?: string | undefined
  readonly from?: CalendarDate.CalendarDate | undefined
  readonly to?: CalendarDate.CalendarDate | undefined
  readonly q?: string | undefined
  readonly page: number
  readonly pageSize: number
}

const scheduled: Class.ClassStatus = "scheduled"
/** Enrollment states that do not hold a seat (see `Enrollment.holdsSeat`). */
const seatFree: ReadonlyArray<Enrollment.Status> = Enrollment.Status.literals.filter(
  (status) =>
    !Enrollment.holdsSeat(
      Enrollment.Enrollment.make({
        id: Enrollment.EnrollmentId.make("status"),
        classId: Class.ClassId.make("status"),
        personId: Person.PersonId.make("status"),
        status,
        registeredOn: CalendarDate.CalendarDate.make("2025-01-01"),
        updatedOn: CalendarDate.CalendarDate.make("2025-01-01"),
      }),
    ),
)

const decodeClass = Schema.decodeUnknownOption(Class.Class)

const vietnamTime = (instant: Date): string => {
  const local = new Date(instant.getTime() + CalendarDate.vietnamOffsetMs)
  return `${local.toISOString().slice(0, 19)}+07:00`
}

type Row = Record<string, unknown>

/** The columns of a class row for the public list, with its commune today and the seats taken. */
const columns = `k.id, k.unit_id, k.title, k.audience, k.mode, k.venue, k.capacity, k.duration_minutes, k.status,
  k.instructor_ids, k.organization_id,
  to_char(k.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as starts_at,
  coalesce((select array_agg(ct.topic_id order by ct.topic_id) from class_topics ct where ct.class_id = k.id), '{}')
    as topic_ids,
  cm.id as commune_id, cm.name as commune_name,
  (select count(*) from enrollments e where e.class_id = k.id and not (e.status = any ($2::text[])))
    + (select count(*) from sign_ups s where s.class_id = k.id and s.status = 'pending') as taken`

/** The join from a class to its commune-level unit on the date `$1`. */
const communeJoin = `join unit_closure cc on cc.descendant_id = k.unit_id
    and cc.valid_from <= $1::date and (cc.valid_to is null or cc.valid_to >= $1::date)
  join units cm on cm.id = cc.ancestor_id and cm.kind = any ($3::text[])`

const toPublic = (row: Row): PublicClass | undefined => {
  const decoded = decodeClass(row)
  if (Option.isNone(decoded)) return undefined
  const c = decoded.value
  const starts = new Date(String(row.startsAt))
  return {
    id: c.id,
    title: c.title,
    communeId: String(row.communeId),
    communeName: String(row.communeName),
    unitId: c.unitId,
    venue: c.venue,
    startsAt: vietnamTime(starts),
    endsAt: vietnamTime(new Date(starts.getTime() + c.durationMinutes * 60_000)),
    audience: c.audience,
    topics: c.topicIds,
    mode: c.mode,
    capacity: c.capacity,
    seatsLeft: Class.seatsLeft(c, Number(row.taken)),
  }
}

/** The most upcoming classes a search by words reads before matching them (a district has hundreds). */
const maxSearched = 5_000

/**
 * A page of the upcoming classes open to sign-up, soonest first. Words (`q`) find a class by its title,
 * its venue, its village or its commune ("Song Thọ" finds a class at "Nhà văn hóa Thôn Song Thọ"),
 * with the domain's accent-insensitive `Text.matchesQuery`: the other filters narrow the classes in SQL,
 * and the words are matched on those, so that the rule of folding stays the domain's only. Classes
 * where the words stand together come first.
 */
export const list = Effect.fn("PublicClasses.list")(function* (query: ClassQuery) {
  const sql = yield* SqlClient.SqlClient
  const today = yield* Today.today
  const params: Array<unknown> = [today, seatFree, communeKinds, scheduled, (yield* Today.now).toISOString()]
  const add = (value: unknown) => {
    params.push(value)
    return `$${params.length}`
  }
  const where = [
    "k.deleted_at is null",
    "k.status = $4",
    "k.starts_at >= $5::timestamptz",
    query.communeId === undefined ? undefined : `cm.id = ${add(query.communeId)}`,
    query.audience === undefined ? undefined : `k.audience = ${add(query.audience)}`,
    query.topicId === undefined
      ? undefined
      : `exists (select 1 from class_topics ct where ct.class_id = k.id and ct.topic_id = ${add(query.topicId)})`,
    query.from === undefined ? undefined : `${classDateSql("k")} >= ${add(query.from)}::date`,
    query.to === undefined ? undefined : `${classDateSql("k")} <= ${add(query.to)}::date`,
  ].filter((w): w is string => w !== undefined)
  const words = (query.q ?? "").trim()
  const byWords = Text.queryTokens(words).length > 0
  const limit = add(byWords ? maxSearched : query.pageSize)
  const offset = add(byWords ? 0 : (query.page - 1) * query.pageSize)
  const rows = yield* sql.unsafe<Row>(
    `select ${columns}, u.name as unit_name, count(*) over () as total
     from classes k ${communeJoin}
     join units u on u.id = k.unit_id
     where ${where.join(" and ")}
     order by k.starts_at, k.id
     limit ${limit} offset ${offset}`,
    params,
  )
  // Every word must begin a word of the class's texts; those where the words stand together, as typed
  // ("Song Thọ" in "Nhà văn hóa Thôn Song Thọ", not "Thôn Song Nhất"), come first, each part by date.
  const tokens = Text.queryTokens(words)
  const textOf = (row: Row) =>
    [row.title, row.venue, row.unitName, row.communeName].filter((x) => typeof x === "string").join(" ")
  const together = (row: Row) => ` ${Text.searchKey(textOf(row))}`.includes(` ${tokens.join(" ")}`)
  const matching = byWords
    ? rows
        .filter((row) => Text.matchesQuery(textOf(row), words))
        .map((row) => ({ row, together: together(row) }))
        .sort((a, b) => Number(b.together) - Number(a.together))
        .map(({ row }) => row)
    : rows
  const shown = byWords
    ? matching.slice((query.page - 1) * query.pageSize, query.page * query.pageSize)
    : matching
  return {
    items: shown.flatMap((row) => {
      const c = toPublic(row)
      return c === undefined ? [] : [c]
    }),
    page: query.page,
    pageSize: query.pageSize,
    total: byWords ? matching.length : rows.length > 0 ? Number(rows[0]!.total) : 0,
  }
})

/** The next class open to sign-up with a seat left, of the same audience in the same commune. */
const nextClass = (c: Class.Class, communeId: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const today = yield* Today.today
    const rows = yield* sql.unsafe<Row>(
      `select ${columns} from classes k ${communeJoin}
       where k.deleted_at is null and k.status = $4 and k.starts_at >= $5::timestamptz
         and cm.id = $6 and k.audience = $7 and k.id <> $8
         and (select count(*) from enrollments e where e.class_id = k.id and not (e.status = any ($2::text[])))
           + (select count(*) from sign_ups s where s.class_id = k.id and s.status = 'pending') < k.capacity
       order by k.starts_at, k.id limit 1`,
      [
        today,
        seatFree,
        communeKinds,
        scheduled,
        (yield* Today.now).toISOString(),
        communeId,
        c.audience,
        c.id,
      ],
    )
    return rows.length === 0 ? null : (toPublic(rows[0]!) ?? null)
  })

/** What became of a sign-up. */
export type SignUpOutcome =
  | {
      readonly _tag: "Received"
      readonly class: PublicClass
      readonly signUpId: string
      readonly whatToBring: ReadonlyArray<string>
      readonly warning: string | null
    }
  | {
      readonly _tag: "AlreadyRegistered"
      readonly class: PublicClass
      readonly whatToBring: ReadonlyArray<string>
    }
  | { readonly _tag: "Full" | "Closed"; readonly nextClass: PublicClass | null }
  | { readonly _tag: "NotEligible"; readonly reason: string }

/**
 * Takes a resident's sign-up for a class: a request in the queue of the commune they live in (the
 * domain's `SignUp`), holding a seat until the commune officer accepts or rejects it; no person and no
 * enrollment is made here. The class must take the person as the domain's `Enrollment.register` would
 * (open, a seat left counting the seats already held, the audience), judged on what the form says or on
 * the person already registered under the same name and phone. A person already enrolled, or already
 * waiting for this class, is told so. Fails with `NotFound` for no such class and `InvalidInput` for an
 * unknown place.
 */
export const signUp = Effect.fn("PublicClasses.signUp")(function* (
  classId: string,
  input: Registration.PublicSignUp,
  language: Language,
) {
  const sql = yield* SqlClient.SqlClient
  const today = yield* Today.today
  yield* Entity.requireTopics("topicIds", input.topicIds)
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      const rows = yield* sql.unsafe<Row>(
        `select ${columns} from classes k ${communeJoin} where k.id = $4 and k.deleted_at is null
         for update of k`,
        [today, seatFree, communeKinds, classId],
      )
      const row = rows[0]
      const decoded = row === undefined ? Option.none() : decodeClass(row)
      if (row === undefined || Option.isNone(decoded))
        return yield* new NotFound({ entity: "class", id: classId })
      const c = decoded.value
      const classCommuneId = String(row.communeId)
      // The commune the resident lives in: its officer reviews the sign-up.
      const [place] = yield* sql.unsafe<{ communeId: string }>(
        `select cm.id as commune_id from units u
         join unit_closure cc on cc.descendant_id = u.id
           and cc.valid_from <= $1::date and (cc.valid_to is null or cc.valid_to >= $1::date)
         join units cm on cm.id = cc.ancestor_id and cm.kind = any ($2::text[])
         where u.id = $3 and u.deleted_at is null
           and u.valid_from <= $1::date and (u.valid_to is null or u.valid_to >= $1::date)
         limit 1`,
        [today, communeKinds, input.unitId],
      )
      if (place === undefined) {
        return yield* new InvalidInput({
          issues: [
            {
              path: "unitId",
              message: { vi: "Không có xã, thôn này", en: "No such commune or village" },
            },
          ],
        })
      }
      const publicClass = toPublic(row)!
      const key = RegistrationRules.dedupeKey(input)
      const [waiting] = yield* sql<{ id: string }>`
        select id from sign_ups where class_id = ${classId} and dedupe_key = ${key} and status = 'pending'`
      if (waiting !== undefined) {
        return {
          _tag: "AlreadyRegistered",
          class: publicClass,
          whatToBring: whatToBring(c, language),
        } satisfies SignUpOutcome
      }
      const [existing] = yield* sql<{
        id: string
        birthDate: string | null
        birthYear: number
        groups: ReadonlyArray<string>
      }>`
        select id, birth_date, birth_year, groups from people
        where deleted_at is null and erased_at is null and name_folded || '|' || phone = ${key}
        order by created_at, id limit 1`
      const enrollmentRows = yield* sql<Row>`
        select id, class_id, person_id, status, registered_on, updated_on from enrollments where class_id = ${classId}`
      const enrollments = enrollmentRows.flatMap((e) =>
        Option.toArray(Schema.decodeUnknownOption(Enrollment.Enrollment)(e)),
      )
      const [held] = yield* sql<{ n: number }>`
        select count(*)::int as n from sign_ups where class_id = ${classId} and status = 'pending'`
      const groups: ReadonlyArray<Person.Group> = existing
        ? existing.groups.flatMap((tag) =>
            Option.toArray(Schema.decodeUnknownOption(Person.Group)({ _tag: tag })),
          )
        : input.needs.includes("disability")
          ? [{ _tag: "disability" }]
          : []
      const birth: Person.Birth =
        existing === undefined
          ? { year: input.birthYear }
          : existing.birthDate === null
            ? { year: existing.birthYear }
            : { date: CalendarDate.CalendarDate.make(existing.birthDate) }
      // Whether the class would take the person now; the enrollment itself waits for the officer.
      const result = Enrollment.register({
        id: Enrollment.EnrollmentId.make(randomUUID()),
        personId: Person.PersonId.make(existing?.id ?? randomUUID()),
        person: { birth, groups },
        class: c,
        enrollments,
        date: today,
        heldSeats: Number(held?.n ?? 0),
      })
      if (Result.isFailure(result)) {
        const failure = result.failure
        switch (failure._tag) {
          case "Enrollment/AlreadyRegistered":
            return {
              _tag: "AlreadyRegistered",
              class: publicClass,
              whatToBring: whatToBring(c, language),
            } satisfies SignUpOutcome
          case "Class/Full":
          case "Class/Closed":
            return {
              _tag: failure._tag === "Class/Full" ? "Full" : "Closed",
              nextClass: yield* nextClass(c, classCommuneId),
            } satisfies SignUpOutcome
          case "Class/NotEligible":
            return { _tag: "NotEligible", reason: failure.reason[language] } satisfies SignUpOutcome
        }
      }
      const signUpId = randomUUID()
      const request = {
        id: signUpId,
        classId,
        unitId: input.unitId,
        communeId: place.communeId,
        dedupeKey: key,
        fullName: input.fullName,
        nameFolded: Text.searchKey(input.fullName),
        phone: input.phone,
        birthYear: input.birthYear,
        needs: input.needs,
        topicIds: input.topicIds,
      }
      yield* sql`insert into sign_ups ${sql.insert(request)}`
      yield* AuditLog.append({
        actor: undefined,
        entity: "sign_up",
        entityId: signUpId,
        action: "create",
        after: { ...request, via: "public-sign-up" },
      })
      const warning = result.success.warning
      return {
        _tag: "Received",
        class: { ...publicClass, seatsLeft: Math.max(0, publicClass.seatsLeft - 1) },
        signUpId,
        whatToBring: whatToBring(c, language),
        warning: warning === undefined ? null : warning[language],
      } satisfies SignUpOutcome
    }),
  )
})

/**
 * The sex to record for a volunteer whose approval registers them, which the form does not ask (the
 * register requires one): "male" when a middle name is "Văn", else "female" (which "Thị" makes plain).
 * A guess for the commune officer to correct.
 */
export const sexFromName = (fullName: string): Person.Sex => {
  const words = Text.searchKey(fullName).split(" ").slice(1, -1)
  return words.includes("van") ? "male" : "female"
}
