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
export type UserRecord = Body<Rpc["api"]["users"][":id"]["$get"]>
export type AuditEntry = Body<Rpc["api"]["audit"]["$get"]>["items"][number]

export const households: ApiResource<HouseholdRecord> = {
  key: "households",
  list: (api: Api, query) =>
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
