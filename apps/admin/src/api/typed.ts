/**
 * The resources the API has landed, through Hono's typed client: paths and response bodies come
 * from the API's own route types, so a change there breaks this build. List filters come from the
 * URL as strings, so their query is passed through as the route's query type.
 */
import { type ApiResource, unwrapVoid } from "./rest"
import type { Api, Rpc } from "./client"
import type { ClientResponse } from "hono/client"
import { type SuccessBody, unwrap } from "./http"

type Query<Endpoint extends { $get: (args: never) => unknown }> = Parameters<Endpoint["$get"]>[0] extends {
  query: infer Q
}
  ? Q
  : never

/** The body of a route's successful response. */
type Body<F extends (...args: never) => Promise<ClientResponse<unknown>>> = SuccessBody<
  Awaited<ReturnType<F>>
>

const listQuery = <Q>(query: Readonly<Record<string, string>>): Q => query as unknown as Q

export type HouseholdRecord = Body<Rpc["api"]["households"][":id"]["$get"]>
export type PersonRecord = Body<Rpc["api"]["people"][":id"]["$get"]>
export type OrganizationRecord = Body<Rpc["api"]["organizations"][":id"]["$get"]>
export type ClassRecord = Body<Rpc["api"]["classes"][":id"]["$get"]>
export type SkillRecordRecord = Body<Rpc["api"]["skill-records"][":id"]["$get"]>
export type GuideRecord = Body<Rpc["api"]["guides"][":id"]["$get"]>
export type SupportStaffRecord = Body<Rpc["api"]["support-staff"][":id"]["$get"]>
export type TeamRecord = Body<Rpc["api"]["teams"][":id"]["$get"]>
export type VisitRecord = Body<Rpc["api"]["visits"][":id"]["$get"]>
export type PostRecord = Body<Rpc["api"]["posts"][":id"]["$get"]>
export type EventRecord = Body<Rpc["api"]["events"][":id"]["$get"]>
export type TargetRecord = Body<Rpc["api"]["targets"][":id"]["$get"]>
export type UserRecord = Body<Rpc["api"]["users"][":id"]["$get"]>
export type AuditEntry = Body<Rpc["api"]["audit"]["$get"]>["items"][number]

export const households: ApiResource<HouseholdRecord> = {
  key: "households",
  list: (api, query) =>
    unwrap(api.rpc.api.households.$get({ query: listQuery<Query<Rpc["api"]["households"]>>(query) })),
  get: (api, id) => unwrap(api.rpc.api.households[":id"].$get({ param: { id } })),
  create: (api, input) => unwrap(api.rpc.api.households.$post({ json: input as never })),
  update: (api, id, version, input) =>
    unwrap(
      api.rpc.api.households[":id"].$patch({
        param: { id },
        json: { ...(input as object), version } as never,
      }),
    ),
  remove: (api, id, version) =>
    unwrapVoid(api.rpc.api.households[":id"].$delete({ param: { id }, query: { version: String(version) } })),
}

export const people: ApiResource<PersonRecord> = {
  key: "people",
  list: (api, query) =>
    unwrap(api.rpc.api.people.$get({ query: listQuery<Query<Rpc["api"]["people"]>>(query) })),
  get: (api, id) => unwrap(api.rpc.api.people[":id"].$get({ param: { id } })),
  create: (api, input) => unwrap(api.rpc.api.people.$post({ json: input as never })),
  update: (api, id, version, input) =>
    unwrap(
      api.rpc.api.people[":id"].$patch({ param: { id }, json: { ...(input as object), version } as never }),
    ),
  remove: (api, id, version) =>
    unwrapVoid(api.rpc.api.people[":id"].$delete({ param: { id }, query: { version: String(version) } })),
}

export const organizations: ApiResource<OrganizationRecord> = {
  key: "organizations",
  list: (api, query) =>
    unwrap(api.rpc.api.organizations.$get({ query: listQuery<Query<Rpc["api"]["organizations"]>>(query) })),
  get: (api, id) => unwrap(api.rpc.api.organizations[":id"].$get({ param: { id } })),
  create: (api, input) => unwrap(api.rpc.api.organizations.$post({ json: input as never })),
  update: (api, id, version, input) =>
    unwrap(
      api.rpc.api.organizations[":id"].$patch({
        param: { id },
        json: { ...(input as object), version } as never,
      }),
    ),
  remove: (api, id, version) =>
    unwrapVoid(
      api.rpc.api.organizations[":id"].$delete({ param: { id }, query: { version: String(version) } }),
    ),
}

export const classes: ApiResource<ClassRecord> = {
  key: "classes",
  list: (api, query) =>
    unwrap(api.rpc.api.classes.$get({ query: listQuery<Query<Rpc["api"]["classes"]>>(query) })),
  get: (api, id) => unwrap(api.rpc.api.classes[":id"].$get({ param: { id } })),
  create: (api, input) => unwrap(api.rpc.api.classes.$post({ json: input as never })),
  update: (api, id, version, input) =>
    unwrap(
      api.rpc.api.classes[":id"].$patch({ param: { id }, json: { ...(input as object), version } as never }),
    ),
  remove: (api, id, version) =>
    unwrapVoid(api.rpc.api.classes[":id"].$delete({ param: { id }, query: { version: String(version) } })),
}

export const skillRecords: ApiResource<SkillRecordRecord> = {
  key: "skill-records",
  list: (api, query) =>
    unwrap(
      api.rpc.api["skill-records"].$get({ query: listQuery<Query<Rpc["api"]["skill-records"]>>(query) }),
    ),
  get: (api, id) => unwrap(api.rpc.api["skill-records"][":id"].$get({ param: { id } })),
  create: (api, input) => unwrap(api.rpc.api["skill-records"].$post({ json: input as never })),
  update: (api, id, version, input) =>
    unwrap(
      api.rpc.api["skill-records"][":id"].$patch({
        param: { id },
        json: { ...(input as object), version } as never,
      }),
    ),
  remove: (api, id, version) =>
    unwrapVoid(
      api.rpc.api["skill-records"][":id"].$delete({ param: { id }, query: { version: String(version) } }),
    ),
}

export const guides: ApiResource<GuideRecord> = {
  key: "guides",
  list: (api, query) =>
    unwrap(api.rpc.api.guides.$get({ query: listQuery<Query<Rpc["api"]["guides"]>>(query) })),
  get: (api, id) => unwrap(api.rpc.api.guides[":id"].$get({ param: { id } })),
  create: (api, input) => unwrap(api.rpc.api.guides.$post({ json: input as never })),
  update: (api, id, version, input) =>
    unwrap(
      api.rpc.api.guides[":id"].$patch({ param: { id }, json: { ...(input as object), version } as never }),
    ),
  remove: (api, id, version) =>
    unwrapVoid(api.rpc.api.guides[":id"].$delete({ param: { id }, query: { version: String(version) } })),
}

export const supportStaff: ApiResource<SupportStaffRecord> = {
  key: "support-staff",
  list: (api, query) =>
    unwrap(
      api.rpc.api["support-staff"].$get({ query: listQuery<Query<Rpc["api"]["support-staff"]>>(query) }),
    ),
  get: (api, id) => unwrap(api.rpc.api["support-staff"][":id"].$get({ param: { id } })),
  create: (api, input) => unwrap(api.rpc.api["support-staff"].$post({ json: input as never })),
  update: (api, id, version, input) =>
    unwrap(
      api.rpc.api["support-staff"][":id"].$patch({
        param: { id },
        json: { ...(input as object), version } as never,
      }),
    ),
  remove: (api, id, version) =>
    unwrapVoid(
      api.rpc.api["support-staff"][":id"].$delete({ param: { id }, query: { version: String(version) } }),
    ),
}

export const teams: ApiResource<TeamRecord> = {
  key: "teams",
  list: (api, query) =>
    unwrap(api.rpc.api.teams.$get({ query: listQuery<Query<Rpc["api"]["teams"]>>(query) })),
  get: (api, id) => unwrap(api.rpc.api.teams[":id"].$get({ param: { id } })),
  create: (api, input) => unwrap(api.rpc.api.teams.$post({ json: input as never })),
  update: (api, id, version, input) =>
    unwrap(
      api.rpc.api.teams[":id"].$patch({ param: { id }, json: { ...(input as object), version } as never }),
    ),
  remove: (api, id, version) =>
    unwrapVoid(api.rpc.api.teams[":id"].$delete({ param: { id }, query: { version: String(version) } })),
}

export const visits: ApiResource<VisitRecord> = {
  key: "visits",
  list: (api, query) =>
    unwrap(api.rpc.api.visits.$get({ query: listQuery<Query<Rpc["api"]["visits"]>>(query) })),
  get: (api, id) => unwrap(api.rpc.api.visits[":id"].$get({ param: { id } })),
  create: (api, input) => unwrap(api.rpc.api.visits.$post({ json: input as never })),
  update: (api, id, version, input) =>
    unwrap(
      api.rpc.api.visits[":id"].$patch({ param: { id }, json: { ...(input as object), version } as never }),
    ),
  remove: (api, id, version) =>
    unwrapVoid(api.rpc.api.visits[":id"].$delete({ param: { id }, query: { version: String(version) } })),
}

export const posts: ApiResource<PostRecord> = {
  key: "posts",
  list: (api, query) =>
    unwrap(api.rpc.api.posts.$get({ query: listQuery<Query<Rpc["api"]["posts"]>>(query) })),
  get: (api, id) => unwrap(api.rpc.api.posts[":id"].$get({ param: { id } })),
  create: (api, input) => unwrap(api.rpc.api.posts.$post({ json: input as never })),
  update: (api, id, version, input) =>
    unwrap(
      api.rpc.api.posts[":id"].$patch({ param: { id }, json: { ...(input as object), version } as never }),
    ),
  remove: (api, id, version) =>
    unwrapVoid(api.rpc.api.posts[":id"].$delete({ param: { id }, query: { version: String(version) } })),
}

export const events: ApiResource<EventRecord> = {
  key: "events",
  list: (api, query) =>
    unwrap(api.rpc.api.events.$get({ query: listQuery<Query<Rpc["api"]["events"]>>(query) })),
  get: (api, id) => unwrap(api.rpc.api.events[":id"].$get({ param: { id } })),
  create: (api, input) => unwrap(api.rpc.api.events.$post({ json: input as never })),
  update: (api, id, version, input) =>
    unwrap(
      api.rpc.api.events[":id"].$patch({ param: { id }, json: { ...(input as object), version } as never }),
    ),
  remove: (api, id, version) =>
    unwrapVoid(api.rpc.api.events[":id"].$delete({ param: { id }, query: { version: String(version) } })),
}

export const targets: ApiResource<TargetRecord> = {
  key: "targets",
  list: (api, query) =>
    unwrap(api.rpc.api.targets.$get({ query: listQuery<Query<Rpc["api"]["targets"]>>(query) })),
  get: (api, id) => unwrap(api.rpc.api.targets[":id"].$get({ param: { id } })),
  create: (api, input) => unwrap(api.rpc.api.targets.$post({ json: input as never })),
  update: (api, id, version, input) =>
    unwrap(
      api.rpc.api.targets[":id"].$patch({ param: { id }, json: { ...(input as object), version } as never }),
    ),
  remove: (api, id, version) =>
    unwrapVoid(api.rpc.api.targets[":id"].$delete({ param: { id }, query: { version: String(version) } })),
}

export const users: ApiResource<UserRecord> = {
  key: "users",
  list: (api, query) =>
    unwrap(api.rpc.api.users.$get({ query: listQuery<Query<Rpc["api"]["users"]>>(query) })),
  get: (api, id) => unwrap(api.rpc.api.users[":id"].$get({ param: { id } })),
  create: (api, input) => unwrap(api.rpc.api.users.$post({ json: input as never })),
  update: (api, id, version, input) =>
    unwrap(
      api.rpc.api.users[":id"].$patch({ param: { id }, json: { ...(input as object), version } as never }),
    ),
  remove: () => Promise.reject(new Error("accounts are disabled, not deleted")),
}

/** The audit log's entries. */
export const auditLog = (api: Api, query: Readonly<Record<string, string>>) =>
  unwrap(api.rpc.api.audit.$get({ query: listQuery<Query<Rpc["api"]["audit"]>>(query) }))

/** A class's enrollments, each with the learner's name. */
export const enrollmentsOf = (api: Api, classId: string) =>
  unwrap(api.rpc.api.classes[":id"].enrollments.$get({ param: { id: classId }, query: { pageSize: "200" } }))
export type EnrollmentRecord = Body<Rpc["api"]["enrollments"][":id"]["$get"]>

/** Enrolls a person; the answer carries the domain's warning when the class is meant for others. */
export const enroll = (api: Api, classId: string, personId: string) =>
  unwrap(api.rpc.api.classes[":id"].enrollments.$post({ param: { id: classId }, json: { personId } }))

/** Moves an enrollment along the domain's transitions (registered → attended / no-show). */
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
