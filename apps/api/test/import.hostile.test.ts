/**
 * Hostile files sent to `POST /api/imports`: a zip bomb of shared strings (honest and lying about its
 * size), a million-row CSV of bad rows, an 8 MB address cell, a CSV in Windows-1258. Each is refused or
 * bounded with a message in words, and nothing of it is kept; files are read two at a time. Import jobs live in the database: a
 * preview made on one API instance is confirmed on another.
 */
import { createDeflateRaw, crc32, deflateRawSync } from "node:zlib"
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import { Effect, ManagedRuntime } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import * as AppLayer from "../src/AppLayer.js"
import type { Actor } from "../src/auth/Actor.js"
import * as Seed from "../src/demo/Seed.js"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import { makeApp } from "../src/http/app.js"
import * as FileReader from "../src/import/FileReader.js"
import * as ImportJobs from "../src/import/ImportJobs.js"
import * as Log from "../src/Log.js"
import { forEachDatabase, readJson, type TestDatabase, testAdmin } from "./harness.js"

const communeId = ChuongMy.newCommunes[0]!.id
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

interface ZipEntry {
  readonly name: string
  readonly data: Uint8Array
  /** Already deflated bytes, with the size they inflate to (and the size the zip says). */
  readonly deflated?: {
    readonly bytes: Uint8Array
    readonly size: number
    readonly declared: number
    readonly crc: number
  }
}

/** A zip file, written by hand so a test can make one that lies. */
const zip = (entries: ReadonlyArray<ZipEntry>): Uint8Array => {
  const parts: Array<Uint8Array> = []
  const central: Array<Uint8Array> = []
  let offset = 0
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name)
    const body = entry.deflated?.bytes ?? deflateRawSync(entry.data)
    const crc = entry.deflated?.crc ?? crc32(entry.data)
    const size = entry.deflated?.declared ?? entry.data.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc >>> 0, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(size >>> 0, 22)
    local.writeUInt16LE(name.length, 26)
    const header = Buffer.alloc(46)
    header.writeUInt32LE(0x02014b50, 0)
    header.writeUInt16LE(20, 4)
    header.writeUInt16LE(20, 6)
    header.writeUInt16LE(8, 10)
    header.writeUInt32LE(crc >>> 0, 16)
    header.writeUInt32LE(body.length, 20)
    header.writeUInt32LE(size >>> 0, 24)
    header.writeUInt16LE(name.length, 28)
    header.writeUInt32LE(offset, 42)
    parts.push(local, name, body)
    central.push(header, name)
    offset += 30 + name.length + body.length
  }
  const centralSize = central.reduce((n, part) => n + part.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, ...central, end])
}

const text = (s: string) => new TextEncoder().encode(s)

/** The parts of a workbook with one sheet whose cells point into `sharedStrings`. */
const workbook = (sharedStrings: ZipEntry): Uint8Array =>
  zip([
    {
      name: "[Content_Types].xml",
      data: text(
        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
      ),
    },
    {
      name: "_rels/.rels",
      data: text(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: "xl/workbook.xml",
      data: text(
        `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: text(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    sharedStrings,
    {
      name: "xl/worksheets/sheet1.xml",
      data: text(
        `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
      ),
    },
  ])

/** Shared strings of `megabytes` MB of one repeated string, deflated as a stream (~1,000× smaller). */
const bombStrings = async (megabytes: number, declared?: number): Promise<ZipEntry> => {
  const chunk = Buffer.alloc(1024 * 1024, "<si><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></si>")
  const head = text(
    `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`,
  )
  const deflate = createDeflateRaw({ level: 9 })
  const out: Array<Buffer> = []
  deflate.on("data", (part: Buffer) => out.push(part))
  const done = new Promise((resolve) => deflate.on("end", resolve))
  let crc = crc32(head)
  deflate.write(head)
  for (let i = 0; i < megabytes; i++) {
    crc = crc32(chunk, crc)
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once("drain", resolve))
  }
  deflate.end()
  await done
  const size = head.length + megabytes * chunk.length
  return {
    name: "xl/sharedStrings.xml",
    data: new Uint8Array(),
    deflated: { bytes: Buffer.concat(out), size, declared: declared ?? size, crc },
  }
}

const upload = (
  db: TestDatabase,
  cookie: string,
  name: string,
  content: Uint8Array | string,
  type: string,
) => {
  const form = new FormData()
  form.set("communeId", communeId)
  form.set("file", new Blob([content], { type }), name)
  return db.request("/api/imports", { body: form, cookie })
}

const jobsLeft = (db: TestDatabase) =>
  db.sql((sql) =>
    Effect.map(
      sql<{ jobs: number; rows: number }>`
        select (select count(*)::int from import_jobs where status = 'reading') as jobs,
               (select count(*)::int from import_job_rows r join import_jobs j on j.id = r.job_id
                where j.issues_total > 0) as rows`,
      (rows) => rows[0]!,
    ),
  )

/** The test database's first district admin, as the import services take an actor. */
const adminActor = async (db: TestDatabase): Promise<Actor> => {
  const [admin] = await db.sql(
    (sql) =>
      sql<{ userId: string; email: string; fullName: string }>`
      select id as user_id, email, full_name from users where email = ${testAdmin.email}`,
  )
  return { ...admin!, role: "district_admin", unitId: null, teamId: null, guideId: null }
}

forEachDatabase((db) => {
  // Each file here is read whole by a worker that starts for it: minutes on two busy cores, not seconds.
  describe("hostile files", { timeout: 180_000 }, () => {
    let cookie = ""
    let village = ""
    beforeAll(async () => {
      await db.run(Seed.seed({ people: 200 }))
      cookie = await db.login()
      village = await db.sql((sql) =>
        Effect.map(
          sql<{ name: string }>`
            select u.name from units u join unit_links l on l.child_id = u.id
            where l.parent_id = ${communeId} and l.valid_to is null order by u.name limit 1`,
          (rows) => rows[0]!.name,
        ),
      )
    }, 180_000)

    it("are read off the request path: held mid-file, the server answers and the preview then ends", async () => {
      const lines = ["Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn"]
      for (let i = 0; i < 5_000; i++) lines.push(`GIU-${i},Người Thử ${i},1980,Nam,${village}`)
      const bytes = new TextEncoder().encode(`${lines.join("\n")}\n`)
      const actor = await adminActor(db)
      // The gate: the preview waits before its second batch until the test lets it go on.
      let reached: () => void = () => {}
      const atGate = new Promise<void>((resolve) => {
        reached = resolve
      })
      let release: () => void = () => {}
      const released = new Promise<void>((resolve) => {
        release = resolve
      })
      const gate = Effect.promise(() => {
        reached()
        return released
      })
      const previewing = db.run(
        ImportJobs.preview(actor, { communeId, fileName: "giu.csv", format: "csv", bytes }, gate),
      )
      await Promise.race([atGate, previewing])
      // Mid-file, with one batch staged: the server answers, on PGlite too (no connection is held).
      expect((await db.request("/api/health")).status).toBe(200)
      expect((await db.request("/api/people?pageSize=1", { cookie })).status).toBe(200)
      const staged = await db.sql((sql) =>
        Effect.map(sql<{ n: number }>`select count(*)::int as n from import_job_rows`, (r) => r[0]!.n),
      )
      expect(staged).toBeGreaterThan(0)
      expect(staged).toBeLessThan(5_000)
      release()
      expect(await previewing).toMatchObject({ rows: 5_000, validRows: 5_000, issuesTotal: 0 })
    })

    it("are read at most two at a time: a third upload waits its turn, then reads", async () => {
      const lines = ["Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn"]
      for (let i = 0; i < 3_000; i++) lines.push(`LUOT-${i},Người Chờ ${i},1980,Nam,${village}`)
      const bytes = new TextEncoder().encode(`${lines.join("\n")}\n`)
      const actor = await adminActor(db)
      const preview = (fileName: string, pace?: Effect.Effect<void>) =>
        db.run(ImportJobs.preview(actor, { communeId, fileName, format: "csv", bytes }, pace))
      // As many previews as may read at once, each held at its gate after its first batch.
      let release: () => void = () => {}
      const released = new Promise<void>((resolve) => {
        release = resolve
      })
      const held = Array.from({ length: FileReader.readersAtOnce }, (_, i) => {
        let reached: () => void = () => {}
        const atGate = new Promise<void>((resolve) => {
          reached = resolve
        })
        const done = preview(
          `giu-${i}.csv`,
          Effect.promise(() => {
            reached()
            return released
          }),
        )
        return { atGate, done }
      })
      await Promise.all(held.map((h) => h.atGate))
      const third = preview("luot-sau.csv")
      const early = await Promise.race([
        third.then(() => "read"),
        new Promise((resolve) => setTimeout(() => resolve("waiting"), 3_000)),
      ])
      expect(early).toBe("waiting")
      release()
      for (const h of held) expect(await h.done).toMatchObject({ rows: 3_000, issuesTotal: 0 })
      expect(await third).toMatchObject({ rows: 3_000, validRows: 3_000, issuesTotal: 0 })
    })

    it("refuse a zip bomb of shared strings before expanding it", async () => {
      const bomb = workbook(await bombStrings(200))
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024)
      const response = await upload(db, cookie, "bom.xlsx", bomb, xlsxType)
      expect(response.status).toBe(409)
      const body = await readJson<ErrorBody>(response)
      expect(body.issues.map((i) => i.path)).toEqual(["file"])
      expect(body.issues[0]!.message).toMatch(/Excel/)
      expect(await jobsLeft(db)).toEqual({ jobs: 0, rows: 0 })
    })

    it("refuse a zip that says its strings are small when they are not", async () => {
      const liar = workbook(await bombStrings(60, 4_096))
      const response = await upload(db, cookie, "noi-doi.xlsx", liar, xlsxType)
      expect(response.status).toBe(409)
      const body = await readJson<ErrorBody>(response)
      expect(body.issues[0]!.message).toMatch(/Excel/)
    })

    it("read a million bad rows only up to the row limit, keeping the first issues and their count", async () => {
      const lines = ["Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn"]
      for (let i = 0; i < 1_000_000; i++) lines.push(`H${i},,x,?,`)
      const response = await upload(db, cookie, "trieu-dong.csv", `${lines.join("\n")}\n`, "text/csv")
      expect(response.status).toBe(201)
      const job = await readJson<ImportJobs.JobView>(response)
      expect(job.rows).toBe(ImportJobs.maxRows)
      expect(job.invalidRows).toBe(ImportJobs.maxRows)
      expect(job.issues).toHaveLength(ImportJobs.issuesShown)
      expect(job.issuesTotal).toBeGreaterThan(ImportJobs.maxRows)
      expect(job.issues[0]!.message.en).toMatch(/more than 200,000 rows/)
      const page = await readJson<{ items: ReadonlyArray<unknown>; total: number }>(
        await db.request(`/api/imports/${job.id}/issues?page=1&pageSize=1000`, { cookie }),
      )
      expect([page.items.length, page.total]).toEqual([ImportJobs.issuesKept, job.issuesTotal])
      expect(await jobsLeft(db)).toEqual({ jobs: 0, rows: 0 })
    }, 600_000)

    it("refuse an 8 MB address with the address field's message", async () => {
      const address = "Số 1 ".repeat((8 * 1024 * 1024) / 5)
      const csv = `Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn,Địa chỉ\nDC-1,Nguyễn Văn Dài,1970,Nam,${village},${address}\n`
      const response = await upload(db, cookie, "dia-chi.csv", csv, "text/csv")
      expect(response.status).toBe(201)
      const job = await readJson<ImportJobs.JobView>(response)
      expect(job.issues.map((i) => [i.row, i.column, i.message.en])).toEqual([
        [2, "Địa chỉ", "The address is longer than 200 characters"],
      ])
      expect(JSON.stringify(job).length).toBeLessThan(10_000)
    })

    it("refuse a CSV in Windows-1258, naming the encoding", async () => {
      // "Nguyễn" in Windows-1258: ê is 0xEA, the tilde a combining mark 0xDE.
      const header = text("Household code,Full name,Birth date,Sex,Village\n")
      const row = Uint8Array.from([
        ...text("H-1,Nguy"),
        0xea,
        0xde,
        ...text("n V"),
        0xe3,
        ...text("n An,1970,Nam,X\n"),
      ])
      const response = await upload(db, cookie, "cp1258.csv", Buffer.concat([header, row]), "text/csv")
      expect(response.status).toBe(409)
      const body = await readJson<ErrorBody>(response)
      expect(body.issues[0]!.message).toMatch(/Windows-1258/)
      expect(body.issues[0]!.message).toMatch(/UTF-8/)
    })
  })

  describe("import jobs in the database", () => {
    it("are confirmed on another instance than the one that made the preview", async (context) => {
      if (db.kind === "pglite") {
        // An embedded database belongs to one process; two instances need a server.
        context.skip()
      }
      const second = ManagedRuntime.make(AppLayer.make(db.config()))
      try {
        const other = makeApp({ runtime: second, log: Log.make("silent"), secureCookies: false })
        const cookie = await db.login()
        const village = await db.sql((sql) =>
          Effect.map(
            sql<{ name: string }>`
              select u.name from units u join unit_links l on l.child_id = u.id
              where l.parent_id = ${communeId} and l.valid_to is null order by u.name limit 1`,
            (rows) => rows[0]!.name,
          ),
        )
        const csv = `Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn\nHAI-1,Phạm Văn Hai,1980,Nam,${village}\nHAI-1,Đỗ Thị Hai,1982,Nữ,${village}\n`
        const job = await readJson<ImportJobs.JobView>(await upload(db, cookie, "hai.csv", csv, "text/csv"))
        expect(job.issuesTotal).toBe(0)
        const csrf = /bdhv_csrf=([^;]+)/.exec(cookie)?.[1] ?? ""
        const confirmed = await other.request(`/api/imports/${job.id}/confirm`, {
          method: "POST",
          headers: { cookie, "x-csrf-token": csrf },
        })
        expect(confirmed.status).toBe(202)
        let status = ""
        let seen: ImportJobs.JobView | undefined
        while (status === "" || status === "running") {
          seen = await readJson<ImportJobs.JobView>(await db.request(`/api/imports/${job.id}`, { cookie }))
          status = seen.status
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        expect(seen?.summary).toMatchObject({ householdsCreated: 1, peopleCreated: 2 })
        // Confirmed once: the first instance cannot start it again.
        expect((await db.request(`/api/imports/${job.id}/confirm`, { method: "POST", cookie })).status).toBe(
          409,
        )
        const staged = await db.sql((sql) =>
          Effect.map(
            sql<{ n: number }>`select count(*)::int as n from import_job_rows where job_id = ${job.id}`,
            (r) => r[0]!.n,
          ),
        )
        expect(staged).toBe(0)
      } finally {
        await second.dispose()
      }
    })

    it("are marked failed when the process writing them is gone", async () => {
      const cookie = await db.login()
      const village = await db.sql((sql) =>
        Effect.map(
          sql<{ name: string }>`
            select u.name from units u join unit_links l on l.child_id = u.id
            where l.parent_id = ${communeId} and l.valid_to is null order by u.name limit 1`,
          (rows) => rows[0]!.name,
        ),
      )
      const csv = `Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn\nMAT-1,Lê Văn Mất,1961,Nam,${village}\n`
      const job = await readJson<ImportJobs.JobView>(await upload(db, cookie, "mat.csv", csv, "text/csv"))
      // Confirmed a minute ago by a process that was killed: "running", and its row not locked by a write.
      await db.sql(
        (sql) =>
          sql`update import_jobs set status = 'running', expires_at = now() + interval '59 minutes' where id = ${job.id}`,
      )
      const seen = await readJson<ImportJobs.JobView>(await db.request(`/api/imports/${job.id}`, { cookie }))
      expect(seen.status).toBe("failed")
      expect(seen.error?.en).toMatch(/interrupted; nothing was changed/)
      // Just confirmed, it is still running: the write may not have started yet.
      await db.sql(
        (sql) =>
          sql`update import_jobs set status = 'running', error = null, expires_at = now() + interval '1 hour' where id = ${job.id}`,
      )
      const fresh = await readJson<ImportJobs.JobView>(await db.request(`/api/imports/${job.id}`, { cookie }))
      expect(fresh.status).toBe("running")
    })

    it("expire after an hour, with their staged rows", async () => {
      const cookie = await db.login()
      const village = await db.sql((sql) =>
        Effect.map(
          sql<{ name: string }>`
            select u.name from units u join unit_links l on l.child_id = u.id
            where l.parent_id = ${communeId} and l.valid_to is null order by u.name limit 1`,
          (rows) => rows[0]!.name,
        ),
      )
      const csv = `Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn\nCU-1,Vũ Văn Cũ,1960,Nam,${village}\n`
      const old = await readJson<ImportJobs.JobView>(await upload(db, cookie, "cu.csv", csv, "text/csv"))
      await db.sql(
        (sql) => sql`update import_jobs set expires_at = now() - interval '1 minute' where id = ${old.id}`,
      )
      expect((await db.request(`/api/imports/${old.id}`, { cookie })).status).toBe(404)
      await upload(db, cookie, "moi.csv", csv, "text/csv")
      const left = await db.sql((sql) =>
        Effect.map(
          sql<{ n: number }>`select (select count(*) from import_job_rows where job_id = ${old.id})::int
            + (select count(*) from import_jobs where id = ${old.id})::int as n`,
          (r) => r[0]!.n,
        ),
      )
      expect(left).toBe(0)
    })
  })
})
