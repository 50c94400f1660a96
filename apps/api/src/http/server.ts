/**
 * The whole HTTP surface of one process: the API under `/api`, the built admin app under `/admin/` and
 * the landing site at `/`.
 */
import type { ManagedRuntime } from "effect"
import type { AppServices } from "../AppLayer.js"
import type { AppConfigShape } from "../Config.js"
import type * as Log from "../Log.js"
import { makeApp } from "./app.js"
import * as WebApps from "./WebApps.js"

/** What the server is built from. */
export interface ServerOptions {
  readonly runtime: ManagedRuntime.ManagedRuntime<AppServices, unknown>
  readonly log: Log.Log
  readonly config: AppConfigShape
  /** Where the web apps' builds are (tests point elsewhere). */
  readonly webApps?: WebApps.WebAppDirs
}

/** The API with the web apps mounted. */
export const makeServer = ({ runtime, log, config, webApps }: ServerOptions) => {
  const app = makeApp({
    runtime,
    log,
    secureCookies: config.nodeEnv === "production",
    corsOrigins: config.corsOrigins ?? [],
    trustProxy: config.trustProxy ?? 0,
  })
  WebApps.mount(app, webApps, { phone: config.publicPhone, log })
  return app
}
