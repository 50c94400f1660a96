/**
 * The API's registries through Hono's typed client, one line each: paths, parameters, request bodies
 * and response bodies come from the API's own route declarations (`Route.define`), so a change there
 * breaks this build. Bodies are typed by the routes: a form encodes what it validated with the domain
 * schema, and the compiler checks that this is what the route takes.
 */
import { Schema } from "effect"
import type { ClientResponse } from "hono/client"
import type { Api, Rpc } from "./client"
import { type SuccessBody, unwrap } from "./http"
import { type Page, unwrapVoid } from "./rest"

type Responds = ClientResponse<unknown>

/** The routes of a resource, as the typed client has them at `/api/<name>` and `/api/<name>/:id`. */
interface Routes<
  Query,
  Input,
  Patch,
  Listed extends Responds,
  Created extends Responds,
  Got extends Responds,
  Updated extends Responds,
  Deleted extends Responds,
> {
  $get(args: { query: Query }): Promise<Listed>
  $post(args: { json: Input }): Promise<Created>
  ":id": {
    $get(args: { param: { id: string } }): Promise<Got>
    $patch(args: { param: { id: string }; json: Patch }): Promise<Updated>
    /** Absent where records are kept (accounts are disabled instead). */
    $delete?(args: { param: { id: string }; query: { version?: string } }): Promise<Deleted>
  }
}

/**
 * List filters come from the page's URL as strings; the API validates them (a bad one is a 400 naming
 * the field), so they are passed on as the route's query: the one place a type is asserted here.
 */
const fromUrl = <Query>(query: Readonly<Record<string, string>>): Query => query as Query

/** The operations of a resource: list, get, create, versioned update, delete. */
const crud = <
  Query,
  Input,
  Patch extends { readonly version: number },
  Listed extends Responds,
  Created extends Responds,
  Got extends Responds,
  Updated extends Responds,
  Deleted extends Responds,
>(
  key: string,
  routes: (rpc: Rpc) => Routes<Query, Input, Patch, Listed, Created, Got, Updated, Deleted>,
) => ({
  key,
  list: (api: Api, query: Readonly<Record<string, string>>) =>
    unwrap(routes(api.rpc).$get({ query: fromUrl<Query>(query) })),
  get: (api: Api, id: string) => unwrap(routes(api.rpc)[":id"].$get({ param: { id } })),
  create: (api: Api, input: Input) => unwrap(routes(api.rpc).$post({ json: input })),
  /** Changes a record; `patch` carries the version it was based on (a stale one is a 409). */
  update: (api: Api, id: string, patch: Patch) =>
    unwrap(routes(api.rpc)[":id"].$patch({ param: { id }, json: patch })),
  remove: (api: Api, id: string, version: number) => {
    const member = routes(api.rpc)[":id"]
    return member.$delete === undefined
      ? Promise.reject(new Error(`${key} are kept, not deleted`))
      : unwrapVoid(member.$delete({ param: { id }, query: { version: String(version) } }))
  },
})

/**
 * Sends what a form validated: encoded by the domain schema of the body (keys outside it, such as a
 * draft id, are dropped), created, or changed from the record it edits. The compiler checks that the
 * schema's encoded type is what the resource's create and update routes take.
 */
export const sender =
  <Body, Item>(
    resource: {
      readonly create: (api: Api, input: NoInfer<Body>) => Promise<Item>
      readonly update: (
        api: Api,
        id: string,
        patch: NoInfer<Body> & { readonly version: number },
      ) => Promise<Item>
    },
    body: Schema.ConstraintEncoder<unknown> & { readonly Encoded: Body },
  ) =>
  (api: Api, value: unknown, existing: { readonly id: string; readonly version: number } | undefined) => {
    const encoded = Schema.encodeUnknownSync(body)(value)
    return existing === undefined
      ? resource.create(api, encoded)
      : resource.update(api, existing.id, { ...encoded, version: existing.version })
  }

export const households = crud("households", (rpc) => rpc.api.households)
export const people = crud("people", (rpc) => rpc.api.people)
export const organizations = crud("organizations", (rpc) => rpc.api.organizations)
export const classes = crud("classes", (rpc) => rpc.api.classes)
export const skillRecords = crud("skill-records", (rpc) => rpc.api["skill-records"])
export const guides = crud("guides", (rpc) => rpc.api.guides)
export const supportStaff = crud("support-staff", (rpc) => rpc.api["support-staff"])
export const teams = crud("teams", (rpc) => rpc.api.teams)
export const visits = crud("visits", (rpc) => rpc.api.visits)
export const posts = crud("posts", (rpc) => rpc.api.posts)
export const events = crud("events", (rpc) => rpc.api.events)
export const targets = crud("targets", (rpc) => rpc.api.targets)
export const users = crud("users", (rpc) => rpc.api.users)

/** The body of a resource's records, as its `GET /:id` returns them. */
type RecordOf<R extends { readonly get: (api: Api, id: string) => Promise<unknown> }> = Awaited<
  ReturnType<R["get"]>
>

export type HouseholdRecord = RecordOf<typeof households>
export type PersonRecord = RecordOf<typeof people>
export type OrganizationRecord = RecordOf<typeof organizations>
export type ClassRecord = RecordOf<typeof classes>
export type SkillRecordRecord = RecordOf<typeof skillRecords>
export type GuideRecord = RecordOf<typeof guides>
export type SupportStaffRecord = RecordOf<typeof supportStaff>
export type TeamRecord = RecordOf<typeof teams>
export type VisitRecord = RecordOf<typeof visits>
export type PostRecord = RecordOf<typeof posts>
export type EventRecord = RecordOf<typeof events>
export type TargetRecord = RecordOf<typeof targets>
export type UserRecord = RecordOf<typeof users>

/** The body of a route's successful response. */
type Body<F extends (...args: never) => Promise<Responds>> = SuccessBody<Awaited<ReturnType<F>>>

export type AuditEntry = Body<Rpc["api"]["audit"]["$get"]>["items"][number]

/** The audit log's entries. */
export const auditLog = (api: Api, query: Readonly<Record<string, string>>) =>
  unwrap(api.rpc.api.audit.$get({ query: fromUrl(query) }))

/** A class's enrollments, each with the learner's name. */
export const enrollmentsOf = (api: Api, classId: string) =>
  unwrap(api.rpc.api.classes[":id"].enrollments.$get({ param: { id: classId }, query: { pageSize: "200" } }))
export type EnrollmentRecord = Body<Rpc["api"]["enrollments"][":id"]["$get"]>

/** Enrolls a person; the answer carries the domain's warning when the class is meant for others. */
export const enroll = (api: Api, classId: string, personId: string) =>
  unwrap(api.rpc.api.classes[":id"].enrollments.$post({ param: { id: classId }, json: { personId } }))

/** Moves an enrollment along the domain's transitions (registered → attended / no-show, and back). */
export const setEnrollmentStatus = (
  api: Api,
  enrollment: EnrollmentRecord,
  status: EnrollmentRecord["status"],
) =>
  unwrap(
    api.rpc.api.enrollments[":id"].$patch({
      param: { id: enrollment.id },
      json: { status, version: enrollment.version },
    }),
  )

/** Completes a class: every attended enrollment becomes completed and its topics are recorded. */
export const completeClass = (api: Api, classItem: ClassRecord) =>
  unwrap(
    api.rpc.api.classes[":id"].complete.$post({
      param: { id: classItem.id },
      json: { version: classItem.version },
    }),
  )

/** A guide's learners. */
export const guideLearners = (api: Api, guideId: string) =>
  unwrap(api.rpc.api.guides[":id"].learners.$get({ param: { id: guideId } }))

/** Records that a guide taught a learner on a day. */
export const addLearner = (api: Api, guideId: string, learnerId: string, date: string) =>
  unwrap(api.rpc.api.guides[":id"].learners.$post({ param: { id: guideId }, json: { learnerId, date } }))

export type { Page }
