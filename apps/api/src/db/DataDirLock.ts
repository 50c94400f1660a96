/**
 * One process at a time in an embedded database's folder. PGlite is one connection in one process: a
 * second process opening the same folder (the CLI's `backup` while the server runs) would read pages the
 * server is writing, or corrupt them. Whoever opens the folder holds `bdhv.lock` in it, with its process
 * id, until it closes; a lock left by a process that is gone is taken over.
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from "node:fs"
import { join } from "node:path"

/** The folder is held by a running process. */
export class DataDirInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The database folder ${dataDir} is in use by a running BDHV server (process ${pid}). ` +
        "Back up through the server instead: GET /api/backup as a district admin " +
        "(e.g. curl -b 'bdhv_session=…' -o backup.jsonl.gz http://127.0.0.1:3000/api/backup), " +
        "or stop the server first.",
    )
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

/** Takes the folder's lock; returns the function that gives it back. Throws `DataDirInUse`. */
export const acquire = (dataDir: string): (() => void) => {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, "bdhv.lock")
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx")
      writeSync(fd, String(process.pid))
      closeSync(fd)
      return () => rmSync(file, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error
      const pid = Number(readFileSync(file, "utf8").trim())
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid))
        throw new DataDirInUse(dataDir, pid)
      // Left by a process that is gone (or by this one, before a restart in the same process).
      rmSync(file, { force: true })
    }
  }
  throw new DataDirInUse(dataDir, 0)
}
