/**
 * The security layer of the API, installed on the app in one call after sign-in has been read:
 * security headers, CORS (closed unless configured), `Secure` cookies behind HTTPS, rate limits on
 * sign-in and on every public form, the per-account login throttle, CSRF protection of
 * cookie-authenticated writes, and the role gate of every resource path.
 */
import type { Hono } from "hono"
import * as Accounts from "../auth/Accounts.js"
import * as Session from "../auth/Session.js"
import type { Env } from "../http/Env.js"
import * as ClientAddress from "./ClientAddress.js"
import * as Cors from "./Cors.js"
import * as Csrf from "./Csrf.js"
import * as Guard from "./Guard.js"
import * as LoginThrottle from "./LoginThrottle.js"
import * as RateLimit from "./RateLimit.js"
import * as SecureHeaders from "./SecureHeaders.js"

/** The deployment's security settings (from the configuration). */
export interface Options {
  /** Cookies are always `Secure` (production); otherwise only for requests that came over HTTPS. */
  readonly secureCookies: boolean
  /** Origins allowed to call the API from another site (`CORS_ORIGINS`). */
  readonly corsOrigins?: ReadonlyArray<string>
  /** Reverse proxies in front of the API (`BDHV_TRUST_PROXY`). */
  readonly trustProxy?: number
}

/** Sign-in attempts per client address. */
export const loginPolicy: RateLimit.Policy = { name: "login", limit: 20, windowMs: 5 * 60_000 }
/**
 * Public form submissions per client address. A village hall's shared connection signs up a room of
 * people, so the limit allows a class's worth and stops a script.
 */
export const publicFormPolicy: RateLimit.Policy = { name: "public-forms", limit: 30, windowMs: 10 * 60_000 }

/**
 * Reads of the public site per client address, by anonymous clients (signed-in staff are not counted).
 * A visit reads a handful of answers, most from the cache; the limit lets a village hall's shared
 * connection browse and stops a script from asking for report after report.
 */
export const publicReadPolicy: RateLimit.Policy = { name: "public-reads", limit: 120, windowMs: 60_000 }

/** Paths whose writes need no CSRF token: sign-in has no session yet; public forms act for nobody. */
const csrfExempt = (path: string): boolean => path === "/api/auth/login" || path.startsWith("/api/public/")

/** The per-address counters of one app, shared by the full path and the cached public answers. */
export interface Limiters {
  readonly login: RateLimit.Limiter
  readonly publicForms: RateLimit.Limiter
  readonly anonymousReads: RateLimit.Limiter
}

/** Fresh counters for an app. */
export const limiters = (): Limiters => ({
  login: RateLimit.makeLimiter(loginPolicy),
  publicForms: RateLimit.makeLimiter(publicFormPolicy),
  anonymousReads: RateLimit.makeLimiter(publicReadPolicy),
})

/** Installs the security layer on `/api/*`; call after the session has been read (`authenticate`). */
export const install = (app: Hono<Env>, options: Options, counters: Limiters = limiters()): void => {
  const trustProxy = options.trustProxy ?? 0
  const corsOrigins = options.corsOrigins ?? []
  // In-process requests (tests, the CLI) have no peer address; the per-address limits leave them be.
  const fromNetwork = (limiter: RateLimit.Limiter, methods?: ReadonlyArray<string>) => {
    const limit = RateLimit.middleware(limiter, { trustProxy, ...(methods === undefined ? {} : { methods }) })
    return async (c: Parameters<typeof limit>[0], next: () => Promise<void>) =>
      ClientAddress.of(c, trustProxy) === "local" ? next() : limit(c, next)
  }

  app.use("/api/*", SecureHeaders.forApi())
  app.use("/api/*", Cors.middleware(corsOrigins))
  app.use("/api/*", async (c, next) => {
    c.set("secureCookies", options.secureCookies || ClientAddress.isHttps(c, trustProxy))
    await next()
  })
  app.use("/api/auth/login", fromNetwork(counters.login))
  app.use("/api/public/*", fromNetwork(counters.publicForms))
  const anonymousReads = fromNetwork(counters.anonymousReads, ["GET", "HEAD"])
  app.use("/api/public/*", (c, next) => (c.var.actor === undefined ? anonymousReads(c, next) : next()))
  app.use("/api/auth/login", LoginThrottle.middleware({ trustProxy }))
  app.use(
    "/api/*",
    Csrf.middleware({
      sessionCookie: Session.cookieName,
      allowedOrigins: corsOrigins,
      secure: (c) => c.var.secureCookies,
      exempt: csrfExempt,
      maxAgeSeconds: Accounts.sessionDays * 24 * 60 * 60,
    }),
  )
  app.use("/api/*", Guard.middleware)
}
