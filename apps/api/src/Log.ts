/**
 * Structured logs: one JSON object per line on stdout, filtered by `LOG_LEVEL`.
 */
const levels = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const

/** A log level name. */
export type Level = keyof typeof levels

/** Writes structured log lines at or above a threshold. */
export interface Log {
  readonly debug: (message: string, fields?: Record<string, unknown>) => void
  readonly info: (message: string, fields?: Record<string, unknown>) => void
  readonly warn: (message: string, fields?: Record<string, unknown>) => void
  readonly error: (message: string, fields?: Record<string, unknown>) => void
}

/** A logger that writes JSON lines to `write` (stdout by default). */
export const make = (
  threshold: Level,
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Log => {
  const at =
    (level: Exclude<Level, "silent">) =>
    (message: string, fields?: Record<string, unknown>): void => {
      if (levels[level] < levels[threshold]) return
      write(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }))
    }
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") }
}
