/**
 * Erasing a person on request (Decree 13/2023/NĐ-CP, the right to deletion) while keeping the
 * campaign's totals honest.
 *
 * **What goes:** everything that identifies the person — name, exact birth date, phone — from their
 * record, from their household's address when no one else lives there, their volunteer applications
 * (deleted: no indicator counts them), and from every earlier audit entry (their own record's before/after values are blanked; any other entry quoting their name, phone
 * or birth date has those values blanked).
 *
 * **What stays, and why:** a tombstone row with no identifier, holding only the facts the indicators
 * count — unit, household, birth year, sex, groups, VNeID level, digital bank account — and the
 * records that point to it by id (skill records, enrollments, guide links, visits). A commune that
 * taught 300 people keeps having taught 300 people; nobody can tell who one of them was. The tombstone is
 * invisible to every list, search, worklist and export of people; only indicators count it.
 *
 * **The audit log** records that an erasure happened (who, when, which record id, which fields, the
 * request's reference) — never the erased values. Blanking earlier entries is the one update the
 * audit table accepts, inside a transaction that declares itself an erasure (migration 0003).
 */
import * as Text from "@bdhv/domain/Text"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Effect, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as AuditLog from "../audit/AuditLog.js"
import type { Actor } from "../auth/Actor.js"
import { Conflict } from "../ServiceError.js"
import {
  applicationKeysOf,
  applicationsOf,
  findApplication,
  findPerson,
  identifiersOf,
} from "./PersonalData.js"

/** The request: a reference to the written request (its number, not its contents). */
export const Request = Schema.Struct({
  reference: Schema.String.check(
    Schema.isMinLength(
      1,
      ValidationMessage.message({
        vi: "Vui lòng nhập số hiệu đơn yêu cầu xoá",
        en: "Enter the reference of the erasure request",
      }),
    ),
    Schema.isMaxLength(100),
  ).annotate(ValidationMessage.label({ vi: "Số hiệu đơn yêu cầu", en: "Request reference" })),
}).annotate({ identifier: "ErasureRequest" })
/** The request. */
export type Request = typeof Request.Type

/** What an erasure removed, as the API reports it. */
export interface Outcome {
  readonly personId: string
  readonly erasedAt: string
  readonly erasedFields: ReadonlyArray<string>
  readonly householdAddressErased: boolean
  readonly volunteerApplicationsErased: number
  readonly auditEntriesScrubbed: number
}

/** The placeholder name of an erased person (never shown in a list; there for any report that joins). */
export const erasedName = "(đã xoá)"

const alreadyErased = () =>
  new Conflict({
    message: {
      vi: "Người này đã được xoá dữ liệu cá nhân",
      en: "This person's personal data is already erased",
    },
  })

/** Replaces every string equal to one of `values` with `null`, anywhere in a JSON value. */
export const blankValues = (json: unknown, values: ReadonlySet<string>): unknown => {
  if (typeof json === "string") return values.has(json) ? null : json
  if (Array.isArray(json)) return json.map((item) => blankValues(item, values))
  if (json !== null && typeof json === "object") {
    return Object.fromEntries(Object.entries(json).map(([key, value]) => [key, blankValues(value, values)]))
  }
  return json
}

const parse = (value: unknown): unknown => (typeof value === "string" ? JSON.parse(value) : value)

/** The audit entries of records being erased, by entity. */
interface Subjects {
  readonly [entity: string]: ReadonlyArray<string>
}

/**
 * Blanks the audit values of erased records (every entry of `subjects`) and, in any other entry, every
 * value equal to one of `identifiers`. Runs inside the erasure's transaction, which it declares to the
 * audit table's trigger. Returns how many entries changed.
 */
const scrubAudit = (subjects: Subjects, identifiers: ReadonlySet<string>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    yield* sql`select set_config('bdhv.audit_erasure', 'on', true)`
    const ofSubjects = Object.entries(subjects)
      .filter(([, ids]) => ids.length > 0)
      .map(([entity, ids]) => sql`(entity = ${entity} and entity_id in ${sql.in([...ids])})`)
    const own =
      ofSubjects.length === 0
        ? []
        : yield* sql<{ id: string }>`
            update audit_log set before = null, after = null
            where (${sql.or(ofSubjects)}) and (before is not null or after is not null)
            returning id::text as id`
    // Other records' entries that quote an identifier: a text search narrows them, JSON decides.
    const patterns = [...identifiers].map((value) => `%${JSON.stringify(value).slice(1, -1)}%`)
    const quoting =
      patterns.length === 0
        ? []
        : yield* sql<{ id: string; before: unknown; after: unknown }>`
            select id::text as id, before, after from audit_log
            where ${ofSubjects.length === 0 ? sql`true` : sql`not (${sql.or(ofSubjects)})`}
              and (${sql.or(patterns.map((p) => sql`coalesce(before::text, '') like ${p} or coalesce(after::text, '') like ${p}`))})`
    let scrubbed = own.length
    for (const entry of quoting) {
      const before = entry.before === null ? null : blankValues(parse(entry.before), identifiers)
      const after = entry.after === null ? null : blankValues(parse(entry.after), identifiers)
      const changed =
        JSON.stringify(before) !== JSON.stringify(parse(entry.before)) ||
        JSON.stringify(after) !== JSON.stringify(parse(entry.after))
      if (!changed) continue
      scrubbed += 1
      yield* sql`
        update audit_log set before = ${before === null ? null : JSON.stringify(before)}::jsonb,
          after = ${after === null ? null : JSON.stringify(after)}::jsonb
        where id = ${entry.id}::bigint`
    }
    yield* sql`select set_config('bdhv.audit_erasure', 'off', true)`
    return scrubbed
  })

/** Identifying strings worth searching for (short ones would match unrelated values). */
const identifying = (values: ReadonlyArray<string | null>): ReadonlyArray<string> =>
  values.filter((value): value is string => value !== null && value.length >= 3)

/** Erases a person in the actor's scope; the whole erasure is one transaction. */
export const erase = Effect.fn("Erasure.erase")(function* (actor: Actor, id: string, request: Request) {
  const sql = yield* SqlClient.SqlClient
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      const person = yield* findPerson(actor, id, { lock: true })
      if (person.erasedAt !== null) return yield* alreadyErased()

      // The identifying values, now and in the record's history, as they may appear quoted in audit
      // entries of other records.
      const known = yield* identifiersOf(person)
      const identifiers = new Set(
        identifying([
          ...[...known.names].flatMap((name) => [name, Text.tidy(name)]),
          ...known.phones,
          ...known.birthDates,
        ]),
      )
      const erasedFields = ["fullName", "birthDate", "phone"].filter(
        (field) => field === "fullName" || (field === "birthDate" ? person.birthDate : person.phone) !== null,
      )

      const applications = yield* applicationsOf(id, applicationKeysOf(known.names, known.phones), {
        lock: true,
      })
      for (const application of applications) {
        for (const value of identifying([application.fullName, application.phone])) identifiers.add(value)
      }
      if (applications.length > 0) {
        yield* sql`delete from volunteer_applications where id in ${sql.in(applications.map((a) => a.id))}`
      }
      // Class sign-ups of the person (accepted ones lead to them; waiting ones carry the same name and phone).
      const keys = applicationKeysOf(known.names, known.phones)
      const signUps = yield* sql<{ id: string; fullName: string; phone: string }>`
        select id, full_name, phone from sign_ups
        where person_id = ${id} ${keys.length === 0 ? sql`` : sql`or dedupe_key in ${sql.in([...keys])}`}
        for update`
      for (const signUp of signUps) {
        for (const value of identifying([signUp.fullName, signUp.phone])) identifiers.add(value)
      }
      if (signUps.length > 0) yield* sql`delete from sign_ups where id in ${sql.in(signUps.map((r) => r.id))}`

      yield* sql`
        update people set full_name = ${erasedName}, name_folded = '', birth_date = null, phone = null,
          erased_at = now(), version = version + 1, updated_at = now()
        where id = ${id}`

      // A household's address describes where its members live; with no one else left, it describes them.
      let householdAddressErased = false
      if (person.householdId !== null) {
        const [others] = yield* sql<{ n: number }>`
          select count(*)::int as n from people
          where household_id = ${person.householdId} and id <> ${id} and deleted_at is null and erased_at is null`
        if ((others?.n ?? 0) === 0) {
          const [household] = yield* sql<{ code: string; address: string | null }>`
            select code, address from households where id = ${person.householdId} for update`
          if (household !== undefined && household.address !== null) {
            identifiers.add(household.address)
            householdAddressErased = true
            yield* sql`
              update households set address = null, search_folded = ${Text.searchKey(household.code)},
                version = version + 1, updated_at = now()
              where id = ${person.householdId}`
          }
        }
      }

      const scrubbed = yield* scrubAudit(
        { person: [id], volunteer_application: applications.map((a) => a.id) },
        identifiers,
      )
      yield* AuditLog.append({
        actor,
        entity: "person",
        entityId: id,
        action: "erase",
        after: {
          erasedFields,
          householdAddressErased,
          volunteerApplicationsErased: applications.length,
          auditEntriesScrubbed: scrubbed,
          reference: request.reference,
        },
      })
      const [stamp] = yield* sql<{ erasedAt: unknown }>`select erased_at from people where id = ${id}`
      const erasedAt =
        stamp?.erasedAt instanceof Date ? stamp.erasedAt.toISOString() : String(stamp?.erasedAt)
      return {
        personId: id,
        erasedAt: new Date(erasedAt).toISOString(),
        erasedFields,
        householdAddressErased,
        volunteerApplicationsErased: applications.length,
        auditEntriesScrubbed: scrubbed,
      } satisfies Outcome
    }),
  )
})

/** What erasing a volunteer application removed. */
export interface ApplicationOutcome {
  readonly applicationId: string
  readonly auditEntriesScrubbed: number
}

/**
 * Erases a volunteer application of an applicant who has no person record (or asks only about the
 * application): the application is deleted and its values blanked from the audit log. An application
 * that led to a person record is erased with that person instead.
 */
export const eraseApplication = Effect.fn("Erasure.eraseApplication")(function* (
  actor: Actor,
  id: string,
  request: Request,
) {
  const sql = yield* SqlClient.SqlClient
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      const application = yield* findApplication(actor, id, { lock: true })
      if (application.personId !== null) {
        return yield* new Conflict({
          message: {
            vi: "Đơn này đã gắn với hồ sơ một người: hãy xoá dữ liệu của người đó",
            en: "This application led to a person's record: erase that person instead",
          },
        })
      }
      yield* sql`delete from volunteer_applications where id = ${id}`
      const scrubbed = yield* scrubAudit(
        { volunteer_application: [id] },
        new Set(identifying([application.fullName, application.phone])),
      )
      yield* AuditLog.append({
        actor,
        entity: "volunteer_application",
        entityId: id,
        action: "erase",
        after: { auditEntriesScrubbed: scrubbed, reference: request.reference },
      })
      return { applicationId: id, auditEntriesScrubbed: scrubbed } satisfies ApplicationOutcome
    }),
  )
})
