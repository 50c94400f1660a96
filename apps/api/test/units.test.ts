import { beforeAll, describe, expect, it } from "vitest"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import { createTree, type Tree } from "./fixtures.js"
import { forEachDatabase, readJson } from "./harness.js"

interface TreeBody {
  asOf: string
  units: Array<{ id: string; name: string; kind: string; parentId: string | null }>
}
interface Detail {
  id: string
  name: string
  version: number
  links: Array<{ parentId: string; validFrom: string; validTo: string | null }>
}
interface Page {
  items: Array<{ id: string; name: string; parentId: string | null }>
  total: number
  page: number
  pageSize: number
}

forEachDatabase((db) => {
  let cookie = ""
  let tree: Tree

  beforeAll(async () => {
    cookie = await db.login()
    tree = await createTree(db, cookie)
  })

  describe("units", () => {
    it("shows the tree before the reform: villages under Chúc Sơn, under the district", async () => {
      const body = await readJson<TreeBody>(await db.request("/api/units/tree?asOf=2025-06-30", { cookie }))
      const parent = new Map(body.units.map((u) => [u.id, u.parentId]))
      expect(parent.get(tree.villageA)).toBe(tree.chucSon)
      expect(parent.get(tree.chucSon)).toBe(tree.chuongMyDistrict)
      expect(parent.has(tree.chuongMyWard)).toBe(false)
    })

    it("shows the tree after the reform: the same villages under phường Chương Mỹ, no district", async () => {
      const body = await readJson<TreeBody>(await db.request("/api/units/tree?asOf=2025-07-01", { cookie }))
      const parent = new Map(body.units.map((u) => [u.id, u.parentId]))
      expect(parent.get(tree.villageA)).toBe(tree.chuongMyWard)
      expect(parent.get(tree.villageB)).toBe(tree.chuongMyWard)
      expect(parent.get(tree.chuongMyWard)).toBe(tree.hanoi)
      expect(parent.has(tree.chuongMyDistrict)).toBe(false)
      expect(parent.has(tree.chucSon)).toBe(false)
    })

    it("keeps a village's history of parents", async () => {
      const detail = await readJson<Detail>(await db.request(`/api/units/${tree.villageA}`, { cookie }))
      expect(detail.links).toEqual([
        { parentId: tree.chucSon, validFrom: "2000-01-01", validTo: "2025-06-30" },
        { parentId: tree.chuongMyWard, validFrom: "2025-07-01", validTo: null },
      ])
    })

    it("lists the children of a unit at a date, with paging", async () => {
      const page = await readJson<Page>(
        await db.request(`/api/units?parentId=${tree.chuongMyWard}&asOf=2026-01-01&pageSize=1`, { cookie }),
      )
      expect(page.total).toBe(2)
      expect(page.items).toHaveLength(1)
      expect(page.items[0]?.parentId).toBe(tree.chuongMyWard)
    })

    it("finds units without accents: 'chuong my' finds 'Phường Chương Mỹ'", async () => {
      const page = await readJson<Page>(await db.request("/api/units?q=chuong%20my", { cookie }))
      expect(page.items.map((u) => u.name)).toEqual(["Phường Chương Mỹ"])
    })

    it("refuses a unit without a name, naming the field, and creates nothing", async () => {
      const before = await readJson<Page>(await db.request("/api/units?asOf=2026-01-01", { cookie }))
      const response = await db.request("/api/units", {
        cookie,
        body: { code: "99", name: "", kind: "xa", validFrom: "2025-07-01", validTo: null, successorIds: [] },
      })
      expect(response.status).toBe(400)
      const body = await readJson<ErrorBody>(response)
      expect(body.issues.map((i) => i.path)).toContain("name")
      const after = await readJson<Page>(await db.request("/api/units?asOf=2026-01-01", { cookie }))
      expect(after.total).toBe(before.total)
    })

    it("refuses an unknown kind and a date that does not exist", async () => {
      const response = await db.request("/api/units", {
        cookie,
        body: {
          code: "99",
          name: "X",
          kind: "hamlet",
          validFrom: "2025-02-30",
          validTo: null,
          successorIds: [],
        },
      })
      expect(response.status).toBe(400)
      const paths = (await readJson<ErrorBody>(response)).issues.map((i) => i.path)
      expect(paths).toEqual(expect.arrayContaining(["kind", "validFrom"]))
    })

    it("refuses a village placed above a commune (the domain's tree checks) with 409, changing nothing", async () => {
      const response = await db.request(`/api/units/${tree.quangBi}/links`, {
        cookie,
        body: { parentId: tree.villageQ, validFrom: "2026-01-01" },
      })
      expect(response.status).toBe(409)
      const detail = await readJson<Detail>(await db.request(`/api/units/${tree.quangBi}`, { cookie }))
      expect(detail.links).toHaveLength(1)
      expect(detail.links[0]?.validTo).toBeNull()
    })

    it("updates with the current version and refuses a stale one with 409", async () => {
      const current = await readJson<Detail>(await db.request(`/api/units/${tree.villageQ}`, { cookie }))
      const ok = await db.request(`/api/units/${tree.villageQ}`, {
        method: "PATCH",
        cookie,
        body: { name: "Thôn Quảng Bị Mới", version: current.version },
      })
      expect(ok.status).toBe(200)
      expect((await readJson<Detail>(ok)).version).toBe(current.version + 1)
      const stale = await db.request(`/api/units/${tree.villageQ}`, {
        method: "PATCH",
        cookie,
        body: { name: "Thôn Cũ", version: current.version },
      })
      expect(stale.status).toBe(409)
      expect((await readJson<ErrorBody>(stale)).error).toBe("stale_version")
      const after = await readJson<Detail>(await db.request(`/api/units/${tree.villageQ}`, { cookie }))
      expect(after.name).toBe("Thôn Quảng Bị Mới")
    })

    it("refuses a commune without a parent, naming the field, in Vietnamese and English", async () => {
      for (const [language, words] of [
        ["vi", /không có đơn vị cấp trên từ ngày 01\/07\/2025/],
        ["en", /has no parent unit from 01\/07\/2025/],
      ] as const) {
        const response = await db.request("/api/units", {
          cookie,
          headers: { "accept-language": language },
          body: {
            code: "10999",
            name: "Xã Mồ Côi",
            kind: "xa",
            validFrom: "2025-07-01",
            validTo: null,
            successorIds: [],
          },
        })
        expect(response.status).toBe(409)
        const body = await readJson<ErrorBody>(response)
        expect(body.issues.map((i) => i.path)).toEqual(["parentId"])
        expect(body.message).toMatch(words)
      }
      const page = await readJson<Page>(await db.request("/api/units?q=mo%20coi", { cookie }))
      expect(page.total).toBe(0)
    })

    it("refuses a successor of a unit that has not ended", async () => {
      const ward = await readJson<Detail>(await db.request(`/api/units/${tree.chuongMyWard}`, { cookie }))
      const response = await db.request(`/api/units/${tree.chuongMyWard}`, {
        method: "PATCH",
        cookie,
        body: { successorIds: [tree.quangBi], version: ward.version },
      })
      expect(response.status).toBe(409)
      expect((await readJson<ErrorBody>(response)).issues.map((i) => i.path)).toEqual(["successorIds"])
    })

    it("changes a parent only by a new link from a date, never by editing the past", async () => {
      const current = await readJson<Detail>(await db.request(`/api/units/${tree.villageQ}`, { cookie }))
      const edit = await db.request(`/api/units/${tree.villageQ}`, {
        method: "PATCH",
        cookie,
        body: { parentId: tree.chuongMyWard, version: current.version },
      })
      expect(edit.status).toBe(400)
      expect((await readJson<ErrorBody>(edit)).issues.map((i) => i.path)).toEqual(["parentId"])
      const backdated = await db.request(`/api/units/${tree.villageQ}/links`, {
        cookie,
        body: { parentId: tree.chuongMyWard, validFrom: "1999-01-01" },
      })
      expect(backdated.status).toBe(409)
      expect((await readJson<ErrorBody>(backdated)).issues.map((i) => i.path)).toEqual(["validFrom"])
      const moved = await db.request(`/api/units/${tree.villageQ}/links`, {
        cookie,
        body: { parentId: tree.chuongMyWard, validFrom: "2026-03-01" },
      })
      expect(moved.status).toBe(201)
      const detail = await readJson<Detail>(await db.request(`/api/units/${tree.villageQ}`, { cookie }))
      expect(detail.links).toEqual([
        { parentId: tree.quangBi, validFrom: "2000-01-01", validTo: "2026-02-28" },
        { parentId: tree.chuongMyWard, validFrom: "2026-03-01", validTo: null },
      ])
    })

    it("answers 404 for an unknown unit and 401 without a session", async () => {
      expect((await db.request("/api/units/nope", { cookie })).status).toBe(404)
      expect((await db.request("/api/units")).status).toBe(401)
    })
  })
})
