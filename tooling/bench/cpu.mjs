/**
 * CPU time spent for a piece of work, by this process and by the PostgreSQL server's backends of one
 * database (read from /proc: the server runs on this machine). Unlike wall time, it hardly moves with
 * how busy the machine is, so it tells what a request costs when other work shares the cores.
 */
import { readFileSync } from "node:fs"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const ticksPerSecond = 100

/** The user + system CPU of a process in milliseconds, or undefined when it is gone or not readable. */
const processCpuMs = (/** @type {number} */ pid) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8")
    // Fields after the command name (which is in parentheses and may hold spaces): utime is the 14th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond
  } catch {
    return undefined
  }
}

/** The backends of the current database, with their CPU so far. */
const backends = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const rows = yield* sql`select pid from pg_stat_activity where datname = current_database()`
  return new Map(
    rows.flatMap((row) => {
      const cpu = processCpuMs(Number(row.pid))
      return cpu === undefined ? [] : [[Number(row.pid), cpu]]
    }),
  )
})

/**
 * Runs `task` `runs` times and returns the CPU milliseconds per run of this process and of the
 * database's backends; `server` is undefined when the backends' CPU cannot be read (another machine).
 * @param {any} runtime a ManagedRuntime with the API's SqlClient
 * @param {() => Promise<unknown>} task
 * @param {number} runs
 * @returns {Promise<{ node: number, server: number | undefined }>}
 */
export const cpuPerRun = async (runtime, task, runs) => {
  const before = await runtime.runPromise(backends)
  const node = process.cpuUsage()
  for (let i = 0; i < runs; i++) await task()
  const used = process.cpuUsage(node)
  const after = await runtime.runPromise(backends)
  let server = 0
  for (const [pid, cpu] of after) server += cpu - (before.get(pid) ?? 0)
  return {
    node: (used.user + used.system) / 1000 / runs,
    server: after.size === 0 ? undefined : server / runs,
  }
}
