/**
 * Percentiles of a sample of timings, the way benchmark tables report them (nearest rank).
 */

/**
 * The p-th percentile (0–100) of the values, by nearest rank.
 * @param {ReadonlyArray<number>} values
 * @param {number} p
 */
export const percentile = (values, p) => {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN
}

/** @param {ReadonlyArray<number>} values */
export const median = (values) => percentile(values, 50)

/**
 * Runs `task` `warmup` times untimed, then `runs` times timed; returns the timings in milliseconds.
 * @param {() => Promise<unknown>} task
 * @param {{ readonly warmup: number, readonly runs: number }} counts
 */
export const timeRuns = async (task, { warmup, runs }) => {
  for (let i = 0; i < warmup; i++) await task()
  /** @type {Array<number>} */
  const timings = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await task()
    timings.push(performance.now() - started)
  }
  return timings
}
