/**
 * Volunteer applications in the admin API: the commune's admins list the pending ones, approve a
 * guide's application (which creates the person and the guide record) or reject one, once.
 */
import * as Registration from "@bdhv/domain/Registration"
import { Schema } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import * as Accounts from "../src/auth/Accounts.js"
import * as PublicVolunteers from "../src/public/Volunteers.js"
import type { Item } from "../src/resources/Volunteers.js"
import { createTree, type Tree } from "./fixtures.js"
import { forEachDatabase, readJson } from "./harness.js"

interface Page {
  readonly items: ReadonlyArray<Item>
  readonly total: number
}

interface ErrorBody {
  readonly error: string
  readonly message: string
  readonly issues?: ReadonlyArray<{ readonly path: string }>
}

const decodeSignUp = Schema.decodeUnknownSync(Registration.VolunteerSignUp)

forEachDatabase((db) => {
  let admin: string
  let officer: string
  let tree: Tree

  /** Files an application the way the public site does. */
  const apply = async (fields: { fullName: string; phone: string; unitId: string; role?: string }) => {
    const applied = await db.run(
      PublicVolunteers.apply(
        decodeSignUp({
          birthYear: 1998,
          role: "guide",
          topicIds: ["vneid"],
          availability: "tối thứ 3",
          consent: true,
          ...fields,
        }),
      ),
    )
    return applied.id
  }

  const get = async (id: string, cookie = admin) =>
    readJson<Item>(await db.request(`/api/volunteers/${id}`, { cookie }))

  const decide = (id: string, body: unknown, cookie = admin) =>
    db.request(`/api/volunteers/${id}/decision`, { cookie, body })

  const count = (query: string) =>
    db.sql((sql) => sql.unsafe<{ n: number }>(query)).then((rows) => Number(rows[0]?.n ?? 0))

  beforeAll(async () => {
    admin = await db.login()
    tree = await createTree(db, admin)
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

  describe("volunteer applications", () => {
    it("lists pending applications, searched without accents and scoped to the officer's commune", async () => {
      const ward = await apply({ fullName: "Nguyễn Thị Hằng", phone: "0912 000 001", unitId: tree.villageA })
      const commune = await apply({
        fullName: "Nguyễn Văn Đức",
        phone: "0912 000 002",
        unitId: tree.villageQ,
      })
      const searched = await readJson<Page>(
        await db.request("/api/volunteers?status=pending&q=nguyen%20duc", { cookie: admin }),
      )
      expect(searched.items.map((a) => a.id)).toEqual([commune])
      expect(searched.items[0]).toMatchObject({ unitName: "Thôn Quảng Bị", status: "pending", version: 1 })
      const mine = await readJson<Page>(await db.request("/api/volunteers?q=nguyen", { cookie: officer }))
      expect(mine.items.map((a) => a.id)).toContain(commune)
      expect(mine.items.map((a) => a.id)).not.toContain(ward)
    })

    it("approves a guide's application: the person and the guide record are created, and audited", async () => {
      const id = await apply({ fullName: "Trần Văn Bình", phone: "0912 000 003", unitId: tree.villageQ })
      const response = await decide(id, { decision: "approved", version: 1, note: "Đã gặp tại xã" }, officer)
      expect(response.status).toBe(200)
      const approved = await readJson<Item>(response)
      expect(approved).toMatchObject({ status: "approved", decisionNote: "Đã gặp tại xã", version: 2 })
      expect(approved.guideId).not.toBeNull()
      const guide = await readJson<{ personId: string; fullName: string; unitId: string }>(
        await db.request(`/api/guides/${approved.guideId}`, { cookie: officer }),
      )
      expect(guide).toMatchObject({
        personId: approved.personId,
        fullName: "Trần Văn Bình",
        unitId: tree.villageQ,
      })
      const person = await readJson<{ phone: string; sex: string }>(
        await db.request(`/api/people/${approved.personId}`, { cookie: officer }),
      )
      expect(person).toMatchObject({ phone: "+84912000003", sex: "male" })
      expect(
        await count(
          `select count(*)::int as n from audit_log where entity_id in ('${id}', '${approved.guideId}', '${approved.personId}')`,
        ),
      ).toBe(4)
    })

    it("links the person already registered under the same name and phone instead of adding another", async () => {
      const first = await apply({ fullName: "Lê Thị Mai", phone: "0912 000 004", unitId: tree.villageQ })
      const created = await readJson<Item>(await decide(first, { decision: "approved", version: 1 }))
      const again = await apply({ fullName: "le thi mai", phone: "0912000004", unitId: tree.villageQ })
      const linked = await readJson<Item>(await decide(again, { decision: "approved", version: 1 }))
      expect(linked.personId).toBe(created.personId)
      expect(linked.guideId).toBe(created.guideId)
      expect(await count("select count(*)::int as n from people where phone = '+84912000004'")).toBe(1)
    })

    it("rejects an application without creating anyone", async () => {
      const id = await apply({ fullName: "Phạm Văn Tú", phone: "0912 000 005", unitId: tree.villageQ })
      const response = await decide(id, { decision: "rejected", version: 1, note: "Trùng đơn" }, officer)
      expect(response.status).toBe(200)
      expect(await readJson<Item>(response)).toMatchObject({
        status: "rejected",
        personId: null,
        guideId: null,
      })
      expect(await count("select count(*)::int as n from people where phone = '+84912000005'")).toBe(0)
      const pending = await readJson<Page>(
        await db.request("/api/volunteers?status=pending", { cookie: officer }),
      )
      expect(pending.items.map((a) => a.id)).not.toContain(id)
    })

    it("refuses a second decision with 409 and says it was already decided", async () => {
      const id = await apply({ fullName: "Đỗ Thị Lan", phone: "0912 000 006", unitId: tree.villageQ })
      expect((await decide(id, { decision: "rejected", version: 1 })).status).toBe(200)
      const again = await decide(id, { decision: "approved", version: 2 })
      expect(again.status).toBe(409)
      expect((await readJson<ErrorBody>(again)).message).toBe("Đơn này đã bị từ chối trước đó")
      const inEnglish = await db.request(`/api/volunteers/${id}/decision`, {
        cookie: admin,
        body: { decision: "approved", version: 2 },
        headers: { "accept-language": "en" },
      })
      expect((await readJson<ErrorBody>(inEnglish)).message).toBe(
        "This application has already been rejected",
      )
      expect(await get(id)).toMatchObject({ status: "rejected", version: 2, guideId: null })
    })

    it("refuses a stale version with 409, changing nothing", async () => {
      const id = await apply({ fullName: "Vũ Văn Hải", phone: "0912 000 007", unitId: tree.villageQ })
      await apply({ fullName: "Vũ Văn Hải", phone: "0912 000 007", unitId: tree.villageQ })
      const stale = await decide(id, { decision: "approved", version: 1 })
      expect(stale.status).toBe(409)
      expect(await get(id)).toMatchObject({ status: "pending", version: 2 })
    })

    it("answers bad input with 400 naming the field, and changes nothing", async () => {
      const id = await apply({ fullName: "Hoàng Thị Yến", phone: "0912 000 008", unitId: tree.villageQ })
      const guides = await count("select count(*)::int as n from guides")
      const response = await decide(id, { decision: "maybe", version: 1 })
      expect(response.status).toBe(400)
      expect((await readJson<ErrorBody>(response)).issues?.map((i) => i.path)).toContain("decision")
      const long = await decide(id, { decision: "approved", version: 1, note: "x".repeat(501) })
      expect(long.status).toBe(400)
      expect((await readJson<ErrorBody>(long)).issues?.map((i) => i.path)).toContain("note")
      expect(await get(id)).toMatchObject({ status: "pending", version: 1 })
      expect(await count("select count(*)::int as n from guides")).toBe(guides)
    })

    it("refuses from the public form a birth year in the future or of a child, and unknown topics", async () => {
      const before = await count("select count(*) as n from volunteer_applications")
      const form = (fields: Record<string, unknown>) =>
        db.request("/api/public/volunteers", {
          headers: { "accept-language": "en" },
          body: {
            fullName: "Trần Văn Nhỏ",
            phone: "0912 000 099",
            birthYear: 1998,
            unitId: tree.villageQ,
            role: "guide",
            topicIds: ["vneid"],
            consent: true,
            elapsedMs: 30_000,
            ...fields,
          },
        })
      const thisYear = new Date().getUTCFullYear()
      for (const [birthYear, words] of [
        [thisYear + 5, /is in the future/],
        [thisYear - 6, /must be at least 16/],
        [thisYear - 11, /must be at least 16/],
      ] as const) {
        const response = await form({ birthYear })
        expect(response.status).toBe(400)
        const body = await readJson<ErrorBody & { issues: ReadonlyArray<{ path: string; message: string }> }>(
          response,
        )
        expect(body.issues.map((i) => i.path)).toEqual(["birthYear"])
        expect(body.issues[0]?.message).toMatch(words)
      }
      const unknown = await form({ topicIds: ["vneid", "flying-drones"] })
      expect(unknown.status).toBe(400)
      expect((await readJson<ErrorBody>(unknown)).issues?.map((i) => i.path)).toEqual(["topicIds"])
      expect(await count("select count(*) as n from volunteer_applications")).toBe(before)
      expect((await form({ birthYear: thisYear - 16 })).status).toBe(201)
    })

    it("answers 404 for an application outside the officer's commune, and leaves it pending", async () => {
      const id = await apply({ fullName: "Ngô Văn Sơn", phone: "0912 000 009", unitId: tree.villageA })
      expect((await db.request(`/api/volunteers/${id}`, { cookie: officer })).status).toBe(404)
      expect((await decide(id, { decision: "approved", version: 1 }, officer)).status).toBe(404)
      expect(await get(id)).toMatchObject({ status: "pending", version: 1 })
    })
  })
})
