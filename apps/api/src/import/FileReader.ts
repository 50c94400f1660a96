/**
 * Starts a `ReadWorker` on an uploaded file and pulls its batches. The worker's heap is capped, so a
 * file that would make the reader hold too much ends that worker with an out-of-memory error, read here
 * as a file too large to read, while the server goes on. At most `readersAtOnce` files are read at a
 * time, whatever the number of uploads: the others wait their turn, so many uploads at once hold at most
 * that many workers' heaps. Run from the sources (the tests), the worker is the built one in `dist/`,
 * since a worker thread loads JavaScript.
 */
import { Worker } from "node:worker_threads"
import type { Context } from "./RowDecoder.js"
import type { Format } from "./RowReader.js"
import type { Input, Reply } from "./ReadWorker.js"

/** The most heap one file's reading may take. */
export const workerHeapMb = 256

/** The most files read at once (each in a worker of its own). */
export const readersAtOnce = 2

let reading = 0
const waiting: Array<() => void> = []
/** Waits for a turn to read; the returned function gives it back (once). */
const turn = (): Promise<() => void> =>
  new Promise((resolve) => {
    const start = () => {
      reading++
      let given = false
      resolve(() => {
        if (given) return
        given = true
        reading--
        waiting.shift()?.()
      })
    }
    if (reading < readersAtOnce) start()
    else waiting.push(start)
  })

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

/** Reads `bytes` (copied to the worker) against the commune's villages and employers, in its turn. */
export const open = (format: Format, bytes: Uint8Array, context: Context): FileReader => {
  let closed = false
  const started = turn().then((giveBack) => {
    if (closed) {
      giveBack()
      return undefined
    }
    const worker = new Worker(workerUrl, {
      workerData: { format, bytes, context } satisfies Input,
      resourceLimits: { maxOldGenerationSizeMb: workerHeapMb },
    })
    worker.once("exit", giveBack)
    return worker
  })
  let ended: Reply | undefined
  const next = () =>
    started.then(
      (worker) =>
        new Promise<Reply>((resolve) => {
          if (ended !== undefined) return resolve(ended)
          if (worker === undefined) return resolve({ _tag: "Damaged", message: "the reader was closed" })
          const settle = (reply: Reply) => {
            worker.off("message", settle)
            worker.off("error", failed)
            worker.off("exit", exited)
            resolve(reply)
          }
          const failed = (error: Error & { code?: string }) => {
            ended =
              error.code === "ERR_WORKER_OUT_OF_MEMORY"
                ? tooLarge
                : { _tag: "Damaged", message: String(error) }
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
        }),
    )
  const close = () => {
    closed = true
    return started.then((worker) => worker?.terminate()).then(() => undefined)
  }
  return { next, close }
}
