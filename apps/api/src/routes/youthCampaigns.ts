/**
 * `/api/youth-campaigns`: the youth union bases' campaigns (task group 7): `GET /` (list), `POST /`
 * (create), `GET /counts` (per base: volunteers, sessions held, people helped), `GET /:id`. Volunteers
 * join a campaign when their application is approved (`POST /api/volunteers/:id/decision` with `joins`).
 */
import { Schema } from "effect"
import { actorOf } from "../auth/Session.js"
import * as Route from "../http/Route.js"
import { CursorPageOf } from "../resources/ListQuery.js"
import * as YouthCampaigns from "../resources/YouthCampaigns.js"
import { IdParam } from "./crud.js"

const tag = "Youth campaigns"

/** The youth campaign routes. */
export const youthCampaignRoutes = [
  Route.define({
    method: "get",
    path: "/api/youth-campaigns",
    resource: "youth-campaigns",
    tag,
    summary: { vi: "Các chiến dịch thanh niên của cơ sở đoàn", en: "The youth union bases' campaigns" },
    query: YouthCampaigns.ListParams,
    responses: { 200: CursorPageOf(YouthCampaigns.Item) },
    handler: ({ query }, c) => c.var.run(YouthCampaigns.list(actorOf(c), query)),
  }),
  Route.define({
    method: "post",
    path: "/api/youth-campaigns",
    resource: "youth-campaigns",
    tag,
    summary: { vi: "Thêm một chiến dịch thanh niên", en: "Add a youth campaign" },
    body: YouthCampaigns.Input,
    responses: { 201: YouthCampaigns.Item },
    handler: ({ body }, c) => c.var.run(YouthCampaigns.create(actorOf(c), body)),
  }),
  Route.define({
    method: "get",
    path: "/api/youth-campaigns/counts",
    resource: "youth-campaigns",
    tag,
    summary: {
      vi: "Theo từng cơ sở đoàn: số tình nguyện viên, số buổi đã tổ chức, số người được giúp",
      en: "Per youth union base: volunteers, sessions held, people helped",
    },
    query: YouthCampaigns.CountsParams,
    responses: { 200: Schema.Array(YouthCampaigns.BaseCounts) },
    handler: ({ query }, c) => c.var.run(YouthCampaigns.counts(actorOf(c), query)),
  }),
  Route.define({
    method: "get",
    path: "/api/youth-campaigns/:id",
    resource: "youth-campaigns",
    tag,
    summary: { vi: "Một chiến dịch thanh niên", en: "A youth campaign" },
    params: IdParam,
    responses: { 200: YouthCampaigns.Item },
    handler: ({ param }, c) => c.var.run(YouthCampaigns.get(actorOf(c), param.id)),
  }),
] as const
