/**
 * The worker thread that reads and checks an uploaded list (`FileCheck.check`), off the thread that
 * answers requests. It is pulled: each `"next"` message from the parent gets the next batch of rows that
 * passed, then the outcome, so it never reads further ahead than the parent stages. A file it cannot
 * read answers with the reason; one that would make it hold more than its memory limit ends the worker,
 * not the server.
 */
import { parentPort, workerData } from "node:worker_threads"
import type * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { type CheckedRow, check, type Outcome } from "./FileCheck.js"
import type { Context } from "./RowDecoder.js"
import { type Format, Unreadable } from "./RowReader.js"

/** What the worker is started with. */
export interface Input {
  readonly format: Format
  readonly bytes: Uint8Array
  readonly context: Context
}

/** The worker's answer to one `"next"`. */
export type Reply =
  | { readonly _tag: "Rows"; readonly rows: ReadonlyArray<CheckedRow> }
  | { readonly _tag: "Done"; readonly outcome: Outcome }
  | { readonly _tag: "Unreadable"; readonly reason: ValidationMessage.Bilingual }
  | { readonly _tag: "Damaged"; readonly message: string }

const port = parentPort
if (port !== null) {
  const { format, bytes, context } = workerData as Input
  const batches = check(format, bytes, context)
  port.on("message", () => {
    batches.next().then(
      (next) =>
        port.postMessage(
          (next.done === true
            ? { _tag: "Done", outcome: next.value }
            : { _tag: "Rows", rows: next.value }) satisfies Reply,
        ),
      (error: unknown) =>
        port.postMessage(
          (error instanceof Unreadable
            ? { _tag: "Unreadable", reason: error.reason }
            : { _tag: "Damaged", message: String(error) }) satisfies Reply,
        ),
    )
  })
}
