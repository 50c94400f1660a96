/**
 * The machine a benchmark ran on, printed with every figure: a time means nothing without the CPU,
 * the core count, the memory, the Node version, the database and how busy the machine was.
 */
import { execFileSync } from "node:child_process"
import os from "node:os"

/**
 * @typedef {object} Machine
 * @property {string} cpu
 * @property {number} cores
 * @property {number} memoryGiB
 * @property {string} node
 * @property {string} os
 * @property {ReadonlyArray<number>} loadAverage 1, 5 and 15 minutes, at the moment of asking
 */

/** @returns {Machine} */
export const describe = () => {
  const [one = 0, five = 0, fifteen = 0] = os.loadavg()
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverage: [one, five, fifteen].map((n) => Math.round(n * 100) / 100),
  }
}

/** @param {Machine} machine */
export const toLine = (machine) =>
  `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}`

/** The load average now, as "1.23 / 1.10 / 0.98" (1, 5, 15 minutes). */
export const loadNow = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" / ")

/**
 * The PostgreSQL server's version, or undefined when `psql` is not installed.
 * @param {string} serverUrl
 */
export const postgresVersion = (serverUrl) => {
  try {
    return execFileSync("psql", [serverUrl, "-Atc", "show server_version"], { encoding: "utf8" }).trim()
  } catch {
    return undefined
  }
}
