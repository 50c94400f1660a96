import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import * as DigitalLearningDay from "../src/DigitalLearningDay.js"
import * as DisclosureText from "../src/DisclosureText.js"

const src = join(dirname(fileURLToPath(import.meta.url)), "..", "src")

const effectFree = ["DisclosureText.ts", "DigitalLearningDay.ts", "Percent.ts"]

describe("Effect-free modules for public pages", () => {
  it.each(effectFree)("%s imports nothing at run time but another Effect-free module", (file) => {
    const runtimeImports = readFileSync(join(src, file), "utf8")
      .split("\n")
      .filter((line) => /^(import|export) .* from /.test(line) && !/^import type /.test(line))
      .filter((line) => !effectFree.some((free) => line.endsWith(`from "./${free.replace(/\.ts$/, ".js")}"`)))
    expect(runtimeImports).toEqual([])
  })
})

describe("DisclosureText", () => {
  it("words a suppressed count as fewer than five, in both languages", () => {
    expect(DisclosureText.countToText({ _tag: "FewerThan", bound: 5 }, "vi")).toBe("< 5")
    expect(DisclosureText.countToText({ _tag: "Exact", count: 1875 }, "en")).toBe("1,875")
  })
})

describe("DigitalLearningDay", () => {
  it("is 10 October of this year until the day itself, then of the next", () => {
    expect(DigitalLearningDay.nextDigitalLearningDay("2026-11-27")).toBe("2027-10-10")
    expect(DigitalLearningDay.nextDigitalLearningDay("2026-10-10")).toBe("2026-10-10")
    expect(DigitalLearningDay.isDigitalLearningDay("2025-10-10")).toBe(true)
    expect(DigitalLearningDay.isDigitalLearningDay("2025-10-11")).toBe(false)
  })
})
