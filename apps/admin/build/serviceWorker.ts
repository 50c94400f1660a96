/**
 * Emits the service worker (`sw.js`, from `build/sw.js`) with the list of files it keeps for offline
 * use: every file of the bundle and of `public/` (source maps left out) and the app's own URL, and a
 * version taken from that list, so a new build replaces the old shell in one step.
 */
import { createHash } from "node:crypto"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import type { Plugin } from "vite"

const filesUnder = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path).map((f) => `${name}/${f}`) : [name]
  })

export const serviceWorker = (options: { readonly source: string; readonly publicDir: string }): Plugin => ({
  name: "bdhv-service-worker",
  apply: "build",
  generateBundle(_output, bundle) {
    const bundled = Object.keys(bundle)
    const shell = ["", ...new Set([...bundled, ...filesUnder(options.publicDir)])]
      .filter((file) => file !== "sw.js" && file !== "index.html" && !file.endsWith(".map"))
      .sort()
    const version = createHash("sha256").update(shell.join("\n")).digest("hex").slice(0, 16)
    this.emitFile({
      type: "asset",
      fileName: "sw.js",
      source: `const VERSION = ${JSON.stringify(version)}\nconst SHELL = ${JSON.stringify(shell)}\n${readFileSync(options.source, "utf8")}`,
    })
  },
})
