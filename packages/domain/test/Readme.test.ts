/**
 * The README's example of `@bdhv/domain` is run here, as a plain Node ESM script importing the built
 * package, so the documentation cannot drift from the library.
 */
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..")
const readme = readFileSync(join(packageDir, "..", "..", "README.md"), "utf8")

describe("README", () => {
  it("has an example of @bdhv/domain that runs and prints what its comments say", () => {
    const example = /```js\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(example, "the README has a ```js example").toBeDefined()
    // Inside the package folder, Node resolves "@bdhv/domain" to the package itself (self-reference).
    const dir = mkdtempSync(join(packageDir, ".readme-"))
    try {
      const script = join(dir, "example.mjs")
      writeFileSync(script, example ?? "")
      const output = execFileSync(process.execPath, [script], { encoding: "utf8" })
      const promised = [...(example ?? "").matchAll(/console\.log\(.*\) \/\/ (.*)$/gm)].map((m) => m[1])
      expect(output.trim().split("\n")).toEqual(promised)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
