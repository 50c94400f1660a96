/**
 * What every request handler can reach through Hono's context: the request id, the response language,
 * the signed-in actor (if any), and `run`, which runs an Effect on the app's runtime and turns a
 * failure into the API's error response.
 */
import { Cause, Exit, type Effect, type ManagedRuntime } from "effect"
import { isSqlError } from "effect/sql/SqlError"
import type { AppServices } from "../AppLayer.js"
import type { Actor } from "../auth/Actor.js"
import type { ResponseCache } from "../public/ResponseCache.js"
import type * as Log from "../Log.js"
import type { ServiceError } from "../ServiceError.js"
import { failures, fromServiceError, HttpFailure } from "./ErrorResponse.js"
import type { Language } from "./Language.js"

/** Runs an Effect for a request; rejects with an `HttpFailure` on failure. */
export type Run = <A, E extends ServiceError | { readonly _tag: string }>(
  effect: Effect.Effect<A, E, AppServices>,
) => Promise<A>

/** The Hono environment of the app. */
export interface Env {
  Variables: {
    requestId: string
    language: Language
    actor: Actor | undefined
    run: Run
    log: Log.Log
    /** Whether cookies are marked Secure (production, behind HTTPS). */
    secureCookies: boolean
    /** Reverse proxies in front of the API (`BDHV_TRUST_PROXY`), to read the client's address. */
    trustProxy: number
    /** The app's cache of public answers (routes that declare `cachedSeconds`). */
    responseCache: ResponseCache
  }
}

const serviceErrorTags = new Set([
  "InvalidInput",
  "NotFound",
  "StaleVersion",
  "Conflict",
  "Unauthenticated",
  "Forbidden",
])

const isServiceError = (error: unknown): error is ServiceError =>
  typeof error === "object" && error !== null && serviceErrorTags.has((error as { _tag?: string })._tag ?? "")

/** A `Run` over a runtime: service failures become their HTTP failure; anything else is logged as a 500. */
export const makeRun =
  (runtime: ManagedRuntime.ManagedRuntime<AppServices, unknown>, log: Log.Log, requestId: string): Run =>
  async (effect) => {
    const exit = await runtime.runPromiseExit(effect)
    if (Exit.isSuccess(exit)) return exit.value
    const error = Cause.findErrorOption(exit.cause)
    if (error._tag === "Some" && isServiceError(error.value)) throw fromServiceError(error.value)
    if (error._tag === "Some" && error.value instanceof HttpFailure) throw error.value
    const squashed = Cause.squash(exit.cause)
    log.error("request failed", { requestId, cause: Cause.pretty(exit.cause) })
    if (isSqlError(squashed) && squashed.reason._tag === "ConnectionError") throw failures.unavailable()
    throw failures.internal()
  }
