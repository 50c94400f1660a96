/**
 * Response compression: brotli or gzip, as the client's `Accept-Encoding` prefers, for the API's JSON,
 * the CSV exports and the web apps' HTML, scripts and styles. Bodies under {@link threshold} bytes,
 * types that are already compressed (images, fonts, archives, XLSX), `Cache-Control: no-transform`,
 * ranges and HEAD requests pass as they are.
 *
 * A 20-row page of people is about 7 kB of JSON and 1 kB compressed. Dynamic answers use a quick brotli
 * level (4: about gzip's cost, smaller output); the web apps' fingerprinted assets (`immutable`) are
 * compressed once at the best level and kept in memory, as they never change under the same name.
 */
import { Readable } from "node:stream"
import { promisify } from "node:util"
import * as zlib from "node:zlib"
import { createMiddleware } from "hono/factory"
import type { Env } from "./Env.js"

/** Bodies smaller than this are sent as they are: compressing them saves less than it costs. */
export const threshold = 1024

/** Types worth compressing: text, JSON, JavaScript, SVG, XML. Images, fonts and archives are not. */
const compressible = /^\s*(?:text\/|application\/(?:[a-z0-9.+-]*\+)?(?:json|javascript|xml)|image\/svg\+xml)/i

type Encoding = "br" | "gzip"

/** The encoding the client accepts that we prefer (brotli, then gzip), honouring `q=0`. */
export const chooseEncoding = (header: string | undefined): Encoding | undefined => {
  if (header === undefined) return undefined
  const weights = new Map<string, number>()
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";")
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    weights.set(name.trim(), Number.isFinite(weight) ? weight : 0)
  }
  const weightOf = (name: Encoding) => weights.get(name) ?? weights.get("*") ?? 0
  const br = weightOf("br")
  const gzip = weightOf("gzip")
  if (br > 0 && br >= gzip) return "br"
  if (gzip > 0) return "gzip"
  return undefined
}

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

const compressBuffer = (body: Buffer, encoding: Encoding, best: boolean): Promise<Buffer> =>
  encoding === "br"
    ? brotli(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: best ? 11 : 4,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzip(body, { level: best ? 9 : 6 })

const compressStream = (body: ReadableStream<Uint8Array>, encoding: Encoding): ReadableStream<Uint8Array> => {
  const compressor =
    encoding === "br"
      ? zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })
      : zlib.createGzip({ level: 6 })
  // Node's and the DOM's ReadableStream types differ only in name.
  const source = Readable.fromWeb(body as Parameters<typeof Readable.fromWeb>[0])
  return Readable.toWeb(source.pipe(compressor)) as unknown as ReadableStream<Uint8Array>
}

/** A Node Buffer is a Uint8Array on an ArrayBuffer, which `Response` takes; the DOM types say otherwise. */
const bodyInit = (body: ReadableStream<Uint8Array> | Buffer) =>
  body as unknown as ConstructorParameters<typeof Response>[0]

/** Compressed immutable assets, by encoding and path; bounded so a crawler cannot grow it without end. */
const assetCache = new Map<string, Buffer>()
const assetCacheEntries = 500

const appendVary = (headers: Headers) => {
  const vary = headers.get("vary")
  if (vary === "*" || (vary !== null && /(^|,)\s*accept-encoding\s*(,|$)/i.test(vary))) return
  headers.set("vary", vary === null ? "Accept-Encoding" : `${vary}, Accept-Encoding`)
}

/** The middleware, installed before every route. */
export const compression = createMiddleware<Env>(async (c, next) => {
  await next()
  const res = c.res
  const type = res.headers.get("content-type")
  if (
    c.req.method === "HEAD" ||
    res.body === null ||
    res.status === 204 ||
    res.status === 206 ||
    res.status === 304 ||
    res.headers.has("content-encoding") ||
    type === null ||
    !compressible.test(type) ||
    /(^|,)\s*no-transform\s*(,|$)/i.test(res.headers.get("cache-control") ?? "")
  )
    return
  // The answer depends on Accept-Encoding from here on, whether or not this client asked.
  appendVary(res.headers)
  const encoding = chooseEncoding(c.req.header("accept-encoding"))
  if (encoding === undefined) return
  const length = res.headers.get("content-length")
  // JSON answers and web pages are built whole; a body of unknown length is a stream (a CSV export).
  const whole = length !== null || /json|html|javascript|css|svg/i.test(type)
  // Hono copies the old answer's headers onto a new one: set them after replacing the body.
  const replace = (body: ReadableStream<Uint8Array> | Buffer, length: number | undefined) => {
    c.res = new Response(bodyInit(body), { status: res.status })
    c.res.headers.set("content-type", type)
    c.res.headers.set("content-encoding", encoding)
    if (length === undefined) c.res.headers.delete("content-length")
    else c.res.headers.set("content-length", String(length))
    const etag = c.res.headers.get("etag")
    if (etag !== null && !etag.startsWith("W/")) c.res.headers.set("etag", `W/${etag}`)
  }
  if (!whole) {
    replace(compressStream(res.body, encoding), undefined)
    return
  }
  const body = Buffer.from(await res.arrayBuffer())
  if (body.length < threshold) {
    c.res = new Response(bodyInit(body), { status: res.status })
    c.res.headers.set("content-type", type)
    return
  }
  const immutable = /immutable/i.test(res.headers.get("cache-control") ?? "")
  const key = `${encoding} ${c.req.path}`
  let compressed = immutable ? assetCache.get(key) : undefined
  if (compressed === undefined) {
    compressed = await compressBuffer(body, encoding, immutable)
    if (immutable) {
      if (assetCache.size >= assetCacheEntries) assetCache.delete(assetCache.keys().next().value ?? "")
      assetCache.set(key, compressed)
    }
  }
  replace(compressed, compressed.length)
})
