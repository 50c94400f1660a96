import { resolve } from "node:path"
import { describe, expect, it } from "vitest"
import { buildCommuneMap, simplifyRing } from "../build/communeMap"

describe("simplifyRing", () => {
  it("drops points closer to the line than the tolerance and keeps the corners", () => {
    const square = [
      [0, 0],
      [5, 0.01],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ] as const
    expect(simplifyRing(square, 0.5)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ])
  })
})

describe("buildCommuneMap", () => {
  const map = buildCommuneMap(resolve(import.meta.dirname, "../geo"))

  it("draws the seven communes of former Chương Mỹ, each with a closed path inside the view box", () => {
    expect(map.communes.map((c) => c.code).sort()).toEqual([
      "10015",
      "10030",
      "10045",
      "10072",
      "10081",
      "10096",
      "10126",
    ])
    const [, , width, height] = map.viewBox.split(" ").map(Number)
    for (const commune of map.communes) {
      expect(commune.path).toMatch(/^M[\d.,L]+Z/)
      const numbers = commune.path.match(/[\d.]+/g)!.map(Number)
      expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(width!, height!) + 0.1)
      expect(commune.labelX).toBeGreaterThan(0)
      expect(commune.labelX).toBeLessThan(width!)
    }
  })

  it("ships much less than the source geometry", () => {
    const total = map.communes.reduce((sum, c) => sum + c.path.length, 0)
    expect(total).toBeLessThan(60_000)
  })
})
