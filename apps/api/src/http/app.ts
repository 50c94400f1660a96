/**
 * The Hono application: request ids and logs, the response language, compression, body limits, the one
 * error shape, and every route declared in `src/routes/` (`routes/index.ts`) mounted from its declaration.
 */
import { randomUUID } from "node:crypto"
import type { ManagedRuntime } from "effect"
import { Hono } from "hono"
import type { UnionToIntersection } from "hono/utils/types"
import { bodyLimit } from "hono/body-limit"
import { HTTPException } from "hono/http-exception"
import type { AppServices } from "../AppLayer.js"
import type * as Log from "../Log.js"
import { authenticate } from "../auth/Session.js"
import * as CachedAnswers from "../public/CachedAnswers.js"
import { ResponseCache } from "../public/ResponseCache.js"
import { routes } from "../routes/index.js"
import * as SecureHeaders from "../security/SecureHeaders.js"
import * as Security from "../security/Security.js"
import * as ControlCharacters from "./ControlCharacters.js"
import { compression } from "./Compression.js"
import { readRouting } from "./ReadRouting.js"
import { type Env, makeRun } from "./Env.js"
import { type ErrorStatus, failures, HttpFailure } from "./ErrorResponse.js"
import { fromAcceptLanguage } from "./Language.js"
import * as Route from "./Route.js"

/** The largest JSON body the API accepts outside the import routes (which set their own limit). */
export const maxJsonBytes = 1024 * 1024

const requestIdPattern = /^[A-Za-z0-9._-]{8,128}$/

/** What the app is built from. */
export interface AppOptions {
  readonly runtime: ManagedRuntime.ManagedRuntime<AppServices, unknown>
  readonly log: Log.Log
  /** Mark cookies Secure (production, behind HTTPS). */
  readonly secureCookies: boolean
  /** Origins allowed to call the API from another site (`CORS_ORIGINS`); none by default. */
  readonly corsOrigins?: ReadonlyArray<string>
  /** Reverse proxies in front of the API (`BDHV_TRUST_PROXY`); none by default. */
  readonly trustProxy?: number
}

const toHttpFailure = (error: unknown): HttpFailure | undefined => {
  if (error instanceof HttpFailure) return error
  if (error instanceof HTTPException) {
    const status = error.status as number
    if (status === 413) return failures.tooLarge(maxJsonBytes)
    if (status === 415) return failures.unsupportedMediaType("application/json")
    if (status >= 400 && status < 500) {
      // Hono's own wording ("Malformed JSON in request body") is for logs, not for the API's clients.
      return new HttpFailure(status as ErrorStatus, "bad_request", {
        vi: "Yêu cầu không đọc được",
        en: "The request could not be read",
      })
    }
  }
  return undefined
}

/** Builds the API. */
export const makeApp = ({ runtime, log, secureCookies, corsOrigins = [], trustProxy = 0 }: AppOptions) => {
  const app = new Hono<Env>()
  const responseCache = new ResponseCache()
  const limiters = Security.limiters()

  // A fresh cached public answer to an anonymous reader is served before everything below.
  app.use(
    "/api/public/*",
    CachedAnswers.middleware({
      cache: responseCache,
      routes: routes.flatMap((route) =>
        route.method === "get" && route.cachedSeconds !== undefined && !route.path.includes(":")
          ? [{ path: route.path, params: Route.queryParams(route) }]
          : [],
      ),
      log,
      trustProxy,
      corsOrigins,
      anonymousReads: limiters.anonymousReads,
      securityHeaders: SecureHeaders.apiHeaders,
    }),
  )

  app.use("*", async (c, next) => {
    const given = c.req.header("x-request-id")
    const requestId = given !== undefined && requestIdPattern.test(given) ? given : randomUUID()
    const started = performance.now()
    c.set("requestId", requestId)
    c.set("language", fromAcceptLanguage(c.req.header("accept-language")))
    c.set("actor", undefined)
    c.set("log", log)
    c.set("secureCookies", secureCookies)
    c.set("trustProxy", trustProxy)
    c.set("responseCache", responseCache)
    c.set("run", makeRun(runtime, log, requestId))
    c.header("x-request-id", requestId)
    await next()
    log.info("request", {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      userId: c.get("actor")?.userId,
    })
  })

  app.use("*", compression)

  app.use("/api/*", async (c, next) => {
    if (c.req.path.startsWith("/api/imports")) return next()
    return bodyLimit({
      maxSize: maxJsonBytes,
      onError: () => {
        throw failures.tooLarge(maxJsonBytes)
      },
    })(c, next)
  })

  app.use("/api/*", ControlCharacters.middleware)
  app.use("/api/*", authenticate)
  app.use("/api/*", readRouting)
  Security.install(app, { secureCookies, corsOrigins, trustProxy }, limiters)

  app.onError((error, c) => {
    const failure = toHttpFailure(error)
    if (failure !== undefined) return c.json(failure.body(c.get("language") ?? "vi"), failure.status)
    c.get("log")?.error("unhandled error", {
      requestId: c.get("requestId"),
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    })
    const internal = failures.internal()
    return c.json(internal.body(c.get("language") ?? "vi"), internal.status)
  })

  app.notFound((c) => {
    const failure = failures.notFound()
    return c.json(failure.body(c.get("language") ?? "vi"), failure.status)
  })

  for (const route of routes) Route.mount(app, route)
  return app as unknown as Hono<Env, AppSchema, "/">
}

/** Every route as Hono's `Schema`, from the declarations (what `hc<AppType>` reads). */
type AppSchema = UnionToIntersection<Route.HonoSchemaOf<(typeof routes)[number]>>

/** The API's type, for Hono's typed client (`hc<AppType>`). */
export type AppType = ReturnType<typeof makeApp>
