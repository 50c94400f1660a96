/**
 * The processes the HTTP benchmarks send load to, each its own Node process on 127.0.0.1: the API as
 * it runs in production (`node apps/api/dist/main.js`) on a benchmark database, and the bare Hono
 * baseline. Started, awaited until they answer, and stopped by their own pid.
 */
import { spawn } from "node:child_process"
import { createServer } from "node:net"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { apiDist } from "./builtApi.mjs"

/**
 * A server process the benchmark started.
 * @typedef {object} Server
 * @property {string} origin e.g. http://127.0.0.1:41234
 * @property {() => Promise<void>} stop
 * @property {() => string} lastError the last error the process logged (its stderr), or ""
 */

/**
 * The ports the benchmark's servers may take (`BENCH_PORTS=first-last`; by default 31500–31599, the
 * range this checkout's benchmarks were given on the shared machine).
 */
const portRange = (() => {
  const [first = 31500, last = 31599] = (process.env.BENCH_PORTS ?? "")
    .split("-")
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
  return { first, last }
})()
let nextPort = portRange.first

/** @param {number} port */
const isFree = (port) =>
  /** @type {Promise<boolean>} */ (
    new Promise((resolve) => {
      const probe = createServer()
      probe.once("error", () => resolve(false))
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)))
    })
  )

/** A TCP port of the range, free on 127.0.0.1 right now, not handed out before by this process. */
const freePort = async () => {
  const size = portRange.last - portRange.first + 1
  for (let tried = 0; tried < size; tried++) {
    const port = nextPort
    nextPort = nextPort >= portRange.last ? portRange.first : nextPort + 1
    if (await isFree(port)) return port
  }
  throw new Error(`no free port in ${portRange.first}–${portRange.last}`)
}

/**
 * Polls `url` until it answers (any status) or `seconds` pass.
 * @param {string} url
 * @param {number} seconds
 * @param {() => string | undefined} failed the reason the process stopped, if it did
 */
const waitUntilAnswering = async (url, seconds, failed) => {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    const reason = failed()
    if (reason !== undefined) throw new Error(reason)
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  throw new Error(`${url} did not answer within ${seconds} s`)
}

/**
 * Starts `node …nodeArgs <script> …args` with `env`, waits until `probePath` answers.
 * @param {{ readonly script: string, readonly args: ReadonlyArray<string>, readonly env: Record<string, string>, readonly port: number, readonly probePath: string, readonly nodeArgs?: ReadonlyArray<string> }} options
 * @returns {Promise<Server>}
 */
const start = async ({ script, args, env, port, probePath, nodeArgs = [] }) => {
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let stderr = ""
  child.stderr.on("data", (chunk) => {
    stderr = (stderr + chunk).slice(-4000)
  })
  // The log (stdout) is read for its errors only: the info lines of a load test would be megabytes.
  let errors = ""
  let partial = ""
  child.stdout.on("data", (chunk) => {
    const lines = (partial + chunk).split("\n")
    partial = lines.pop() ?? ""
    for (const line of lines)
      if (/"level":"?(error|fatal|warn)|level=(error|fatal)|\bERROR\b/i.test(line))
        errors = `${errors}${line}\n`.slice(-4000)
  })
  /** @type {string | undefined} */
  let exited
  child.once("exit", (code, signal) => {
    exited = `${script} stopped (${signal ?? `exit ${code}`}): ${stderr.trim()}`
  })
  const origin = `http://127.0.0.1:${port}`
  try {
    await waitUntilAnswering(`${origin}${probePath}`, 60, () => exited)
  } catch (error) {
    child.kill("SIGTERM")
    throw error
  }
  return {
    origin,
    lastError: () =>
      `${errors}${stderr}`
        .trim()
        .split("\n")
        .reverse()
        .find((line) => /error|fail/i.test(line))
        ?.slice(0, 600) ?? "",
    stop: () =>
      new Promise((resolve) => {
        if (exited !== undefined) return resolve()
        const killer = setTimeout(() => child.kill("SIGKILL"), 10_000)
        child.once("exit", () => {
          clearTimeout(killer)
          resolve()
        })
        child.kill("SIGTERM")
      }),
  }
}

/** The first admin of benchmark databases (created by the API at its first start on one). */
export const benchAdmin = { email: "bench-admin@bdhv.local", password: "bench admin password 2025" }

/**
 * Starts the built API on a PostgreSQL benchmark database, logging at `info` as in production
 * (errors kept for the figures' notes). `dist` is another build of the API (the "before" of a
 * comparison), by default this checkout's. `env` adds to its environment (`BDHV_TRUST_PROXY`, say);
 * `nodeArgs` go to Node (`--cpu-prof`, to see where a benchmark's time goes).
 * @param {{ readonly databaseUrl: string, readonly dist?: string, readonly env?: Record<string, string>, readonly nodeArgs?: ReadonlyArray<string> }} options
 */
export const startApi = async ({ databaseUrl, dist = apiDist, env = {}, nodeArgs = [] }) => {
  const port = await freePort()
  return start({
    script: join(dist, "main.js"),
    args: [],
    env: {
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      LOG_LEVEL: "info",
      BDHV_ADMIN_EMAIL: benchAdmin.email,
      BDHV_ADMIN_PASSWORD: benchAdmin.password,
      ...env,
    },
    port,
    probePath: "/api/health",
    nodeArgs,
  })
}

/**
 * Starts the bare Hono baseline answering `GET /` with the JSON in `bodyFile`.
 * @param {{ readonly bodyFile: string }} options
 */
export const startBareHono = async ({ bodyFile }) => {
  const port = await freePort()
  return start({
    script: fileURLToPath(new URL("./bareHono.mjs", import.meta.url)),
    args: [String(port), bodyFile],
    env: {},
    port,
    probePath: "/",
  })
}

/**
 * Signs in to the API; returns the `cookie` header that authenticates later requests, and the
 * `x-csrf-token` header writes need besides (the `bdhv_csrf` cookie sent back).
 * @param {string} origin
 */
export const signIn = async (origin) => {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(benchAdmin),
  })
  if (response.status !== 200)
    throw new Error(`sign-in answered ${response.status}: ${await response.text()}`)
  const pairs = response.headers.getSetCookie().map((line) => line.split(";")[0] ?? "")
  const csrf = pairs.find((pair) => pair.startsWith("bdhv_csrf="))?.slice("bdhv_csrf=".length) ?? ""
  return { cookie: pairs.join("; "), csrfToken: decodeURIComponent(csrf) }
}
