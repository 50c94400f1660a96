/**
 * HTTP load from this process with autocannon: loopback only, bounded in time, a fixed number of
 * connections. Returns the figures the budgets speak of.
 */
import autocannon from "autocannon"

/**
 * @typedef {object} LoadResult
 * @property {number} requestsPerSecond mean over the run
 * @property {number} p50 latency, ms
 * @property {number} p99 latency, ms
 * @property {number} max latency, ms
 * @property {number} requests total answered
 * @property {number} non2xx answers that were not 2xx
 * @property {number} errors connection errors and timeouts
 */

let address = 0
/**
 * A request from the next client address (10.0.0.0–10.0.255.255).
 * @param {any} request
 */
const fromNextAddress = (request) => {
  address = (address + 1) % 65_536
  return {
    ...request,
    headers: { ...request.headers, "x-forwarded-for": `10.0.${address >> 8}.${address & 255}` },
  }
}

/**
 * Sends load to a URL on 127.0.0.1 for `seconds` with `connections` concurrent clients. Each client
 * sends its next request as soon as the last is answered (closed loop), or, with `perClientRate`, at
 * that many requests per second (latencies then corrected for coordinated omission). With
 * `distinctAddresses`, each request comes from its own client address, as a reverse proxy in front of
 * the API writes it (`X-Forwarded-For`, 65,536 addresses in turn): many visitors, not one client.
 * @param {{ readonly url: string, readonly connections: number, readonly seconds: number, readonly headers?: Record<string, string>, readonly perClientRate?: number, readonly distinctAddresses?: boolean }} options
 * @returns {Promise<LoadResult>}
 */
export const run = async ({
  url,
  connections,
  seconds,
  headers = {},
  perClientRate,
  distinctAddresses = false,
}) => {
  const { hostname } = new URL(url)
  if (hostname !== "127.0.0.1" && hostname !== "localhost")
    throw new Error(`load goes to 127.0.0.1 only, not ${hostname}`)
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers,
    timeout: 10,
    ...(perClientRate === undefined ? {} : { connectionRate: perClientRate }),
    ...(distinctAddresses ? { requests: [{ method: "GET", setupRequest: fromNextAddress }] } : {}),
  })
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }
}
