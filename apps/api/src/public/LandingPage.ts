/**
 * The landing site's two pages (`/` in Vietnamese, `/en/` in English), rendered on the server with the
 * current public figures, the first page of upcoming classes and the events, so that a phone without
 * JavaScript (or with a slow one) shows them in the HTML itself.
 *
 * Why per request from memory rather than regenerated files: the figures change with every class held
 * and every sign-up changes the seats left, from any of several API processes; rendering from the same
 * public data the API publishes, kept for `ttlMs` (as long as the public answers are cached), keeps the
 * page as fresh as `/api/public/*` without a build step or files to keep in step. A visitor never waits
 * for a refresh: past its lifetime the last page is served while the next one renders (only the very
 * first visitor after a start waits for it). When the render module is missing (an old build) or no
 * public data can be read, the static prerendered page is served instead, as before.
 */
import { readFile } from "node:fs/promises"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import type { Run } from "../http/Env.js"
import type * as Log from "../Log.js"
import * as Directory from "./Directory.js"
import * as Progress from "./Progress.js"
import * as PublicClasses from "./PublicClasses.js"
import * as Today from "../Today.js"

/** A language of the site. */
export type Lang = "vi" | "en"

/** What the landing's Node build (`dist-ssr/render.js`) exports. */
interface RenderModule {
  readonly renderDocument: (template: string, data: unknown, siteUrl?: string) => string
}

/** Classes on the first page: the landing's `CLASS_PAGE_SIZE`, so its pager continues from there. */
export const firstClassPage = 6

/** The public data a page is rendered with; `null` for a part that could not be read. */
export interface LiveData {
  readonly progress: unknown
  readonly classes: unknown
  readonly events: unknown
}

/** Reads the public data, each part on its own: one failing leaves the others on the page. */
export const liveData = async (run: Run): Promise<LiveData> => {
  const orNull = <A>(promise: Promise<A>): Promise<A | null> => promise.catch(() => null)
  const today = await run(Today.today)
  const [progress, classes, events] = await Promise.all([
    orNull(run(Progress.progress(undefined, today))),
    orNull(run(PublicClasses.list({ page: 1, pageSize: firstClassPage }))),
    orNull(run(Directory.events())),
  ])
  return { progress, classes, events }
}

export interface LandingPagesOptions {
  /** The landing's Node build folder (`apps/landing/dist-ssr`: `render.js` and `template.html`). */
  readonly serverDir: string
  /** The campaign's phone number as written in Vietnam, shown where a form needs JavaScript. */
  readonly phone?: string | undefined
  /** How long a rendered page is served before it is rendered again. */
  readonly ttlMs?: number
  readonly log: Log.Log
}

interface Rendered {
  readonly html: Readonly<Record<Lang, string>>
  readonly expires: number
}

/** The rendered pages of one app; `page` answers undefined when the static page must do. */
export const makeLandingPages = (options: LandingPagesOptions) => {
  const ttlMs = options.ttlMs ?? 30_000
  let renderer: Promise<{ module: RenderModule; template: string } | undefined> | undefined
  let current: Rendered | undefined
  let refreshing: Promise<void> | undefined

  const loadRenderer = () => {
    renderer ??= Promise.all([
      import(pathToFileURL(join(options.serverDir, "render.js")).href) as Promise<RenderModule>,
      readFile(join(options.serverDir, "template.html"), "utf8"),
    ]).then(
      ([module, template]) =>
        typeof module.renderDocument === "function" ? { module, template } : undefined,
      () => undefined,
    )
    return renderer
  }

  const refresh = (run: Run): Promise<void> => {
    refreshing ??= (async () => {
      try {
        const loaded = await loadRenderer()
        if (loaded === undefined) return
        const live = await liveData(run)
        if (live.progress === null && live.classes === null && live.events === null) return
        const renderedOn = await run(Today.today)
        const render = (lang: Lang) =>
          loaded.module.renderDocument(loaded.template, {
            lang,
            renderedOn,
            live,
            ...(options.phone === undefined ? {} : { phone: options.phone }),
          })
        current = { html: { vi: render("vi"), en: render("en") }, expires: Date.now() + ttlMs }
      } catch (error) {
        options.log.warn("landing page: render failed, serving the static page", {
          error: error instanceof Error ? error.message : String(error),
        })
      } finally {
        refreshing = undefined
      }
    })()
    return refreshing
  }

  return {
    /** The page in a language, rendered with the public data of at most `ttlMs` ago. */
    page: async (lang: Lang, run: Run): Promise<string | undefined> => {
      if (current === undefined) await refresh(run)
      else if (current.expires <= Date.now()) void refresh(run)
      return current?.html[lang]
    },
  }
}
