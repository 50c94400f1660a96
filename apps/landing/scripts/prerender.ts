/**
 * Writes the static pages: dist/index.html (Vietnamese) and dist/en/index.html (English), rendered by
 * the Node build of the app into the template vite made. The stylesheet is inlined (one round trip
 * less on a slow phone). The pages carry the texts, the definitions and the map; the template is kept
 * as dist-ssr/template.html, for the API to render each request with the live figures, classes and
 * events (the static pages are its fallback, and the browser fetches those itself).
 */
import { readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import type { PageData } from "../src/PageData.ts"

const vietnamToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)

export const prerender = async (options: { root: string }) => {
  const dist = join(options.root, "dist")
  const server = (await import(pathToFileURL(join(options.root, "dist-ssr/render.js")).href)) as {
    renderDocument: (template: string, data: PageData, siteUrl?: string) => string
  }
  let template = readFileSync(join(dist, "index.html"), "utf8")
  const stylesheet = /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/.exec(template)
  if (stylesheet !== null) {
    const file = join(dist, stylesheet[1]!)
    template = template.replace(stylesheet[0], () => `<style>${readFileSync(file, "utf8")}</style>`)
    rmSync(file)
  }
  writeFileSync(join(options.root, "dist-ssr", "template.html"), template)
  for (const lang of ["vi", "en"] as const) {
    const data: PageData = { lang, renderedOn: vietnamToday() }
    const html = server.renderDocument(template, data, process.env.LANDING_SITE_URL)
    const dir = lang === "vi" ? dist : join(dist, lang)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, "index.html"), html)
  }
}
