/**
 * A fresh install: no demo, the shipped administrative tree loaded at start, the deployment's scope
 * Chương Mỹ (the default of `BDHV_SCOPE_UNIT`). The tree answers paged and filtered; the dashboard and
 * the public site report on the scope — the district before 1 July 2025, the area it served after.
 */
import * as ChuongMy from "@bdhv/domain/ChuongMy"
import * as Unit from "@bdhv/domain/Unit"
import { Effect } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import * as ReferenceUnits from "../src/units/ReferenceUnits.js"
import { forEachDatabase, readJson } from "./harness.js"

interface Page {
  items: Array<{
    id: string
    code: string | null
    name: string
    nameEn: string | null
    kind: string
    parentId: string | null
  }>
  total: number
  pageSize: number
}

const newChuongMy = ["10015", "10030", "10045", "10072", "10081", "10096", "10126"].map(
  (code) => `vn:${code}:2025-07-01`,
)

describe("the shipped tree", () => {
  it("has no problem the domain's checks find", () => {
    expect(Unit.problemsOf(ReferenceUnits.history())).toEqual([])
  })

  it("holds Chương Mỹ exactly as @bdhv/domain/ChuongMy describes it", () => {
    const shipped = new Map(ReferenceUnits.history().units.map((u) => [u.id, u]))
    for (const unit of ChuongMy.units) {
      const same = shipped.get(unit.id)
      expect(same, unit.id).toBeDefined()
      expect([same?.code, same?.name, same?.kind, same?.validFrom, same?.validTo]).toEqual([
        unit.code,
        unit.name,
        unit.kind,
        unit.validFrom,
        unit.validTo,
      ])
      // The shipped successors are the country's: an old Chương Mỹ commune went nowhere else.
      if (unit.validTo !== null) expect(same?.successorIds).toEqual([...unit.successorIds].sort())
    }
    const links = new Set(
      ReferenceUnits.history().links.map((l) => `${l.childId}>${l.parentId}@${l.validFrom}`),
    )
    for (const link of ChuongMy.links)
      expect(links.has(`${link.childId}>${link.parentId}@${link.validFrom}`)).toBe(true)
  })
})

forEachDatabase(
  (db) => {
    let cookie = ""
    beforeAll(async () => {
      cookie = await db.login()
    })

    describe("a fresh install", () => {
      it("lists the 3,321 commune-level units of 1 July 2025 a page at a time, with English names", async () => {
        const page = await readJson<Page>(
          await db.request("/api/units?level=commune&asOf=2025-07-01&sort=code", { cookie }),
        )
        expect(page.total).toBe(3321)
        expect(page.items).toHaveLength(page.pageSize)
        expect(page.items[0]).toMatchObject({
          code: "00004",
          name: "Phường Ba Đình",
          nameEn: "Ba Dinh Ward",
          kind: "phuong",
        })
        const provinces = await readJson<Page>(
          await db.request("/api/units?level=province&pageSize=50", { cookie }),
        )
        expect(provinces.total).toBe(34)
        const phuNghia = await readJson<Page>(
          await db.request("/api/units?code=10030&asOf=2026-01-01", { cookie }),
        )
        expect(phuNghia.items.map((u) => [u.name, u.nameEn, u.parentId])).toEqual([
          ["Xã Phú Nghĩa", "Phu Nghia Commune", ChuongMy.hanoi.id],
        ])
      })

      it("holds Hà Nội before the reform: 30 districts, 526 communes, Chương Mỹ's 30 under it", async () => {
        const districts = await readJson<Page>(
          await db.request("/api/units?level=district&asOf=2025-06-30", { cookie }),
        )
        expect(districts.total).toBe(30)
        const communes = await readJson<Page>(
          await db.request("/api/units?level=commune&asOf=2025-06-30", { cookie }),
        )
        expect(communes.total).toBe(526)
        const chuongMy = await readJson<Page>(
          await db.request(`/api/units?parentId=${ChuongMy.district.id}&asOf=2025-06-30&pageSize=50`, {
            cookie,
          }),
        )
        expect(chuongMy.total).toBe(30)
        const lamDien = await readJson<{ successorIds: Array<string>; links: Array<{ parentId: string }> }>(
          await db.request(`/api/units/${encodeURIComponent(ChuongMy.oldCommuneId("10063"))}`, { cookie }),
        )
        expect(lamDien.successorIds).toEqual(["vn:10072:2025-07-01", "vn:10126:2025-07-01"])
        expect(lamDien.links.map((l) => l.parentId)).toEqual([ChuongMy.district.id])
      })

      it("loads the tree once: a second start changes nothing", async () => {
        const again = await db.run(ReferenceUnits.ensure)
        expect(again.loaded).toBe(false)
        const [count] = await db.sql((sql) =>
          sql<{ n: number }>`select count(*)::int as n from units`.pipe(Effect.orDie),
        )
        expect(count?.n).toBe(3911)
      })

      it("names the scope: Chương Mỹ, the area it served after it ended", async () => {
        const scope = await readJson<{ unit: { id: string; name: string; former: boolean } | null }>(
          await db.request("/api/units/scope?asOf=2026-01-01", { cookie }),
        )
        expect(scope.unit).toMatchObject({ id: ChuongMy.district.id, name: "Huyện Chương Mỹ", former: true })
        const before = await readJson<{ unit: { former: boolean } | null }>(
          await db.request("/api/units/scope?asOf=2025-01-01", { cookie }),
        )
        expect(before.unit?.former).toBe(false)
      })

      it("answers public progress for the scope: the district's 30 communes, then the 7 that cover it", async () => {
        const after = await db.request("/api/public/progress?asOf=2026-01-01")
        expect(after.status).toBe(200)
        const body = await readJson<{
          district: { unitId: string; name: string }
          communes: Array<{ unitId: string }>
        }>(after)
        expect(body.district).toMatchObject({ unitId: ChuongMy.district.id, name: "Huyện Chương Mỹ" })
        expect(body.communes.map((c) => c.unitId).sort()).toEqual(newChuongMy)
        const before = await readJson<{ communes: Array<{ unitId: string }> }>(
          await db.request("/api/public/progress?asOf=2025-06-30"),
        )
        expect(before.communes).toHaveLength(30)
      })

      it("reports the dashboard on the scope, never on an empty unit id", async () => {
        const response = await db.request("/api/indicators?asOf=2026-01-01", { cookie })
        expect(response.status).toBe(200)
        const body = await readJson<{ unit: { id: string; name: string }; children: Array<unknown> }>(
          response,
        )
        expect(body.unit).toMatchObject({ id: ChuongMy.district.id, name: "Huyện Chương Mỹ" })
        expect(body.children).toHaveLength(7)
      })

      it("gives the unit pickers the scope's subtree, not the whole country", async () => {
        const tree = await readJson<{ units: Array<{ id: string; parentId: string | null }> }>(
          await db.request("/api/units/tree?asOf=2026-01-01", { cookie }),
        )
        // The former district heads the communes that cover it.
        expect(tree.units.map((u) => [u.id, u.parentId])).toEqual([
          [ChuongMy.district.id, null],
          ...[...tree.units.slice(1)].map((u) => [u.id, ChuongMy.district.id]),
        ])
        expect(
          tree.units
            .slice(1)
            .map((u) => u.id)
            .sort(),
        ).toEqual(newChuongMy)
        const before = await readJson<{ units: Array<{ id: string; parentId: string | null }> }>(
          await db.request("/api/units/tree?asOf=2025-06-30", { cookie }),
        )
        expect(before.units).toHaveLength(31)
        expect(before.units.filter((u) => u.parentId === null).map((u) => u.id)).toEqual([
          ChuongMy.district.id,
        ])
      })

      it("refuses a second Thị trấn Chúc Sơn with code 10015, overlapping validity and no parent, naming the fields", async () => {
        const response = await db.request("/api/units", {
          cookie,
          headers: { "accept-language": "en" },
          body: {
            code: "10015",
            name: "Thị trấn Chúc Sơn",
            kind: "thi_tran",
            validFrom: "2020-01-01",
            validTo: null,
            successorIds: [],
          },
        })
        expect(response.status).toBe(409)
        const body = await readJson<ErrorBody>(response)
        expect(body.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["code", "parentId"]))
        expect(body.issues.find((i) => i.path === "code")?.message).toMatch(
          /Unit code 10015 is already used by/,
        )
        const page = await readJson<Page>(
          await db.request("/api/units?code=10015&asOf=2024-01-01", { cookie }),
        )
        expect(page.items.map((u) => u.id)).toEqual([ChuongMy.oldCommuneId("10015")])
      })
    })
  },
  { referenceUnits: true, scopeUnit: "277" },
)
