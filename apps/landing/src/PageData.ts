/**
 * What the prerender knew when it rendered a page, embedded in the page as JSON so that the browser's
 * first render is exactly the HTML's (hydration needs that); the browser then fetches the live figures.
 */
import type { Lang } from "./i18n/messages.ts"

export interface PageData {
  readonly lang: Lang
  /** The Vietnam calendar date of the render, YYYY-MM-DD. */
  readonly renderedOn: string
}

/** The id of the `<script type="application/json">` that carries the page data. */
export const PAGE_DATA_ID = "bdhv-page-data"
