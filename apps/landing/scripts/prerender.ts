/**
 * Writes the static pages: dist/index.html (Vietnamese) and dist/en/index.html (English), rendered by
 * the Node build of the app into the template vite made. The stylesheet is inlined (one round trip
 * less on a slow phone). The pages carry the texts, the definitions and the map; the browser fetches
 * the live figures, classes and events.
 */
import { readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import type { PageData } from "../src/PageData.ts"
import type { RenderedPage } from "../src/entry-server.tsx"

const vietnamToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)

export const prerender = async (options: { root: string }) => {
  const dist = join(options.root, "dist")
  const server = (await import(pathToFileURL(join(options.root, "dist-ssr/render.js")).href)) as {
    renderPage: (data: PageData, siteUrl?: string) => RenderedPage
  }
  let template = readFileSync(join(dist, "index.html"), "utf8")
  const stylesheet = /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/.exec(template)
  if (stylesheet !== null) {
    const file = join(dist, stylesheet[1]!)
    template = template.replace(stylesheet[0], () => `<style>${readFileSync(file, "utf8")}</style>`)
    rmSync(file)
  }
  for (const lang of ["vi", "en"] as const) {
    const data: PageData = { lang, renderedOn: vietnamToday() }
    const page = server.renderPage(data, process.env.LANDING_SITE_URL)
    const html = template
      .replace('<html lang="vi"', `<html lang="${lang}"`)
      .replace("<!--app-head-->", () => page.head)
      .replace("<!--app-html-->", () => page.body)
    const dir = lang === "vi" ? dist : join(dist, lang)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, "index.html"), html)
  }
}
