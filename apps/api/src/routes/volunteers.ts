/**
 * `/api/volunteers`: volunteer applications from the public site, for the admins of the applicant's
 * commune: `GET /` (list), `GET /:id`, `POST /:id/decision` (approve or reject, once, with `version`;
 * a youth volunteer's approval names the campaign or team they join, `joins`).
 */
import { actorOf } from "../auth/Session.js"
import * as Route from "../http/Route.js"
import { CursorPageOf } from "../resources/ListQuery.js"
import * as Volunteers from "../resources/Volunteers.js"
import { IdParam } from "./crud.js"

const tag = "Volunteers"

/** The volunteer applications routes. */
export const volunteerRoutes = [
  Route.define({
    method: "get",
    path: "/api/volunteers",
    resource: "volunteers",
    tag,
    summary: {
      vi: "Đơn đăng ký tình nguyện từ trang công khai",
      en: "Volunteer applications from the public site",
    },
    query: Volunteers.ListParams,
    responses: { 200: CursorPageOf(Volunteers.Item) },
    handler: ({ query }, c) => c.var.run(Volunteers.list(actorOf(c), query)),
  }),
  Route.define({
    method: "get",
    path: "/api/volunteers/:id",
    resource: "volunteers",
    tag,
    summary: { vi: "Một đơn đăng ký tình nguyện", en: "A volunteer application" },
    params: IdParam,
    responses: { 200: Volunteers.Item },
    handler: ({ param }, c) => c.var.run(Volunteers.get(actorOf(c), param.id)),
  }),
  Route.define({
    method: "post",
    path: "/api/volunteers/:id/decision",
    resource: "volunteers",
    tag,
    summary: {
      vi: "Duyệt (đơn Đại sứ số tạo hồ sơ Đại sứ số; tình nguyện viên thanh niên vào chiến dịch hoặc tổ đã chọn) hoặc từ chối một đơn đang chờ",
      en: "Approve (a guide's application creates the guide record; a youth volunteer joins the campaign or team named) or reject a pending application",
    },
    params: IdParam,
    body: Volunteers.DecisionInput,
    responses: { 200: Volunteers.Item },
    handler: ({ param, body }, c) => c.var.run(Volunteers.decide(actorOf(c), param.id, body)),
  }),
] as const
