/**
 * The built web apps, served by the API's process: the admin app under `/admin/` (a single-page app:
 * unknown paths get its `index.html`) and the landing site at `/`, whose two pages are rendered with
 * the current public data (`public/LandingPage.ts`; the prerendered files when that cannot be done).
 * A missing build answers with a page saying how to build it, and the server starts anyway.
 */
import { readFile, stat } from "node:fs/promises"
import { extname, join, normalize, resolve, sep } from "node:path"
import { fileURLToPath } from "node:url"
import type { Context, Hono } from "hono"
import type * as Log from "../Log.js"
import * as LandingPage from "../public/LandingPage.js"
import * as SecureHeaders from "../security/SecureHeaders.js"
import type { Env } from "./Env.js"

/** Where the builds are; by default the apps' `dist` folders next to this package. */
export interface WebAppDirs {
  readonly admin: string
  readonly landing: string
  /** The landing's Node build (`render.js`, `template.html`); without it the static pages are served. */
  readonly landingServer?: string
}

/** The default build folders (`apps/admin/dist`, `apps/landing/dist`, `-ssr`), from this file's place. */
export const defaultDirs = (): WebAppDirs => ({
  admin: fileURLToPath(new URL("../../../admin/dist", import.meta.url)),
  landing: fileURLToPath(new URL("../../../landing/dist", import.meta.url)),
  landingServer: fileURLToPath(new URL("../../../landing/dist-ssr", import.meta.url)),
})

/** What the landing pages show besides the data: the campaign's phone number, and where to log. */
export interface LandingOptions {
  readonly phone?: string | undefined
  readonly log: Log.Log
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".geojson": "application/geo+json",
}

const isFile = async (path: string): Promise<boolean> => {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/** The file for a URL path inside `root`, or undefined (never a path outside it). */
const fileFor = async (root: string, urlPath: string): Promise<string | undefined> => {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  if (decoded.includes("\0")) return undefined
  const base = resolve(root)
  const target = resolve(base, `.${sep}${normalize(decoded)}`)
  if (target !== base && !target.startsWith(base + sep)) return undefined
  for (const candidate of [target, join(target, "index.html"), `${target}.html`]) {
    if (await isFile(candidate)) return candidate
  }
  return undefined
}

const notBuilt = (c: Context<Env>, name: string, filter: string, dir: string) =>
  c.html(
    `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${name}</title>
<h1>${name} chưa được build / ${name} is not built</h1>
<p>Chạy / Run: <code>pnpm --filter ${filter} build</code></p>
<p>Thư mục cần có / Expected folder: <code>${dir}</code></p></html>`,
    503,
  )

const sendHtml = async (c: Context<Env>, html: string) => {
  c.header("content-type", contentTypes[".html"]!)
  c.header("cache-control", "no-cache")
  // The page's own inline scripts are allowed one by one, by hash, in its Content-Security-Policy.
  await SecureHeaders.forPages(SecureHeaders.inlineScriptHashes(html))(c, async () => {
    c.res = c.body(html, 200)
  })
  return c.res
}

const send = async (c: Context<Env>, file: string, immutable: boolean) => {
  const body = await readFile(file)
  const type = contentTypes[extname(file).toLowerCase()] ?? "application/octet-stream"
  if (type.startsWith("text/html")) return sendHtml(c, body.toString("utf8"))
  c.header("content-type", type)
  c.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache")
  return c.body(body, 200)
}

/** The landing page a path names, if it is one of the two rendered pages. */
const landingLang = (path: string): LandingPage.Lang | undefined => {
  if (path === "/" || path === "/index.html") return "vi"
  if (path === "/en" || path === "/en/" || path === "/en/index.html") return "en"
  return undefined
}

/** Mounts the admin app and the landing site on an app. */
export const mount = (app: Hono<Env>, dirs: WebAppDirs = defaultDirs(), landing?: LandingOptions): void => {
  const adminIndex = join(dirs.admin, "index.html")
  const landingIndex = join(dirs.landing, "index.html")
  const landingPages =
    dirs.landingServer === undefined || landing === undefined
      ? undefined
      : LandingPage.makeLandingPages({
          serverDir: dirs.landingServer,
          phone: landing.phone,
          log: landing.log,
        })

  app.get("/admin", (c) => c.redirect("/admin/", 301))
  app.get("/admin/*", async (c) => {
    if (!(await isFile(adminIndex))) return notBuilt(c, "BDHV admin", "@bdhv/admin", dirs.admin)
    const path = c.req.path.slice("/admin".length)
    const file = await fileFor(dirs.admin, path)
    if (file !== undefined) return send(c, file, path.startsWith("/assets/"))
    if (path.startsWith("/assets/")) return c.notFound()
    // Client-side routes of the single-page app.
    return send(c, adminIndex, false)
  })
  app.get("*", async (c, next) => {
    if (c.req.path.startsWith("/api/") || c.req.path === "/api") return next()
    if (!(await isFile(landingIndex))) return notBuilt(c, "BDHV landing", "@bdhv/landing", dirs.landing)
    const lang = landingLang(c.req.path)
    if (lang !== undefined && landingPages !== undefined) {
      const html = await landingPages.page(lang, c.var.run)
      if (html !== undefined) return sendHtml(c, html)
    }
    const file = await fileFor(dirs.landing, c.req.path)
    if (file === undefined) return next()
    return send(c, file, c.req.path.startsWith("/assets/"))
  })
}

/** Which builds are missing, for the start-up log. */
export const missingBuilds = async (dirs: WebAppDirs = defaultDirs()): Promise<ReadonlyArray<string>> => {
  const missing: Array<string> = []
  if (!(await isFile(join(dirs.admin, "index.html")))) missing.push(dirs.admin)
  if (!(await isFile(join(dirs.landing, "index.html")))) missing.push(dirs.landing)
  return missing
}
