/**
 * `/api/exports`: the periodic indicator report as XLSX (`/report.xlsx?unitId=&asOf=`), and CSV of any
 * list (`/people.csv`, `/households.csv`, `/classes.csv`… with the list's own filters, search and sort),
 * both within the actor's scope, in the request's language or the one a link names (`?lang=en`). A list
 * export also needs read access to that list.
 */
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Result, Schema } from "effect"
import { actorOf } from "../auth/Session.js"
import { failures, fromServiceError, HttpFailure } from "../http/ErrorResponse.js"
import * as Route from "../http/Route.js"
import { columnsOf, exportPageSize, lineOf, lists } from "../export/ListCsv.js"
import * as ReferenceNames from "../export/ReferenceNames.js"
import { reportWorkbook } from "../export/ReportWorkbook.js"
import * as Report from "../indicators/Report.js"
import * as Access from "../security/Access.js"
import * as Today from "../Today.js"
import { ReportParams } from "./indicators.js"

const attachment = (name: string) => `attachment; filename="${name}"`

/** The app's language, when a download link names it (`?lang=en`): a link cannot set Accept-Language. */
const Lang = Schema.optionalKey(Schema.Literals(["vi", "en"]))

const ExportReportParams = Schema.Struct({ ...ReportParams.fields, lang: Lang })

const ListParam = Schema.Struct({ list: Schema.String })
const tag = "Exports"

/** The export routes. */
export const exportRoutes = [
  Route.define({
    method: "get",
    path: "/api/exports/report.xlsx",
    resource: "indicators",
    tag,
    summary: {
      vi: "Báo cáo định kỳ các chỉ tiêu (XLSX)",
      en: "The periodic indicator report (XLSX)",
    },
    query: ExportReportParams,
    responses: { 200: Route.file("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") },
    handler: async ({ query }, c) => {
      const { unitId, asOf, lang } = query
      const actor = actorOf(c)
      const today = await c.var.run(Today.today)
      const date = asOf ?? today
      const report = await c.var.run(Report.report(unitId, date, actor))
      const bytes = await reportWorkbook(report, lang ?? c.var.language, today)
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": attachment(`bao-cao-bdhv-${report.unit.code ?? "don-vi"}-${date}.xlsx`),
      })
    },
  }),
  Route.define({
    method: "get",
    path: "/api/exports/:list{[a-z-]+\\.csv}",
    // A list as CSV is that list, with its scope and row rules.
    resource: ({ list }) => {
      const name = list.replace(/\.csv$/, "")
      return lists[name]?.resource
    },
    tag,
    summary: {
      vi: "Một danh sách dạng CSV (`people.csv`, `households.csv`, `classes.csv`…), với bộ lọc của danh sách",
      en: "A list as CSV (`people.csv`, `households.csv`, `classes.csv`…), with the list's own filters",
    },
    params: ListParam,
    responses: { 200: Route.file("text/csv") },
    handler: async ({ param }, c) => {
      const actor = actorOf(c)
      const name = param.list.replace(/\.csv$/, "")
      const exportable = lists[name]
      if (exportable === undefined) throw failures.notFound()
      if (!Access.allows(actor.role, exportable.resource, "read")) {
        throw fromServiceError(Access.forbidden("read"))
      }
      const query = { ...c.req.query() }
      // The app's language, when a download link names it; otherwise the request's.
      const language = query.lang === "en" || query.lang === "vi" ? query.lang : c.var.language
      delete query.lang
      delete query.page
      delete query.cursor
      delete query.pageSize
      const decoded = ValidationMessage.decodeWithMessages(exportable.params, query)
      if (Result.isFailure(decoded)) {
        throw new HttpFailure(
          400,
          "invalid_input",
          { vi: "Dữ liệu không hợp lệ", en: "The input is not valid" },
          decoded.failure,
        )
      }
      const params = decoded.success as Record<string, unknown>
      type Read = {
        readonly items: ReadonlyArray<Readonly<Record<string, unknown>>>
        readonly next?: string | null
      }
      // Lists paged by cursor are followed by their `next`; the small ones by page number.
      const read = (at: { readonly page: number } | { readonly cursor: string }) =>
        c.var.run(
          exportable.list(actor, { ...params, ...at, pageSize: exportPageSize } as never) as never,
        ) as Promise<Read>
      // The first page is read before answering, so a failure is still an error response.
      const first = await read({ page: 1 })
      const columns = columnsOf(exportable, language)
      const linesOf = async (items: ReadonlyArray<Readonly<Record<string, unknown>>>) => {
        const names = await c.var.run(ReferenceNames.namesOf(items, language))
        return items.map((item) => lineOf(columns.map((column) => column.cell(item, names)))).join("")
      }
      const encoder = new TextEncoder()
      let current: Read | undefined = first
      let page = 1
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode(`\uFEFF${lineOf(columns.map((column) => column.header))}`))
        },
        async pull(controller) {
          const { items, next }: Read = current ?? first
          controller.enqueue(encoder.encode(await linesOf(items)))
          if (next === null || (next === undefined && items.length < exportPageSize)) {
            controller.close()
            return
          }
          page++
          current = await read(next === undefined ? { page } : { cursor: next })
        },
      })
      return c.body(stream, 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": attachment(`${name}-${await c.var.run(Today.today)}.csv`),
      })
    },
  }),
] as const
