/**
 * `GET /api/backup`: a backup of the whole database (`Backup.backupTo`, gzipped JSON lines), for a
 * district admin over the whole database. It is how an embedded database is backed up while the server
 * runs: the CLI may not open a folder the server holds.
 */
import { PassThrough, Readable } from "node:stream"
import { Hono } from "hono"
import { seesEverything } from "../auth/Actor.js"
import { actorOf } from "../auth/Session.js"
import * as Backup from "../backup/Backup.js"
import type { Env } from "../http/Env.js"
import { HttpFailure } from "../http/ErrorResponse.js"

/** The backup route. */
export const backupRoutes = new Hono<Env>().get("/", async (c) => {
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
  c.var.run(Backup.backupTo(output)).catch((error: unknown) => {
    log.error("backup failed", { requestId, error: String(error) })
    output.destroy(new Error("backup failed"))
  })
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(":", "-")
  return new Response(Readable.toWeb(output) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      "content-type": "application/gzip",
      "content-disposition": `attachment; filename="bdhv-backup-${stamp}.jsonl.gz"`,
      "cache-control": "no-store",
    },
  })
})
