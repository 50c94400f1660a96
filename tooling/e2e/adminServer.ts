/**
 * Starts the real BDHV server for the admin browser tests: the built API (which serves the built
 * admin app at /admin/) on a free port, with a fresh embedded database in a temporary folder and
 * a district admin from BDHV_ADMIN_EMAIL / BDHV_ADMIN_PASSWORD.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"

const repo = resolve(import.meta.dirname, "../..")
export const apiMain = join(repo, "apps/api/dist/main.js")

export const admin = { email: "admin@bdhv.test", password: "e2e-District-Admin-2025" } as const

export interface RunningServer {
  readonly url: string
  readonly dataDir: string
  /** Everything the server printed, for a failed test's message. */
  readonly output: () => string
  readonly stop: () => Promise<void>
}

const freePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolvePort(port))
    })
  })

const waitForHealth = async (url: string, child: ChildProcess, output: () => string): Promise<void> => {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output()}`)
    try {
      const response = await fetch(`${url}/api/health`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`the server did not become healthy:\n${output()}`)
}

/** Starts the server; `env` adds variables (e.g. demo data options). */
export const startServer = async (env: Readonly<Record<string, string>> = {}): Promise<RunningServer> => {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), "bdhv-admin-e2e-"))
  let log = ""
  const child = spawn(process.execPath, [apiMain], {
    cwd: join(repo, "apps/api"),
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: join(dataDir, "db"),
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      BDHV_ADMIN_EMAIL: admin.email,
      BDHV_ADMIN_PASSWORD: admin.password,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  child.stdout?.on("data", (chunk: Buffer) => {
    log += chunk.toString()
  })
  child.stderr?.on("data", (chunk: Buffer) => {
    log += chunk.toString()
  })
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r))
      child.kill("SIGTERM")
      await exited
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    await waitForHealth(url, child, () => log)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, dataDir, output: () => log, stop }
}
