import { describe, expect, it } from "vitest"
import { bandOf, bands } from "../src/dashboard/ValueScale"

describe("the map's value scale", () => {
  it("puts a share in the band of its value as shown, 100% in the top one", () => {
    expect(bandOf(0)).toBe(0)
    expect(bandOf(0.1999)).toBe(0)
    expect(bandOf(0.2)).toBe(1)
    // 79,99% is shown as 79,9%: not yet in the 80–100% band.
    expect(bandOf(0.7999)).toBe(3)
    expect(bandOf(0.8)).toBe(4)
    expect(bandOf(1)).toBe(bands.length - 1)
  })

  it("darkens as the value grows, and every band's ink differs from its fill", () => {
    const lightness = (hex: string) =>
      [1, 3, 5].reduce((sum, i) => sum + Number.parseInt(hex.slice(i, i + 2), 16), 0)
    for (let i = 1; i < bands.length; i++) {
      expect(lightness(bands[i]!.fill)).toBeLessThan(lightness(bands[i - 1]!.fill))
      expect(bands[i]!.from).toBe(bands[i - 1]!.to)
    }
  })
})
