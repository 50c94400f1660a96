import { brotliDecompressSync, gunzipSync } from "node:zlib"
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import type * as Disclosure from "@bdhv/domain/Disclosure"
import * as Indicator from "@bdhv/domain/Indicator"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as Text from "@bdhv/domain/Text"
import { beforeAll, describe, expect, it } from "vitest"
import * as Seed from "../src/demo/Seed.js"
import type { Progress } from "../src/public/Progress.js"
import type { PublicClass } from "../src/public/PublicClasses.js"
import { makeApp } from "../src/http/app.js"
import * as Log from "../src/Log.js"
import { forEachDatabase, readJson } from "./harness.js"

const human = { website: "", elapsedMs: 12_000 }

const countOf = (
  db: { run: <A, E>(e: Effect.Effect<A, E, SqlClient.SqlClient>) => Promise<A> },
  query: string,
) =>
  db.run(
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const rows = yield* sql.unsafe<{ n: number | bigint | string }>(query)
      return Number(rows[0]?.n ?? 0)
    }),
  )

const isSafe = (count: Disclosure.PublicCount) => count._tag !== "Exact" || count.count >= 5

forEachDatabase((db) => {
  describe("public endpoints", () => {
    let classes: ReadonlyArray<PublicClass> = []
    beforeAll(async () => {
      await db.run(Seed.seed({ people: 2_000 }))
      const response = await db.request("/api/public/classes?pageSize=50")
      classes = (await readJson<{ items: ReadonlyArray<PublicClass> }>(response)).items
    }, 180_000)

    it("publishes progress without an account, never revealing a count under 5", async () => {
      for (const query of ["", `?unitId=${encodeURIComponent(ChuongMy.newCommunes[0]!.id)}`]) {
        const response = await db.request(`/api/public/progress${query}`)
        expect(response.status).toBe(200)
        const progress = await readJson<Progress>(response)
        expect(progress.definitions.map((d) => d.id)).toEqual([...Indicator.ids])
        const figures = [progress.district, ...progress.communes].flatMap((u) => u.indicators)
        expect(figures.length).toBeGreaterThan(15)
        for (const figure of figures) {
          expect(isSafe(figure.numerator)).toBe(true)
          expect(isSafe(figure.denominator)).toBe(true)
          if (figure.numerator._tag === "Exact" && figure.denominator._tag === "Exact") {
            expect(figure.denominator.count - figure.numerator.count).toBeGreaterThanOrEqual(5)
          }
        }
        if (query !== "") {
          // Villages are small: some of their figures must have been suppressed.
          expect(figures.some((f) => f.numerator._tag !== "Exact")).toBe(true)
        }
      }
    })

    it("serves a cached answer to an anonymous reader with the full path's headers, compressed when asked", async () => {
      const app = makeApp({ runtime: db.runtime(), log: Log.make("silent"), secureCookies: false })
      const path = "/api/public/progress"
      const cookie = await db.login()
      expect((await app.request(path)).status).toBe(200)
      // A signed-in user goes the full way (the session is read), to the same cached entry.
      const full = await app.request(path, { headers: { cookie } })
      const cached = await app.request(path, { headers: { "x-request-id": "bench-request-0001" } })
      expect(cached.status).toBe(200)
      expect(cached.headers.get("x-request-id")).toBe("bench-request-0001")
      // The full path leaves the length to the server; the cached answer states it.
      const perRequest = new Set(["x-request-id", "set-cookie", "x-bdhv-read", "content-length"])
      const headersOf = (response: Response) =>
        Object.fromEntries([...response.headers.entries()].filter(([name]) => !perRequest.has(name)))
      expect(headersOf(cached)).toEqual(headersOf(full))
      expect(cached.headers.get("content-security-policy")).toContain("default-src 'none'")
      const text = await cached.text()
      expect(text).toBe(await full.text())
      expect(Number(cached.headers.get("content-length"))).toBe(Buffer.byteLength(text))

      const br = await app.request(path, { headers: { "accept-encoding": "gzip, br" } })
      expect(br.headers.get("content-encoding")).toBe("br")
      expect(br.headers.get("vary")).toBe("accept-language, Accept-Encoding")
      const brBytes = Buffer.from(await br.arrayBuffer())
      expect(Number(br.headers.get("content-length"))).toBe(brBytes.length)
      expect(brotliDecompressSync(brBytes).toString("utf8")).toBe(text)
      const gz = await app.request(path, { headers: { "accept-encoding": "gzip" } })
      expect(gz.headers.get("content-encoding")).toBe("gzip")
      expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString("utf8")).toBe(text)

      const etag = br.headers.get("etag") ?? ""
      expect(etag).toMatch(/^W\//)
      const again = await app.request(path, { headers: { "accept-encoding": "br", "if-none-match": etag } })
      expect(again.status).toBe(304)
      expect(await again.text()).toBe("")
      expect(again.headers.get("etag")).toBe(etag)
      expect(again.headers.get("x-frame-options")).toBe("DENY")

      // An unknown parameter is still the full path's 400, cached entry or not.
      expect((await app.request(`${path}?x=1`)).status).toBe(400)
    })

    it("lets browsers cache the progress and revalidate it by ETag", async () => {
      const first = await db.request("/api/public/progress")
      expect(first.headers.get("cache-control")).toMatch(/^public, max-age=\d+/)
      const etag = first.headers.get("etag")
      expect(etag).toBeTruthy()
      const again = await db.request("/api/public/progress", { headers: { "if-none-match": etag! } })
      expect(again.status).toBe(304)
    })

    it("lists today's communes with their villages, and the events", async () => {
      const units = await readJson<ReadonlyArray<{ id: string; villages: ReadonlyArray<{ id: string }> }>>(
        await db.request("/api/public/units"),
      )
      expect(units.map((u) => u.id).sort()).toEqual(ChuongMy.newCommunes.map((c) => c.id as string).sort())
      for (const unit of units) expect(unit.villages.length).toBeGreaterThan(0)
      const events = await readJson<ReadonlyArray<{ kind: string }>>(await db.request("/api/public/events"))
      expect(events.some((e) => e.kind === "digital_learning_day")).toBe(true)
    })

    it("finds upcoming classes by commune, audience and an unaccented search", async () => {
      expect(classes.length).toBeGreaterThan(10)
      const starts = classes.map((c) => c.startsAt)
      expect(starts).toEqual([...starts].sort())
      const communeId = classes[0]!.communeId
      const byCommune = await readJson<{ items: ReadonlyArray<PublicClass> }>(
        await db.request(`/api/public/classes?communeId=${encodeURIComponent(communeId)}&audience=elderly`),
      )
      expect(byCommune.items.length).toBeGreaterThan(0)
      for (const c of byCommune.items) expect([c.communeId, c.audience]).toEqual([communeId, "elderly"])
      const search = await readJson<{ items: ReadonlyArray<PublicClass> }>(
        await db.request("/api/public/classes?q=cai%20dat%20vneid"),
      )
      expect(search.items.length).toBeGreaterThan(0)
      for (const c of search.items) expect(c.title).toContain("VNeID")
      expect((await db.request("/api/public/classes?audience=aliens")).status).toBe(400)
    })

    it("finds a class by its venue, its village or its commune, without accents, not only by its title", async () => {
      const atVillageHall = classes.find(
        (c) => /^Nhà văn hóa Thôn /.test(c.venue ?? "") && !c.title.includes("Thôn"),
      )!
      expect(atVillageHall).toBeDefined()
      const village = atVillageHall.venue!.replace(/^Nhà văn hóa Thôn /, "")
      for (const words of [village, Text.fold(village), `nha van hoa ${Text.fold(village)}`]) {
        const found = await readJson<{ items: ReadonlyArray<PublicClass>; total: number }>(
          await db.request(`/api/public/classes?pageSize=50&q=${encodeURIComponent(words)}`),
        )
        expect(
          found.items.map((c) => c.id),
          words,
        ).toContain(atVillageHall.id)
        expect(found.total).toBe(found.items.length)
        // Where the words stand together comes first: the village's classes before "Thôn Song Nhất".
        expect(found.items[0]!.venue, words).toContain(village)
      }
      const commune = atVillageHall.communeName.replace(/^(Xã|Phường) /, "")
      const inCommune = await readJson<{ items: ReadonlyArray<PublicClass>; total: number }>(
        await db.request(`/api/public/classes?pageSize=5&q=${encodeURIComponent(Text.fold(commune))}`),
      )
      expect(inCommune.total).toBeGreaterThan(0)
      for (const c of inCommune.items) expect(c.communeName).toContain(commune)
      // Pages of a search by words hold the matches in order, the same as without words.
      const second = await readJson<{ items: ReadonlyArray<PublicClass> }>(
        await db.request(`/api/public/classes?pageSize=5&page=2&q=${encodeURIComponent(Text.fold(commune))}`),
      )
      if (inCommune.total > 5) expect(second.items[0]!.startsAt >= inCommune.items[4]!.startsAt).toBe(true)
    })

    it("takes a resident's sign-up once for the commune to review, recognising a repeat by name and phone", async () => {
      const open = classes.find((c) => c.seatsLeft > 2 && c.audience === "community")!
      const village = (
        await readJson<ReadonlyArray<{ id: string; villages: ReadonlyArray<{ id: string }> }>>(
          await db.request("/api/public/units"),
        )
      ).find((u) => u.id === open.communeId)!.villages[0]!.id
      const body = {
        fullName: "  trần thị   mai ",
        phone: "0912 345 678",
        birthYear: "1961",
        unitId: village,
        needs: ["elderly"],
        topicIds: [],
        classId: open.id,
        consent: true,
        ...human,
      }
      const first = await db.request(`/api/public/classes/${open.id}/registrations`, { body })
      expect(first.status).toBe(201)
      const registered = await readJson<{ whatToBring: ReadonlyArray<string>; class: PublicClass }>(first)
      expect(registered.whatToBring.length).toBeGreaterThan(0)
      expect(registered.class.seatsLeft).toBe(open.seatsLeft - 1)
      const again = await db.request(`/api/public/classes/${open.id}/registrations`, {
        body: { ...body, fullName: "Tran Thi Mai", phone: "+84912345678" },
      })
      expect(again.status).toBe(200)
      // A request in the commune's queue, holding the seat: nobody is registered before the officer accepts.
      expect(
        await countOf(
          db,
          `select count(*) as n from sign_ups where phone = '+84912345678' and status = 'pending'
           and class_id = '${open.id}'`,
        ),
      ).toBe(1)
      expect(await countOf(db, "select count(*) as n from people where phone = '+84912345678'")).toBe(0)
    })

    it("offers the next class of the same audience and commune when a class is full", async () => {
      const full = classes.find((c) => c.seatsLeft === 0)!
      expect(full).toBeDefined()
      const response = await db.request(`/api/public/classes/${full.id}/registrations`, {
        body: {
          fullName: "Lê Văn Hùng",
          phone: "0987654321",
          birthYear: 1980,
          unitId: full.communeId,
          needs: [],
          topicIds: [],
          classId: full.id,
          consent: true,
          ...human,
        },
      })
      expect(response.status).toBe(409)
      const body = await readJson<{ error: string; nextClass: PublicClass | null }>(response)
      expect(body.error).toBe("class_full")
      expect(body.nextClass).not.toBeNull()
      expect(body.nextClass).toMatchObject({ audience: full.audience, communeId: full.communeId })
      expect(body.nextClass!.seatsLeft).toBeGreaterThan(0)
      expect(await countOf(db, "select count(*) as n from people where phone = '+84987654321'")).toBe(0)
    })

    it("refuses an invalid phone with the field named, and stores nothing", async () => {
      const open = classes.find((c) => c.seatsLeft > 0)!
      const before = await countOf(db, "select count(*) as n from enrollments")
      const response = await db.request(`/api/public/classes/${open.id}/registrations`, {
        body: {
          fullName: "Phạm Văn An",
          phone: "12345",
          birthYear: 1975,
          unitId: open.communeId,
          needs: [],
          topicIds: [],
          consent: true,
          ...human,
        },
      })
      expect(response.status).toBe(400)
      const body = await readJson<{ issues: ReadonlyArray<{ path: string }> }>(response)
      expect(body.issues.map((i) => i.path)).toContain("phone")
      expect(await countOf(db, "select count(*) as n from enrollments")).toBe(before)
    })

    it("drops a bot's form silently and refuses a form sent too fast", async () => {
      const open = classes.find((c) => c.seatsLeft > 0)!
      const body = {
        fullName: "Robot",
        phone: "0911111111",
        birthYear: 1990,
        unitId: open.communeId,
        needs: [],
        topicIds: [],
        consent: true,
      }
      const bot = await db.request(`/api/public/classes/${open.id}/registrations`, {
        body: { ...body, website: "http://spam.example", elapsedMs: 50_000 },
      })
      expect(bot.status).toBe(201)
      expect(await countOf(db, "select count(*) as n from people where phone = '+84911111111'")).toBe(0)
      const hasty = await db.request(`/api/public/classes/${open.id}/registrations`, {
        body: { ...body, website: "", elapsedMs: 300 },
      })
      expect(hasty.status).toBe(400)
    })

    it("takes a volunteer's application once, pending approval", async () => {
      const body = {
        fullName: "Nguyễn Minh Quân",
        phone: "0933 222 111",
        birthYear: 2001,
        unitId: ChuongMy.newCommunes[0]!.id,
        role: "guide",
        topicIds: ["vneid", "digital-payment"],
        consent: true,
        ...human,
      }
      const first = await db.request("/api/public/volunteers", { body })
      expect(first.status).toBe(201)
      expect(await readJson<{ status: string; repeat: boolean }>(first)).toMatchObject({
        status: "pending",
        repeat: false,
      })
      const second = await db.request("/api/public/volunteers", {
        body: { ...body, fullName: "nguyen minh quan" },
      })
      expect(await readJson<{ repeat: boolean }>(second)).toMatchObject({ repeat: true })
      expect(
        await countOf(db, "select count(*) as n from volunteer_applications where status = 'pending'"),
      ).toBe(1)
      const invalid = await db.request("/api/public/volunteers", { body: { ...body, topicIds: [] } })
      expect(invalid.status).toBe(400)
    })
  })
})
