/**
 * For a phone that works offline: `GET /api/visits/offline/:teamId` (the team's worklist to keep) and
 * `POST /api/visits/sync` (the visits it recorded, each applied once by its key). The visits' own five
 * routes are in `records.ts`.
 */
import { Schema } from "effect"
import { actorOf } from "../auth/Session.js"
import * as Route from "../http/Route.js"
import * as Replay from "../offline/Replay.js"
import * as VisitSync from "../offline/VisitSync.js"

const TeamParam = Schema.Struct({
  teamId: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(100)),
})
const tag = "Teams"

/** The offline routes of visits. */
export const visitOfflineRoutes = [
  Route.define({
    method: "get",
    path: "/api/visits/offline/:teamId",
    resource: "visits",
    tag,
    summary: {
      vi: "Danh sách hộ cần đến của một tổ, để giữ trên điện thoại",
      en: "A team's worklist, to keep on a phone",
    },
    description: {
      vi: `Các hộ của những thôn tổ phụ trách (tối đa ${VisitSync.householdCap} hộ), thành viên và lượt đến gần đây; số điện thoại được che như với tổ trưởng.`,
      en: `The households of the team's villages (at most ${VisitSync.householdCap}), their members and recent visits; phones masked as for team leaders.`,
    },
    params: TeamParam,
    responses: { 200: VisitSync.Snapshot },
    handler: ({ param }, c) => {
      // Kept by the app in its own store, wiped on sign-out: no copy in the browser's HTTP cache.
      c.header("cache-control", "private, no-store")
      return c.var.run(VisitSync.snapshot(actorOf(c), param.teamId))
    },
  }),
  Route.define({
    method: "post",
    path: "/api/visits/sync",
    resource: "visits",
    tag,
    summary: {
      vi: "Gửi những lượt đến nhà ghi trên điện thoại khi không có mạng",
      en: "Send the visits a phone recorded offline",
    },
    description: {
      vi: `Mỗi lượt mang một khoá do điện thoại tạo; gửi lại cùng khoá chỉ được ghi một lần. Tối đa ${Replay.replayLimit} lượt một lần; lượt nào không ghi được thì trả về lý do (hộ đã chuyển, người đã bị xoá, tổ không còn phụ trách thôn).`,
      en: `Each visit carries a key made on the phone; sending the same key again records it once. At most ${Replay.replayLimit} a time; whatever could not be recorded comes back with its reason (the household moved, a person was erased, the team lost the village).`,
    },
    body: VisitSync.ReplayRequest,
    responses: { 200: VisitSync.ReplayResponse },
    handler: ({ body }, c) => c.var.run(VisitSync.replay(actorOf(c), body)),
  }),
] as const
