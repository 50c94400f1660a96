/**
 * The reliability run's process scenarios: the built server (`dist/main.js`) is started as its own
 * process on a database of its own (a PGlite folder, or a fresh PostgreSQL database), and killed the way
 * a machine or an operator kills it — `kill -9` during a burst of writes, `kill -9` during an import's
 * write, `SIGTERM` during a long preview — then started again on the same data and asked what is left.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdtemp, rm } from "node:fs/promises"
import { createServer } from "node:net"
import { loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import * as ChuongMy from "@bdhv/domain/ChuongMy"

const main = join(import.meta.dirname, "../dist/main.js")
const cli = join(import.meta.dirname, "../dist/cli.js")
const admin = { email: "admin@reliability.bdhv.test", password: "độ tin cậy của máy chủ 2025" }
const communeId = ChuongMy.newCommunes[0]!.id
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** The machine's load averages, as `uptime` prints them. */
export const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(", ")

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })

interface Instance {
  readonly url: string
  readonly child: ChildProcess
  readonly exited: Promise<number | null>
}

/** Where a scenario's server keeps its data. */
interface Place {
  readonly env: Record<string, string>
  readonly cleanup: () => Promise<void>
}

const placeFor = async (kind: "pglite" | "postgres", serverUrl: string | undefined): Promise<Place> => {
  if (kind === "pglite") {
    const dir = await mkdtemp(join(tmpdir(), "bdhv-reliability-"))
    return { env: { DATA_DIR: join(dir, "data") }, cleanup: () => rm(dir, { recursive: true, force: true }) }
  }
  const database = `bdhv_hostile_rel_${randomBytes(4).toString("hex")}`
  const url = new URL(serverUrl!)
  const psql = (statement: string) =>
    spawnSync("psql", [serverUrl!, "-v", "ON_ERROR_STOP=1", "-c", statement], { encoding: "utf8" })
  const made = psql(`create database ${database}`)
  if (made.status !== 0) throw new Error(`create database: ${made.stderr}`)
  url.pathname = `/${database}`
  return {
    env: { DATABASE_URL: url.toString() },
    cleanup: async () => {
      psql(`drop database if exists ${database} with (force)`)
    },
  }
}

const environment = (place: Place, port: number) => ({
  ...process.env,
  ...place.env,
  PORT: String(port),
  HOST: "127.0.0.1",
  NODE_ENV: "test",
  LOG_LEVEL: "warn",
  BDHV_ADMIN_EMAIL: admin.email,
  BDHV_ADMIN_PASSWORD: admin.password,
})

const start = async (place: Place): Promise<Instance> => {
  const port = await freePort()
  const child = spawn(process.execPath, [main], {
    env: environment(place, port),
    stdio: ["ignore", "ignore", "pipe"],
  })
  let errors = ""
  child.stderr?.on("data", (chunk: Buffer) => {
    errors += chunk.toString()
  })
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)))
  const url = `http://127.0.0.1:${port}`
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited: ${errors.slice(-2000)}`)
    const healthy = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (healthy) return { url, child, exited }
    await sleep(200)
  }
}

const signIn = async (url: string) => {
  const response = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(admin),
  })
  if (response.status !== 200) throw new Error(`login: ${response.status}`)
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ")
  return { cookie, csrf: /bdhv_csrf=([^;]+)/.exec(cookie)?.[1] ?? "" }
}

type Session = Awaited<ReturnType<typeof signIn>>

const villageOf = async (url: string, session: Session) => {
  const response = await fetch(`${url}/api/units?parentId=${encodeURIComponent(communeId)}&pageSize=5`, {
    headers: { cookie: session.cookie },
  })
  const page = (await response.json()) as { items: ReadonlyArray<{ id: string }> }
  const village = page.items[0]?.id
  if (village === undefined) throw new Error("no village under the commune")
  return village
}

/** kill -9 during a burst of writes: every write acknowledged before the kill is there after a restart. */
const killDuringWrites = async (place: Place) => {
  let server = await start(place)
  const session = await signIn(server.url)
  const village = await villageOf(server.url, session)
  const acknowledged: Array<string> = []
  let killed = false
  const client = async (n: number) => {
    for (let i = 0; !killed; i++) {
      const response = await fetch(`${server.url}/api/households`, {
        method: "POST",
        headers: { cookie: session.cookie, "x-csrf-token": session.csrf, "content-type": "application/json" },
        body: JSON.stringify({ code: `KILL-${n}-${i}`, unitId: village, isRemote: false }),
      }).catch(() => undefined)
      if (response?.status === 201) acknowledged.push(((await response.json()) as { id: string }).id)
    }
  }
  const clients = [0, 1, 2, 3].map(client)
  while (acknowledged.length < 200) await sleep(50)
  server.child.kill("SIGKILL")
  killed = true
  await server.exited
  await Promise.all(clients)
  server = await start(place)
  const again = await signIn(server.url)
  let present = 0
  for (const id of acknowledged) {
    const response = await fetch(`${server.url}/api/households/${id}`, { headers: { cookie: again.cookie } })
    await response.arrayBuffer()
    if (response.status === 200) present++
  }
  server.child.kill("SIGTERM")
  await server.exited
  return { acknowledged: acknowledged.length, present }
}

const importCsv = (village: string, rows: number) => {
  const lines = ["Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn"]
  for (let i = 0; i < rows; i++)
    lines.push(`IMPKILL-${Math.floor(i / 4)},Người Nhập ${i},${1950 + (i % 60)},Nữ,${village}`)
  return `${lines.join("\n")}\n`
}

const upload = async (url: string, session: Session, csv: string) => {
  const form = new FormData()
  form.set("communeId", communeId)
  form.set("file", new Blob([csv], { type: "text/csv" }), "list.csv")
  const response = await fetch(`${url}/api/imports`, {
    method: "POST",
    body: form,
    headers: { cookie: session.cookie, "x-csrf-token": session.csrf },
  })
  if (response.status !== 201) throw new Error(`upload: ${response.status} ${await response.text()}`)
  return (await response.json()) as { id: string; validRows: number }
}

/** kill -9 while an import writes: no row of it after a restart, and its job marked failed. */
const killDuringImport = async (place: Place) => {
  let server = await start(place)
  const session = await signIn(server.url)
  const village = await villageOf(server.url, session)
  const job = await upload(server.url, session, importCsv(village, 40_000))
  const confirmed = await fetch(`${server.url}/api/imports/${job.id}/confirm`, {
    method: "POST",
    headers: { cookie: session.cookie, "x-csrf-token": session.csrf },
  })
  if (confirmed.status !== 202) throw new Error(`confirm: ${confirmed.status}`)
  // The write is under way (its transaction started) when the process is killed.
  await sleep(300)
  server.child.kill("SIGKILL")
  await server.exited
  const killedAt = performance.now()
  server = await start(place)
  const again = await signIn(server.url)
  const households = (await (
    await fetch(`${server.url}/api/households?q=IMPKILL&pageSize=1`, { headers: { cookie: again.cookie } })
  ).json()) as { total: number }
  // An instance waits half a minute after a confirmation before it calls an unlocked write lost.
  let status = "running"
  while (status === "running" && performance.now() - killedAt < 120_000) {
    const seen = (await (
      await fetch(`${server.url}/api/imports/${job.id}`, { headers: { cookie: again.cookie } })
    ).json()) as { status: string }
    status = seen.status
    if (status === "running") await sleep(1_000)
  }
  server.child.kill("SIGTERM")
  await server.exited
  return { rows: job.validRows, householdsLeft: households.total, status }
}

/** SIGTERM during a long preview: the process exits within its shutdown deadline (10 s). */
const termDuringPreview = async (place: Place) => {
  const server = await start(place)
  const session = await signIn(server.url)
  const lines = ["Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn"]
  for (let i = 0; i < 1_000_000; i++) lines.push(`H${i},,x,?,`)
  const form = new FormData()
  form.set("communeId", communeId)
  form.set("file", new Blob([`${lines.join("\n")}\n`], { type: "text/csv" }), "trieu.csv")
  const answer = fetch(`${server.url}/api/imports`, {
    method: "POST",
    body: form,
    headers: { cookie: session.cookie, "x-csrf-token": session.csrf },
  }).then(
    (r) => r.status,
    () => "connection closed",
  )
  await sleep(2_000)
  const signalled = performance.now()
  server.child.kill("SIGTERM")
  const code = await server.exited
  const seconds = (performance.now() - signalled) / 1000
  return { seconds, code, answer: await answer }
}

/** Runs the scenarios on one database kind; the Markdown section's lines. */
export const scenarios = async (kind: "pglite" | "postgres", serverUrl: string | undefined) => {
  const place = await placeFor(kind, serverUrl)
  try {
    const seeded = spawnSync(process.execPath, [cli, "seed", "--scale", "300"], {
      env: environment(place, 3000),
      encoding: "utf8",
    })
    if (seeded.status !== 0) throw new Error(`seed: ${seeded.stderr}`)
    const writes = await killDuringWrites(place)
    const writesLoad = load()
    const importKill = await killDuringImport(place)
    const importLoad = load()
    const term = await termDuringPreview(place)
    const termLoad = load()
    return [
      "Processes: the built server (`dist/main.js`) started on a database of its own, killed, and started again on the same data:",
      "",
      "| Scenario | Result | Load (1, 5, 15 min) |",
      "|---|---|---|",
      `| \`kill -9\` during writes from 4 clients | ${writes.acknowledged} writes acknowledged before the kill, ${writes.present} present after the restart (${writes.acknowledged - writes.present} lost) | ${writesLoad} |`,
      `| \`kill -9\` while an import of ${importKill.rows.toLocaleString("en")} rows writes | ${importKill.householdsLeft} of its households after the restart; its job ${importKill.status} | ${importLoad} |`,
      `| \`SIGTERM\` during the preview of a 1,000,000-row CSV | exited in ${term.seconds.toFixed(1)} s with code ${term.code} (deadline 10 s); the upload got ${term.answer} | ${termLoad} |`,
      "",
    ]
  } finally {
    await place.cleanup()
  }
}
