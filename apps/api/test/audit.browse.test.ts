import { beforeAll, describe, expect, it } from "vitest"
import type * as AuditSearch from "../src/audit/AuditSearch.js"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import { createWorld, type World } from "./authorization.world.js"
import { forEachDatabase, readJson } from "./harness.js"

interface Page {
  readonly items: ReadonlyArray<AuditSearch.Entry>
  readonly page: number
  readonly pageSize: number
  readonly total: number
}

forEachDatabase((db) => {
  let admin = ""
  let world: World

  beforeAll(async () => {
    admin = await db.login()
    world = await createWorld(db, admin)
  })

  const browse = async (query: string, cookie = admin) => {
    const response = await db.request(`/api/audit${query}`, { cookie })
    expect(response.status).toBe(200)
    return readJson<Page>(response)
  }

  describe("GET /api/audit", () => {
    it("lists entries newest first, with who did it", async () => {
      const page = await browse("?pageSize=5")
      expect(page.items).toHaveLength(5)
      const times = page.items.map((e) => e.at)
      expect([...times].sort().reverse()).toEqual(times)
      expect(page.total).toBeGreaterThan(5)
    })

    it("filters by record, and shows what was written", async () => {
      const page = await browse(`?entity=person&entityId=${world.inScope.residentId}`)
      expect(page.items.map((e) => e.action)).toEqual(["create"])
      expect(page.items[0]?.after).toMatchObject({ fullName: world.inScope.residentName })
      expect(page.items[0]?.actorEmail).toBe("admin@test.bdhv.vn")
    })

    it("names each entry's record in words: a person by name, an account signing in by its name", async () => {
      const person = await browse(`?entity=person&entityId=${world.inScope.residentId}`)
      expect(person.items[0]?.recordName).toBe(world.inScope.residentName)
      const login = await browse(`?actorId=${world.userIds.viewer}&action=login&pageSize=1`)
      expect(login.items[0]?.entity).toBe("user")
      expect(login.items[0]?.recordName).toBe("Tài khoản viewer")
      const households = await browse("?entity=household&action=create&pageSize=1")
      const household = households.items[0]
      expect(household?.recordName).toBe((household?.after as { code?: string } | undefined)?.code)
    })

    it("names the units a change refers to, so the detail reads a village's name and not its id", async () => {
      const households = await browse("?entity=household&action=create&pageSize=1")
      const household = households.items[0]!
      // The world's newest household is the one in a village of xã Quảng Bị.
      const villageId = (household.after as { unitId?: string }).unitId!
      expect(household.unitNames).toEqual({ [villageId]: "Thôn Quảng Bị" })
      const login = await browse(`?actorId=${world.userIds.viewer}&action=login&pageSize=1`)
      expect(login.items[0]?.unitNames).toEqual({})
    })

    it("filters by actor and action", async () => {
      const page = await browse(`?actorId=${world.userIds.viewer}&action=login`)
      expect(page.total).toBeGreaterThanOrEqual(1)
      expect(new Set(page.items.map((e) => `${e.actorId}/${e.action}`))).toEqual(
        new Set([`${world.userIds.viewer}/login`]),
      )
    })

    it("filters by dates in Vietnam time, both ends included", async () => {
      const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)
      const all = await browse("?pageSize=1")
      expect((await browse(`?from=${today}&to=${today}&pageSize=1`)).total).toBe(all.total)
      expect((await browse("?to=2020-01-01")).total).toBe(0)
      expect((await browse("?from=2999-01-01")).total).toBe(0)
    })

    it("pages without overlap", async () => {
      const first = await browse("?pageSize=3&page=1")
      const second = await browse("?pageSize=3&page=2")
      const ids = [...first.items, ...second.items].map((e) => e.id)
      expect(new Set(ids).size).toBe(6)
      expect(second.page).toBe(2)
    })

    it("names a bad filter", async () => {
      for (const [query, path] of [
        ["?from=2025-02-30", "from"],
        ["?from=2025-03-01&to=2025-02-01", "to"],
        ["?pageSize=100000", "pageSize"],
      ] as const) {
        const response = await db.request(`/api/audit${query}`, { cookie: admin })
        expect(response.status).toBe(400)
        expect((await readJson<ErrorBody>(response)).issues.map((i) => i.path)).toContain(path)
      }
    })

    it("shows a scoped admin the entries of accounts in their subtree, not those of the first admin", async () => {
      const page = await browse("?pageSize=200", world.accounts.district_admin)
      expect(page.total).toBeGreaterThan(0)
      expect(page.items.some((e) => e.actorEmail === "admin@test.bdhv.vn")).toBe(false)
      expect(page.items.some((e) => e.actorId === world.userIds.commune_officer)).toBe(true)
    })

    it("is closed to every other role", async () => {
      for (const role of ["commune_officer", "team_leader", "guide", "viewer"] as const) {
        expect((await db.request("/api/audit", { cookie: world.accounts[role] })).status).toBe(403)
      }
      expect((await db.request("/api/audit")).status).toBe(401)
    })
  })
})
