/**
 * Compressed answers: JSON and the web apps' assets come back in brotli or gzip when the client asks
 * (`Accept-Encoding`), as they are when it does not; tiny bodies and already-compressed types are
 * never compressed.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { brotliDecompressSync, gunzipSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { chooseEncoding, threshold } from "../src/http/Compression.js"
import { makeServer } from "../src/http/server.js"
import * as Log from "../src/Log.js"
import { forEachDatabase } from "./harness.js"

const script = `export const greeting = ${JSON.stringify("Xin chào, ".repeat(400))}\n`
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(4000, 7)])

const builds = () => {
  const root = mkdtempSync(join(tmpdir(), "bdhv-compress-"))
  const admin = join(root, "admin")
  const landing = join(root, "landing")
  mkdirSync(join(admin, "assets"), { recursive: true })
  mkdirSync(landing, { recursive: true })
  writeFileSync(join(admin, "index.html"), "<!doctype html><title>Quản trị</title>")
  writeFileSync(join(admin, "assets", "app-9f8e.js"), script)
  writeFileSync(join(admin, "assets", "logo-1a2b.png"), png)
  writeFileSync(join(landing, "index.html"), "<!doctype html><title>Bình dân học vụ số</title>")
  return { admin, landing }
}

describe("the encoding chosen", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(chooseEncoding(undefined)).toBeUndefined()
    expect(chooseEncoding("gzip, deflate, br")).toBe("br")
    expect(chooseEncoding("gzip")).toBe("gzip")
    expect(chooseEncoding("br;q=0, gzip;q=0.5")).toBe("gzip")
    expect(chooseEncoding("gzip;q=1, br;q=0.4")).toBe("gzip")
    expect(chooseEncoding("identity")).toBeUndefined()
    expect(chooseEncoding("*")).toBe("br")
    expect(chooseEncoding("*, br;q=0, gzip;q=0")).toBeUndefined()
  })
})

forEachDatabase((db) => {
  const dirs = builds()
  const app = () =>
    makeServer({ runtime: db.runtime(), log: Log.make("silent"), config: db.config(), webApps: dirs })

  describe("compressed answers", () => {
    it("compresses a JSON answer in brotli or gzip when asked, and not when not", async () => {
      const cookie = await db.login()
      const get = (encoding?: string) =>
        app().request("/api/topics?pageSize=200", {
          headers: { cookie, ...(encoding === undefined ? {} : { "accept-encoding": encoding }) },
        })
      const plain = await get()
      expect(plain.headers.get("content-encoding")).toBeNull()
      const text = await plain.text()
      expect(text.length).toBeGreaterThan(threshold)
      expect(plain.headers.get("vary")).toContain("Accept-Encoding")

      const br = await get("gzip, br")
      expect(br.status).toBe(200)
      expect(br.headers.get("content-encoding")).toBe("br")
      expect(br.headers.get("content-type")).toContain("application/json")
      const brBytes = Buffer.from(await br.arrayBuffer())
      expect(Number(br.headers.get("content-length"))).toBe(brBytes.length)
      expect(brBytes.length).toBeLessThan(text.length / 2)
      expect(brotliDecompressSync(brBytes).toString("utf8")).toBe(text)

      const gz = await get("gzip")
      expect(gz.headers.get("content-encoding")).toBe("gzip")
      expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString("utf8")).toBe(text)
    })

    it("leaves a tiny JSON answer as it is", async () => {
      const response = await app().request("/api/health", { headers: { "accept-encoding": "br, gzip" } })
      expect(response.headers.get("content-encoding")).toBeNull()
      expect(((await response.json()) as { status: string }).status).toBe("ok")
    })

    it("compresses a static script when asked, the same bytes every time, and not when not", async () => {
      const first = await app().request("/admin/assets/app-9f8e.js", { headers: { "accept-encoding": "br" } })
      expect(first.headers.get("content-encoding")).toBe("br")
      expect(first.headers.get("content-type")).toContain("javascript")
      expect(first.headers.get("cache-control")).toContain("immutable")
      const bytes = Buffer.from(await first.arrayBuffer())
      expect(brotliDecompressSync(bytes).toString("utf8")).toBe(script)
      const again = await app().request("/admin/assets/app-9f8e.js", { headers: { "accept-encoding": "br" } })
      expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true)
      const plain = await app().request("/admin/assets/app-9f8e.js")
      expect(plain.headers.get("content-encoding")).toBeNull()
      expect(await plain.text()).toBe(script)
    })

    it("never compresses an image again", async () => {
      const response = await app().request("/admin/assets/logo-1a2b.png", {
        headers: { "accept-encoding": "br, gzip" },
      })
      expect(response.headers.get("content-encoding")).toBeNull()
      expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true)
    })

    it("compresses a CSV export as it streams", async () => {
      const cookie = await db.login()
      const response = await app().request("/api/exports/topics.csv", {
        headers: { cookie, "accept-encoding": "gzip" },
      })
      expect(response.status).toBe(200)
      expect(response.headers.get("content-encoding")).toBe("gzip")
      const csv = gunzipSync(Buffer.from(await response.arrayBuffer())).toString("utf8")
      // A BOM, then the headings in the reader's language (Vietnamese by default).
      expect(csv.startsWith("\uFEFFMã định danh,")).toBe(true)
      expect(csv.split("\r\n").length).toBeGreaterThan(10)
    })
  })
})
