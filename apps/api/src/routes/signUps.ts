/**
 * `/api/sign-ups`: the review queue of public sign-ups for classes, for the officers of the resident's
 * commune: `GET /` (list), `GET /pending-count` (the dashboard's figure), `GET /:id`,
 * `GET /:id/candidates` (registered people it may be), `POST /:id/decision` (match, create or reject,
 * once, with `version`).
 */
import { Schema } from "effect"
import { actorOf } from "../auth/Session.js"
import * as Route from "../http/Route.js"
import { CursorPageOf } from "../resources/ListQuery.js"
import * as SignUps from "../resources/SignUps.js"
import { IdParam } from "./crud.js"

const tag = "Sign-ups"

/** The sign-up queue's routes. */
export const signUpRoutes = [
  Route.define({
    method: "get",
    path: "/api/sign-ups",
    resource: "sign-ups",
    tag,
    summary: {
      vi: "Đăng ký học từ trang công khai, chờ cán bộ xã xét",
      en: "Class sign-ups from the public site, for the commune officer's review",
    },
    query: SignUps.ListParams,
    responses: { 200: CursorPageOf(SignUps.Item) },
    handler: ({ query }, c) => c.var.run(SignUps.list(actorOf(c), query)),
  }),
  Route.define({
    method: "get",
    path: "/api/sign-ups/pending-count",
    resource: "sign-ups",
    tag,
    summary: { vi: "Số đăng ký đang chờ xét", en: "How many sign-ups are waiting" },
    responses: { 200: SignUps.PendingCount },
    handler: (_input, c) => c.var.run(SignUps.pendingCount(actorOf(c))),
  }),
  Route.define({
    method: "get",
    path: "/api/sign-ups/:id",
    resource: "sign-ups",
    tag,
    summary: { vi: "Một đăng ký học", en: "A class sign-up" },
    params: IdParam,
    responses: { 200: SignUps.Item },
    handler: ({ param }, c) => c.var.run(SignUps.get(actorOf(c), param.id)),
  }),
  Route.define({
    method: "get",
    path: "/api/sign-ups/:id/candidates",
    resource: "sign-ups",
    tag,
    summary: {
      vi: "Những người đã có trong danh sách có thể là người đăng ký (cùng tên, số điện thoại, năm sinh, xã)",
      en: "Registered people the sign-up may be (same name, phone, birth year, commune), likeliest first",
    },
    params: IdParam,
    responses: { 200: Schema.Array(SignUps.Candidate) },
    handler: ({ param }, c) => c.var.run(SignUps.candidates(actorOf(c), param.id)),
  }),
  Route.define({
    method: "post",
    path: "/api/sign-ups/:id/decision",
    resource: "sign-ups",
    tag,
    summary: {
      vi: "Nhận (ghép với người đã có, hoặc thêm người và hộ) hoặc từ chối một đăng ký đang chờ",
      en: "Accept (match a registered person, or add the person and household) or reject a waiting sign-up",
    },
    params: IdParam,
    body: SignUps.DecisionInput,
    responses: { 200: SignUps.Item },
    handler: ({ param, body }, c) => c.var.run(SignUps.decide(actorOf(c), param.id, body)),
  }),
] as const
