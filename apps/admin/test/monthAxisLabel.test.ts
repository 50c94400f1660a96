import { describe, expect, it } from "vitest"
import { monthAxisLabel } from "../src/dashboard/IndicatorCard"

describe("a trend's month labels", () => {
  // 30 September 2025 at 17:30 UTC is already 1 October in Vietnam.
  const lateSeptember = new Date("2025-09-30T10:00:00Z")
  const octoberInVietnam = new Date("2025-09-30T17:30:00Z")

  it("names the month in Vietnamese in the Vietnamese app, with the whole year under it when asked", () => {
    expect(monthAxisLabel(lateSeptember, "vi", false)).toBe("thg 9")
    expect(monthAxisLabel(lateSeptember, "vi", true)).toBe("thg 9\n2025")
    expect(monthAxisLabel(octoberInVietnam, "vi", false)).toBe("thg 10")
  })

  it("names it in English in the English app", () => {
    expect(monthAxisLabel(lateSeptember, "en", true)).toMatch(/^Sept?\n2025$/)
  })
})
