/**
 * The two API routes of working offline, through the typed client: the snapshot of a team's worklist
 * a phone keeps, and the replay of the visits it recorded (each applied once by its key).
 */
import type { Api, Rpc } from "../api/client"
import { type SuccessBody, unwrap } from "../api/http"

type SnapshotRoute = Rpc["api"]["visits"]["offline"][":teamId"]["$get"]
type SyncRoute = Rpc["api"]["visits"]["sync"]["$post"]

/** The team's worklist and what recording a visit needs, as the server sent it. */
export type OfflineSnapshot = SuccessBody<Awaited<ReturnType<SnapshotRoute>>>
/** A household of the snapshot. */
export type OfflineHousehold = OfflineSnapshot["households"][number]
/** A household member of the snapshot (phone masked for team leaders). */
export type OfflineMember = OfflineSnapshot["members"][number]
/** The server's answer for one key. */
export type ReplayResult = SuccessBody<Awaited<ReturnType<SyncRoute>>>["results"][number]
/** A visit the server could not apply, and why. */
export type ReplayRejection = Extract<ReplayResult, { _tag: "Rejected" }>
/** A visit as `POST /api/visits` takes it. */
export interface VisitInput {
  readonly teamId: string
  readonly householdId: string
  readonly date: string
  readonly helpedIds: ReadonlyArray<string>
  readonly topicIds: ReadonlyArray<string>
  readonly vneidLevel2Ids: ReadonlyArray<string>
  readonly digitalBankIds: ReadonlyArray<string>
}

/** The snapshot of a team's worklist. */
export const fetchSnapshot = (api: Api, teamId: string): Promise<OfflineSnapshot> =>
  unwrap(api.rpc.api.visits.offline[":teamId"].$get({ param: { teamId } }))

/** Sends visits recorded on the phone; the answers come in the order sent. */
export const replay = (
  api: Api,
  items: ReadonlyArray<{ readonly key: string; readonly seenUnitId: string; readonly visit: VisitInput }>,
): Promise<ReadonlyArray<ReplayResult>> =>
  unwrap(api.rpc.api.visits.sync.$post({ json: { items: items.map((item) => ({ ...item })) } })).then(
    (body) => body.results,
  )
