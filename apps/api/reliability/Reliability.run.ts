/**
 * The reliability run behind RELIABILITY.md (`pnpm --filter @bdhv/api reliability`): on PGlite, and on
 * PostgreSQL when TEST_DATABASE_URL is set, the API is served over real HTTP and sent hostile files while
 * a second client asks `/api/health` every 100 ms (the slowest answer is reported), then a bounded soak
 * of mixed reads and writes measures errors and memory at its start and end. Writes the report at the
 * repository root; what was not tried is said so.
 */
import { writeFile } from "node:fs/promises"
import type { AddressInfo } from "node:net"
import { join } from "node:path"
import { serve } from "@hono/node-server"
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import { Effect } from "effect"
import { afterAll, beforeAll, it } from "vitest"
import * as Seed from "../src/demo/Seed.js"
import { forEachDatabase, type TestDatabase } from "../test/harness.js"
import { load, scenarios } from "./Processes.js"

const soakSeconds = Number(process.env.SOAK_SECONDS ?? 60)
const communeId = ChuongMy.newCommunes[0]!.id
const sections: Array<string> = []
const startLoad = load()
const mb = () => Math.round(process.memoryUsage().rss / (1024 * 1024))

const zipBomb = async (): Promise<Uint8Array> => {
  // The hostile-file suite's generator, inlined: 200 MB of shared strings in about 200 KB.
  const { createDeflateRaw, crc32, deflateRawSync } = await import("node:zlib")
  const entry = (name: string, body: Uint8Array, size: number, crc: number, offset: number) => {
    const n = Buffer.from(name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc >>> 0, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(size >>> 0, 22)
    local.writeUInt16LE(n.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc >>> 0, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(size >>> 0, 24)
    central.writeUInt16LE(n.length, 28)
    central.writeUInt32LE(offset, 42)
    return { local: Buffer.concat([local, n, body]), central: Buffer.concat([central, n]) }
  }
  const chunk = Buffer.alloc(1024 * 1024, "<si><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></si>")
  const deflate = createDeflateRaw({ level: 9 })
  const out: Array<Buffer> = []
  deflate.on("data", (part: Buffer) => out.push(part))
  const done = new Promise((resolve) => deflate.on("end", resolve))
  let crc = 0
  for (let i = 0; i < 200; i++) {
    crc = crc32(chunk, crc)
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once("drain", resolve))
  }
  deflate.end()
  await done
  const parts = [
    ["[Content_Types].xml", Buffer.from("<Types/>")],
    ["xl/workbook.xml", Buffer.from("<workbook/>")],
  ] as const
  const locals: Array<Buffer> = []
  const centrals: Array<Buffer> = []
  let offset = 0
  for (const [name, data] of parts) {
    const e = entry(name, deflateRawSync(data), data.length, crc32(data), offset)
    locals.push(e.local)
    centrals.push(e.central)
    offset += e.local.length
  }
  const bomb = entry("xl/sharedStrings.xml", Buffer.concat(out), 200 * chunk.length, crc, offset)
  locals.push(bomb.local)
  centrals.push(bomb.central)
  offset += bomb.local.length
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(centrals.length, 8)
  end.writeUInt16LE(centrals.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

forEachDatabase((db: TestDatabase) => {
  let base = ""
  let close = () => {}
  let cookie = ""
  beforeAll(async () => {
    await db.run(Seed.seed({ people: 2_000 }))
    const server = serve({ fetch: db.app().fetch, port: 0, hostname: "127.0.0.1" })
    await new Promise((resolve) => server.once("listening", resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    close = () => server.close()
    cookie = await db.login()
  })
  afterAll(() => close())

  const headers = () => ({
    cookie,
    "x-csrf-token": /bdhv_csrf=([^;]+)/.exec(cookie)?.[1] ?? "",
  })

  /** Runs `work` while another client asks /api/health every 100 ms; the slowest answer and failures. */
  const watchingHealth = async <A>(work: () => Promise<A>) => {
    let slowest = 0
    let failed = 0
    let asked = 0
    let on = true
    const watcher = (async () => {
      while (on) {
        const started = performance.now()
        const response = await fetch(`${base}/api/health`).catch(() => undefined)
        asked++
        if (response?.status !== 200) failed++
        await response?.arrayBuffer()
        slowest = Math.max(slowest, performance.now() - started)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    })()
    const rssBefore = mb()
    let peak = rssBefore
    const sampler = setInterval(() => {
      peak = Math.max(peak, mb())
    }, 200)
    const started = performance.now()
    const result = await work()
    const seconds = (performance.now() - started) / 1000
    on = false
    await watcher
    clearInterval(sampler)
    return { result, slowest: Math.round(slowest), failed, asked, seconds, rssBefore, peak, rssAfter: mb() }
  }

  const upload = (name: string, content: Uint8Array | string, type: string) => {
    const form = new FormData()
    form.set("communeId", communeId)
    form.set("file", new Blob([content], { type }), name)
    return fetch(`${base}/api/imports`, { method: "POST", body: form, headers: headers() }).then(
      async (r) => ({
        status: r.status,
        body: (await r.text()).slice(0, 160),
      }),
    )
  }

  it("is measured", async () => {
    const rows: Array<string> = []
    const files: Array<[string, () => Promise<Uint8Array | string>, string]> = [
      [
        "zip bomb: 200 MB of shared strings in an XLSX of ~0.2 MB",
        zipBomb,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      ],
      [
        "CSV of 1,000,000 bad rows (~12 MB)",
        async () => {
          const lines = ["Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn"]
          for (let i = 0; i < 1_000_000; i++) lines.push(`H${i},,x,?,`)
          return `${lines.join("\n")}\n`
        },
        "text/csv",
      ],
      [
        "CSV with an 8 MB address cell",
        async () =>
          `Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn,Địa chỉ\nDC-1,Nguyễn Văn Dài,1970,Nam,X,${"Số 1 ".repeat(1_677_721)}\n`,
        "text/csv",
      ],
      [
        "CSV in Windows-1258",
        async () =>
          Buffer.from([...Buffer.from("Household code,Full name\nH-1,Nguy"), 0xea, 0xde, 0x6e, 0x0a]),
        "text/csv",
      ],
    ]
    for (const [what, make, type] of files) {
      const content = await make()
      const name = type === "text/csv" ? "list.csv" : "list.xlsx"
      const run = await watchingHealth(() => upload(name, content, type))
      const answer = run.result.body.replace(/\|/g, "/")
      rows.push(
        `| ${what} | ${run.result.status} ${answer.slice(0, 90)}… | ${run.seconds.toFixed(1)} s | ${run.slowest} ms (${run.failed} of ${run.asked} failed) | ${run.rssBefore} → peak ${run.peak} → ${run.rssAfter} MB | ${load()} |`,
      )
    }
    // The soak: mixed reads and writes from four clients for `soakSeconds`.
    const soakStart = mb()
    const until = performance.now() + soakSeconds * 1000
    let requests = 0
    let errors = 0
    let writes = 0
    const paths = [
      "/api/health",
      "/api/people?pageSize=20",
      "/api/households?q=nguyen",
      "/api/indicators",
      "/api/public/progress",
      "/api/units",
    ]
    const village = await db.sql((sql) =>
      Effect.map(
        sql<{ id: string }>`select unit_id as id from households order by id limit 1`,
        (r) => r[0]!.id,
      ),
    )
    const client = async (n: number) => {
      for (let i = 0; performance.now() < until; i++) {
        const write = i % 5 === 4
        const response = write
          ? await fetch(`${base}/api/households`, {
              method: "POST",
              headers: { ...headers(), "content-type": "application/json" },
              body: JSON.stringify({ code: `SOAK-${db.kind}-${n}-${i}`, unitId: village, isRemote: false }),
            })
          : await fetch(`${base}${paths[(i + n) % paths.length]}`, { headers: headers() })
        await response.arrayBuffer()
        requests++
        if (write && response.status === 201) writes++
        if (response.status >= 500) errors++
      }
    }
    await Promise.all([0, 1, 2, 3].map(client))
    const stored = await db.sql((sql) =>
      Effect.map(
        sql<{ n: number }>`select count(*)::int as n from households where code like ${`SOAK-${db.kind}-%`}`,
        (r) => r[0]!.n,
      ),
    )
    sections.push(
      [
        `## ${db.kind === "pglite" ? "PGlite (embedded)" : "PostgreSQL"}`,
        "",
        "Hostile files to `POST /api/imports`, each while another client asked `/api/health` every 100 ms:",
        "",
        "| File | Answer | Time | Slowest health answer | RSS of the process | Load (1, 5, 15 min) |",
        "|---|---|---|---|---|---|",
        ...rows,
        "",
        `Soak: 4 clients for ${soakSeconds} s (reads of lists, indicators, public progress; every fifth request creates a household): ` +
          `${requests.toLocaleString("en")} requests, ${errors} answered ≥ 500; ${writes} writes acknowledged, ${stored} stored ` +
          `(${writes - stored} lost). RSS ${soakStart} MB at the start, ${mb()} MB at the end. Load ${load()}.`,
        "",
        ...(await scenarios(db.kind, process.env.TEST_DATABASE_URL)),
      ].join("\n"),
    )
  })
})

afterAll(async () => {
  const report = [
    "# Reliability",
    "",
    "Written by `pnpm --filter @bdhv/api reliability` (apps/api/reliability/Reliability.run.ts) on " +
      `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, Node ${process.version}, a shared two-core machine. ` +
      "The API runs in the measuring process over real HTTP on 127.0.0.1; RSS is that process's (the upload's reading worker included). " +
      `Load averages at the start: ${startLoad}.`,
    "",
    ...sections,
    "## Covered by the test suite (not re-run here)",
    "",
    "- Backups (`test/backup.live.test.ts`, on PGlite and PostgreSQL): a backup taken through `GET /api/backup` of the running server while clients write restores into a fresh database with every write acknowledged before it was asked for, none acknowledged after it, and `GET /api/indicators` equal to the live database's once the writes it did not see are taken away; a failed restore names the table, row and reason; a backup whose reader hangs up ends its snapshot.",
    "- Hostile uploads are read in a worker thread (heap capped at 256 MB): a preview held mid-file by a gate leaves `/api/health` and the lists answering (`test/import.hostile.test.ts`); a job whose writing process is gone is marked failed.",
    "- Every operation of the OpenAPI document fuzzed as admin and anonymous: no 5xx, responses in their schema, no change on a 4xx (`test/fuzz.test.ts`; `pnpm --filter @bdhv/api fuzz` for the long run).",
    "- Control characters, the login race (200 parallel guesses check at most 10), scope-less accounts, the public cache (`test/controlCharacters.test.ts`, `security.test.ts`, `authorization.users.test.ts`, `publicCache.test.ts`).",
    "",
  ].join("\n")
  await writeFile(join(import.meta.dirname, "../../../RELIABILITY.md"), report)
})
