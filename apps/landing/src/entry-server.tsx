/**
 * Renders a page to HTML in Node: for the static prerender (scripts/prerender.ts) and for the API,
 * which renders each request with the current public data (`PageData.live`).
 */
import { generateHydrationScript, renderToString } from "solid-js/web"
import { App } from "./App.tsx"
import { messages } from "./i18n/messages.ts"
import { PAGE_DATA_ID, type PageData } from "./PageData.ts"
import { readingModeScript } from "./readingMode.ts"

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c")

export interface RenderedPage {
  /** Goes in <head>: title, description, Open Graph, alternates, the reading-mode script. */
  readonly head: string
  /** Goes in the app's root element. */
  readonly body: string
}

/** `siteUrl` (e.g. https://bdhv.example.vn) makes the canonical and Open Graph URLs absolute. */
export const renderPage = (data: PageData, siteUrl?: string): RenderedPage => {
  const t = messages[data.lang]
  const path = data.lang === "vi" ? "/" : "/en/"
  const absolute = (p: string) => (siteUrl === undefined ? undefined : new URL(p, siteUrl).href)
  const meta = [
    `<title>${escapeHtml(t.meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(t.meta.description)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="${escapeHtml(t.meta.siteName)}" />`,
    `<meta property="og:title" content="${escapeHtml(t.meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(t.meta.description)}" />`,
    `<meta property="og:locale" content="${t.meta.locale}" />`,
    `<meta property="og:locale:alternate" content="${messages[data.lang === "vi" ? "en" : "vi"].meta.locale}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<link rel="alternate" hreflang="vi" href="${absolute("/") ?? "/"}" />`,
    `<link rel="alternate" hreflang="en" href="${absolute("/en/") ?? "/en/"}" />`,
    ...(absolute(path) === undefined
      ? []
      : [
          `<link rel="canonical" href="${absolute(path)}" />`,
          `<meta property="og:url" content="${absolute(path)}" />`,
        ]),
    `<script>${readingModeScript}</script>`,
    generateHydrationScript(),
    `<script type="application/json" id="${PAGE_DATA_ID}">${scriptJson(data)}</script>`,
  ]
  return { head: meta.join("\n    "), body: renderToString(() => <App data={data} />) }
}

/**
 * The whole document: the template vite made (with the stylesheet inlined) filled with the page. The
 * prerender writes it to `dist/…/index.html`; the API calls it per request with the live data.
 */
export const renderDocument = (template: string, data: PageData, siteUrl?: string): string => {
  const page = renderPage(data, siteUrl)
  return template
    .replace('<html lang="vi"', `<html lang="${data.lang}"`)
    .replace("<!--app-head-->", () => page.head)
    .replace("<!--app-html-->", () => page.body)
}
