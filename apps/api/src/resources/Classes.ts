/**
 * Classes, their enrollments and attendance. Who may join, seats, the enrollment state machine and what
 * completing records are the domain's (`Enrollment.register`, `Enrollment.transition`,
 * `Enrollment.complete`); this module loads the records they judge and stores what they return, each
 * change in one transaction with its audit entries.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Class from "@bdhv/domain/Class"
import * as Enrollment from "@bdhv/domain/Enrollment"
import * as Person from "@bdhv/domain/Person"
import * as Text from "@bdhv/domain/Text"
import { Clock, DateTime, Effect, Result, Schema, Struct } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as AuditLog from "../audit/AuditLog.js"
import type { Actor } from "../auth/Actor.js"
import * as Access from "../security/Access.js"
import { Conflict, StaleVersion } from "../ServiceError.js"
import * as Crud from "./Crud.js"
import * as Entity from "./Entity.js"
import * as ListQuery from "./ListQuery.js"
import * as People from "./People.js"
import * as Resource from "./Resource.js"
import { subtree } from "./Scope.js"
import * as Today from "../Today.js"

const classFields = Struct.omit(Class.Class.fields, ["id"])

/** A class as the API returns it: the domain's class, the seats taken, and metadata. */
export const Item = Schema.Struct({
  ...Class.Class.fields,
  enrolled: Schema.Number,
  /** Seats held by public sign-ups waiting for the commune's review (the domain's `SignUp.holdsSeat`). */
  pendingSignUps: Schema.Number,
  ...Entity.Meta,
}).annotate({
  identifier: "Class",
})
/** A class as the API returns it. */
export type Item = typeof Item.Encoded

/** A new class. */
export const Input = Schema.Struct(classFields).annotate({ identifier: "ClassInput" })
/** Changes to a class. */
export const Patch = Entity.patchOf(classFields).annotate({ identifier: "ClassPatch" })

const sortKeys = ["startsAt", "title"] as const

/** List parameters: search by title, a unit's subtree, audience, status, organization, period. */
export const ListParams = Schema.Struct({
  ...ListQuery.fields(sortKeys),
  unitId: Schema.optionalKey(Schema.String),
  audience: Schema.optionalKey(Class.Audience),
  status: Schema.optionalKey(Class.ClassStatus),
  organizationId: Schema.optionalKey(Schema.String),
  from: Schema.optionalKey(ListQuery.DateParam),
  to: Schema.optionalKey(ListQuery.DateParam),
}).annotate({ identifier: "ClassListParams" })

const seatsTaken =
  "(select count(*)::int from enrollments e where e.class_id = t.id and e.status <> 'no_show') as enrolled"
const seatsHeld =
  "(select count(*)::int from sign_ups s where s.class_id = t.id and s.status = 'pending') as pending_sign_ups"
const topicIdsColumn =
  "coalesce((select array_agg(ct.topic_id order by ct.topic_id) from class_topics ct where ct.class_id = t.id), '{}') as topic_ids"

const instantOf = (value: unknown): string => Entity.isoOf(value)

/** The classes' table. */
export const table: Crud.Table<Item> = {
  entity: "class",
  table: "classes",
  unitOf: "t.unit_id",
  softDelete: true,
  searchColumn: "t.title_folded",
  extraColumns: `${topicIdsColumn}, ${seatsTaken}, ${seatsHeld}`,
  sorts: { startsAt: "t.starts_at", title: "t.title_folded" },
  toItem: (row) => ({
    id: String(row.id),
    unitId: String(row.unitId),
    title: String(row.title),
    audience: row.audience as Class.Audience,
    topicIds: (row.topicIds as ReadonlyArray<string> | null) ?? [],
    startsAt: instantOf(row.startsAt),
    durationMinutes: Number(row.durationMinutes),
    mode: row.mode as Class.Mode,
    venue: (row.venue as string | null) ?? null,
    capacity: Number(row.capacity),
    instructorIds: (row.instructorIds as ReadonlyArray<string> | null) ?? [],
    organizationId: (row.organizationId as string | null) ?? null,
    status: row.status as Class.ClassStatus,
    enrolled: Number(row.enrolled ?? 0),
    pendingSignUps: Number(row.pendingSignUps ?? 0),
    ...Entity.metaOf(row),
  }),
}

/** The classes service. */
export const service = Resource.make({
  table,
  schema: Class.Class,
  Input,
  Patch,
  toRow: (c: Class.Class) => ({
    unitId: c.unitId,
    title: c.title,
    titleFolded: Text.searchKey(c.title),
    audience: c.audience,
    startsAt: DateTime.toDate(c.startsAt),
    durationMinutes: c.durationMinutes,
    mode: c.mode,
    venue: c.venue,
    capacity: c.capacity,
    instructorIds: c.instructorIds,
    organizationId: c.organizationId,
    status: c.status,
  }),
  check: (actor: Actor, c: Class.Class) =>
    Effect.gen(function* () {
      yield* Entity.requireUnit(actor, c.unitId, "unitId")
      yield* Entity.requireTopics("topicIds", c.topicIds)
      yield* Entity.requireReferences(undefined, Entity.references.person, "instructorIds", c.instructorIds)
      if (c.organizationId !== null) {
        yield* Entity.requireReferences(undefined, Entity.references.organization, "organizationId", [
          c.organizationId,
        ])
      }
    }),
  afterWrite: (_actor: Actor, c: Class.Class) =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      yield* sql`delete from class_topics where class_id = ${c.id}`
      yield* Crud.insertRows(
        "class_topics",
        [...new Set(c.topicIds)].map((topicId) => ({ classId: c.id, topicId })),
      )
    }),
  beforeDelete: (_actor: Actor, id: string) =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const [row] = yield* sql<{ n: number }>`
        select count(*)::int as n from enrollments where class_id = ${id} and status = 'completed'`
      if ((row?.n ?? 0) > 0) {
        return yield* new Conflict({
          message: {
            vi: "Lớp đã có người hoàn thành; hãy huỷ lớp thay vì xoá",
            en: "People have completed this class; cancel it instead of deleting it",
          },
        })
      }
    }),
  filters: (sql: SqlClient.SqlClient, params: typeof ListParams.Type, today: string) => [
    params.unitId === undefined ? undefined : sql`t.unit_id in ${subtree(sql, params.unitId, today)}`,
    params.audience === undefined ? undefined : sql`t.audience = ${params.audience}`,
    params.status === undefined ? undefined : sql`t.status = ${params.status}`,
    params.organizationId === undefined ? undefined : sql`t.organization_id = ${params.organizationId}`,
    params.from === undefined
      ? undefined
      : sql`t.starts_at >= ${new Date(CalendarDate.startInstant(params.from))}`,
    params.to === undefined
      ? undefined
      : sql`t.starts_at < ${new Date(CalendarDate.startInstant(CalendarDate.addDays(params.to, 1)))}`,
  ],
})

// ---------------------------------------------------------------------------------------------------------
// Enrollments

/** An enrollment as the API returns it, with the learner's name and, at registration, any warning. */
export const EnrollmentItem = Schema.Struct({
  ...Enrollment.Enrollment.fields,
  fullName: Schema.String,
  ...Entity.Meta,
}).annotate({ identifier: "Enrollment" })
/** An enrollment as the API returns it. */
export type EnrollmentItem = typeof EnrollmentItem.Encoded

/** A registration: who joins the class. */
export const EnrollInput = Schema.Struct({ personId: Person.PersonId }).annotate({
  identifier: "EnrollInput",
})

/** A registration's answer: the enrollment and, when the person is not who the class is for, why. */
export const Registered = Schema.Struct({
  ...EnrollmentItem.fields,
  warning: Schema.NullOr(Schema.Struct({ vi: Schema.String, en: Schema.String })),
}).annotate({ identifier: "Registered" })

/** A status change: attended, no-show, or completed (which records the class's topics). */
export const StatusInput = Schema.Struct({
  status: Enrollment.Status,
  version: Entity.Version,
}).annotate({ identifier: "EnrollmentStatusInput" })

/** Completing a class: the version of the class it is based on. */
export const CompleteInput = Schema.Struct({ version: Entity.Version }).annotate({
  identifier: "CompleteInput",
})

/** What completing a class did. */
export const Completion = Schema.Struct({ completed: Schema.Number, skillRecords: Schema.Number }).annotate({
  identifier: "Completion",
})

/** Enrollment list parameters. */
export const EnrollmentListParams = Schema.Struct({
  ...ListQuery.fields(["name", "registeredOn", "status"] as const),
  status: Schema.optionalKey(Enrollment.Status),
}).annotate({ identifier: "EnrollmentListParams" })

/** The enrollments' table, scoped by the class's unit. */
export const enrollmentsTable: Crud.Table<EnrollmentItem> = {
  entity: "enrollment",
  table: "enrollments",
  unitOf: "(select c.unit_id from classes c where c.id = t.class_id)",
  softDelete: false,
  searchColumn: "(select p.name_folded from people p where p.id = t.person_id)",
  extraColumns: "(select p.full_name from people p where p.id = t.person_id) as full_name",
  sorts: {
    name: "(select p.name_folded from people p where p.id = t.person_id)",
    registeredOn: "t.registered_on",
    status: "t.status",
  },
  toItem: (row) => ({
    id: String(row.id),
    classId: String(row.classId),
    personId: String(row.personId),
    status: row.status as Enrollment.Status,
    registeredOn: String(row.registeredOn),
    updatedOn: String(row.updatedOn),
    fullName: String(row.fullName ?? ""),
    ...Entity.metaOf(row),
  }),
}

const withoutMeta = (item: Readonly<Record<string, unknown>>) => {
  const { version: _v, createdAt: _c, updatedAt: _u, ...fields } = item
  return fields
}

/** The domain fields of a class or enrollment item, without what the API adds (seats, learner's name). */
const withoutExtras = (item: Readonly<Record<string, unknown>>) => {
  const { enrolled: _e, pendingSignUps: _p, fullName: _f, ...fields } = withoutMeta(item)
  return fields
}

/** The domain's class of a class item. */
export const decodeClass = (item: Item) => Entity.decode(Class.Class)(withoutExtras(item))
/** The domain's enrollment of an enrollment item. */
export const decodeEnrollment = (item: EnrollmentItem) =>
  Entity.decode(Enrollment.Enrollment)(withoutExtras(item))

/** A domain refusal (class full, not eligible, wrong transition…) as a 409 with its words. */
const refused = (error: { readonly text: { readonly vi: string; readonly en: string } }) =>
  new Conflict({ message: error.text })

/** The enrollments of a class. */
export const listEnrollments = Effect.fn("Classes.listEnrollments")(function* (
  actor: Actor,
  classId: string,
  params: typeof EnrollmentListParams.Type,
) {
  yield* Crud.findRow(table, actor, classId)
  return yield* Crud.list(enrollmentsTable, actor, params, (sql) => [
    sql`t.class_id = ${classId}`,
    params.status === undefined ? undefined : sql`t.status = ${params.status}`,
  ])
})

/** An enrollment. */
export const getEnrollment = (actor: Actor, id: string) => Crud.get(enrollmentsTable, actor, id)

/** Registers a person in a class, if the domain allows it. */
export const enroll = Effect.fn("Classes.enroll")(function* (
  actor: Actor,
  classId: string,
  input: typeof EnrollInput.Type,
) {
  yield* Access.require(actor, "enrollments", "write")
  const sql = yield* SqlClient.SqlClient
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      const classItem = table.toItem(yield* Crud.findRow(table, actor, classId, { lock: true }))
      const c = yield* decodeClass(classItem)
      yield* Entity.requireReferences(actor, Entity.references.person, "personId", [input.personId])
      const personItem = yield* Crud.get(People.table, actor, input.personId)
      const person = yield* Entity.decode(Person.Person)(withoutMeta(personItem))
      const existing = yield* sql<Crud.Row>`
        select t.*, null as full_name from enrollments t where t.class_id = ${classId}`
      const enrollments = yield* Effect.forEach(existing, (row) =>
        decodeEnrollment(enrollmentsTable.toItem(row)),
      )
      const id = Crud.newId()
      const result = Enrollment.register({
        id: Enrollment.EnrollmentId.make(id),
        personId: person.id,
        person,
        class: c,
        enrollments,
        date: yield* Today.today,
        heldSeats: classItem.pendingSignUps,
      })
      if (Result.isFailure(result)) return yield* refused(result.failure)
      const { enrollment, warning } = result.success
      const item = yield* Crud.insert(enrollmentsTable, actor, {
        id,
        classId,
        personId: enrollment.personId,
        status: enrollment.status,
        registeredOn: enrollment.registeredOn,
        updatedOn: enrollment.updatedOn,
      })
      return { ...item, warning: warning ?? null }
    }),
  )
})

const storeCompletion = (actor: Actor, completed: Enrollment.Completed, version: number) =>
  Effect.gen(function* () {
    const item = yield* Crud.update(enrollmentsTable, actor, completed.enrollment.id, version, {
      status: completed.enrollment.status,
      updatedOn: completed.enrollment.updatedOn,
    })
    yield* Crud.insertRows(
      "skill_records",
      completed.skillRecords.map((record) => ({
        id: record.id,
        personId: record.personId,
        topicId: record.topicId,
        achievedOn: record.date,
        source: record.source,
        evidenceId: record.evidenceId,
        recordedBy: record.recordedBy,
      })),
    )
    for (const record of completed.skillRecords) {
      yield* AuditLog.append({
        actor,
        entity: "skill_record",
        entityId: record.id,
        action: "create",
        after: record,
      })
    }
    return item
  })

/**
 * Moves an enrollment along the domain's transitions: registered → attended or no-show; attended →
 * completed, which records the class's topics for the person in the same transaction.
 */
export const setStatus = Effect.fn("Classes.setStatus")(function* (
  actor: Actor,
  id: string,
  input: typeof StatusInput.Type,
) {
  yield* Access.require(actor, "enrollments", "write")
  const sql = yield* SqlClient.SqlClient
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      const current = enrollmentsTable.toItem(
        yield* Crud.findRow(enrollmentsTable, actor, id, { lock: true }),
      )
      if (current.version !== input.version) {
        return yield* new StaleVersion({
          entity: "enrollment",
          id,
          expected: input.version,
          actual: current.version,
        })
      }
      const enrollment = yield* decodeEnrollment(current)
      if (input.status === "completed") {
        const c = yield* decodeClass(yield* Crud.get(table, actor, enrollment.classId))
        const completed = Enrollment.complete(enrollment, c, yield* Today.today, actor.userId)
        if (Result.isFailure(completed)) return yield* refused(completed.failure)
        return yield* storeCompletion(actor, completed.success, input.version)
      }
      const moved =
        input.status === "attended" || input.status === "no_show"
          ? Enrollment.recordAttendance(
              enrollment,
              yield* decodeClass(yield* Crud.get(table, actor, enrollment.classId)),
              input.status,
              yield* Clock.currentTimeMillis,
            )
          : Enrollment.transition(enrollment, input.status, yield* Today.today)
      if (Result.isFailure(moved)) return yield* refused(moved.failure)
      return yield* Crud.update(enrollmentsTable, actor, id, input.version, {
        status: moved.success.status,
        updatedOn: moved.success.updatedOn,
      })
    }),
  )
})

/** Removes a registration; a completed one stays (its skill records rest on it). */
export const unenroll = Effect.fn("Classes.unenroll")(function* (
  actor: Actor,
  id: string,
  version: number | undefined,
) {
  yield* Access.require(actor, "enrollments", "write")
  const sql = yield* SqlClient.SqlClient
  yield* sql.withTransaction(
    Effect.gen(function* () {
      const current = enrollmentsTable.toItem(
        yield* Crud.findRow(enrollmentsTable, actor, id, { lock: true }),
      )
      if (current.status === "completed") {
        return yield* new Conflict({
          message: {
            vi: "Không thể xoá đăng ký đã hoàn thành",
            en: "A completed enrollment cannot be removed",
          },
        })
      }
      yield* Crud.remove(enrollmentsTable, actor, id, version)
    }),
  )
})

/**
 * Completes a class: every attended enrollment becomes completed with the class's topics recorded, and
 * the class is marked held — all in one transaction, or nothing.
 */
export const complete = Effect.fn("Classes.complete")(function* (
  actor: Actor,
  classId: string,
  input: typeof CompleteInput.Type,
) {
  yield* Access.require(actor, "classes", "write")
  const sql = yield* SqlClient.SqlClient
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      const item = table.toItem(yield* Crud.findRow(table, actor, classId, { lock: true }))
      if (item.version !== input.version) {
        return yield* new StaleVersion({
          entity: "class",
          id: classId,
          expected: input.version,
          actual: item.version,
        })
      }
      const c = yield* decodeClass(item)
      if (c.status === "cancelled") {
        return yield* new Conflict({ message: { vi: "Lớp đã bị hủy", en: "The class was cancelled" } })
      }
      const attended = yield* sql<Crud.Row>`
        select t.*, null as full_name from enrollments t
        where t.class_id = ${classId} and t.status = 'attended' order by t.id for update`
      let skillRecords = 0
      for (const row of attended) {
        const enrollment = yield* decodeEnrollment(enrollmentsTable.toItem(row))
        const completed = Enrollment.complete(enrollment, c, yield* Today.today, actor.userId)
        if (Result.isFailure(completed)) return yield* refused(completed.failure)
        yield* storeCompletion(actor, completed.success, Number(row.version))
        skillRecords += completed.success.skillRecords.length
      }
      yield* Crud.update(table, actor, classId, input.version, { status: "held" })
      return { completed: attended.length, skillRecords }
    }),
  )
})
