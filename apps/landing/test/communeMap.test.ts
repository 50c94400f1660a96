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

describe("shareToDraw", () => {
  it("draws an exact share at its value and a suppressed one at its bound, a withheld one nowhere", async () => {
    const { shareToDraw } = await import("../src/sections/Progress.tsx")
    expect(shareToDraw({ _tag: "Exact", value: 0.42 })).toBe(0.42)
    expect(shareToDraw({ _tag: "FewerThan", bound: 0.05 })).toBe(0.05)
    expect(shareToDraw({ _tag: "MoreThan", bound: 0.9 })).toBe(0.9)
    expect(shareToDraw({ _tag: "Withheld" })).toBeNull()
    expect(shareToDraw(undefined)).toBeNull()
  })
})
