/**
 * A worker thread of the bulk load: writes the pieces of the city it is given (`workerData`) on its
 * own connection, reporting every batch and every finished piece to the thread that started it.
 */
import { parentPort, workerData } from "node:worker_threads"
import { writePieces } from "./bulkLoad.mjs"

const { options, ks } = workerData
for (const k of ks) {
  await writePieces({ ...options, log: () => {} }, [k], (table, rows) =>
    parentPort?.postMessage({ table, rows }),
  )
  parentPort?.postMessage({ piece: k })
}
