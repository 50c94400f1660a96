/**
 * `/api/imports`: a commune's list of residents from CSV or XLSX. `POST /` uploads a file (multipart,
 * fields `file` and `communeId`) and answers the preview; `POST /:id/confirm` starts the write (all or
 * nothing); `GET /:id` is the job with its progress and, once done, its summary; `GET /:id/issues` pages
 * through every problem found; `GET /:id/report.xlsx` is the error report (the file's own bad rows with
 * their problems in words). `GET /template.xlsx?communeId=` is the template to fill in. The national
 * platform's completion lists go through `/certificates`: upload and preview, then confirm.
 */
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Schema } from "effect"
import { bodyLimit } from "hono/body-limit"
import { actorOf } from "../auth/Session.js"
import { failures, HttpFailure } from "../http/ErrorResponse.js"
import * as Route from "../http/Route.js"
import { PageOf } from "../resources/ListQuery.js"
import * as CertificateImport from "../import/CertificateImport.js"
import * as ErrorReport from "../import/ErrorReport.js"
import * as ImportJobs from "../import/ImportJobs.js"
import type { Format } from "../import/RowReader.js"
import * as Template from "../import/Template.js"

/** The largest file accepted: 100,000 rows of a commune's list fit in well under this. */
export const maxImportBytes = 30 * 1024 * 1024

const IdParam = Schema.Struct({ id: Schema.NonEmptyString })
const PositiveInt = Schema.NumberFromString.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(1))
const IssueParams = Schema.Struct({
  page: Schema.optionalKey(PositiveInt.annotate(ValidationMessage.label({ vi: "Trang", en: "Page" }))),
  pageSize: Schema.optionalKey(
    PositiveInt.check(Schema.isLessThanOrEqualTo(1000)).annotate(
      ValidationMessage.label({ vi: "Số dòng mỗi trang", en: "Page size" }),
    ),
  ),
})

const accepted = "text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/** The format of an upload, from its name or type, checked against its first bytes. */
const formatOf = async (file: File): Promise<Format | undefined> => {
  const name = file.name.toLowerCase()
  const type = file.type.toLowerCase()
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer())
  const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04
  if (name.endsWith(".xlsx") || type.includes("spreadsheetml")) return zip ? "xlsx" : undefined
  if (name.endsWith(".csv") || type === "text/csv" || type === "application/csv") {
    // A text file has no NUL byte in its first bytes; a renamed binary usually does.
    return zip || head.includes(0) ? undefined : "csv"
  }
  return undefined
}

const missingField = (path: string, vi: string, en: string) =>
  new HttpFailure(400, "invalid_input", { vi: "Dữ liệu không hợp lệ", en: "The input is not valid" }, [
    { path, message: { vi, en } },
  ])

const RowIssue = Schema.Struct({
  /** The row of the file (the header is row 1). */
  row: Schema.Int,
  column: Schema.String,
  message: ValidationMessage.Bilingual,
}).annotate({ identifier: "ImportRowIssue" })

/** An import job: its preview, its progress once confirmed, and its summary when done. */
export const Job = Schema.Struct({
  id: Schema.String,
  communeId: Schema.String,
  fileName: Schema.String,
  format: Schema.Literals(["csv", "xlsx"]),
  status: Schema.Literals(["previewed", "running", "done", "failed"]),
  rows: Schema.Int,
  validRows: Schema.Int,
  invalidRows: Schema.Int,
  issues: Schema.Array(RowIssue),
  issuesTotal: Schema.Int,
  /** What was read but not used (a derived column such as "Người cao tuổi"); no obstacle. */
  warnings: Schema.Array(RowIssue),
  progress: Schema.Struct({
    phase: Schema.Literals(["waiting", "rows", "households", "people", "done"]),
    done: Schema.Int,
    total: Schema.Int,
  }),
  summary: Schema.NullOr(
    Schema.Struct({
      householdsCreated: Schema.Int,
      householdsUpdated: Schema.Int,
      peopleCreated: Schema.Int,
      peopleUpdated: Schema.Int,
      peopleUnchanged: Schema.Int,
    }).annotate({ identifier: "ImportSummary" }),
  ),
  error: Schema.NullOr(ValidationMessage.Bilingual),
}).annotate({ identifier: "ImportJob" })

/** A certificate import: the rows matched to residents, the others with the reason, and what it wrote. */
export const CertificateJob = Schema.Struct({
  id: Schema.String,
  communeId: Schema.String,
  fileName: Schema.String,
  format: Schema.Literals(["csv", "xlsx"]),
  status: Schema.Literals(["previewed", "done", "failed"]),
  rows: Schema.Int,
  matchedRows: Schema.Int,
  unmatchedRows: Schema.Int,
  issues: Schema.Array(RowIssue),
  issuesTotal: Schema.Int,
  warnings: Schema.Array(RowIssue),
  summary: Schema.NullOr(
    Schema.Struct({ recordsCreated: Schema.Int, recordsExisting: Schema.Int }).annotate({
      identifier: "CertificateImportSummary",
    }),
  ),
}).annotate({ identifier: "CertificateImportJob" })

const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/** The app's language, when a download link names it (`?lang=en`): a link cannot set Accept-Language. */
const Lang = Schema.optionalKey(Schema.Literals(["vi", "en"]))

const TemplateParams = Schema.Struct({
  communeId: Schema.NonEmptyString.annotate(ValidationMessage.label({ vi: "Xã, phường", en: "Commune" })),
  lang: Lang,
})
const ReportParams = Schema.Struct({ lang: Lang })

const attachment = (name: string) => `attachment; filename="${name}"`

/** The commune and the file of a multipart upload, checked. */
const uploadOf = async (c: Parameters<Route.AnyRoute["handler"]>[1]) => {
  if (!(c.req.header("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    throw failures.unsupportedMediaType("multipart/form-data")
  }
  const body = await c.req.parseBody()
  const file = body.file
  const communeId = body.communeId
  if (typeof communeId !== "string" || communeId === "") {
    throw missingField("communeId", "Vui lòng chọn xã, phường", "Choose the commune")
  }
  if (!(file instanceof File)) throw missingField("file", "Vui lòng chọn tệp", "Choose a file")
  const format = await formatOf(file)
  if (format === undefined) throw failures.unsupportedMediaType(accepted)
  return { communeId, fileName: file.name, format, bytes: new Uint8Array(await file.arrayBuffer()) }
}

const uploadLimit = bodyLimit({
  maxSize: maxImportBytes,
  onError: () => {
    throw failures.tooLarge(maxImportBytes)
  },
})

const tag = "Imports"

/** The import routes. */
export const importRoutes = [
  Route.define({
    method: "get",
    path: "/api/imports/template.xlsx",
    resource: "imports",
    tag,
    summary: {
      vi: "Tệp mẫu danh sách cư dân của một xã (XLSX, có danh sách chọn)",
      en: "The template of a commune's list of residents (XLSX, with drop-down lists)",
    },
    description: {
      vi: "Các cột và tên tiếng Việt, dòng mẫu ở trang Hướng dẫn, danh sách chọn cho giới tính, thôn/tổ dân phố của xã, mức VNeID, cấp học và cột Có/Không.",
      en: "The columns and their Vietnamese names, a sample row on the guide sheet, drop-down lists for sex, the commune's villages, VNeID level, school level and the yes/no column.",
    },
    query: TemplateParams,
    responses: { 200: Route.file(xlsx) },
    handler: async ({ query }, c) => {
      const commune = await c.var.run(Template.communeOf(actorOf(c), query.communeId))
      const bytes = await Template.workbook(commune, query.lang ?? c.var.language)
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        "content-type": xlsx,
        "content-disposition": attachment("mau-danh-sach-cu-dan.xlsx"),
      })
    },
  }),
  Route.define({
    method: "post",
    path: "/api/imports/certificates",
    resource: "imports",
    tag,
    summary: {
      vi: "Tải lên danh sách chứng chỉ của nền tảng Bình dân học vụ số và đối chiếu với cư dân",
      en: "Upload the national platform's certificate list and match it to residents",
    },
    description: {
      vi: "multipart/form-data với `file` và `communeId`. Chỉ dùng 4 số cuối CCCD để đối chiếu và không lưu số nào.",
      en: "multipart/form-data with `file` and `communeId`. Only the last 4 digits of a national ID are read, and none is stored.",
    },
    multipart: {
      fields: {
        file: { description: "CSV (UTF-8) or XLSX", binary: true },
        communeId: { description: "The commune whose residents the list is matched to" },
      },
      required: ["file", "communeId"],
    },
    before: [uploadLimit],
    responses: { 201: CertificateJob },
    handler: async (_input, c) => c.var.run(CertificateImport.preview(actorOf(c), await uploadOf(c))),
  }),
  Route.define({
    method: "get",
    path: "/api/imports/certificates/:id",
    resource: "imports",
    tag,
    summary: { vi: "Một lượt nhập chứng chỉ", en: "A certificate import" },
    params: IdParam,
    responses: { 200: CertificateJob },
    handler: ({ param }, c) => c.var.run(CertificateImport.status(actorOf(c), param.id)),
  }),
  Route.define({
    method: "post",
    path: "/api/imports/certificates/:id/confirm",
    resource: "imports",
    tag,
    summary: {
      vi: "Xác nhận: ghi nhận kỹ năng cho các dòng đã khớp",
      en: "Confirm: record the skills of the matched rows",
    },
    params: IdParam,
    responses: { 200: CertificateJob },
    handler: ({ param }, c) => c.var.run(CertificateImport.confirm(actorOf(c), param.id)),
  }),
  Route.define({
    method: "get",
    path: "/api/imports/:id/report.xlsx",
    resource: "imports",
    tag,
    summary: {
      vi: "Báo cáo lỗi của tệp (XLSX): các dòng lỗi của tệp kèm cột lỗi, để sửa rồi tải lên lại",
      en: "The file's error report (XLSX): its bad rows with a column of problems, to fix and upload again",
    },
    params: IdParam,
    query: ReportParams,
    responses: { 200: Route.file(xlsx) },
    handler: async ({ param, query }, c) => {
      const report = await c.var.run(ImportJobs.reportOf(actorOf(c), param.id))
      const bytes = await ErrorReport.workbook(report, query.lang ?? c.var.language)
      const base = report.fileName.replace(/\.(csv|xlsx)$/i, "").replace(/[^\p{L}\p{N}._-]+/gu, "-")
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        "content-type": xlsx,
        "content-disposition": `attachment; filename="loi-nhap.xlsx"; filename*=UTF-8''${encodeURIComponent(`${base}-loi.xlsx`)}`,
      })
    },
  }),
  Route.define({
    method: "post",
    path: "/api/imports",
    resource: "imports",
    tag,
    summary: {
      vi: "Tải lên danh sách cư dân của một xã (CSV hoặc XLSX) và xem trước",
      en: "Upload a commune's list of residents (CSV or XLSX) and preview it",
    },
    description: {
      vi: "Gửi dạng multipart/form-data với `file` và `communeId`, tối đa 30 MB. Chưa ghi gì cho đến khi xác nhận.",
      en: "Send multipart/form-data with `file` and `communeId`, at most 30 MB. Nothing is written until it is confirmed.",
    },
    multipart: {
      fields: {
        file: { description: "CSV (UTF-8) or XLSX", binary: true },
        communeId: { description: "The commune-level unit the list belongs to" },
      },
      required: ["file", "communeId"],
    },
    before: [uploadLimit],
    responses: { 201: Job },
    handler: async (_input, c) => {
      const actor = actorOf(c)
      return c.var.run(ImportJobs.preview(actor, await uploadOf(c)))
    },
  }),
  Route.define({
    method: "get",
    path: "/api/imports/:id",
    resource: "imports",
    tag,
    summary: { vi: "Một lượt nhập và tiến độ của nó", en: "An import and its progress" },
    params: IdParam,
    responses: { 200: Job },
    handler: ({ param }, c) => c.var.run(ImportJobs.status(actorOf(c), param.id)),
  }),
  Route.define({
    method: "get",
    path: "/api/imports/:id/issues",
    resource: "imports",
    tag,
    summary: { vi: "Mọi lỗi của tệp, theo thứ tự dòng", en: "Every problem of the file, in row order" },
    params: IdParam,
    query: IssueParams,
    responses: { 200: PageOf(RowIssue) },
    handler: ({ param, query }, c) =>
      c.var.run(ImportJobs.issuesOf(actorOf(c), param.id, query.page ?? 1, query.pageSize ?? 100)),
  }),
  Route.define({
    method: "post",
    path: "/api/imports/:id/confirm",
    resource: "imports",
    tag,
    summary: {
      vi: "Xác nhận: ghi toàn bộ danh sách (tất cả hoặc không gì cả)",
      en: "Confirm: write the whole list (all or nothing)",
    },
    params: IdParam,
    responses: { 202: Job },
    handler: ({ param }, c) => c.var.run(ImportJobs.confirm(actorOf(c), param.id)),
  }),
] as const
