/**
 * Protection against cross-site request forgery on cookie-authenticated writes.
 *
 * Two checks, both on every write (POST, PUT, PATCH, DELETE) under `/api`:
 * 1. **Origin.** A browser says where a request comes from (`Sec-Fetch-Site`, `Origin`). A write from
 *    another site is refused unless that origin is listed in `CORS_ORIGINS`. This also covers sign-in,
 *    which has no session yet (login CSRF).
 * 2. **Token.** A write that carries the session cookie must also carry the header
 *    `X-CSRF-Token`, equal to the token the API hands out in the readable cookie `bdhv_csrf`. The token
 *    is derived from the session token (SHA-256 of it with a purpose prefix), so it changes with every
 *    sign-in, needs no storage, holds across instances, and a cookie planted by another site cannot
 *    match it. A script on another site can neither read the cookie nor set the header.
 *
 * Public forms (`/api/public/…`) act for nobody, so they need no token; the origin check still applies.
 */
import { createHash, timingSafeEqual } from "node:crypto"
import type { Context, MiddlewareHandler } from "hono"
import { deleteCookie, getCookie, setCookie } from "hono/cookie"
import type { Env } from "../http/Env.js"
import { HttpFailure } from "../http/ErrorResponse.js"

/** The readable cookie holding the token. */
export const cookieName = "bdhv_csrf"
/** The header a client sends the token back in. */
export const headerName = "x-csrf-token"

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"])

/** The CSRF token of a session token. */
export const tokenFor = (sessionToken: string): string =>
  createHash("sha256").update(`bdhv-csrf:${sessionToken}`).digest("base64url")

const equal = (a: string, b: string): boolean => {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/** What the CSRF middleware needs to know about the deployment. */
export interface Options {
  /** The session cookie's name. */
  readonly sessionCookie: string
  /** Origins allowed to write from another site (`CORS_ORIGINS`). */
  readonly allowedOrigins: ReadonlyArray<string>
  /** Whether cookies get the `Secure` flag for this request. */
  readonly secure: (c: Context<Env>) => boolean
  /** Paths where a write needs no token (sign-in, public forms); the origin check still applies. */
  readonly exempt: (path: string) => boolean
  /** How long the token cookie lasts: as long as a session, so a browser restart keeps both. */
  readonly maxAgeSeconds: number
}

/** Refusals, each saying what the client must do. */
export const failures = {
  crossSite: () =>
    new HttpFailure(403, "cross_site_request", {
      vi: "Yêu cầu ghi từ trang web khác bị từ chối",
      en: "A write from another site is refused",
    }),
  missingToken: () =>
    new HttpFailure(403, "csrf_token_invalid", {
      vi: "Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token). Hãy tải lại trang.",
      en: "Missing or wrong anti-forgery token (X-CSRF-Token). Reload the page.",
    }),
}

/** The request's own origin (scheme and host), as the browser addressed it. */
const ownOrigin = (c: Context): string => new URL(c.req.url).origin

/**
 * Whether the request may come from where it says it comes from: same origin, a browser navigation
 * typed by the user (`none`), a non-browser client (no such headers), or an allowed origin.
 */
export const isFromAllowedOrigin = (c: Context, allowedOrigins: ReadonlyArray<string>): boolean => {
  const origin = c.req.header("origin")
  if (origin !== undefined && origin !== "null" && allowedOrigins.includes(origin)) return true
  const site = c.req.header("sec-fetch-site")
  if (site !== undefined) return site === "same-origin" || site === "none"
  // Older browsers send Origin without Sec-Fetch-Site; `Origin: null` comes from sandboxed or
  // privacy-sensitive contexts and is never trusted for a write.
  if (origin !== undefined) return origin === ownOrigin(c)
  return true
}

/** The CSRF cookie options: readable by the page, never sent cross-site. */
const cookieOptions = (secure: boolean, maxAge?: number) =>
  ({
    path: "/",
    sameSite: "Strict",
    secure,
    httpOnly: false,
    ...(maxAge === undefined ? {} : { maxAge }),
  }) as const

/** The session token a response sets (sign-in), or `null` when it clears the session (sign-out). */
const sessionSetBy = (response: Response, sessionCookie: string): string | null | undefined => {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ""] = line.split(";")
    const separator = pair.indexOf("=")
    if (separator < 0 || pair.slice(0, separator).trim() !== sessionCookie) continue
    const value = decodeURIComponent(pair.slice(separator + 1).trim())
    const cleared = value === "" || /;\s*max-age=0/i.test(line)
    return cleared ? null : value
  }
  return undefined
}

/** The middleware: checks writes, and keeps the `bdhv_csrf` cookie in step with the session. */
export const middleware = (options: Options): MiddlewareHandler<Env> => {
  return async (c, next) => {
    const session = getCookie(c, options.sessionCookie)
    if (unsafeMethods.has(c.req.method)) {
      if (!isFromAllowedOrigin(c, options.allowedOrigins)) throw failures.crossSite()
      if (session !== undefined && session !== "" && !options.exempt(c.req.path)) {
        const sent = c.req.header(headerName)
        if (sent === undefined || !equal(sent, tokenFor(session))) throw failures.missingToken()
      }
    }
    await next()
    const secure = options.secure(c)
    const set = sessionSetBy(c.res, options.sessionCookie)
    if (set === null) {
      deleteCookie(c, cookieName, cookieOptions(secure))
    } else if (set !== undefined) {
      setCookie(c, cookieName, tokenFor(set), cookieOptions(secure, options.maxAgeSeconds))
    } else if (
      session !== undefined &&
      session !== "" &&
      c.res.status < 400 &&
      getCookie(c, cookieName) !== tokenFor(session)
    ) {
      // A session from before the token existed, or a cookie the user cleared: hand the token out again.
      setCookie(c, cookieName, tokenFor(session), cookieOptions(secure, options.maxAgeSeconds))
    }
  }
}
