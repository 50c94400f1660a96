import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import { describe, expect, it } from "vitest"
import { statusColorVar, statusProperty } from "../src/status.js"

const css = readFileSync(resolve(import.meta.dirname, "../src/status.css"), "utf8")
const statuses = ["met", "on_track", "at_risk", "off_track", "no_data"] as const

/** The relative luminance of an sRGB colour (WCAG 2). */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

describe("the status colours", () => {
  it("give every status of the domain a colour and a badge class", () => {
    for (const status of statuses) {
      expect(css, status).toMatch(new RegExp(`${statusProperty(status)}: #[0-9a-f]{6};`))
      expect(css, status).toContain(`.status-${status} {\n  background: ${statusColorVar(status)};`)
    }
  })

  it("carry white text with a contrast of at least 4.5:1", () => {
    for (const status of statuses) {
      const hex = css.match(new RegExp(`${statusProperty(status)}: (#[0-9a-f]{6});`))?.[1] ?? "#ffffff"
      expect(1.05 / (luminance(hex) + 0.05), status).toBeGreaterThanOrEqual(4.5)
    }
  })
})
