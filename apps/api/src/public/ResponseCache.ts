/**
 * A short-lived in-process cache of public answers, so the public pages (the landing site's progress,
 * units, events) cost a map lookup rather than a dashboard query per visitor. Each instance of the API
 * keeps its own; a figure is at most `ttlMs` old. Combined with `Cache-Control` and an `ETag`, browsers
 * and proxies revalidate cheaply.
 */
import { createHash } from "node:crypto"
import { createMiddleware } from "hono/factory"
import type { Env } from "../http/Env.js"

interface Entry {
  readonly body: string
  readonly etag: string
  readonly expires: number
}

/** Most entries kept; the oldest go first (query strings can vary without end). */
const maxEntries = 500

const etagOf = (body: string): string =>
  `"${createHash("sha1").update(body).digest("base64url").slice(0, 20)}"`

const matches = (header: string | undefined, etag: string): boolean =>
  header?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag) === true

/** The cache of one app (each app on its own database has its own). */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>()

  /** Forgets every cached answer whose URL contains `path` (after a write that changes them). */
  invalidate(path: string): void {
    for (const key of this.entries.keys()) if (key.includes(path)) this.entries.delete(key)
  }

  /**
   * Caches successful JSON answers to GET for `ttlMs`, per URL and language; answers `304` to a matching
   * `If-None-Match`, and sets `Cache-Control: public` with the same lifetime.
   */
  cached(ttlMs: number) {
    const entries = this.entries
    return createMiddleware<Env>(async (c, next) => {
      if (c.req.method !== "GET") return next()
      const key = `${c.var.language} ${c.req.url}`
      const now = Date.now()
      const cacheControl = `public, max-age=${Math.round(ttlMs / 1000)}, stale-while-revalidate=${Math.round(ttlMs / 200)}`
      let entry = entries.get(key)
      if (entry === undefined || entry.expires < now) {
        await next()
        if (c.res.status !== 200) return
        const body = await c.res.clone().text()
        entry = { body, etag: etagOf(body), expires: now + ttlMs }
        entries.delete(key)
        entries.set(key, entry)
        if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
      }
      const headers = {
        "content-type": "application/json; charset=utf-8",
        "cache-control": cacheControl,
        etag: entry.etag,
        vary: "accept-language",
      }
      c.res = matches(c.req.header("if-none-match"), entry.etag)
        ? new Response(null, { status: 304, headers })
        : new Response(entry.body, { status: 200, headers })
    })
  }
}
