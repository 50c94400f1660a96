/**
 * Youth campaigns through Hono's typed client: a page of campaigns, a new campaign, the counts per
 * youth union base, and what an approved youth volunteer may join (campaigns and community teams).
 */
import type { Api, Rpc } from "./client"
import { type SuccessBody, unwrap } from "./http"

/** A campaign as the API returns it. */
export type YouthCampaignItem = SuccessBody<Awaited<ReturnType<Rpc["api"]["youth-campaigns"][":id"]["$get"]>>>

/** The counts of one youth union base. */
export type BaseCounts = SuccessBody<
  Awaited<ReturnType<Rpc["api"]["youth-campaigns"]["counts"]["$get"]>>
>[number]

/** A new campaign, as the API takes it. */
export type YouthCampaignInput = Parameters<Rpc["api"]["youth-campaigns"]["$post"]>[0]["json"]

/** A page of campaigns in the signed-in user's scope, latest first. */
export const youthCampaigns = (api: Api, query: { readonly page: string; readonly pageSize: string }) =>
  unwrap(api.rpc.api["youth-campaigns"].$get({ query: { ...query, sort: "from", order: "desc" } }))

/** Adds a campaign. */
export const createYouthCampaign = (api: Api, input: YouthCampaignInput) =>
  unwrap(api.rpc.api["youth-campaigns"].$post({ json: input }))

/** The counts per youth union base in a unit's subtree (the signed-in user's scope when absent). */
export const youthCounts = (api: Api, unitId?: string) =>
  unwrap(api.rpc.api["youth-campaigns"].counts.$get({ query: unitId === undefined ? {} : { unitId } }))

/** The youth union bases in scope, for a new campaign. */
export const youthBases = (api: Api) =>
  unwrap(api.rpc.api.organizations.$get({ query: { kind: "youth_union_base", pageSize: "100" } }))

/** The community teams in scope, which an approved volunteer may join. */
export const communityTeams = (api: Api) =>
  unwrap(api.rpc.api.teams.$get({ query: { kind: "community", pageSize: "100" } }))
