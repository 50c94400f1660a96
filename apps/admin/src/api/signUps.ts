/**
 * The review queue of public sign-ups, through Hono's typed client: the commune's list, the count the
 * dashboard shows, one sign-up with the registered people it may be, and the officer's decision.
 */
import type { Api, Rpc } from "./client"
import { type SuccessBody, unwrap } from "./http"

type SignUpRoute = Rpc["api"]["sign-ups"][":id"]

/** A sign-up as the API returns it. */
export type SignUpItem = SuccessBody<Awaited<ReturnType<SignUpRoute["$get"]>>>

/** Where a sign-up stands. */
export type SignUpStatus = SignUpItem["status"]

/** A registered person the sign-up may be. */
export type SignUpCandidate = SuccessBody<Awaited<ReturnType<SignUpRoute["candidates"]["$get"]>>>[number]

/** The officer's decision, as the API takes it. */
export type SignUpDecision = Parameters<SignUpRoute["decision"]["$post"]>[0]["json"]

/** What the queue asks: a status, a search, a page. */
export interface SignUpQuery {
  readonly status: SignUpStatus
  readonly q?: string
  readonly page: string
  readonly pageSize: string
}

/** A page of sign-ups in the signed-in user's scope. */
export const signUps = (api: Api, query: SignUpQuery) => unwrap(api.rpc.api["sign-ups"].$get({ query }))

/** How many sign-ups wait in the signed-in user's scope. */
export const pendingSignUps = (api: Api) => unwrap(api.rpc.api["sign-ups"]["pending-count"].$get())

/** One sign-up. */
export const signUp = (api: Api, id: string) => unwrap(api.rpc.api["sign-ups"][":id"].$get({ param: { id } }))

/** The registered people a sign-up may be, likeliest first. */
export const signUpCandidates = (api: Api, id: string) =>
  unwrap(api.rpc.api["sign-ups"][":id"].candidates.$get({ param: { id } }))

/** Matches, registers or rejects a sign-up, based on the version the officer saw. */
export const decideSignUp = (api: Api, id: string, decision: SignUpDecision) =>
  unwrap(api.rpc.api["sign-ups"][":id"].decision.$post({ param: { id }, json: decision }))

/** The households of a village, for choosing the new person's household. */
export const villageHouseholds = (api: Api, unitId: string) =>
  unwrap(api.rpc.api.households.$get({ query: { unitId, pageSize: "100", sort: "code" } }))
