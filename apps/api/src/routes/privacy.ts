/**
 * `/api/privacy`: data-subject requests under Decree 13/2023/NĐ-CP, for district admins (the role gate
 * lets no one else in).
 * - `GET /api/privacy/people/:id` — everything held on a person, as a JSON download; the export itself is
 *   recorded in the audit log (who obtained whose data), without the data.
 * - `POST /api/privacy/people/:id/erasure` `{ reference }` — erases the person's personal data, keeping
 *   the anonymous facts the totals count (see `privacy/Erasure.ts`).
 * - `GET /api/privacy/volunteer-applications/:id` and `POST …/:id/erasure` — the same for an applicant
 *   from the public site who has no person record.
 */
import { Effect, Schema } from "effect"
import type { Context } from "hono"
import * as AuditLog from "../audit/AuditLog.js"
import { actorOf } from "../auth/Session.js"
import type { Env } from "../http/Env.js"
import * as Route from "../http/Route.js"
import * as Erasure from "../privacy/Erasure.js"
import * as PersonalData from "../privacy/PersonalData.js"
import { IdParam } from "./crud.js"

const download = (c: Context<Env>, id: string, document: unknown) =>
  c.json(document as object, 200, {
    "content-disposition": `attachment; filename="du-lieu-ca-nhan-${encodeURIComponent(id)}.json"`,
    "cache-control": "no-store",
  })

const Erased = Schema.Struct({
  personId: Schema.String,
  erasedAt: Schema.String.annotate({ format: "date-time" }),
  erasedFields: Schema.Array(Schema.String),
  householdAddressErased: Schema.Boolean,
  volunteerApplicationsErased: Schema.Int,
  auditEntriesScrubbed: Schema.Int,
}).annotate({ identifier: "Erasure" })

const ApplicationErased = Schema.Struct({
  applicationId: Schema.String,
  auditEntriesScrubbed: Schema.Int,
}).annotate({ identifier: "ApplicationErasure" })

const tag = "Privacy"
const exportNote = {
  vi: "Tải về dạng JSON; việc xuất được ghi vào nhật ký (ai lấy dữ liệu của ai), không kèm dữ liệu.",
  en: "A JSON download; the export is recorded in the audit log (who obtained whose data), without the data.",
}

/** The privacy routes. */
export const privacyRoutes = [
  Route.define({
    method: "get",
    path: "/api/privacy/people/:id",
    resource: "privacy",
    tag,
    summary: { vi: "Mọi dữ liệu đang lưu về một người", en: "Everything held on a person" },
    description: exportNote,
    params: IdParam,
    responses: { 200: Route.file("application/json") },
    handler: async ({ param }, c) => {
      const actor = actorOf(c)
      const document = await c.var.run(
        PersonalData.exportPerson(actor, param.id).pipe(
          Effect.tap(() =>
            AuditLog.append({ actor, entity: "person", entityId: param.id, action: "export" }),
          ),
        ),
      )
      return download(c, param.id, document)
    },
  }),
  Route.define({
    method: "get",
    path: "/api/privacy/volunteer-applications/:id",
    resource: "privacy",
    tag,
    summary: {
      vi: "Mọi dữ liệu của một đơn tình nguyện (người chưa có hồ sơ)",
      en: "Everything held on a volunteer applicant without a person record",
    },
    description: exportNote,
    params: IdParam,
    responses: { 200: Route.file("application/json") },
    handler: async ({ param }, c) => {
      const actor = actorOf(c)
      const document = await c.var.run(
        PersonalData.exportApplication(actor, param.id).pipe(
          Effect.tap(() =>
            AuditLog.append({ actor, entity: "volunteer_application", entityId: param.id, action: "export" }),
          ),
        ),
      )
      return download(c, param.id, document)
    },
  }),
  Route.define({
    method: "post",
    path: "/api/privacy/volunteer-applications/:id/erasure",
    resource: "privacy",
    tag,
    summary: { vi: "Xoá dữ liệu của một đơn tình nguyện", en: "Erase a volunteer application" },
    params: IdParam,
    body: Erasure.Request,
    responses: { 200: ApplicationErased },
    handler: ({ param, body }, c) => c.var.run(Erasure.eraseApplication(actorOf(c), param.id, body)),
  }),
  Route.define({
    method: "post",
    path: "/api/privacy/people/:id/erasure",
    resource: "privacy",
    tag,
    summary: {
      vi: "Xoá dữ liệu cá nhân của một người, giữ các số liệu ẩn danh",
      en: "Erase a person's personal data, keeping the anonymous facts the totals count",
    },
    params: IdParam,
    body: Erasure.Request,
    responses: { 200: Erased },
    handler: ({ param, body }, c) => c.var.run(Erasure.erase(actorOf(c), param.id, body)),
  }),
] as const
