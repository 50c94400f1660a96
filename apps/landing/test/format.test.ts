import { describe, expect, it } from "vitest"
import { daysBetween, formatDate, formatPercent, vietnamDate } from "../src/i18n/format.ts"

describe("format", () => {
  it("writes dates the Vietnamese way and the English way", () => {
    expect(formatDate("2025-10-10", "vi")).toBe("10/10/2025")
    expect(formatDate("2025-05-21", "en")).toBe("21 May 2025")
  })

  it("shows shares as whole percents", () => {
    expect(formatPercent(0.784, "en")).toBe("78%")
  })

  it("takes today's date in Vietnam, not in the reader's time zone", () => {
    // 18:30 UTC on 9 October is 01:30 on 10 October in Vietnam (UTC+7).
    expect(vietnamDate(new Date("2025-10-09T18:30:00Z"))).toBe("2025-10-10")
    expect(vietnamDate(new Date("2025-10-09T16:59:59Z"))).toBe("2025-10-09")
  })

  it("counts whole calendar days to an event", () => {
    expect(daysBetween("2025-10-10", "2025-10-10")).toBe(0)
    expect(daysBetween("2025-09-30", "2025-10-10")).toBe(10)
    expect(daysBetween("2024-12-31", "2025-10-10")).toBe(283)
  })
})
