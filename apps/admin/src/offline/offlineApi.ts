/**
 * The API routes of working offline, through the typed client: the snapshots a phone keeps (a team's
 * worklist, a guide's learners) and the replay of what it recorded (visits, learning records), each
 * write applied once by its key.
 */
import type { Api, Rpc } from "../api/client"
import { type SuccessBody, unwrap } from "../api/http"

type SnapshotRoute = Rpc["api"]["visits"]["offline"][":teamId"]["$get"]
type SyncRoute = Rpc["api"]["visits"]["sync"]["$post"]
type GuideSnapshotRoute = Rpc["api"]["guides"][":id"]["offline"]["$get"]
type GuideSyncRoute = Rpc["api"]["guides"][":id"]["learners"]["sync"]["$post"]

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

/** A guide's learners, the latest records and the quota, as the server sent them. */
export type GuideSnapshot = SuccessBody<Awaited<ReturnType<GuideSnapshotRoute>>>
/** A learner of the guide's snapshot. */
export type OfflineLearner = GuideSnapshot["learners"][number]
/** The server's answer for one learning record. */
export type LearningResult = SuccessBody<Awaited<ReturnType<GuideSyncRoute>>>["results"][number]
/** A learning record the server could not apply, and why. */
export type LearningRejection = Extract<LearningResult, { _tag: "Rejected" }>
/** A learning record as `POST /api/guides/:id/learners` takes it. */
export interface LearningInput {
  readonly learnerId: string
  readonly date: string
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

/** The snapshot of a guide's learners. */
export const fetchGuideSnapshot = (api: Api, guideId: string): Promise<GuideSnapshot> =>
  unwrap(api.rpc.api.guides[":id"].offline.$get({ param: { id: guideId } }))

/** Sends a guide's learning records made on the phone; the answers come in the order sent. */
export const replayLearning = (
  api: Api,
  guideId: string,
  items: ReadonlyArray<{ readonly key: string; readonly link: LearningInput }>,
): Promise<ReadonlyArray<LearningResult>> =>
  unwrap(
    api.rpc.api.guides[":id"].learners.sync.$post({
      param: { id: guideId },
      json: { items: items.map((item) => ({ ...item })) },
    }),
  ).then((body) => body.results)
