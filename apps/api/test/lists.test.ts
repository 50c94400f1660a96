/**
 * Large lists paged by cursor: `next` and `previous` walk every row once, in order, both ways and for
 * each sort; a bad cursor, a cursor of another sort, a page and a cursor together, or a page too deep
 * are 400s on the field; the total stops counting at `ListQuery.countLimit`.
 */
import { beforeAll, describe, expect, it } from "vitest"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import * as ListQuery from "../src/resources/ListQuery.js"
import { createTree, type Tree } from "./fixtures.js"
import { forEachDatabase, readJson } from "./harness.js"

interface Page {
  items: Array<{ id: string; fullName: string; birth: { year?: number } }>
  page: number | null
  pageSize: number
  total: number
  totalExact: boolean
  next: string | null
  previous: string | null
}

interface AuditPage {
  items: Array<{ id: string; at: string }>
  next: string | null
  previous: string | null
  total: number
}

// Names with the same folded start and the same birth years, so ties are broken by id.
const names = ["Nguyễn Văn An", "Nguyen Van An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"]
const peopleCount = 13

forEachDatabase((db) => {
  let cookie = ""
  let tree: Tree

  const get = async (path: string) => {
    const response = await db.request(path, { cookie })
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return readJson<Page>(response)
  }

  /** Every page from the first by `next`, then back by `previous`; the ids of each walk. */
  const walk = async (query: string) => {
    const forward: Array<Page> = [await get(`/api/people?${query}`)]
    while (forward.at(-1)?.next !== null) {
      forward.push(await get(`/api/people?${query}&cursor=${forward.at(-1)?.next}`))
    }
    const backward: Array<Page> = [forward.at(-1)!]
    while (backward.at(-1)?.previous !== null) {
      backward.push(await get(`/api/people?${query}&cursor=${backward.at(-1)?.previous}`))
    }
    return { forward, backward }
  }

  beforeAll(async () => {
    cookie = await db.login()
    tree = await createTree(db, cookie)
    for (let i = 0; i < peopleCount; i++) {
      const response = await db.request("/api/people", {
        cookie,
        body: {
          fullName: names[i % names.length],
          birth: { year: 1950 + (i % 4) },
          sex: i % 2 === 0 ? "male" : "female",
          householdId: null,
          unitId: i % 3 === 0 ? tree.villageB : tree.villageA,
          groups: [],
          vneidLevel: 0,
          hasDigitalBankAccount: false,
        },
      })
      if (response.status !== 201) throw new Error(await response.text())
    }
  })

  describe("people by cursor", () => {
    for (const [sort, order] of [
      ["name", "asc"],
      ["name", "desc"],
      ["birthYear", "asc"],
      ["createdAt", "desc"],
    ] as const) {
      it(`walks every person once by next and back by previous (${sort} ${order})`, async () => {
        const query = `pageSize=3&sort=${sort}&order=${order}`
        const all = await get(`/api/people?pageSize=200&sort=${sort}&order=${order}`)
        expect(all.items).toHaveLength(peopleCount)
        expect(all.next).toBeNull()
        const { forward, backward } = await walk(query)
        expect(forward.flatMap((p) => p.items.map((i) => i.id))).toEqual(all.items.map((i) => i.id))
        expect(forward.map((p) => p.items.length)).toEqual([3, 3, 3, 3, 1])
        // Back from the last page: the same pages, in reverse.
        expect(backward.map((p) => p.items.map((i) => i.id))).toEqual(
          [...forward].reverse().map((p) => p.items.map((i) => i.id)),
        )
        expect(forward[0]?.previous).toBeNull()
        expect(forward[0]?.page).toBe(1)
        expect(forward[1]?.page).toBeNull()
        for (const page of forward) expect(page).toMatchObject({ total: peopleCount, totalExact: true })
      })
    }

    it("keeps the filters and the search while paging", async () => {
      const { forward } = await walk(`pageSize=2&q=nguyen%20van&unitId=${tree.villageA}`)
      const ids = forward.flatMap((p) => p.items.map((i) => i.id))
      const all = await get(`/api/people?pageSize=200&q=nguyen%20van&unitId=${tree.villageA}`)
      expect(ids).toEqual(all.items.map((i) => i.id))
      expect(
        all.items.every((p) => p.fullName.normalize("NFD").replace(/\p{M}/gu, "").startsWith("Nguyen Van")),
      ).toBe(true)
      expect(all.total).toBe(all.items.length)
    })

    it("still answers page numbers for the first rows, with a cursor to page on", async () => {
      const second = await get("/api/people?pageSize=5&page=2")
      const byCursor = await get(
        `/api/people?pageSize=5&cursor=${(await get("/api/people?pageSize=5")).next}`,
      )
      expect(second.items.map((i) => i.id)).toEqual(byCursor.items.map((i) => i.id))
      expect(second.page).toBe(2)
      expect(second.previous).not.toBeNull()
      const third = await get(`/api/people?pageSize=5&cursor=${second.next}`)
      expect(third.items.map((i) => i.id)).toEqual(
        (await get("/api/people?pageSize=5&page=3")).items.map((i) => i.id),
      )
    })
  })

  describe("refusals", () => {
    const refused = async (path: string) => {
      const response = await db.request(path, { cookie, headers: { "accept-language": "en" } })
      expect(response.status).toBe(400)
      const body = await readJson<ErrorBody>(response)
      expect(body.error).toBe("invalid_input")
      return body.issues.map((issue) => issue.path)
    }

    it("refuses a cursor this API did not write, naming the field", async () => {
      expect(await refused("/api/people?cursor=not-a-cursor!")).toEqual(["cursor"])
      expect(
        await refused(`/api/people?cursor=${Buffer.from('{"s":"name"}').toString("base64url")}`),
      ).toEqual(["cursor"])
      expect(await refused("/api/households?cursor=eyJ")).toEqual(["cursor"])
    })

    it("refuses a cursor of another sort or order", async () => {
      const { next } = await get("/api/people?pageSize=5&sort=name")
      expect(await refused(`/api/people?pageSize=5&sort=birthYear&cursor=${next}`)).toEqual(["cursor"])
      expect(await refused(`/api/people?pageSize=5&sort=name&order=desc&cursor=${next}`)).toEqual(["cursor"])
    })

    it("refuses a page number with a cursor, and a page past the rows page numbers reach", async () => {
      const { next } = await get("/api/people?pageSize=5")
      expect(await refused(`/api/people?pageSize=5&page=2&cursor=${next}`)).toEqual(["page"])
      const deep = ListQuery.maxOffset / 100 + 1
      expect(await refused(`/api/people?pageSize=100&page=${deep}`)).toEqual(["page"])
    })
  })

  describe("the bounded total", () => {
    it(`counts up to ${ListQuery.countLimit} rows, then says "more than"`, async () => {
      await db.sql(
        (sql) => sql`
          insert into people (id, unit_id, full_name, name_folded, birth_year, sex)
          select 'bulk-' || g, ${tree.villageB}, 'Vũ Văn Số ' || g, 'vu van so ' || g, 1980, 'male'
          from generate_series(1, ${ListQuery.countLimit + 5}) g`,
      )
      const page = await get("/api/people?pageSize=5")
      expect(page).toMatchObject({ total: ListQuery.countLimit, totalExact: false })
      const few = await get(`/api/people?pageSize=5&q=${encodeURIComponent("tran thi")}`)
      expect(few.totalExact).toBe(true)
      await db.sql((sql) => sql`delete from people where id like 'bulk-%'`)
    })
  })

  describe("the audit log by cursor", () => {
    it("walks the log newest first and back, every entry once", async () => {
      const all = await readJson<AuditPage>(await db.request("/api/audit?pageSize=200", { cookie }))
      expect(all.items.length).toBeGreaterThan(peopleCount)
      const pages: Array<AuditPage> = [
        await readJson<AuditPage>(await db.request("/api/audit?pageSize=7", { cookie })),
      ]
      while (pages.at(-1)?.next !== null) {
        const response = await db.request(`/api/audit?pageSize=7&cursor=${pages.at(-1)?.next}`, { cookie })
        expect(response.status).toBe(200)
        pages.push(await readJson<AuditPage>(response))
      }
      expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(all.items.map((i) => i.id))
      const back = await readJson<AuditPage>(
        await db.request(`/api/audit?pageSize=7&cursor=${pages[1]?.previous}`, { cookie }),
      )
      expect(back.items.map((i) => i.id)).toEqual(pages[0]?.items.map((i) => i.id))
      expect(back.previous).toBeNull()
    })
  })
})
