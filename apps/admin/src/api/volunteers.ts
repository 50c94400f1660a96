/**
 * Volunteer applications from the public site, through Hono's typed client: the list of a commune's
 * applications and an admin's decision on one.
 */
import type { Api, Rpc } from "./client"
import { type SuccessBody, unwrap } from "./http"

/** An application as the API returns it. */
export type VolunteerApplication = SuccessBody<Awaited<ReturnType<Rpc["api"]["volunteers"][":id"]["$get"]>>>

/** Where an application stands. */
export type ApplicationStatus = VolunteerApplication["status"]

/** What the list asks: a status, a search, a page. */
export interface ApplicationQuery {
  readonly status: ApplicationStatus
  readonly q?: string
  readonly page: string
  readonly pageSize: string
}

/** A page of applications in the signed-in user's scope. */
export const volunteerApplications = (api: Api, query: ApplicationQuery) =>
  unwrap(api.rpc.api.volunteers.$get({ query }))

/** Approves or rejects an application, based on the version the admin saw; a youth volunteer's approval names the campaign or team they join. */
export const decideApplication = (
  api: Api,
  application: VolunteerApplication,
  decision: "approved" | "rejected",
  joins?: Joins,
) =>
  unwrap(
    api.rpc.api.volunteers[":id"].decision.$post({
      param: { id: application.id },
      json: { decision, version: application.version, ...(joins === undefined ? {} : { joins }) },
    }),
  )

/** What an approved youth volunteer joins: a youth campaign or a community team. */
export type Joins = { readonly campaignId: string } | { readonly teamId: string }
