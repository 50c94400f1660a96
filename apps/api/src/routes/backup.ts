/**
 * `GET /api/backup`: a backup of the whole database (`Backup.backupTo`, gzipped JSON lines), for a
 * district admin over the whole database. It is how an embedded database is backed up while the server
 * runs: the CLI may not open a folder the server holds.
 */
import { PassThrough, Readable } from "node:stream"
import { Effect } from "effect"
import { seesEverything } from "../auth/Actor.js"
import { actorOf } from "../auth/Session.js"
import * as Backup from "../backup/Backup.js"
import { HttpFailure } from "../http/ErrorResponse.js"
import * as Route from "../http/Route.js"
import * as Today from "../Today.js"

/** The backup route. */
export const backupRoutes = [
  Route.define({
    method: "get",
    path: "/api/backup",
    // A backup of the whole database is read as the audit log is: by district admins only.
    resource: "audit",
    tag: "Backup",
    summary: {
      vi: "Sao lưu toàn bộ dữ liệu khi máy chủ đang chạy (JSON lines nén gzip)",
      en: "Back up the whole database while the server runs (gzipped JSON lines)",
    },
    description: {
      vi: "Một ảnh chụp nhất quán của mọi bảng (một giao dịch REPEATABLE READ), khôi phục bằng `bdhv restore`. Chỉ quản trị viên toàn huyện.",
      en: "One consistent snapshot of every table (one REPEATABLE READ transaction), restored with `bdhv restore`. District admins over the whole database only.",
    },
    responses: { 200: Route.file("application/gzip") },
    handler: async (_input, c) => {
      const actor = actorOf(c)
      if (!seesEverything(actor)) {
        throw new HttpFailure(403, "forbidden", {
          vi: "Chỉ quản trị viên toàn huyện mới sao lưu được toàn bộ dữ liệu",
          en: "Only a district admin over the whole district can back up all the data",
        })
      }
      const output = new PassThrough()
      const log = c.var.log
      const requestId = c.var.requestId
      // The backup runs as the client reads it; if the client hangs up, it stops and its snapshot ends.
      const backup = Backup.backupTo(output).pipe(
        Effect.catch((abandoned) =>
          Effect.sync(() => log.warn("backup abandoned", { requestId, reason: abandoned.message })),
        ),
      )
      c.var.run(backup).catch((error: unknown) => {
        log.error("backup failed", { requestId, error: String(error) })
        output.destroy(new Error("backup failed"))
      })
      const stamp = (await c.var.run(Today.now)).toISOString().slice(0, 19).replaceAll(":", "-")
      return new Response(Readable.toWeb(output) as ReadableStream<Uint8Array>, {
        status: 200,
        headers: {
          "content-type": "application/gzip",
          "content-disposition": `attachment; filename="bdhv-backup-${stamp}.jsonl.gz"`,
          "cache-control": "no-store",
        },
      })
    },
  }),
] as const
