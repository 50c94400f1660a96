import { describe, expect, it } from "vitest"
import { shadeOf, shades } from "../src/map/CommuneMap.tsx"
import { communes, viewBox } from "../src/map/communes.json"

describe("commune map", () => {
  it("has one closed path per commune, with its label inside the view", () => {
    expect(communes).toHaveLength(7)
    for (const commune of communes) {
      expect(commune.d).toMatch(/^M[\d ]+(L[\d ]+)+Z/)
      const [x, y] = commune.label
      expect(x).toBeGreaterThan(viewBox[0]!)
      expect(x).toBeLessThan(viewBox[2]!)
      expect(y).toBeGreaterThan(viewBox[1]!)
      expect(y).toBeLessThan(viewBox[3]!)
    }
  })

  it("shades 0% lightest, 100% darkest, and no figure apart", () => {
    expect(shadeOf(0)).toBe(shades[0])
    expect(shadeOf(0.79)).toBe(shades[3])
    expect(shadeOf(0.8)).toBe(shades[4])
    expect(shadeOf(1)).toBe(shades[4])
    expect(shades).not.toContain(shadeOf(null))
  })
})
