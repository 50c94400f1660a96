/**
 * The Hono application: request ids and logs, the response language, body limits, the one error shape,
 * and the route modules of `src/routes/` mounted under `/api`.
 */
import { randomUUID } from "node:crypto"
import type { ManagedRuntime } from "effect"
import { Hono } from "hono"
import { bodyLimit } from "hono/body-limit"
import { HTTPException } from "hono/http-exception"
import type { AppServices } from "../AppLayer.js"
import type * as Log from "../Log.js"
import { authenticate } from "../auth/Session.js"
import { accountRoutes } from "../routes/account.js"
import { auditRoutes } from "../routes/audit.js"
import { backupRoutes } from "../routes/backup.js"
import { authRoutes } from "../routes/auth.js"
import { healthRoutes } from "../routes/health.js"
import { classRoutes, enrollmentRoutes } from "../routes/classes.js"
import { docsRoutes } from "../routes/docs.js"
import { eventRoutes } from "../routes/events.js"
import { exportRoutes } from "../routes/exports.js"
import { guideRoutes } from "../routes/guides.js"
import { householdRoutes } from "../routes/households.js"
import { importRoutes } from "../routes/imports.js"
import { indicatorRoutes, violationRoutes, worklistRoutes } from "../routes/indicators.js"
import { organizationRoutes } from "../routes/organizations.js"
import { peopleRoutes } from "../routes/people.js"
import { postRoutes } from "../routes/posts.js"
import { skillRecordRoutes } from "../routes/skill-records.js"
import { supportStaffRoutes } from "../routes/support-staff.js"
import { targetRoutes } from "../routes/targets.js"
import { teamRoutes } from "../routes/teams.js"
import { topicRoutes } from "../routes/topics.js"
import { privacyRoutes } from "../routes/privacy.js"
import { makePublicRoutes } from "../routes/public.js"
import { unitRoutes } from "../routes/units.js"
import { visitRoutes } from "../routes/visits.js"
import { volunteerRoutes } from "../routes/volunteers.js"
import { userRoutes } from "../routes/users.js"
import * as Security from "../security/Security.js"
import * as ControlCharacters from "./ControlCharacters.js"
import { type Env, makeRun } from "./Env.js"
import { type ErrorStatus, failures, HttpFailure } from "./ErrorResponse.js"
import { fromAcceptLanguage } from "./Language.js"

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

  app.use("*", async (c, next) => {
    const given = c.req.header("x-request-id")
    const requestId = given !== undefined && requestIdPattern.test(given) ? given : randomUUID()
    const started = performance.now()
    c.set("requestId", requestId)
    c.set("language", fromAcceptLanguage(c.req.header("accept-language")))
    c.set("actor", undefined)
    c.set("log", log)
    c.set("secureCookies", secureCookies)
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
  Security.install(app, { secureCookies, corsOrigins, trustProxy })

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

  return app
    .route("/api/health", healthRoutes)
    .route("/api/auth", authRoutes)
    .route("/api/units", unitRoutes)
    .route("/api/households", householdRoutes)
    .route("/api/people", peopleRoutes)
    .route("/api/organizations", organizationRoutes)
    .route("/api/topics", topicRoutes)
    .route("/api/classes", classRoutes)
    .route("/api/enrollments", enrollmentRoutes)
    .route("/api/skill-records", skillRecordRoutes)
    .route("/api/guides", guideRoutes)
    .route("/api/volunteers", volunteerRoutes)
    .route("/api/support-staff", supportStaffRoutes)
    .route("/api/teams", teamRoutes)
    .route("/api/visits", visitRoutes)
    .route("/api/posts", postRoutes)
    .route("/api/events", eventRoutes)
    .route("/api/targets", targetRoutes)
    .route("/api/indicators", indicatorRoutes)
    .route("/api/violations", violationRoutes)
    .route("/api/worklists", worklistRoutes)
    .route("/api/public", makePublicRoutes())
    .route("/api/imports", importRoutes)
    .route("/api/exports", exportRoutes)
    .route("/api", docsRoutes)
    .route("/api/account", accountRoutes(trustProxy))
    .route("/api/users", userRoutes)
    .route("/api/audit", auditRoutes)
    .route("/api/privacy", privacyRoutes)
    .route("/api/backup", backupRoutes)
}

/** The API's type, for Hono's typed client (`hc<AppType>`). */
export type AppType = ReturnType<typeof makeApp>
