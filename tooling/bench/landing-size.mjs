// The JavaScript weight of the built public site (apps/landing/dist), gzip-compressed as a server
// would send it: what the first load runs (the entry chunk and everything it imports statically) and
// what is loaded later on demand (the form checks). Prints one line; `--json` prints it as JSON.
// Budget (DESIGN §6): ≤ 50 kB gzip of JavaScript on the first load.
// Run after `pnpm --filter @bdhv/landing build`: node tooling/bench/landing-size.mjs
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"

const budgetBytes = 50 * 1024
const dist = resolve(dirname(fileURLToPath(import.meta.url)), "../../apps/landing/dist")
if (!existsSync(join(dist, "index.html"))) {
  console.error(`landing-size: no build at ${dist} (run pnpm --filter @bdhv/landing build)`)
  process.exit(1)
}

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`

// Entry scripts and preloads named by the page.
const html = readFileSync(join(dist, "index.html"), "utf8")
const named = [
  ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g),
].map((m) => join(dist, m[1]))

// Follow static imports (`import … from "./x.js"`, `import "./x.js"`); dynamic `import()` stays lazy.
const initial = new Set()
const visit = (file) => {
  if (initial.has(file)) return
  initial.add(file)
  const code = readFileSync(file, "utf8")
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"();]*?from\s*)?["']([^"']+\.js)["']/g)) {
    visit(resolve(dirname(file), m[1]))
  }
}
for (const file of named) visit(file)

const assets = join(dist, "assets")
const all = readdirSync(assets)
  .filter((f) => f.endsWith(".js"))
  .map((f) => join(assets, f))
const sum = (files) => files.reduce((n, f) => n + gzipBytes(f), 0)
const first = sum([...initial])
const lazy = sum(all.filter((f) => !initial.has(f)))
const result = {
  initialGzipBytes: first,
  lazyGzipBytes: lazy,
  budgetBytes,
  withinBudget: first <= budgetBytes,
  htmlGzipBytes: gzipBytes(join(dist, "index.html")),
}

if (process.argv.includes("--json")) console.log(JSON.stringify(result))
else
  console.log(
    `landing JS gzip: first load ${kB(first)} (budget ${kB(budgetBytes)}: ${result.withinBudget ? "ok" : "OVER"}), ` +
      `on demand ${kB(lazy)}, page HTML ${kB(result.htmlGzipBytes)}`,
  )
