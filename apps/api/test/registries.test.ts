import { beforeAll, describe, expect, it } from "vitest"
import * as Accounts from "../src/auth/Accounts.js"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import { createTree, type Tree } from "./fixtures.js"
import { forEachDatabase, readJson } from "./harness.js"

interface Item {
  id: string
  version: number
  [key: string]: unknown
}
interface Page {
  items: Array<Item>
  total: number
}

forEachDatabase((db) => {
  let cookie = ""
  let officer = ""
  let tree: Tree

  const count = (table: string) =>
    db
      .sql((sql) => sql<{ n: number }>`select count(*)::int as n from ${sql(table)}`)
      .then((r) => r[0]?.n ?? 0)

  const create = async (path: string, body: Record<string, unknown>, as = cookie) => {
    const response = await db.request(path, { cookie: as, body })
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return readJson<Item>(response)
  }

  const person = (overrides: Record<string, unknown> = {}) => ({
    fullName: "Nguyễn Văn An",
    birth: { year: 1950 },
    sex: "male",
    householdId: null,
    unitId: tree.villageA,
    groups: [],
    vneidLevel: 0,
    hasDigitalBankAccount: false,
    ...overrides,
  })

  beforeAll(async () => {
    cookie = await db.login()
    tree = await createTree(db, cookie)
    await db.run(
      Accounts.createUser(
        {
          email: "canbo@quangbi.test",
          fullName: "Cán bộ Quảng Bị",
          password: "mật khẩu cán bộ xã 2025",
          role: "commune_officer",
          unitId: tree.quangBi,
        },
        undefined,
      ),
    )
    officer = await db.login({ email: "canbo@quangbi.test", password: "mật khẩu cán bộ xã 2025" })
  })

  describe("households", () => {
    it("creates a household in a village and lists it by code or address", async () => {
      const household = await create("/api/households", {
        code: "HD-001",
        unitId: tree.villageA,
        address: "Ngõ 5, Đường Hòa Bình",
        isRemote: true,
      })
      expect(household).toMatchObject({ code: "HD-001", isRemote: true, version: 1 })
      const byAddress = await readJson<Page>(await db.request("/api/households?q=hoa%20binh", { cookie }))
      expect(byAddress.items.map((h) => h.id)).toEqual([household.id])
    })

    it("refuses a household placed in a commune rather than a village, creating nothing", async () => {
      const before = await count("households")
      const response = await db.request("/api/households", {
        cookie,
        body: { code: "HD-X", unitId: tree.quangBi, isRemote: false },
      })
      expect(response.status).toBe(400)
      expect((await readJson<ErrorBody>(response)).issues.map((i) => i.path)).toEqual(["unitId"])
      expect(await count("households")).toBe(before)
    })

    it("refuses a blank code, naming the field", async () => {
      const response = await db.request("/api/households", {
        cookie,
        body: { code: "", unitId: tree.villageA, isRemote: false },
      })
      expect(response.status).toBe(400)
      const body = await readJson<ErrorBody>(response)
      expect(body.issues).toEqual([{ path: "code", message: "Vui lòng nhập mã hộ" }])
    })

    it("refuses a second household with the same code in the village (409)", async () => {
      await create("/api/households", { code: "HD-DUP", unitId: tree.villageB, isRemote: false })
      const response = await db.request("/api/households", {
        cookie,
        body: { code: "HD-DUP", unitId: tree.villageB, isRemote: false },
      })
      expect(response.status).toBe(409)
    })

    it("updates with the current version; a stale version gets 409 and changes nothing", async () => {
      const household = await create("/api/households", {
        code: "HD-V",
        unitId: tree.villageA,
        isRemote: false,
      })
      const ok = await db.request(`/api/households/${household.id}`, {
        method: "PATCH",
        cookie,
        body: { address: "Xóm Trại", version: 1 },
      })
      expect(ok.status).toBe(200)
      expect(await readJson<Item>(ok)).toMatchObject({ address: "Xóm Trại", code: "HD-V", version: 2 })
      const stale = await db.request(`/api/households/${household.id}`, {
        method: "PATCH",
        cookie,
        body: { address: "Xóm Cũ", version: 1 },
      })
      expect(stale.status).toBe(409)
      const current = await readJson<Item>(await db.request(`/api/households/${household.id}`, { cookie }))
      expect(current.address).toBe("Xóm Trại")
    })

    it("keeps a deleted household's row but no longer shows it", async () => {
      const household = await create("/api/households", {
        code: "HD-DEL",
        unitId: tree.villageA,
        isRemote: false,
      })
      const stale = await db.request(`/api/households/${household.id}?version=7`, {
        method: "DELETE",
        cookie,
      })
      expect(stale.status).toBe(409)
      const deleted = await db.request(`/api/households/${household.id}?version=1`, {
        method: "DELETE",
        cookie,
      })
      expect(deleted.status).toBe(204)
      expect((await db.request(`/api/households/${household.id}`, { cookie })).status).toBe(404)
      const rows = await db.sql(
        (sql) =>
          sql<{ deletedAt: Date | null }>`select deleted_at from households where id = ${household.id}`,
      )
      expect(rows[0]?.deletedAt).toBeInstanceOf(Date)
    })
  })

  describe("people", () => {
    it("normalises the name and finds it without accents: 'nguyen van' finds 'Nguyễn Văn'", async () => {
      const created = await create("/api/people", person({ fullName: "  nguyễn   văn bình " }))
      expect(created.fullName).toBe("Nguyễn Văn Bình")
      const found = await readJson<Page>(await db.request("/api/people?q=nguyen%20van", { cookie }))
      expect(found.items.map((p) => p.fullName)).toContain("Nguyễn Văn Bình")
      const prefix = await readJson<Page>(await db.request("/api/people?q=NGUYEN%20b", { cookie }))
      expect(prefix.items.map((p) => p.fullName)).toEqual(["Nguyễn Văn Bình"])
    })

    it("round-trips groups, birth and phone as the domain writes them", async () => {
      const school = await create("/api/organizations", {
        name: "Trường THCS Chúc Sơn",
        kind: "school",
        unitId: tree.chuongMyWard,
      })
      const factory = await create("/api/organizations", {
        name: "Công ty May Chương Mỹ",
        kind: "enterprise",
        unitId: tree.chuongMyWard,
      })
      const body = person({
        fullName: "Trần Thị Cúc",
        birth: { date: "2009-05-01" },
        sex: "female",
        groups: [
          { _tag: "student", schoolLevel: "lower_secondary", schoolId: school.id },
          { _tag: "worker", organizationId: factory.id },
          { _tag: "disability" },
        ],
        vneidLevel: 2,
        hasDigitalBankAccount: true,
        phone: "0912 345 678",
      })
      const created = await create("/api/people", body)
      const read = await readJson<Item>(await db.request(`/api/people/${created.id}`, { cookie }))
      expect(read).toMatchObject({ ...body, phone: "+84912345678" })
      const students = await readJson<Page>(await db.request("/api/people?group=student", { cookie }))
      expect(students.items.map((p) => p.id)).toEqual([created.id])
    })

    it("refuses a bad person, naming every bad field, and creates nothing", async () => {
      const before = await count("people")
      const response = await db.request("/api/people", {
        cookie,
        body: person({ fullName: "", birth: { year: 1800 }, sex: "x", vneidLevel: 3 }),
      })
      expect(response.status).toBe(400)
      const paths = (await readJson<ErrorBody>(response)).issues.map((i) => i.path)
      expect(paths).toEqual(expect.arrayContaining(["fullName", "birth.year", "sex", "vneidLevel"]))
      expect(await count("people")).toBe(before)
    })

    it("refuses a household that does not exist", async () => {
      const response = await db.request("/api/people", { cookie, body: person({ householdId: "nope" }) })
      expect(response.status).toBe(400)
      expect((await readJson<ErrorBody>(response)).issues[0]?.path).toBe("householdId")
    })

    it("answers in English when asked", async () => {
      const response = await db.request("/api/people", {
        cookie,
        headers: { "accept-language": "en" },
        body: person({ fullName: "" }),
      })
      const body = await readJson<ErrorBody>(response)
      expect(body.message).toBe("The input is not valid")
      expect(body.issues.find((i) => i.path === "fullName")?.message).toBe("Enter the full name")
    })

    it("updates a field with the version; a stale version is 409", async () => {
      const created = await create("/api/people", person({ fullName: "Lê Văn Dũng" }))
      const ok = await db.request(`/api/people/${created.id}`, {
        method: "PATCH",
        cookie,
        body: { vneidLevel: 2, version: 1 },
      })
      expect(ok.status).toBe(200)
      expect(await readJson<Item>(ok)).toMatchObject({ vneidLevel: 2, fullName: "Lê Văn Dũng", version: 2 })
      const stale = await db.request(`/api/people/${created.id}`, {
        method: "PATCH",
        cookie,
        body: { vneidLevel: 0, version: 1 },
      })
      expect(stale.status).toBe(409)
      const bad = await db.request(`/api/people/${created.id}`, {
        method: "PATCH",
        cookie,
        body: { sex: "other", version: 2 },
      })
      expect(bad.status).toBe(400)
      expect((await readJson<ErrorBody>(bad)).issues.map((i) => i.path)).toEqual(["sex"])
    })

    it("records every write in the audit log with before and after", async () => {
      const created = await create("/api/people", person({ fullName: "Phạm Thị Hoa" }))
      await db.request(`/api/people/${created.id}`, {
        method: "PATCH",
        cookie,
        body: { vneidLevel: 1, version: 1 },
      })
      const entries = await db.sql(
        (sql) => sql<{
          action: string
          before: { vneidLevel?: number } | null
          after: { vneidLevel?: number } | null
        }>`
          select action, before, after from audit_log where entity = 'person' and entity_id = ${created.id}
          order by id`,
      )
      expect(entries.map((e) => e.action)).toEqual(["create", "update"])
      expect(entries[1]?.before?.vneidLevel).toBe(0)
      expect(entries[1]?.after?.vneidLevel).toBe(1)
    })

    it("keeps a commune officer inside their commune: lists, search and get-by-id", async () => {
      const outside = await create("/api/people", person({ fullName: "Nguyễn Thị Ngoài" }))
      const inside = await create(
        "/api/people",
        person({ fullName: "Nguyễn Thị Trong", unitId: tree.villageQ }),
        officer,
      )
      const list = await readJson<Page>(await db.request("/api/people?q=nguyen", { cookie: officer }))
      expect(list.items.map((p) => p.id)).toEqual([inside.id])
      expect((await db.request(`/api/people/${outside.id}`, { cookie: officer })).status).toBe(404)
      const moveOut = await db.request("/api/people", {
        cookie: officer,
        body: person({ fullName: "Người Mới" }),
      })
      expect(moveOut.status).toBe(400)
    })
  })
})
