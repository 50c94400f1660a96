/**
 * Security headers on every response (hono/secure-headers), with two Content-Security-Policies:
 *
 * - **API responses** (JSON, files): nothing may run or load — `default-src 'none'`.
 * - **Web pages** (the admin app and the landing site): scripts only from this origin plus the inline
 *   scripts of the built pages, allowed one by one by their SHA-256 (`inlineScriptHashes`), so an
 *   injected `<script>` never runs. Styles may be inline (Solid and the prerendered pages set style
 *   attributes; a style cannot run code). Images and fonts from this origin and `data:`/`blob:` (the
 *   map and charts are drawn locally). Nothing may frame the pages.
 */
import { createHash } from "node:crypto"
import { Hono, type MiddlewareHandler } from "hono"
import { secureHeaders } from "hono/secure-headers"

/** The SHA-256 sources (`'sha256-…'`) of the executable inline scripts of an HTML page. */
export const inlineScriptHashes = (html: string): ReadonlyArray<string> => {
  const hashes: Array<string> = []
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? ""
    const body = match[2] ?? ""
    if (/\bsrc\s*=/i.test(attributes) || body === "") continue
    // Data blocks (JSON) are never executed, so they need no permission.
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase()
    if (
      type !== undefined &&
      type !== "module" &&
      type !== "text/javascript" &&
      type !== "application/javascript"
    )
      continue
    hashes.push(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`)
  }
  return [...new Set(hashes)]
}

const common = {
  crossOriginOpenerPolicy: "same-origin",
  referrerPolicy: "strict-origin-when-cross-origin",
  xFrameOptions: "DENY",
  permissionsPolicy: { camera: false, microphone: false, geolocation: false, payment: false, usb: false },
}

/** Headers for API responses: a CSP that lets nothing load or run. */
export const forApi = (): MiddlewareHandler =>
  secureHeaders({
    ...common,
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"] },
  })

/**
 * The headers `forApi` sets, as one record: what an answer built before the middleware (a cached public
 * answer, `CachedAnswers`) carries. Read once from the middleware itself, so the two cannot differ.
 */
export const apiHeaders = (() => {
  let made: Promise<Readonly<Record<string, string>>> | undefined
  return () => {
    made ??= (async () => {
      const probe = new Hono().use(forApi()).get("/", (c) => c.body(null, 204))
      const response = await probe.request("/")
      return Object.fromEntries(response.headers.entries())
    })()
    return made
  }
})()

/** Headers for the web apps' pages, allowing the given inline-script hashes. */
export const forPages = (scriptHashes: ReadonlyArray<string>): MiddlewareHandler =>
  secureHeaders({
    ...common,
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", ...scriptHashes],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:"],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      manifestSrc: ["'self'"],
      workerSrc: ["'self'", "blob:"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  })
