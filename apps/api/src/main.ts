/**
 * Starts the API: validates the configuration, opens and migrates the database, serves HTTP, and shuts
 * down cleanly on SIGTERM/SIGINT.
 */
import { serve } from "@hono/node-server"
import { ManagedRuntime } from "effect"
import * as AppLayer from "./AppLayer.js"
import { ConfigInvalid, fromEnvironment } from "./Config.js"
import { makeServer } from "./http/server.js"
import * as WebApps from "./http/WebApps.js"
import * as Log from "./Log.js"
import * as FirstAdmin from "./users/FirstAdmin.js"

/** Seconds a shutdown waits for requests in flight, and the most it takes in all. */
const graceSeconds = 5
const deadlineSeconds = 10

const start = async () => {
  const config = fromEnvironment(process.env)
  const log = Log.make(config.logLevel)
  const runtime = ManagedRuntime.make(AppLayer.make(config))
  await runtime.context()
  const firstAdmin = await runtime.runPromise(FirstAdmin.ensure())
  if (firstAdmin._tag === "Generated") process.stdout.write(`${FirstAdmin.announce(firstAdmin)}\n`)
  const app = makeServer({ runtime, log, config })
  for (const dir of await WebApps.missingBuilds()) {
    log.warn("web app not built; its pages explain how to build it", { dir })
  }
  const server = serve(
    { fetch: app.fetch, port: config.port, hostname: config.host ?? "127.0.0.1" },
    (info) => {
      log.info("listening", {
        host: config.host,
        url: `http://localhost:${info.port}/`,
        admin: `http://localhost:${info.port}/admin/`,
        api: `http://localhost:${info.port}/api/`,
        docs: `http://localhost:${info.port}/api/docs`,
        database: config.database._tag === "Pglite" ? `pglite:${config.database.dataDir}` : "postgresql",
      })
    },
  )
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    log.info("stopping", { signal })
    // Requests in flight get a grace period; then idle and open connections are closed, and whatever
    // still runs (a long preview, a write — rolled back by the database) ends with the process.
    setTimeout(() => {
      log.warn("stopping: grace period over, closing connections", { graceSeconds })
      ;(server as { closeAllConnections?: () => void }).closeAllConnections?.()
    }, graceSeconds * 1000).unref()
    setTimeout(() => {
      log.error("stopping: deadline passed, exiting", { deadlineSeconds })
      process.exit(1)
    }, deadlineSeconds * 1000).unref()
    server.close(() => {
      runtime.dispose().then(
        () => process.exit(0),
        () => process.exit(1),
      )
    })
  }
  process.on("SIGTERM", () => stop("SIGTERM"))
  process.on("SIGINT", () => stop("SIGINT"))
}

start().catch((error: unknown) => {
  if (error instanceof ConfigInvalid || error instanceof FirstAdmin.StartRefused) {
    process.stderr.write(`${error.message}\n`)
  } else {
    process.stderr.write(
      `BDHV API failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
  }
  process.exit(1)
})
