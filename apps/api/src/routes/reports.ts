/**
 * `/api/reports`: the periodic reports of the communes (`@bdhv/domain/Report`). A period's list of the
 * communes under a unit with their status and the completeness of their reports; one commune's report
 * (narrative, figures approved and live, history, what the user may do); the commune's draft and
 * submission; the level above's return with a comment and approval; an approved report as XLSX.
 */
import * as Report from "@bdhv/domain/Report"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Effect, Schema } from "effect"
import { actorOf } from "../auth/Session.js"
import * as Route from "../http/Route.js"
import * as Reports from "../reports/Reports.js"
import { workbook } from "../reports/ReportWorkbook.js"
import { Conflict } from "../ServiceError.js"
import { PageParams } from "./indicators.js"

const label = ValidationMessage.label
const tag = "Reports"

const ReportKey = Schema.Struct({
  unitId: Schema.NonEmptyString.annotate(label({ vi: "Đơn vị", en: "Unit" })),
  period: Report.Period,
})

const PeriodQuery = Schema.Struct({
  period: Report.Period,
  parentId: Schema.optionalKey(
    Schema.NonEmptyString.annotate(label({ vi: "Đơn vị cấp trên", en: "Parent unit" })),
  ),
})

const ListQuery = Schema.Struct({
  ...PeriodQuery.fields,
  status: Schema.optionalKey(Report.Status),
  page: PageParams.fields.page,
  pageSize: PageParams.fields.pageSize,
})

const Lang = Schema.Struct({ lang: Schema.optionalKey(Schema.Literals(["vi", "en"])) })

const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

const keyNote = {
  vi: "Báo cáo của một xã, phường, thị trấn hoặc đặc khu trong phạm vi của người dùng (ngoài phạm vi: 404). Hành động không hợp với trạng thái: 409, không thay đổi gì.",
  en: "A commune-level unit's report within the user's scope (outside it: 404). An action the status does not allow answers 409 and changes nothing.",
}

/** The report routes. */
export const reportRoutes = [
  Route.define({
    method: "get",
    path: "/api/reports",
    resource: "reports",
    tag,
    summary: {
      vi: "Báo cáo định kỳ của các xã trong một đơn vị, theo kỳ, với tỷ lệ gửi đủ và đúng hạn",
      en: "The periodic reports of the communes under a unit for a period, with completeness and timeliness",
    },
    query: ListQuery,
    responses: { 200: Reports.ListAnswer },
    handler: ({ query }, c) =>
      c.var.run(
        Reports.list(actorOf(c), query.parentId, query.period, {
          page: query.page ?? 1,
          pageSize: query.pageSize ?? 50,
          status: query.status,
        }),
      ),
  }),
  Route.define({
    method: "get",
    path: "/api/reports/completeness",
    resource: "reports",
    tag,
    summary: {
      vi: "Tỷ lệ xã gửi báo cáo và gửi đúng hạn trong một kỳ",
      en: "How many communes submitted a period's report, and on time",
    },
    description: {
      vi: `Hạn gửi: ngày thứ ${Report.defaultDeadlineRule.month} sau khi hết tháng, thứ ${Report.defaultDeadlineRule.quarter} sau quý, thứ ${Report.defaultDeadlineRule.year} sau năm; đúng hạn tính theo lần gửi đầu tiên.`,
      en: `Due the ${Report.defaultDeadlineRule.month}th day after a month, the ${Report.defaultDeadlineRule.quarter}th after a quarter, the ${Report.defaultDeadlineRule.year}th after a year; on time is judged by the first submission.`,
    },
    query: PeriodQuery,
    responses: { 200: Reports.CompletenessAnswer },
    handler: ({ query }, c) => c.var.run(Reports.completeness(actorOf(c), query.parentId, query.period)),
  }),
  Route.define({
    method: "get",
    path: "/api/reports/:unitId/:period",
    resource: "reports",
    tag,
    summary: { vi: "Báo cáo của một xã trong một kỳ", en: "A commune's report for a period" },
    description: keyNote,
    params: ReportKey,
    responses: { 200: Reports.Detail },
    handler: ({ param }, c) => c.var.run(Reports.get(actorOf(c), param.unitId, param.period)),
  }),
  Route.define({
    method: "post",
    path: "/api/reports/:unitId/:period",
    resource: "reports",
    tag,
    summary: { vi: "Lưu bản nháp báo cáo của xã", en: "Save a commune's draft report" },
    description: keyNote,
    params: ReportKey,
    body: Reports.DraftInput,
    responses: { 200: Reports.Detail },
    handler: ({ param, body }, c) => c.var.run(Reports.save(actorOf(c), param.unitId, param.period, body)),
  }),
  Route.define({
    method: "post",
    path: "/api/reports/:unitId/:period/submit",
    resource: "reports",
    tag,
    summary: { vi: "Gửi báo cáo lên cấp trên", en: "Submit a commune's report to the level above" },
    description: keyNote,
    params: ReportKey,
    body: Reports.DraftInput,
    responses: { 200: Reports.Detail },
    handler: ({ param, body }, c) => c.var.run(Reports.submit(actorOf(c), param.unitId, param.period, body)),
  }),
  Route.define({
    method: "post",
    path: "/api/reports/:unitId/:period/return",
    resource: "report-approvals",
    tag,
    summary: {
      vi: "Trả lại báo cáo cho xã, kèm ý kiến",
      en: "Return a report to its commune with a comment",
    },
    description: keyNote,
    params: ReportKey,
    body: Reports.ReturnInput,
    responses: { 200: Reports.Detail },
    handler: ({ param, body }, c) =>
      c.var.run(Reports.returnToCommune(actorOf(c), param.unitId, param.period, body)),
  }),
  Route.define({
    method: "post",
    path: "/api/reports/:unitId/:period/approve",
    resource: "report-approvals",
    tag,
    summary: {
      vi: "Phê duyệt báo cáo: khóa số liệu tại thời điểm duyệt",
      en: "Approve a report: its figures are locked as they stand now",
    },
    description: keyNote,
    params: ReportKey,
    body: Reports.ApproveInput,
    responses: { 200: Reports.Detail },
    handler: ({ param, body }, c) => c.var.run(Reports.approve(actorOf(c), param.unitId, param.period, body)),
  }),
  Route.define({
    method: "get",
    path: "/api/reports/:unitId/:period/report.xlsx",
    resource: "reports",
    tag,
    summary: { vi: "Báo cáo đã duyệt dạng XLSX", en: "An approved report as XLSX" },
    description: {
      vi: "Chỉ báo cáo đã được phê duyệt (chưa duyệt: 409). Ngôn ngữ theo `lang` hoặc Accept-Language.",
      en: "Only an approved report (otherwise 409). In the language `lang` names, or Accept-Language's.",
    },
    params: ReportKey,
    query: Lang,
    responses: { 200: Route.file(xlsx) },
    handler: async ({ param, query }, c) => {
      const detail = await c.var.run(Reports.get(actorOf(c), param.unitId, param.period))
      if (detail.status !== "approved") {
        const message = {
          vi: "Chỉ xuất được báo cáo đã được phê duyệt",
          en: "Only an approved report can be exported",
        }
        await c.var.run(Effect.fail(new Conflict({ message, issues: [{ path: "status", message }] })))
      }
      const bytes = await workbook(detail, query.lang ?? c.var.language)
      const name = `bao-cao-${detail.unit.code ?? "xa"}-${param.period}.xlsx`
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        "content-type": xlsx,
        "content-disposition": `attachment; filename="${name}"`,
      })
    },
  }),
] as const
