/**
 * Finding people and households as a commune officer does: a person by a phone number written any
 * way, a household by a member's name or number with the member that matched named in the list.
 */
import { beforeAll, describe, expect, it } from "vitest"
import * as Accounts from "../src/auth/Accounts.js"
import { createTree, type Tree } from "./fixtures.js"
import { forEachDatabase, readJson } from "./harness.js"

interface Item {
  readonly id: string
  readonly version: number
  readonly [key: string]: unknown
}
interface Page {
  readonly items: ReadonlyArray<Item>
  readonly total: number
}

forEachDatabase((db) => {
  let cookie = ""
  let teamLeader = ""
  let tree: Tree
  const ids = { household: "", other: "", head: "", daughter: "", neighbour: "" }

  const create = async (path: string, body: Record<string, unknown>) => {
    const response = await db.request(path, { cookie, body })
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return readJson<Item>(response)
  }
  const person = (fullName: string, householdId: string | null, phone?: string) =>
    create("/api/people", {
      fullName,
      birth: { year: 1960 },
      sex: "female",
      householdId,
      unitId: tree.villageA,
      groups: [],
      vneidLevel: 0,
      hasDigitalBankAccount: false,
      ...(phone === undefined ? {} : { phone }),
    })
  const list = async (path: string, as = cookie) => {
    const response = await db.request(path, { cookie: as })
    expect(response.status).toBe(200)
    return readJson<Page>(response)
  }

  beforeAll(async () => {
    cookie = await db.login()
    tree = await createTree(db, cookie)
    const household = await create("/api/households", {
      code: "HD-TIM-1",
      unitId: tree.villageA,
      isRemote: false,
    })
    const other = await create("/api/households", {
      code: "HD-TIM-2",
      unitId: tree.villageA,
      isRemote: false,
    })
    ids.household = household.id
    ids.other = other.id
    ids.head = (await person("Phạm Văn Thành", household.id)).id
    ids.daughter = (await person("Phạm Thị Duyên", household.id, "0912 345 678")).id
    ids.neighbour = (await person("Lê Thị Duyên", other.id, "0387654321")).id
    const patched = await db.request(`/api/households/${household.id}`, {
      method: "PATCH",
      cookie,
      body: { headId: ids.head, version: household.version },
    })
    expect(patched.status).toBe(200)
    // A team leader of the village's team sees its people, their numbers masked.
    await db.sql(
      (sql) => sql`insert into teams (id, unit_id, name, name_folded, kind)
        values ('team-tim', ${tree.villageA}, 'Tổ tìm kiếm', 'to tim kiem', 'community')`,
    )
    await db.run(
      Accounts.createUser(
        {
          email: "totruong@tim.test",
          fullName: "Tổ trưởng",
          password: "mật khẩu tổ trưởng 2025",
          role: "team_leader",
          teamId: "team-tim",
          unitId: tree.villageA,
        },
        undefined,
      ),
    )
    teamLeader = await db.login({ email: "totruong@tim.test", password: "mật khẩu tổ trưởng 2025" })
  })

  describe("people by phone number", () => {
    it("finds the person whose number it is, however the number is written", async () => {
      for (const spelling of ["0912 345 678", "0912345678", "+84912345678", "84-912-345-678"]) {
        const page = await list(`/api/people?q=${encodeURIComponent(spelling)}`)
        expect(
          page.items.map((p) => p.id),
          spelling,
        ).toEqual([ids.daughter])
      }
    })

    it("still searches names, and finds no one by a number nobody has", async () => {
      const byName = await list(`/api/people?q=duyen&sort=name`)
      expect(new Set(byName.items.map((p) => p.id))).toEqual(new Set([ids.daughter, ids.neighbour]))
      expect((await list("/api/people?q=0988111222")).total).toBe(0)
    })

    it("does not let a role that sees numbers masked find a person by one", async () => {
      expect((await list("/api/people?q=0912345678", teamLeader)).total).toBe(0)
      expect((await list("/api/people?q=duyen", teamLeader)).total).toBe(2)
    })
  })

  describe("households by their members", () => {
    it("lists each household with its head's name", async () => {
      const page = await list(`/api/households?q=HD-TIM-1`)
      expect(page.items.map((h) => [h.id, h.headName, h.matchedMember])).toEqual([
        [ids.household, "Phạm Văn Thành", undefined],
      ])
    })

    it("finds a household by a member's name and names the member who matched", async () => {
      const page = await list(`/api/households?q=${encodeURIComponent("pham thi duyen")}`)
      expect(page.items.map((h) => [h.id, h.matchedMember])).toEqual([
        [ids.household, { id: ids.daughter, fullName: "Phạm Thị Duyên" }],
      ])
      const both = await list(`/api/households?q=duyen&sort=code`)
      expect(both.items.map((h) => [h.code, (h.matchedMember as { fullName: string }).fullName])).toEqual([
        ["HD-TIM-1", "Phạm Thị Duyên"],
        ["HD-TIM-2", "Lê Thị Duyên"],
      ])
    })

    it("prefers the head when several members match", async () => {
      const page = await list(`/api/households?q=pham`)
      expect(page.items.map((h) => [h.id, (h.matchedMember as { id: string }).id])).toEqual([
        [ids.household, ids.head],
      ])
    })

    it("finds a household by a member's phone number in another spelling", async () => {
      const page = await list(`/api/households?q=${encodeURIComponent("+84 387 654 321")}`)
      expect(page.items.map((h) => [h.id, h.matchedMember])).toEqual([
        [ids.other, { id: ids.neighbour, fullName: "Lê Thị Duyên" }],
      ])
    })
  })
})
