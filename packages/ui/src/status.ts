/**
 * The indicator status colours for code that draws (SVG fills, canvas charts): the custom properties
 * that `status.css` sets, so a colour is written once, in that file.
 */
import type { Status } from "@bdhv/domain/Indicator"

/** The custom property holding a status's colour, e.g. `--status-on-track`. */
export const statusProperty = (status: Status): string => `--status-${status.replaceAll("_", "-")}`

/** A status's colour as CSS, e.g. `var(--status-on-track)`, for SVG and styles. */
export const statusColorVar = (status: Status): string => `var(${statusProperty(status)})`

/**
 * A status's colour as the page's stylesheet sets it, for a canvas that cannot read CSS variables
 * (read from `element`, the document's root by default).
 */
export const statusColor = (status: Status, element: Element = document.documentElement): string =>
  getComputedStyle(element).getPropertyValue(statusProperty(status)).trim()
