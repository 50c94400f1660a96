/**
 * A short-lived in-process cache of public answers, so the public pages (the landing site's progress,
 * units, events) cost a map lookup rather than a dashboard query per visitor. Each instance of the API
 * keeps its own; a figure is at most `ttlMs` old. Combined with `Cache-Control` and an `ETag`, browsers
 * and proxies revalidate cheaply.
 *
 * An answer is keyed by its path, its language and the parameters the route reads, in a fixed order — so
 * `?b=1&a=2` and `?a=2&b=1` are one entry — and a parameter the route does not read is refused with a
 * 400: appending `?x=1`, `?x=2`… cannot make every request a miss. Requests for an answer being computed
 * wait for it instead of computing it again.
 */
import { createHash } from "node:crypto"
import { createMiddleware } from "hono/factory"
import type { Env } from "../http/Env.js"
import { HttpFailure } from "../http/ErrorResponse.js"

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

const unknownParameters = (names: ReadonlyArray<string>) =>
  new HttpFailure(
    400,
    "invalid_input",
    { vi: "Dữ liệu không hợp lệ", en: "The input is not valid" },
    names.map((name) => ({
      path: name,
      message: { vi: "Tham số không được hỗ trợ", en: "Unknown parameter" },
    })),
  )

/** The cache of one app (each app on its own database has its own). */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>()
  private readonly computing = new Map<string, Promise<void>>()

  /** Forgets every cached answer whose URL contains `path` (after a write that changes them). */
  invalidate(path: string): void {
    for (const key of this.entries.keys()) if (key.includes(path)) this.entries.delete(key)
  }

  /**
   * Caches successful JSON answers to GET for `ttlMs`, per path, language and value of each of `params`
   * (the query parameters the route reads; any other is a 400); answers `304` to a matching
   * `If-None-Match`, and sets `Cache-Control: public` with the same lifetime.
   */
  cached(ttlMs: number, params: ReadonlyArray<string> = []) {
    const entries = this.entries
    const computing = this.computing
    const known = new Set(params)
    return createMiddleware<Env>(async (c, next) => {
      if (c.req.method !== "GET") return next()
      const query = new URL(c.req.url).searchParams
      const unknown = [...new Set(query.keys())].filter((name) => !known.has(name))
      if (unknown.length > 0) throw unknownParameters(unknown)
      const values = params.map((name) => `${name}=${query.getAll(name).map(encodeURIComponent).join(",")}`)
      const key = `${c.var.language} ${c.req.path}?${values.join("&")}`
      const cacheControl = `public, max-age=${Math.round(ttlMs / 1000)}, stale-while-revalidate=${Math.round(ttlMs / 200)}`
      const fresh = () => {
        const found = entries.get(key)
        return found !== undefined && found.expires >= Date.now() ? found : undefined
      }
      let entry = fresh()
      const pending = entry === undefined ? computing.get(key) : undefined
      if (pending !== undefined) {
        await pending
        entry = fresh()
      }
      if (entry === undefined) {
        let done = () => {}
        computing.set(
          key,
          new Promise<void>((resolve) => {
            done = resolve
          }),
        )
        try {
          await next()
          if (c.res.status !== 200) return
          const body = await c.res.clone().text()
          entry = { body, etag: etagOf(body), expires: Date.now() + ttlMs }
          entries.delete(key)
          entries.set(key, entry)
          if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
        } finally {
          computing.delete(key)
          done()
        }
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
