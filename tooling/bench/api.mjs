/**
 * API throughput and latency (DESIGN §6): the public progress endpoint against a bare Hono handler
 * serving the same bytes (ratio of requests/s, budget ≥ 0.5), and authenticated list endpoints at 100
 * concurrent clients (p99 ≤ 50 ms). The API runs as in production, on the district database of the
 * PostgreSQL server; load comes from this process over loopback, bounded in time. `--no-lists` measures
 * the public progress alone.
 *
 * Anonymous public reads are limited per client address (120 a minute), so the progress load comes as
 * the landing site's visitors send it through the deployment's reverse proxy: every request from its own
 * address in `X-Forwarded-For`, the API trusting one proxy (`BDHV_TRUST_PROXY=1`). The bare Hono app gets
 * the same requests.
 */
import { rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Load from "./load.mjs"
import { median, timeRuns } from "./percentiles.mjs"
import { fromSamples, ms } from "./report.mjs"
import { signIn, startApi, startBareHono } from "./servers.mjs"

/** The list requests measured: a search, as an officer types a name, and a first page. */
const listRequests = [
  { name: "people, search “nguyen van”, page 1", path: "/api/people?q=nguyen%20van&page=1" },
  { name: "people, page 1", path: "/api/people?page=1" },
  { name: "households, page 1", path: "/api/households?page=1" },
]

/**
 * @param {import("./run.mjs").Context} context
 * @returns {Promise<Array<import("./report.mjs").Row>>}
 */
export const run = async (context) => {
  const { seconds } = context.options
  const database = await context.serverDatabase()
  if (database.url === undefined) throw new Error("the API benchmark needs the PostgreSQL server")
  /** @type {Array<import("./report.mjs").Row>} */
  const rows = []
  const api = await startApi({ databaseUrl: database.url, env: { BDHV_TRUST_PROXY: "1" } })
  try {
    context.log(`  API started at ${api.origin} on ${database.label}`)
    rows.push(...(await publicProgress(context, api.origin, seconds)))
    if (!context.options.lists) return rows
    const { cookie } = await signIn(api.origin)
    for (const request of listRequests) {
      const probe = await fetch(`${api.origin}${request.path}`, { headers: { cookie } })
      if (probe.status !== 200) {
        rows.push({
          benchmark: `API list p99 @100: ${request.name}`,
          measured: "not measured",
          budget: "≤ 50 ms",
          verdict: "blocked",
          note: `GET ${request.path} answered ${probe.status}`,
        })
        continue
      }
      const url = `${api.origin}${request.path}`
      const alone = median(
        await timeRuns(() => fetch(url, { headers: { cookie } }).then((r) => r.arrayBuffer()), {
          warmup: 2,
          runs: 10,
        }),
      )
      context.log(`  ${request.name}: 100 clients, ${seconds} s, closed loop then 1 request/s each`)
      await Load.run({ url, connections: 100, seconds: 2, headers: { cookie } })
      await settle(url, cookie)
      const closed = await Load.run({ url, connections: 100, seconds, headers: { cookie } })
      await settle(url, cookie)
      const paced = await Load.run({ url, connections: 100, seconds, headers: { cookie }, perClientRate: 1 })
      await settle(url, cookie)
      rows.push({
        ...listRow(`API list p99 @100: ${request.name}`, closed),
        note: [`one request alone: median ${ms(alone)}`, failuresNote(closed)].filter(Boolean).join("; "),
      })
      rows.push(listRow("  same, 100 clients × 1 request/s", paced))
    }
  } finally {
    await api.stop()
  }
  return rows
}

/**
 * Bare Hono and the API's public progress endpoint, each measured twice in turns (bare, API, bare,
 * API) so a burst of load from elsewhere on the machine weighs on both; the better run of each counts.
 * @param {import("./run.mjs").Context} context
 * @param {string} origin
 * @param {number} seconds
 * @returns {Promise<Array<import("./report.mjs").Row>>}
 */
const publicProgress = async (context, origin, seconds) => {
  const path = "/api/public/progress"
  // The API has just started: this first answer is computed, the ones after come from its cache.
  const missStarted = performance.now()
  const probe = await fetch(`${origin}${path}`)
  if (probe.status !== 200) {
    return [
      {
        benchmark: "API public progress vs bare Hono (req/s ratio @50)",
        measured: "not measured",
        budget: "≥ 0.5",
        verdict: "blocked",
        note: `GET ${path} answered ${probe.status}`,
      },
    ]
  }
  const body = await probe.text()
  const missMs = performance.now() - missStarted
  const bodyFile = join(tmpdir(), `bdhv-bench-progress-${process.pid}.json`)
  writeFileSync(bodyFile, body)
  const bare = await startBareHono({ bodyFile })
  try {
    const targets = { bare: `${bare.origin}/`, api: `${origin}${path}` }
    for (const url of Object.values(targets))
      await Load.run({ url, connections: 50, seconds: 2, distinctAddresses: true })
    /** @type {{ bare: Array<Load.LoadResult>, api: Array<Load.LoadResult> }} */
    const results = { bare: [], api: [] }
    for (let turn = 0; turn < 2; turn++) {
      for (const [which, url] of /** @type {const} */ ([
        ["bare", targets.bare],
        ["api", targets.api],
      ])) {
        context.log(`  ${which === "bare" ? "bare Hono" : "public progress"}: 50 clients, ${seconds} s`)
        results[which].push(await Load.run({ url, connections: 50, seconds, distinctAddresses: true }))
      }
    }
    /** @param {ReadonlyArray<Load.LoadResult>} list */
    const best = (list) => list.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a))
    const bestBare = best(results.bare)
    const bestApi = best(results.api)
    const ratio = bestApi.requestsPerSecond / bestBare.requestsPerSecond
    const broken = bestApi.errors + bestApi.non2xx > 0
    return [
      fromSamples(
        {
          benchmark: "API public progress vs bare Hono (req/s ratio @50)",
          measured: `${ratio.toFixed(2)} (${Math.round(bestApi.requestsPerSecond)} vs ${Math.round(bestBare.requestsPerSecond)} req/s)`,
          budget: "≥ 0.5",
          verdict: broken ? "FAIL" : ratio >= 0.5 ? "pass" : "FAIL",
          note:
            `${body.length} bytes per answer; p99 ${ms(bestApi.p99)} (API) vs ${ms(bestBare.p99)} (bare); ` +
            `the first answer, computed before the cache held it, took ${ms(missMs)}` +
            (broken ? `; ${failuresNote(bestApi)}` : ""),
        },
        Math.min(bestApi.requests, bestBare.requests),
      ),
    ]
  } finally {
    await bare.stop()
    rmSync(bodyFile, { force: true })
  }
}

/**
 * @param {string} benchmark
 * @param {Load.LoadResult} result
 * @returns {import("./report.mjs").Row}
 */
const listRow = (benchmark, result) =>
  fromSamples(
    {
      benchmark,
      measured: `p99 ${ms(result.p99)}, p50 ${ms(result.p50)}, ${Math.round(result.requestsPerSecond)} req/s`,
      budget: "≤ 50 ms",
      verdict: result.errors + result.non2xx > 0 ? "FAIL" : result.p99 <= 50 ? "pass" : "FAIL",
      note: failuresNote(result),
    },
    result.requests - result.non2xx,
  )

/**
 * Waits until the API answers a request within a second again (a load run that overwhelmed it
 * leaves queued queries behind), so one run's backlog does not weigh on the next.
 * @param {string} url
 * @param {string} cookie
 */
const settle = async (url, cookie) => {
  for (let attempt = 0; attempt < 60; attempt++) {
    const started = performance.now()
    await fetch(url, { headers: { cookie } }).then((r) => r.arrayBuffer())
    if (performance.now() - started < 1000) return
  }
}

/** @param {Load.LoadResult} result */
const failuresNote = (result) =>
  result.errors + result.non2xx > 0
    ? `${result.non2xx} non-2xx answers and ${result.errors} errors of ${result.requests}`
    : undefined
