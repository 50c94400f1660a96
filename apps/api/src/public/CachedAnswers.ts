/**
 * The public answers a visitor of the landing site reads (progress, units, events, classes), served from
 * the response cache before the rest of the API's middleware: a fresh cached answer to an anonymous
 * `GET` costs a map lookup, the per-address read limit and a write of bytes kept ready — the body as
 * UTF-8 and, for a client that accepts them, brotli or gzip made once per entry at the best level —,
 * with the same headers as the full path (the API's security headers, `Cache-Control`, `ETag`, `Vary`,
 * a `304` to a matching `If-None-Match`), a request id and the request's log line.
 *
 * Everything else goes the full way: a miss (the route computes and caches the answer), a parameter the
 * route does not read (its 400), a signed-in user (the session is read as on any request), a
 * cross-origin request when CORS origins are configured (their headers), a client over its read limit
 * (the 429 with `Retry-After`).
 */
import { randomUUID } from "node:crypto"
import type { MiddlewareHandler } from "hono"
import * as Session from "../auth/Session.js"
import { chooseEncoding, threshold } from "../http/Compression.js"
import type { Env } from "../http/Env.js"
import { fromAcceptLanguage } from "../http/Language.js"
import type * as Log from "../Log.js"
import * as ClientAddress from "../security/ClientAddress.js"
import type * as RateLimit from "../security/RateLimit.js"
import { encodedBody, keyOf, matches, queryOf, type ResponseCache } from "./ResponseCache.js"

/** A cached route: its path (no parameters in it) and the query parameters it reads. */
export interface CachedRoute {
  readonly path: string
  readonly params: ReadonlyArray<string>
}

export interface Options {
  readonly cache: ResponseCache
  readonly routes: ReadonlyArray<CachedRoute>
  readonly log: Log.Log
  readonly trustProxy: number
  readonly corsOrigins: ReadonlyArray<string>
  /** The per-address limit of anonymous public reads, the one the full path counts with. */
  readonly anonymousReads: RateLimit.Limiter
  /** The security headers of the API's answers. */
  readonly securityHeaders: () => Promise<Readonly<Record<string, string>>>
}

const requestIdPattern = /^[A-Za-z0-9._-]{8,128}$/

/** The middleware, installed before every other. */
export const middleware = (options: Options): MiddlewareHandler<Env> => {
  const byPath = new Map(options.routes.map((route) => [route.path, route.params]))
  const { cache, log, trustProxy, anonymousReads } = options
  const sessionCookie = `${Session.cookieName}=`
  const ratePolicy = `${anonymousReads.policy.limit};w=${Math.round(anonymousReads.policy.windowMs / 1000)}`
  let security: Readonly<Record<string, string>> | undefined
  return async (c, next) => {
    const started = performance.now()
    if (c.req.method !== "GET") return next()
    const path = c.req.path
    const params = byPath.get(path)
    if (params === undefined) return next()
    if (c.req.header("cookie")?.includes(sessionCookie) === true) return next()
    if (options.corsOrigins.length > 0 && c.req.header("origin") !== undefined) return next()
    const found = keyOf(fromAcceptLanguage(c.req.header("accept-language")), path, queryOf(c.req.url), params)
    if ("unknown" in found) return next()
    const entry = cache.fresh(found.key)
    if (entry === undefined) return next()
    const address = ClientAddress.of(c, trustProxy)
    if (address !== "local" && !anonymousReads.take(address, Date.now()).allowed) return next()
    security ??= await options.securityHeaders()
    const given = c.req.header("x-request-id")
    const requestId = given !== undefined && requestIdPattern.test(given) ? given : randomUUID()
    const encoding =
      entry.bytes.length >= threshold ? chooseEncoding(c.req.header("accept-encoding")) : undefined
    const headers: Record<string, string> = {
      ...security,
      "content-type": "application/json; charset=utf-8",
      "cache-control": entry.cacheControl,
      etag: encoding === undefined ? entry.etag : `W/${entry.etag}`,
      vary: "accept-language, Accept-Encoding",
      "x-request-id": requestId,
      ...(address === "local" ? {} : { "ratelimit-policy": ratePolicy }),
    }
    let response: Response
    if (matches(c.req.header("if-none-match"), entry.etag)) {
      response = new Response(null, { status: 304, headers })
    } else {
      const body = encoding === undefined ? entry.bytes : await encodedBody(entry, encoding)
      if (encoding !== undefined) headers["content-encoding"] = encoding
      headers["content-length"] = String(body.length)
      response = new Response(body as unknown as ConstructorParameters<typeof Response>[0], {
        status: 200,
        headers,
      })
    }
    log.info("request", {
      requestId,
      method: "GET",
      path,
      status: response.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    })
    return response
  }
}
