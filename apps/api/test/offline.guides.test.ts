/**
 * A guide's daily screens without a signal: the snapshot the guide's phone keeps (their learners,
 * bounded, the quota by the domain's count) and the learning records made offline and sent when the
 * network returns — each key applied once, each refusal named.
 */
import { randomUUID } from "node:crypto"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import { beforeAll, describe, expect, it } from "vitest"
import { createTree, type Tree } from "./fixtures.js"
import { forEachDatabase, readJson } from "./harness.js"

interface Result {
  readonly key: string
  readonly _tag: "Applied" | "Rejected"
  readonly replayed?: boolean
  readonly link?: { readonly id: string; readonly learnerId: string }
  readonly reason?: string
  readonly message?: { readonly vi: string; readonly en: string }
  readonly issues?: ReadonlyArray<{ readonly path: string }>
}

interface Snapshot {
  readonly cap: number
  readonly guide: { readonly id: string; readonly personId: string }
  readonly learners: ReadonlyArray<{
    readonly id: string
    readonly fullName: string
    readonly phone?: string
    readonly timesTaught: number
    readonly lastTaughtOn: string
  }>
  readonly learnerIds: ReadonlyArray<string>
  readonly recent: ReadonlyArray<{ readonly learnerId: string }>
  readonly counts: { readonly learners: number; readonly meetsQuota: boolean; readonly quota: number }
}

forEachDatabase((db) => {
  describe("a guide's learners offline", () => {
    let admin: string
    let guideCookie: string
    let tree: Tree
    let guideId: string
    let selfId: string
    const learners: Array<string> = []
    const password = "đại sứ số hướng dẫn từng người"
    const today = CalendarDate.fromInstant(Date.now())

    const post = async <T>(path: string, body: unknown, cookie = admin): Promise<T> => {
      const response = await db.request(path, { cookie, body })
      if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`)
      return readJson<T>(response)
    }
    let households = 0
    const household = async (unitId: string) =>
      (await post<{ id: string }>("/api/households", { code: `GD-${++households}`, unitId, isRemote: false }))
        .id
    const person = async (fullName: string, unitId: string, phone = "") =>
      post<{ id: string }>("/api/people", {
        fullName,
        birth: { year: 1960 },
        sex: "female",
        householdId: await household(unitId),
        unitId,
        groups: [],
        vneidLevel: 0,
        hasDigitalBankAccount: false,
        phone,
      })
    const teach = (learnerId: string, date = "2025-09-01") =>
      post<{ id: string }>(`/api/guides/${guideId}/learners`, { learnerId, date })
    const sync = (items: ReadonlyArray<unknown>, cookie = guideCookie) =>
      db.request(`/api/guides/${guideId}/learners/sync`, { cookie, body: { items } })
    const snapshot = async () => {
      const response = await db.request(`/api/guides/${guideId}/offline`, { cookie: guideCookie })
      expect(response.status, await response.clone().text()).toBe(200)
      return readJson<Snapshot>(response)
    }
    const linksOf = async (learnerId: string) =>
      (
        await db.sql(
          (sql) => sql<{ n: number }>`
          select count(*)::int as n from guide_learners where guide_id = ${guideId} and person_id = ${learnerId}`,
        )
      )[0]!.n

    beforeAll(async () => {
      admin = await db.login()
      tree = await createTree(db, admin)
      selfId = (await person("Nguyễn Thị Đại Sứ", tree.villageA)).id
      guideId = (
        await post<{ id: string }>("/api/guides", {
          personId: selfId,
          unitId: tree.chuongMyWard,
          since: "2025-08-01",
        })
      ).id
      for (const name of ["Trần Văn Học", "Lê Thị Học", "Phạm Văn Học", "Đỗ Thị Học"]) {
        const id = (await person(name, tree.villageA, "0912345678")).id
        learners.push(id)
        await teach(id)
      }
      // Teaching oneself is recorded but never counts towards the quota.
      await teach(selfId)
      await post("/api/users", {
        email: "daisu@test.bdhv.vn",
        fullName: "Đại Sứ",
        password,
        role: "guide",
        guideId,
      })
      guideCookie = await db.login({ email: "daisu@test.bdhv.vn", password })
    })

    it("gives the guide their learners to keep, with the quota counted as the guide's page counts it", async () => {
      const response = await db.request(`/api/guides/${guideId}/offline`, { cookie: guideCookie })
      expect(response.status).toBe(200)
      expect(response.headers.get("cache-control")).toBe("private, no-store")
      const kept = await readJson<Snapshot>(response)
      expect(kept.cap).toBeGreaterThan(0)
      expect(kept.guide).toMatchObject({ id: guideId, personId: selfId })
      expect(kept.learners.map((l) => l.fullName)).toEqual([
        "Đỗ Thị Học",
        "Lê Thị Học",
        "Phạm Văn Học",
        "Trần Văn Học",
      ])
      // The guide's own person is never their own learner (Guide.learnersOf), so not on the list.
      // Guides call their learners: phones in full, as every other answer shows them to a guide.
      expect(kept.learners.filter((l) => l.phone !== undefined).map((l) => l.phone)).toEqual(
        Array(4).fill("+84912345678"),
      )
      expect([...kept.learnerIds].sort()).toEqual([...learners, selfId].sort())
      const page = await readJson<{ learners: number; meetsQuota: boolean }>(
        await db.request(`/api/guides/${guideId}`, { cookie: guideCookie }),
      )
      expect(kept.counts).toEqual({ learners: 4, meetsQuota: false, quota: 5 })
      expect(page).toMatchObject({ learners: kept.counts.learners, meetsQuota: kept.counts.meetsQuota })
    })

    it("keeps the snapshot from roles that may not see it, and from another guide", async () => {
      const otherSelf = await person("Vũ Thị Khác", tree.villageA)
      const other = await post<{ id: string }>("/api/guides", {
        personId: otherSelf.id,
        unitId: tree.chuongMyWard,
        since: "2025-08-01",
      })
      expect((await db.request(`/api/guides/${other.id}/offline`, { cookie: guideCookie })).status).toBe(404)
      const team = await post<{ id: string }>("/api/teams", {
        kind: "community",
        name: "Tổ công nghệ số cộng đồng",
        unitId: tree.chuongMyWard,
        memberIds: [],
        leaderId: null,
      })
      await post("/api/users", {
        email: "totruong@test.bdhv.vn",
        fullName: "Tổ Trưởng",
        password,
        role: "team_leader",
        teamId: team.id,
      })
      const leader = await db.login({ email: "totruong@test.bdhv.vn", password })
      expect((await db.request(`/api/guides/${guideId}/offline`, { cookie: leader })).status).toBe(403)
      expect(
        (await sync([{ key: randomUUID(), link: { learnerId: learners[0], date: today } }], leader)).status,
      ).toBe(403)
    })

    it("applies each key once: a retry after a lost answer returns the first record", async () => {
      const item = { key: randomUUID(), link: { learnerId: learners[0], date: today } }
      const first = await readJson<{ results: Array<Result> }>(await sync([item]))
      expect(first.results[0]).toMatchObject({
        _tag: "Applied",
        replayed: false,
        link: { learnerId: learners[0] },
      })
      const again = await readJson<{ results: Array<Result> }>(await sync([item, item]))
      expect(again.results.map((r) => [r._tag, r.replayed, r.link?.id])).toEqual([
        ["Applied", true, first.results[0]!.link!.id],
        ["Applied", true, first.results[0]!.link!.id],
      ])
      expect(await linksOf(learners[0]!)).toBe(2)
      const kept = await snapshot()
      expect(kept.learners.find((l) => l.id === learners[0])).toMatchObject({
        timesTaught: 2,
        lastTaughtOn: today,
      })
      expect(kept.recent[0]!.learnerId).toBe(learners[0])
      // Another record for the same learner adds no learner.
      expect(kept.counts.learners).toBe(4)
    })

    it("names a learner erased on request, and a bad record, without holding up the others", async () => {
      const erased = await db.request(`/api/privacy/people/${learners[1]}/erasure`, {
        cookie: admin,
        body: { reference: "Đơn số 15/2025/YC" },
      })
      expect(erased.status).toBeLessThan(300)
      const answer = await readJson<{ results: Array<Result> }>(
        await sync([
          { key: randomUUID(), link: { learnerId: learners[1], date: today } },
          { key: randomUUID(), link: { learnerId: learners[2], date: "2025-02-30" } },
          { key: randomUUID(), link: { learnerId: learners[2], date: today } },
        ]),
      )
      expect(answer.results.map((r) => [r._tag, r.reason])).toEqual([
        ["Rejected", "person-erased"],
        ["Rejected", "invalid"],
        ["Applied", undefined],
      ])
      expect(answer.results[1]!.issues!.map((i) => i.path)).toEqual(["date"])
      expect(await linksOf(learners[1]!)).toBe(1)
      // The erased learner is no longer kept on the phone, and still counts, as on the guide's page.
      const kept = await snapshot()
      expect(kept.learners.map((l) => l.id)).not.toContain(learners[1])
      const page = await readJson<{ learners: number }>(
        await db.request(`/api/guides/${guideId}`, { cookie: guideCookie }),
      )
      expect(kept.counts.learners).toBe(page.learners)
    })

    it("names a learner who moved out of the guide's area", async () => {
      const moved = await person("Vũ Văn Chuyển", tree.villageA)
      await teach(moved.id)
      const current = await readJson<{ version: number }>(
        await db.request(`/api/people/${moved.id}`, { cookie: admin }),
      )
      const patched = await db.request(`/api/people/${moved.id}`, {
        method: "PATCH",
        cookie: admin,
        body: {
          unitId: tree.villageQ,
          householdId: await household(tree.villageQ),
          version: current.version,
        },
      })
      expect(patched.status).toBe(200)
      const answer = await readJson<{ results: Array<Result> }>(
        await sync([{ key: randomUUID(), link: { learnerId: moved.id, date: today } }]),
      )
      expect(answer.results[0]).toMatchObject({ _tag: "Rejected", reason: "learner-moved" })
      expect(await linksOf(moved.id)).toBe(1)
    })

    it("names a learner who is no longer the guide's: a record made offline does not link them again", async () => {
      const cut = learners[3]!
      const links = await readJson<Array<{ id: string; learnerId: string }>>(
        await db.request(`/api/guides/${guideId}/learners`, { cookie: admin }),
      )
      for (const link of links.filter((l) => l.learnerId === cut)) {
        const removed = await db.request(`/api/guides/${guideId}/learners/${link.id}`, {
          method: "DELETE",
          cookie: admin,
        })
        expect(removed.status).toBe(204)
      }
      const key = randomUUID()
      const answer = await readJson<{ results: Array<Result> }>(
        await sync([{ key, link: { learnerId: cut, date: today } }]),
      )
      expect(answer.results[0]).toMatchObject({ key, _tag: "Rejected", reason: "not-learner" })
      expect(answer.results[0]!.message!.en).toBe("This person is no longer your learner")
      expect(await linksOf(cut)).toBe(0)
      // Not remembered as applied: the key is judged again if it is sent again.
      const kept = await db.sql(
        (sql) => sql<{ n: number }>`select count(*)::int as n from offline_writes where key = ${key}::uuid`,
      )
      expect(kept[0]!.n).toBe(0)
    })

    it("refuses a batch over the limit, naming it", async () => {
      const items = Array.from({ length: 101 }, () => ({
        key: randomUUID(),
        link: { learnerId: learners[0], date: today },
      }))
      const response = await sync(items)
      expect(response.status).toBe(400)
      expect(await response.text()).toContain("Gửi tối đa 100 lần hướng dẫn một lần")
    })
  })
})
