/**
 * Starts a `ReadWorker` on an uploaded file and pulls its batches. The worker's heap is capped, so a
 * file that would make the reader hold too much ends that worker with an out-of-memory error, read here
 * as a file too large to read, while the server goes on. Run from the sources (the tests), the worker is
 * the built one in `dist/`, since a worker thread loads JavaScript.
 */
import { Worker } from "node:worker_threads"
import type { Context } from "./RowDecoder.js"
import type { Format } from "./RowReader.js"
import type { Input, Reply } from "./ReadWorker.js"

/** The most heap one file's reading may take. */
export const workerHeapMb = 256

const workerUrl = new URL(
  import.meta.url.endsWith(".ts") ? "../../dist/import/ReadWorker.js" : "./ReadWorker.js",
  import.meta.url,
)

/** A file being read in a worker: `next()` pulls a batch or the outcome; `close()` ends the worker. */
export interface FileReader {
  readonly next: () => Promise<Reply>
  readonly close: () => Promise<void>
}

const tooLarge: Reply = {
  _tag: "Unreadable",
  reason: {
    vi: "Tệp quá lớn để đọc: hãy chia danh sách (ví dụ theo thôn) rồi tải lên từng phần",
    en: "The file is too large to read: split the list (by village, say) and upload each part",
  },
}

/** Starts reading `bytes` (copied to the worker) against the commune's villages and employers. */
export const open = (format: Format, bytes: Uint8Array, context: Context): FileReader => {
  const worker = new Worker(workerUrl, {
    workerData: { format, bytes, context } satisfies Input,
    resourceLimits: { maxOldGenerationSizeMb: workerHeapMb },
  })
  let ended: Reply | undefined
  const next = () =>
    new Promise<Reply>((resolve) => {
      if (ended !== undefined) return resolve(ended)
      const settle = (reply: Reply) => {
        worker.off("message", settle)
        worker.off("error", failed)
        worker.off("exit", exited)
        resolve(reply)
      }
      const failed = (error: Error & { code?: string }) => {
        ended =
          error.code === "ERR_WORKER_OUT_OF_MEMORY" ? tooLarge : { _tag: "Damaged", message: String(error) }
        settle(ended)
      }
      const exited = (code: number) => {
        ended = { _tag: "Damaged", message: `the reader stopped (exit code ${code})` }
        settle(ended)
      }
      worker.on("message", settle)
      worker.on("error", failed)
      worker.on("exit", exited)
      worker.postMessage("next")
    })
  return { next, close: () => worker.terminate().then(() => undefined) }
}
