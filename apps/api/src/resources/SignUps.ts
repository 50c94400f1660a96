/**
 * The review queue of public sign-ups (the domain's `SignUp`): each sign-up waits in the queue of the
 * commune the resident lives in, holding a seat of its class, until an officer of that commune decides
 * it once — matches it to a person already registered (candidates ranked by `SignUp.rankCandidates`),
 * registers the person with their household (an existing one or a new one), or rejects it with a
 * reason. Accepting enrolls the person through the domain's `Enrollment.register`, in the same
 * transaction as the decision, the person, the household and their audit entries, so the indicators
 * move only once the commune has checked who the person is.
 */
import * as Enrollment from "@bdhv/domain/Enrollment"
import * as Household from "@bdhv/domain/Household"
import * as Person from "@bdhv/domain/Person"
import * as Registration from "@bdhv/domain/Registration"
import * as SignUp from "@bdhv/domain/SignUp"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Effect, Result, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as Today from "../Today.js"
import * as AuditLog from "../audit/AuditLog.js"
import type { Actor } from "../auth/Actor.js"
import { communeKinds } from "../indicators/AggregateSql.js"
import * as Access from "../security/Access.js"
import { Conflict, StaleVersion } from "../ServiceError.js"
import * as Classes from "./Classes.js"
import * as Crud from "./Crud.js"
import * as Entity from "./Entity.js"
import * as Households from "./Households.js"
import * as ListQuery from "./ListQuery.js"
import * as People from "./People.js"
import { inScope } from "./Scope.js"

const label = ValidationMessage.label

/** A sign-up as the queue shows it: the form, the class and the commune, and the decision once made. */
export const Item = Schema.Struct({
  id: Schema.String,
  classId: Schema.String,
  classTitle: Schema.String,
  /** When the class starts (ISO instant). */
  classStartsAt: Schema.String,
  unitId: Schema.String,
  unitName: Schema.String,
  communeId: Schema.String,
  communeName: Schema.String,
  fullName: Schema.String,
  phone: Schema.String,
  birthYear: Schema.Number,
  needs: Schema.Array(Registration.Need),
  topicIds: Schema.Array(Schema.String),
  status: SignUp.Status,
  decision: Schema.NullOr(SignUp.DecisionKind),
  decidedAt: Schema.NullOr(Schema.String),
  reason: Schema.NullOr(Schema.String),
  /** The person an acceptance matched or registered. */
  personId: Schema.NullOr(Schema.String),
  /** The enrollment an acceptance made (or found, for a person already in the class). */
  enrollmentId: Schema.NullOr(Schema.String),
  ...Entity.Meta,
}).annotate({ identifier: "SignUp" })
/** A sign-up as the API returns it. */
export type Item = typeof Item.Encoded

const sortKeys = ["createdAt", "name"] as const

/** List parameters: search by name, status (pending by default in the admin app), class. */
export const ListParams = Schema.Struct({
  ...ListQuery.fields(sortKeys),
  status: Schema.optionalKey(SignUp.Status),
  classId: Schema.optionalKey(Schema.String.annotate(label({ vi: "Lớp học", en: "Class" }))),
}).annotate({ identifier: "SignUpListParams" })

/** The number of sign-ups waiting in the actor's scope: what the dashboard shows. */
export const PendingCount = Schema.Struct({ pending: Schema.Number }).annotate({
  identifier: "SignUpPendingCount",
})

/** A person the sign-up may be, with the parts of the dedupe key they share. */
export const Candidate = Schema.Struct({
  id: Schema.String,
  fullName: Schema.String,
  phone: Schema.NullOr(Schema.String),
  birthYear: Schema.Number,
  unitId: Schema.String,
  unitName: Schema.String,
  communeId: Schema.String,
  householdId: Schema.NullOr(Schema.String),
  evidence: Schema.Array(Schema.Literals(["name", "phone", "birthYear", "nearBirthYear", "commune"])),
  score: Schema.Number,
}).annotate({ identifier: "SignUpCandidate" })
/** A candidate as the API returns it. */
export type Candidate = typeof Candidate.Type

const version = Entity.Version

/**
 * The officer's decision, based on the version they saw: `match` a registered person, `create` the
 * person (with an existing household in `person.householdId`, or a new `household`), or `reject`.
 */
export const DecisionInput = Schema.Union([
  Schema.Struct({
    decision: Schema.Literal("match"),
    version,
    personId: Person.PersonId.annotate(label({ vi: "Người đã có", en: "Registered person" })),
  }),
  Schema.Struct({
    decision: Schema.Literal("create"),
    version,
    person: People.Input,
    /** A new household for the person; absent when `person.householdId` names an existing one. */
    household: Schema.optionalKey(Households.Input),
  }),
  Schema.Struct({ decision: Schema.Literal("reject"), version, reason: SignUp.RejectionReason }),
]).annotate({ identifier: "SignUpDecision" })
/** The officer's decision. */
export type DecisionInput = typeof DecisionInput.Type

const optionalString = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value)

const toItem = (row: Crud.Row): Item => ({
  id: String(row.id),
  classId: String(row.classId),
  classTitle: String(row.classTitle ?? ""),
  classStartsAt:
    row.classStartsAt === null || row.classStartsAt === undefined ? "" : Entity.isoOf(row.classStartsAt),
  unitId: String(row.unitId),
  unitName: String(row.unitName ?? ""),
  communeId: String(row.communeId),
  communeName: String(row.communeName ?? ""),
  fullName: String(row.fullName),
  phone: String(row.phone),
  birthYear: Number(row.birthYear),
  needs: (row.needs as ReadonlyArray<Registration.Need> | null) ?? [],
  topicIds: (row.topicIds as ReadonlyArray<string> | null) ?? [],
  status: row.status as SignUp.Status,
  decision: (row.decision as SignUp.DecisionKind | null) ?? null,
  decidedAt: row.decidedAt === null || row.decidedAt === undefined ? null : Entity.isoOf(row.decidedAt),
  reason: optionalString(row.reason),
  personId: optionalString(row.personId),
  enrollmentId: optionalString(row.enrollmentId),
  ...Entity.metaOf(row),
})

/** The sign-ups' table, scoped by the resident's commune. */
export const table: Crud.Table<Item> = {
  entity: "sign_up",
  table: "sign_ups",
  unitOf: "t.commune_id",
  softDelete: false,
  searchColumn: "t.name_folded",
  extraColumns: `(select u.name from units u where u.id = t.unit_id) as unit_name,
    (select u.name from units u where u.id = t.commune_id) as commune_name,
    (select k.title from classes k where k.id = t.class_id) as class_title,
    (select k.starts_at from classes k where k.id = t.class_id) as class_starts_at`,
  sorts: { createdAt: "t.created_at", name: "t.name_folded" },
  toItem,
}

/** A page of sign-ups in the actor's scope. */
export const list = (actor: Actor, params: typeof ListParams.Type) =>
  Crud.list(table, actor, params, (sql) => [
    params.status === undefined ? undefined : sql`t.status = ${params.status}`,
    params.classId === undefined ? undefined : sql`t.class_id = ${params.classId}`,
  ])

/** A sign-up in the actor's scope, or `NotFound`. */
export const get = (actor: Actor, id: string) => Crud.get(table, actor, id)

/** How many sign-ups wait in the actor's scope. */
export const pendingCount = Effect.fn("SignUps.pendingCount")(function* (actor: Actor) {
  yield* Access.require(actor, "sign-ups", "read")
  const sql = yield* SqlClient.SqlClient
  const [row] = yield* sql<{ n: number }>`
    select count(*)::int as n from sign_ups t
    where t.status = 'pending' and ${inScope(sql, actor, "t.commune_id", yield* Today.today)}`
  return { pending: Number(row?.n ?? 0) }
})

/** The most people read from the register for one sign-up's candidates. */
const maxCandidates = 50

/**
 * The people in the actor's scope a sign-up may be, ranked by the domain's `SignUp.rankCandidates`:
 * the register is searched by the folded name or the phone (both indexed), the domain weighs the rest.
 */
export const candidates = Effect.fn("SignUps.candidates")(function* (actor: Actor, id: string) {
  yield* Access.require(actor, "people", "read")
  const sql = yield* SqlClient.SqlClient
  const signUp = yield* Crud.findRow(table, actor, id)
  const date = yield* Today.today
  const rows = yield* sql<{
    id: string
    fullName: string
    phone: string | null
    birthYear: number
    unitId: string
    unitName: string
    communeId: string | null
    householdId: string | null
  }>`
    select p.id, p.full_name, p.phone, p.birth_year, p.unit_id, u.name as unit_name, p.household_id,
      (select cm.id from unit_closure cc join units cm on cm.id = cc.ancestor_id
        where cc.descendant_id = p.unit_id and cm.kind in ${sql.in(communeKinds)}
          and cc.valid_from <= ${date}::date and (cc.valid_to is null or cc.valid_to >= ${date}::date)
        limit 1) as commune_id
    from people p join units u on u.id = p.unit_id
    where p.deleted_at is null and p.erased_at is null and ${inScope(sql, actor, "p.unit_id", yield* Today.today)}
      and (p.name_folded = ${String(signUp.nameFolded)} or p.phone = ${String(signUp.phone)})
    order by p.created_at, p.id
    limit ${maxCandidates}`
  const people = rows.map((row) => ({
    ...row,
    birthYear: Number(row.birthYear),
    communeId: row.communeId ?? "",
  }))
  const ranked = SignUp.rankCandidates(
    {
      fullName: String(signUp.fullName),
      phone: String(signUp.phone),
      birthYear: Number(signUp.birthYear),
      communeId: String(signUp.communeId),
    },
    people,
  )
  return ranked.map(
    ({ person, evidence, score }): Candidate => ({
      id: person.id,
      fullName: person.fullName,
      phone: person.phone,
      birthYear: person.birthYear,
      unitId: person.unitId,
      unitName: person.unitName,
      communeId: person.communeId,
      householdId: person.householdId,
      evidence,
      score,
    }),
  )
})

/** The person an acceptance stands for: the one matched (in scope), or one registered now. */
const personOf = (actor: Actor, input: Exclude<DecisionInput, { decision: "reject" }>) =>
  Effect.gen(function* () {
    if (input.decision === "match") {
      return yield* Crud.get(People.table, actor, input.personId).pipe(
        Effect.catchTag("NotFound", () =>
          Effect.fail(
            Entity.invalidField("personId", {
              vi: "Không có người này trong danh sách của xã",
              en: "This person is not on the commune's register",
            }),
          ),
        ),
      )
    }
    let householdId = input.person.householdId
    if (input.household !== undefined) {
      householdId = Household.HouseholdId.make((yield* Households.service.create(actor, input.household)).id)
    }
    if (householdId === null) {
      return yield* Entity.invalidField("person.householdId", {
        vi: "Chọn hộ gia đình của người này, hoặc thêm hộ mới",
        en: "Choose the person's household, or add a new one",
      })
    }
    return yield* People.service.create(actor, { ...input.person, householdId })
  })

/**
 * Decides a pending sign-up in the actor's scope, once: a second decision is a `Conflict` (the domain's
 * `SignUp.AlreadyDecided`), a stale `version` a `StaleVersion`. Accepting matches or registers the
 * person and enrolls them in the class (the seat the sign-up held becomes theirs); a class that no
 * longer takes them (cancelled, started, not for them) refuses the acceptance in words.
 */
export const decide = Effect.fn("SignUps.decide")(function* (actor: Actor, id: string, input: DecisionInput) {
  yield* Access.require(actor, "sign-ups", "write")
  const sql = yield* SqlClient.SqlClient
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      const current = yield* Crud.findRow(table, actor, id, { lock: true })
      const decided = SignUp.decide(current.status as SignUp.Status, input.decision)
      if (Result.isFailure(decided)) return yield* new Conflict({ message: decided.failure.text })
      const actual = Number(current.version)
      if (actual !== input.version) {
        return yield* new StaleVersion({ entity: table.entity, id, expected: input.version, actual })
      }
      const decision = {
        status: decided.success,
        decision: input.decision,
        decidedAt: new Date(),
        decidedBy: actor.userId,
      }
      if (input.decision === "reject") {
        return yield* Crud.update(table, actor, id, input.version, { ...decision, reason: input.reason })
      }
      yield* Access.require(actor, "people", "write")
      const personItem = yield* personOf(actor, input)
      // What eligibility reads (birth, groups); the phone as the reader sees it is left out.
      const { version: _v, createdAt: _c, updatedAt: _u, phone: _p, ...fields } = personItem
      const person = yield* Entity.decode(Person.Person)(fields)
      const enrollmentId = yield* enroll(actor, String(current.classId), id, person)
      return yield* Crud.update(table, actor, id, input.version, {
        ...decision,
        personId: person.id,
        enrollmentId,
      })
    }),
  )
})

/**
 * Enrolls the person of an accepted sign-up in its class: the domain's `Enrollment.register`, counting
 * the seats the other waiting sign-ups hold (this one's seat becomes the enrollment). A person already
 * in the class keeps their enrollment.
 */
const enroll = (actor: Actor, classId: string, signUpId: string, person: Person.Person) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const [classRow] = yield* sql<Crud.Row>`
      select t.*, coalesce((select array_agg(ct.topic_id order by ct.topic_id) from class_topics ct
        where ct.class_id = t.id), '{}') as topic_ids
      from classes t where t.id = ${classId} and t.deleted_at is null for update of t`
    if (classRow === undefined) {
      return yield* new Conflict({
        message: {
          vi: "Lớp của đăng ký này đã bị xoá; hãy từ chối đăng ký và ghi lý do",
          en: "The class of this sign-up was deleted; reject the sign-up with a reason",
        },
      })
    }
    const c = yield* Classes.decodeClass(Classes.table.toItem(classRow))
    const rows = yield* sql<Crud.Row>`
      select t.*, null as full_name from enrollments t where t.class_id = ${classId}`
    const enrollments = yield* Effect.forEach(rows, (row) =>
      Classes.decodeEnrollment(Classes.enrollmentsTable.toItem(row)),
    )
    const [held] = yield* sql<{ n: number }>`
      select count(*)::int as n from sign_ups
      where class_id = ${classId} and status = 'pending' and id <> ${signUpId}`
    const newId = Crud.newId()
    const result = Enrollment.register({
      id: Enrollment.EnrollmentId.make(newId),
      personId: person.id,
      person,
      class: c,
      enrollments,
      date: yield* Today.today,
      heldSeats: Number(held?.n ?? 0),
    })
    if (Result.isFailure(result)) {
      const failure = result.failure
      if (failure._tag === "Enrollment/AlreadyRegistered") {
        const found = enrollments.find((e) => e.personId === person.id)
        if (found !== undefined) return found.id as string
      }
      return yield* new Conflict({
        message:
          failure._tag === "Class/NotEligible"
            ? failure.reason
            : {
                vi: `${failure.text.vi}; không thể nhận đăng ký vào lớp này — hãy từ chối và ghi lý do`,
                en: `${failure.text.en}; the sign-up cannot be accepted into this class — reject it with a reason`,
              },
      })
    }
    // Written as the public sign-up's: the class may lie in another commune than the officer's.
    const { enrollment } = result.success
    yield* sql`insert into enrollments ${sql.insert({
      id: enrollment.id,
      classId: enrollment.classId,
      personId: enrollment.personId,
      status: enrollment.status,
      registeredOn: enrollment.registeredOn,
      updatedOn: enrollment.updatedOn,
    })}`
    yield* AuditLog.append({
      actor,
      entity: "enrollment",
      entityId: enrollment.id,
      action: "create",
      after: { ...enrollment, via: "sign-up", signUpId },
    })
    return enrollment.id as string
  })
