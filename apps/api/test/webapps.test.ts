import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import * as Seed from "../src/demo/Seed.js"
import { makeServer } from "../src/http/server.js"
import * as Log from "../src/Log.js"
import { forEachDatabase } from "./harness.js"

const builds = () => {
  const root = mkdtempSync(join(tmpdir(), "bdhv-web-"))
  const admin = join(root, "admin")
  const landing = join(root, "landing")
  mkdirSync(join(admin, "assets"), { recursive: true })
  mkdirSync(join(landing, "en"), { recursive: true })
  writeFileSync(
    join(admin, "index.html"),
    "<!doctype html><title>Quản trị</title><script>window.x=1</script>",
  )
  writeFileSync(join(admin, "assets", "app-1a2b.js"), "console.log('admin')")
  writeFileSync(join(admin, "sw.js"), "const VERSION = '1'")
  writeFileSync(join(admin, "manifest.webmanifest"), JSON.stringify({ scope: "/admin/" }))
  writeFileSync(join(landing, "index.html"), "<!doctype html><title>Bình dân học vụ số</title>")
  writeFileSync(join(landing, "en", "index.html"), "<!doctype html><title>Digital literacy for all</title>")
  writeFileSync(join(root, "secret.txt"), "not public")
  return { admin, landing, missing: { admin: join(root, "nope-admin"), landing: join(root, "nope-landing") } }
}

forEachDatabase((db) => {
  describe("web apps", () => {
    const dirs = builds()
    const server = (webApps: { admin: string; landing: string }) =>
      makeServer({ runtime: db.runtime(), log: Log.make("silent"), config: db.config(), webApps })

    it("serves the landing site at / and its prerendered pages", async () => {
      const app = server(dirs)
      const home = await app.request("/")
      expect(home.status).toBe(200)
      expect(await home.text()).toContain("Bình dân học vụ số")
      expect(await (await app.request("/en/")).text()).toContain("Digital literacy for all")
    })

    it("serves the admin app with a fallback for its client-side routes", async () => {
      const app = server(dirs)
      const deep = await app.request("/admin/people/123")
      expect(deep.status).toBe(200)
      expect(await deep.text()).toContain("Quản trị")
      expect(deep.headers.get("content-security-policy")).toContain("'sha256-")
      const asset = await app.request("/admin/assets/app-1a2b.js")
      expect(asset.headers.get("cache-control")).toContain("immutable")
      expect((await app.request("/admin/assets/missing.js")).status).toBe(404)
    })

    it("serves the admin's service worker from /admin/ (its scope) uncached, and its manifest", async () => {
      const app = server(dirs)
      const worker = await app.request("/admin/sw.js")
      expect(worker.status).toBe(200)
      expect(worker.headers.get("content-type")).toContain("text/javascript")
      // A new build's worker must reach phones at once: never a long cache.
      expect(worker.headers.get("cache-control")).toBe("no-cache")
      const manifest = await app.request("/admin/manifest.webmanifest")
      expect(manifest.headers.get("content-type")).toBe("application/manifest+json")
      // The pages' policy lets them register a worker and read a manifest from this origin.
      const csp = (await app.request("/admin/")).headers.get("content-security-policy") ?? ""
      expect(csp).toMatch(/worker-src 'self'/)
      expect(csp).toMatch(/manifest-src 'self'/)
    })

    it("never serves a file outside the build", async () => {
      const app = server(dirs)
      for (const path of ["/admin/../secret.txt", "/admin/%2e%2e/secret.txt", "/%2e%2e/secret.txt"]) {
        const response = await app.request(path)
        expect(await response.text()).not.toContain("not public")
      }
    })

    it("explains a missing build instead of crashing, and the API still answers", async () => {
      const app = server(dirs.missing)
      const admin = await app.request("/admin/")
      expect(admin.status).toBe(503)
      expect(await admin.text()).toContain("pnpm --filter @bdhv/admin build")
      expect((await app.request("/api/health")).status).toBe(200)
    })

    it("renders the landing pages with the current public data, and falls back to the static page", {
      timeout: 180_000,
    }, async () => {
      await db.run(Seed.seed({ people: 200 }))
      // A stand-in for the landing's Node build: writes what it was given into the template.
      const serverDir = join(dirs.landing, "..", "landing-ssr")
      mkdirSync(serverDir, { recursive: true })
      writeFileSync(join(serverDir, "template.html"), '<!doctype html><html lang="vi"><!--app-html--></html>')
      writeFileSync(
        join(serverDir, "render.js"),
        `export const renderDocument = (template, data) => template
          .replace('<html lang="vi"', '<html lang="' + data.lang + '"')
          .replace("<!--app-html-->", "<script>1</script><p>" + data.phone + "</p><pre>" + JSON.stringify(data.live) + "</pre>")`,
      )
      const app = makeServer({
        runtime: db.runtime(),
        log: Log.make("silent"),
        config: { ...db.config(), publicPhone: "024 3386 1234" },
        webApps: { ...dirs, landingServer: serverDir },
      })
      const home = await app.request("/")
      expect(home.status).toBe(200)
      const html = await home.text()
      const live = JSON.parse(html.match(/<pre>(.*)<\/pre>/)![1]!) as {
        progress: { district: unknown } | null
        classes: { items: ReadonlyArray<unknown>; pageSize: number } | null
        events: ReadonlyArray<unknown> | null
      }
      expect(live.progress?.district).toBeDefined()
      expect(live.classes?.pageSize).toBe(6)
      expect(Array.isArray(live.events)).toBe(true)
      expect(html).toContain("<p>024 3386 1234</p>")
      // The rendered page's inline script is allowed by its hash, as the static page's are.
      expect(home.headers.get("content-security-policy")).toContain("'sha256-")
      expect(await (await app.request("/en/")).text()).toMatch(/^<!doctype html><html lang="en"/)
      // Without the Node build, the prerendered files as before.
      const fallback = server(dirs)
      expect(await (await fallback.request("/")).text()).toContain("<title>Bình dân học vụ số</title>")
    })
  })
})
