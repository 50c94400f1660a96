/**
 * The built pages (turbo builds before it tests) carry their content without any JavaScript: texts,
 * task groups, indicator definitions from the domain, the map, and the tags that make a good link preview.
 */
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import * as Campaign from "@bdhv/domain/Campaign"
import * as Indicator from "@bdhv/domain/Indicator"
import { beforeAll, describe, expect, it } from "vitest"

const dist = join(import.meta.dirname, "../dist")
const page = (path: string) => readFileSync(join(dist, path), "utf8")
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")

describe("prerendered pages", () => {
  beforeAll(() => {
    if (!existsSync(join(dist, "index.html")))
      throw new Error("build the landing first: pnpm --filter @bdhv/landing build")
  })

  it("writes the Vietnamese page at / and the English one at /en/", () => {
    expect(page("index.html")).toMatch(/<html lang="vi"/)
    expect(page("en/index.html")).toMatch(/<html lang="en"/)
  })

  it("has every task group and every headline definition in the HTML, in each language", () => {
    for (const [path, lang] of [
      ["index.html", "vi"],
      ["en/index.html", "en"],
    ] as const) {
      const body = text(page(path))
      for (const group of Campaign.taskGroups) expect(body).toContain(group.name[lang])
      const familyDefinition = Indicator.definitions["digital-family"]
      expect(body).toContain(familyDefinition.name[lang])
      expect(body).toContain(familyDefinition.numerator[lang])
    }
  })

  it("draws the seven communes on the map as SVG paths", () => {
    const html = page("index.html")
    const codes = [...html.matchAll(/<path[^>]*data-code="(\d+)"/g)].map((m) => m[1])
    expect(codes.sort()).toEqual(["10015", "10030", "10045", "10072", "10081", "10096", "10126"])
  })

  it("has a title, a description and Open Graph tags, and links the other language", () => {
    const html = page("index.html")
    expect(html).toMatch(/<title>Bình dân học vụ số[^<]*<\/title>/)
    expect(html).toMatch(/<meta name="description" content="[^"]{50,}"/)
    expect(html).toMatch(/<meta property="og:title" content="[^"]+"/)
    expect(html).toMatch(/<meta property="og:description" content="[^"]+"/)
    expect(html).toMatch(/<link rel="alternate" hreflang="en" href="[^"]*\/en\/"/)
    expect(page("en/index.html")).toMatch(/<meta property="og:locale" content="en_GB"/)
  })

  it("inlines the stylesheet and loads the script as a module, after the content", () => {
    const html = page("index.html")
    expect(html).toMatch(/<style>[^<]*\.site-header/)
    expect(html).not.toMatch(/<link rel="stylesheet"/)
    expect(html).toMatch(/<script type="module"[^>]*src="\/assets\/[^"]+\.js"/)
  })

  it("ships the licence of the map data", () => {
    expect(page("licences/vietnamese-provinces-database.txt")).toContain("MIT License")
  })
})
