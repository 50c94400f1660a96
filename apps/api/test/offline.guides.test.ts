/**
 * A guide's learning records made on a phone without a signal and sent when the network returns:
 * each key applied once, each refusal named.
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
  readonly issues?: ReadonlyArray<{ readonly path: string }>
}

forEachDatabase((db) => {
  describe("offline learning records", () => {
    let admin: string
    let guideCookie: string
    let tree: Tree
    let guideId: string
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
    const person = async (fullName: string, unitId: string) =>
      post<{ id: string }>("/api/people", {
        fullName,
        birth: { year: 1960 },
        sex: "female",
        householdId: await household(unitId),
        unitId,
        groups: [],
        vneidLevel: 0,
        hasDigitalBankAccount: false,
        phone: "",
      })
    const sync = (items: ReadonlyArray<unknown>) =>
      db.request(`/api/guides/${guideId}/learners/sync`, { cookie: guideCookie, body: { items } })
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
      const self = await person("Nguyễn Thị Đại Sứ", tree.villageA)
      guideId = (
        await post<{ id: string }>("/api/guides", {
          personId: self.id,
          unitId: tree.chuongMyWard,
          since: "2025-08-01",
        })
      ).id
      for (const name of ["Trần Văn Học", "Lê Thị Học", "Phạm Văn Học"]) {
        learners.push((await person(name, tree.villageA)).id)
      }
      await post("/api/users", {
        email: "daisu@test.bdhv.vn",
        fullName: "Đại Sứ",
        password,
        role: "guide",
        guideId,
      })
      guideCookie = await db.login({ email: "daisu@test.bdhv.vn", password })
    })

    it("applies each key once: a retry after a lost answer returns the first record", async () => {
      const item = { key: randomUUID(), link: { learnerId: learners[0], date: today } }
      const first = await readJson<{ results: Array<Result> }>(await sync([item]))
      expect(first.results[0]).toMatchObject({
        _tag: "Applied",
        replayed: false,
        link: { learnerId: learners[0] },
      })
      const again = await readJson<{ results: Array<Result> }>(await sync([item]))
      expect(again.results[0]).toMatchObject({
        _tag: "Applied",
        replayed: true,
        link: { id: first.results[0]!.link!.id },
      })
      expect(await linksOf(learners[0]!)).toBe(1)
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
      expect(await linksOf(learners[1]!)).toBe(0)
    })

    it("names a learner who moved out of the guide's area", async () => {
      const moved = await person("Vũ Văn Chuyển", tree.villageA)
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
    })
  })
})
