/**
 * `/api/imports`: a commune's list of residents from CSV or XLSX. `POST /` uploads a file (multipart,
 * fields `file` and `communeId`) and answers the preview; `POST /:id/confirm` starts the write (all or
 * nothing); `GET /:id` is the job with its progress and, once done, its summary; `GET /:id/issues` pages
 * through every problem found.
 */
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Schema } from "effect"
import { Hono } from "hono"
import { bodyLimit } from "hono/body-limit"
import { actorOf } from "../auth/Session.js"
import type { Env } from "../http/Env.js"
import { failures, HttpFailure } from "../http/ErrorResponse.js"
import * as Validate from "../http/Validate.js"
import * as ImportJobs from "../import/ImportJobs.js"
import type { Format } from "../import/RowReader.js"

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

/** The import routes. */
export const importRoutes = new Hono<Env>()
  .post(
    "/",
    bodyLimit({
      maxSize: maxImportBytes,
      onError: () => {
        throw failures.tooLarge(maxImportBytes)
      },
    }),
    async (c) => {
      const actor = actorOf(c)
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
      const job = await c.var.run(
        ImportJobs.preview(actor, {
          communeId,
          fileName: file.name,
          format,
          bytes: new Uint8Array(await file.arrayBuffer()),
        }),
      )
      return c.json(job, 201)
    },
  )
  .get("/:id", Validate.param(IdParam), async (c) =>
    c.json(await c.var.run(ImportJobs.status(actorOf(c), c.req.valid("param").id)), 200),
  )
  .get("/:id/issues", Validate.param(IdParam), Validate.query(IssueParams), async (c) => {
    const query = c.req.valid("query")
    return c.json(
      await c.var.run(
        ImportJobs.issuesOf(actorOf(c), c.req.valid("param").id, query.page ?? 1, query.pageSize ?? 100),
      ),
      200,
    )
  })
  .post("/:id/confirm", Validate.param(IdParam), async (c) =>
    c.json(await c.var.run(ImportJobs.confirm(actorOf(c), c.req.valid("param").id)), 202),
  )
