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
 *
 * An entry keeps its body as bytes and, once a client asks for them, compressed at the best level (brotli,
 * gzip): a cached answer is compressed once per entry, not once per request. `CachedAnswers` serves
 * fresh entries to anonymous readers before the rest of the API's middleware.
 */
import { createHash } from "node:crypto"
import { promisify } from "node:util"
import * as zlib from "node:zlib"
import { createMiddleware } from "hono/factory"
import type { Env } from "../http/Env.js"
import { HttpFailure } from "../http/ErrorResponse.js"

/** How a cached body may be sent: as it is, or compressed. */
export type Encoding = "br" | "gzip"

/** A cached answer. */
export interface Entry {
  readonly body: string
  /** The body in UTF-8, as sent. */
  readonly bytes: Buffer
  readonly etag: string
  readonly cacheControl: string
  readonly expires: number
  /** The body compressed, by encoding, made on first demand. */
  readonly encoded: Map<Encoding, Promise<Buffer>>
}

/** Most entries kept; the oldest go first (query strings can vary without end). */
const maxEntries = 500

const etagOf = (body: string): string =>
  `"${createHash("sha1").update(body).digest("base64url").slice(0, 20)}"`

/** Whether an `If-None-Match` header names the entity tag (weak or strong). */
export const matches = (header: string | undefined, etag: string): boolean =>
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

/**
 * The key of an answer: its language, path and the values of the parameters the route reads, in the
 * route's order; or the parameters of the query the route does not read.
 */
export const keyOf = (
  language: string,
  path: string,
  query: URLSearchParams,
  params: ReadonlyArray<string>,
): { readonly key: string } | { readonly unknown: ReadonlyArray<string> } => {
  const unknown: Array<string> = []
  for (const name of query.keys()) if (!params.includes(name) && !unknown.includes(name)) unknown.push(name)
  if (unknown.length > 0) return { unknown }
  const values = params.map((name) => `${name}=${query.getAll(name).map(encodeURIComponent).join(",")}`)
  return { key: `${language} ${path}?${values.join("&")}` }
}

/** The query of a request URL (empty when it has none, without parsing the whole URL). */
export const queryOf = (url: string): URLSearchParams => {
  const at = url.indexOf("?")
  return new URLSearchParams(at < 0 ? "" : url.slice(at + 1))
}

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

/** The body of an entry compressed at the best level, made once per entry and encoding. */
export const encodedBody = (entry: Entry, encoding: Encoding): Promise<Buffer> => {
  let made = entry.encoded.get(encoding)
  if (made === undefined) {
    made =
      encoding === "br"
        ? brotli(entry.bytes, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: entry.bytes.length,
            },
          })
        : gzip(entry.bytes, { level: 9 })
    entry.encoded.set(encoding, made)
  }
  return made
}

/** The cache of one app (each app on its own database has its own). */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>()
  private readonly computing = new Map<string, Promise<void>>()

  /** Forgets every cached answer whose URL contains `path` (after a write that changes them). */
  invalidate(path: string): void {
    for (const key of this.entries.keys()) if (key.includes(path)) this.entries.delete(key)
  }

  /** The entry of a key while it is fresh. */
  fresh(key: string): Entry | undefined {
    const found = this.entries.get(key)
    return found !== undefined && found.expires >= Date.now() ? found : undefined
  }

  /**
   * Caches successful JSON answers to GET for `ttlMs`, per path, language and value of each of `params`
   * (the query parameters the route reads; any other is a 400); answers `304` to a matching
   * `If-None-Match`, and sets `Cache-Control: public` with the same lifetime.
   */
  cached(ttlMs: number, params: ReadonlyArray<string> = []) {
    const entries = this.entries
    const computing = this.computing
    const cacheControl = `public, max-age=${Math.round(ttlMs / 1000)}, stale-while-revalidate=${Math.round(ttlMs / 200)}`
    return createMiddleware<Env>(async (c, next) => {
      if (c.req.method !== "GET") return next()
      const found = keyOf(c.var.language, c.req.path, queryOf(c.req.url), params)
      if ("unknown" in found) throw unknownParameters(found.unknown)
      const { key } = found
      let entry = this.fresh(key)
      const pending = entry === undefined ? computing.get(key) : undefined
      if (pending !== undefined) {
        await pending
        entry = this.fresh(key)
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
          entry = {
            body,
            bytes: Buffer.from(body, "utf8"),
            etag: etagOf(body),
            cacheControl,
            expires: Date.now() + ttlMs,
            encoded: new Map(),
          }
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
