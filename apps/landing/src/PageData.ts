/**
 * What the server knew when it rendered a page, embedded in the page as JSON so that the browser's
 * first render is exactly the HTML's (hydration needs that). The static prerender has no live data;
 * the API renders each page with the current public figures, upcoming classes and events (`live`), so
 * the page shows them even without JavaScript, and the browser refreshes them.
 */
import type { ClassPage, Progress, PublicEvent } from "./api/publicApi.ts"
import type { Lang } from "./i18n/messages.ts"

/** The public data a page was rendered with; `null` for a part the server could not read. */
export interface LiveData {
  readonly progress: Progress | null
  readonly classes: ClassPage | null
  readonly events: ReadonlyArray<PublicEvent> | null
}

export interface PageData {
  readonly lang: Lang
  /** The Vietnam calendar date of the render, YYYY-MM-DD. */
  readonly renderedOn: string
  /** Absent in the static prerender. */
  readonly live?: LiveData
  /** The campaign's phone number as written in Vietnam ("0243 386 1234"), for what needs JavaScript. */
  readonly phone?: string
}

/** The id of the `<script type="application/json">` that carries the page data. */
export const PAGE_DATA_ID = "bdhv-page-data"
