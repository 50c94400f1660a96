/**
 * Rate limits: a fixed number of requests per client per window, answered with 429 and `Retry-After`
 * once used up. Applied to login and to every public form, where a script could otherwise guess
 * passwords or flood a commune with fake registrations.
 *
 * Counters live in this process: behind a load balancer each instance counts on its own, so the limit
 * a client meets is at most (instances × limit) — still a wall against brute force. Per-account login
 * failures, which must hold across instances, are counted in the database (`LoginThrottle.ts`).
 */
import type { MiddlewareHandler } from "hono"
import type { Env } from "../http/Env.js"
import { HttpFailure } from "../http/ErrorResponse.js"
import * as ClientAddress from "./ClientAddress.js"

/** How many requests a client may send in a window. */
export interface Policy {
  /** A name for the counters (each limited route group counts separately). */
  readonly name: string
  readonly limit: number
  readonly windowMs: number
}

interface Window {
  readonly startedAt: number
  count: number
}

/** The outcome of taking one request from a client's allowance. */
export type Decision =
  | { readonly allowed: true; readonly remaining: number }
  | { readonly allowed: false; readonly retryAfterSeconds: number }

/** Counters for one policy, keyed by client. */
export interface Limiter {
  readonly policy: Policy
  /** Counts a request from `key` at `now` (ms) and says whether it may go on. */
  readonly take: (key: string, now: number) => Decision
}

/** A limiter with fixed windows per key; windows that have ended are dropped as keys are seen. */
export const makeLimiter = (policy: Policy): Limiter => {
  const windows = new Map<string, Window>()
  let lastSweep = 0
  const sweep = (now: number) => {
    // Forget ended windows at most once per window length, so memory stays bounded by recent clients.
    if (now - lastSweep < policy.windowMs) return
    lastSweep = now
    for (const [key, window] of windows) {
      if (now - window.startedAt >= policy.windowMs) windows.delete(key)
    }
  }
  return {
    policy,
    take: (key, now) => {
      sweep(now)
      let window = windows.get(key)
      if (window === undefined || now - window.startedAt >= policy.windowMs) {
        window = { startedAt: now, count: 0 }
        windows.set(key, window)
      }
      if (window.count >= policy.limit) {
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + policy.windowMs - now) / 1000)),
        }
      }
      window.count += 1
      return { allowed: true, remaining: policy.limit - window.count }
    },
  }
}

/** The failure answered when a limit is used up. */
export const tooManyRequests = (retryAfterSeconds: number) =>
  new HttpFailure(429, "too_many_requests", {
    vi: `Bạn đã gửi quá nhiều yêu cầu. Hãy thử lại sau ${retryAfterSeconds} giây.`,
    en: `Too many requests. Try again in ${retryAfterSeconds} seconds.`,
  })

/** Answers 429 with `Retry-After` and the API's error shape. */
export const refuse = (c: Parameters<MiddlewareHandler<Env>>[0], retryAfterSeconds: number) => {
  const failure = tooManyRequests(retryAfterSeconds)
  return c.json(failure.body(c.get("language") ?? "vi"), 429, { "Retry-After": String(retryAfterSeconds) })
}

/**
 * A middleware that limits requests per client address (see `ClientAddress`); only the methods given
 * are counted (by default the writes, so reading a public page never uses up a form's allowance).
 */
export const middleware = (
  limiter: Limiter,
  options: {
    readonly trustProxy: number
    readonly methods?: ReadonlyArray<string>
    readonly now?: () => number
  },
): MiddlewareHandler<Env> => {
  const methods = new Set(options.methods ?? ["POST", "PUT", "PATCH", "DELETE"])
  const now = options.now ?? Date.now
  return async (c, next) => {
    if (!methods.has(c.req.method)) return next()
    const decision = limiter.take(ClientAddress.of(c, options.trustProxy), now())
    if (!decision.allowed) return refuse(c, decision.retryAfterSeconds)
    c.header("RateLimit-Policy", `${limiter.policy.limit};w=${Math.round(limiter.policy.windowMs / 1000)}`)
    await next()
  }
}
