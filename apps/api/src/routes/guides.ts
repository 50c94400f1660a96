/**
 * `/api/guides`: guides (Đại sứ số) with list, get, create, update and delete, and their learners:
 * `GET|POST /api/guides/:id/learners`, `DELETE /api/guides/:id/learners/:linkId`.
 */
import { Schema } from "effect"
import { actorOf } from "../auth/Session.js"
import * as Route from "../http/Route.js"
import * as GuideSync from "../offline/GuideSync.js"
import * as Guides from "../resources/Guides.js"
import { crudRoutes, IdParam } from "./crud.js"

const LinkParam = Schema.Struct({ id: Schema.String, linkId: Schema.String })
const tag = "Guides"

/** The guides routes. */
export const guideRoutes = [
  ...crudRoutes("/api/guides", "guides", { tag, vi: "Đại sứ số", en: "guides" }, Guides, Guides.service),
  Route.define({
    method: "get",
    path: "/api/guides/:id/learners",
    resource: "guide-learners",
    tag,
    summary: { vi: "Những người Đại sứ số đã hướng dẫn", en: "A guide's teachings" },
    params: IdParam,
    responses: { 200: Schema.Array(Guides.LinkItem) },
    handler: ({ param }, c) => c.var.run(Guides.links(actorOf(c), param.id)),
  }),
  Route.define({
    method: "post",
    path: "/api/guides/:id/learners",
    resource: "guide-learners",
    tag,
    summary: { vi: "Ghi nhận một lần hướng dẫn", en: "Record a teaching" },
    params: IdParam,
    body: Guides.LinkInput,
    responses: { 201: Guides.LinkItem },
    handler: ({ param, body }, c) => c.var.run(Guides.addLink(actorOf(c), param.id, body)),
  }),
  Route.define({
    method: "post",
    path: "/api/guides/:id/learners/sync",
    resource: "guide-learners",
    tag,
    summary: {
      vi: "Gửi những lần hướng dẫn ghi trên điện thoại khi không có mạng",
      en: "Send the teachings a phone recorded offline",
    },
    description: {
      vi: "Mỗi lần hướng dẫn mang một khoá do điện thoại tạo; gửi lại cùng khoá chỉ được ghi một lần. Lần nào không ghi được thì trả về lý do.",
      en: "Each teaching carries a key made on the phone; sending the same key again records it once. Whatever could not be recorded comes back with its reason.",
    },
    params: IdParam,
    body: GuideSync.ReplayRequest,
    responses: { 200: GuideSync.ReplayResponse },
    handler: ({ param, body }, c) => c.var.run(GuideSync.replay(actorOf(c), param.id, body)),
  }),
  Route.define({
    method: "get",
    path: "/api/guides/:id/offline",
    resource: "guide-learners",
    tag,
    summary: {
      vi: "Người học của một Đại sứ số, để giữ trên điện thoại",
      en: "A guide's learners, to keep on a phone",
    },
    description: {
      vi: `Những người học trong địa bàn (tối đa ${GuideSync.learnerCap} người), các lần hướng dẫn gần đây và số người học tính theo chỉ tiêu 5 người.`,
      en: `The guide's learners in their area (at most ${GuideSync.learnerCap}), the latest learning records, and the distinct learners towards the quota of five.`,
    },
    params: IdParam,
    responses: { 200: GuideSync.Snapshot },
    handler: ({ param }, c) => {
      // Kept by the app in its own store, wiped on sign-out: no copy in the browser's HTTP cache.
      c.header("cache-control", "private, no-store")
      return c.var.run(GuideSync.snapshot(actorOf(c), param.id))
    },
  }),
  Route.define({
    method: "delete",
    path: "/api/guides/:id/learners/:linkId",
    resource: "guide-learners",
    tag,
    summary: { vi: "Xoá một lần hướng dẫn", en: "Remove a teaching" },
    params: LinkParam,
    responses: { 204: Route.noContent },
    handler: async ({ param }, c) => {
      await c.var.run(Guides.removeLink(actorOf(c), param.id, param.linkId))
      return undefined
    },
  }),
] as const
