/**
 * What `pnpm pack` publishes: a tarball that a plain Node 20 ESM project can install and import, with
 * type declarations and one subpath per module.
 */
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..")
let project: string

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "bdhv-domain-pack-"))
  // Under `pnpm test`, npm_execpath is the running pnpm (there may be no pnpm on the PATH).
  const pnpm = process.env.npm_execpath?.includes("pnpm") ? process.env.npm_execpath : undefined
  const [command, args] = pnpm ? [process.execPath, [pnpm]] : ["pnpm", []]
  execFileSync(command, [...args, "pack", "--pack-destination", project], {
    cwd: packageDir,
    stdio: "ignore",
  })
  const tarball = readdirSync(project).find((f) => f.endsWith(".tgz"))
  if (tarball === undefined) throw new Error("pnpm pack wrote no tarball")
  const installed = join(project, "node_modules", "@bdhv", "domain")
  mkdirSync(installed, { recursive: true })
  execFileSync("tar", ["-xzf", join(project, tarball), "-C", installed, "--strip-components=1"])
  // The consumer brings its own effect (a peer dependency): link the workspace's copy.
  symlinkSync(join(packageDir, "node_modules", "effect"), join(project, "node_modules", "effect"), "dir")
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", type: "module" }))
}, 60_000)

afterAll(() => rmSync(project, { recursive: true, force: true }))

const run = (source: string): string => {
  const script = join(project, `script-${Math.random().toString(36).slice(2)}.mjs`)
  writeFileSync(script, source)
  return execFileSync(process.execPath, [script], { cwd: project, encoding: "utf8" }).trim()
}

describe("the published package", () => {
  it("is imported by a plain Node ESM script", () => {
    const output = run(`
      import { Person, Indicator } from "@bdhv/domain"
      console.log(Person.ageAt({ birth: Person.bornOn("1965-07-02") }, "2025-07-01"), Indicator.ids.length)
    `)
    expect(output).toBe("59 15")
  })

  it("offers each module as a subpath", () => {
    expect(run(`import { fold } from "@bdhv/domain/Text"; console.log(fold("Đặng Thị Hường"))`)).toBe(
      "dang thi huong",
    )
  })

  it("ships type declarations and no tests", () => {
    const installed = join(project, "node_modules", "@bdhv", "domain")
    expect(existsSync(join(installed, "dist", "index.d.ts"))).toBe(true)
    expect(existsSync(join(installed, "dist", "Person.d.ts"))).toBe(true)
    expect(existsSync(join(installed, "test"))).toBe(false)
  })
})
