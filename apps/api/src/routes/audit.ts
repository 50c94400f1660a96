/**
 * `GET /api/audit`: the audit log for district admins (the access table lets no one else in), filtered
 * by actor, record, action and dates, newest first, paginated.
 */
import * as AuditSearch from "../audit/AuditSearch.js"
import { actorOf } from "../auth/Session.js"
import * as Route from "../http/Route.js"
import { CursorPageOf } from "../resources/ListQuery.js"

/** The audit routes. */
export const auditRoutes = [
  Route.define({
    method: "get",
    path: "/api/audit",
    resource: "audit",
    tag: "Audit",
    summary: { vi: "Nhật ký thao tác, mới nhất trước", en: "The audit log, newest first" },
    query: AuditSearch.ListParams,
    responses: { 200: CursorPageOf(AuditSearch.Entry) },
    handler: ({ query }, c) => c.var.run(AuditSearch.list(actorOf(c), query)),
  }),
] as const
