/**
 * Starts the real BDHV server for the admin browser tests: the built API (which serves the built
 * admin app at /admin/) on a free port, with a fresh embedded database in a temporary folder and
 * a district admin from BDHV_ADMIN_EMAIL / BDHV_ADMIN_PASSWORD.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs"
import { createServer as createHttpServer, request } from "node:http"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { extname, join, normalize, resolve } from "node:path"

const repo = resolve(import.meta.dirname, "../..")
export const apiMain = join(repo, "apps/api/dist/main.js")
const adminDist = join(repo, "apps/admin/dist")

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

/**
 * How long a starting server may take to answer: migrating a fresh database and loading the country's
 * units takes seconds on a quiet machine, minutes on a busy one. Below the e2e projects' hook timeout
 * (600 s), so a server that never starts fails with what it printed.
 */
const startLimitMs = 540_000

const waitForHealth = async (url: string, child: ChildProcess, output: () => string): Promise<void> => {
  const deadline = Date.now() + startLimitMs
  while (Date.now() < deadline) {
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
  const apiUrl = `http://127.0.0.1:${port}`
  let front: { url: string; close: () => Promise<void> } | undefined
  const stop = async () => {
    await front?.close()
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r))
      child.kill("SIGTERM")
      await exited
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    await waitForHealth(apiUrl, child, () => log)
    front = (await servesAdmin(apiUrl)) ? undefined : await frontFor(apiUrl)
  } catch (error) {
    await stop()
    throw error
  }
  return { url: front?.url ?? apiUrl, dataDir, output: () => log, stop }
}

const servesAdmin = async (apiUrl: string): Promise<boolean> => {
  const response = await fetch(`${apiUrl}/admin/`)
  return response.ok && (response.headers.get("content-type") ?? "").includes("text/html")
}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json",
}

/**
 * Until the API serves the built admin app itself, one origin in front of it: /admin/* from
 * apps/admin/dist (index.html for client routes), everything else passed to the API unchanged.
 */
const frontFor = async (apiUrl: string): Promise<{ url: string; close: () => Promise<void> }> => {
  if (!existsSync(join(adminDist, "index.html")))
    throw new Error(`build the admin app first: ${adminDist} is missing`)
  const target = new URL(apiUrl)
  const server = createHttpServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname
    if (path.startsWith("/admin")) {
      const relative = normalize(path.slice("/admin".length)).replace(/^([/\\])+/, "")
      const file = join(adminDist, relative)
      const found =
        file.startsWith(adminDist) && existsSync(file) && statSync(file).isFile()
          ? file
          : join(adminDist, "index.html")
      res.writeHead(200, { "content-type": contentTypes[extname(found)] ?? "application/octet-stream" })
      res.end(readFileSync(found))
      return
    }
    const upstream = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (response) => {
        res.writeHead(response.statusCode ?? 502, response.headers)
        response.pipe(res)
      },
    )
    upstream.on("error", () => {
      res.writeHead(502)
      res.end()
    })
    req.pipe(upstream)
  })
  const port = await freePort()
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r))
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}
