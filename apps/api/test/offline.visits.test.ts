/**
 * Visits recorded on a phone without a signal: the snapshot the phone keeps (bounded, masked), and the
 * replay when the network returns — each key applied once, each conflict named.
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
  readonly visit?: { readonly id: string; readonly householdId: string }
  readonly reason?: string
  readonly message?: { readonly vi: string; readonly en: string }
  readonly issues?: ReadonlyArray<{ readonly path: string }>
}

interface Snapshot {
  readonly cap: number
  readonly asOf: string
  readonly team: { readonly id: string; readonly unitId: string }
  readonly units: ReadonlyArray<{ readonly id: string; readonly name: string }>
  readonly households: ReadonlyArray<{ readonly householdId: string; readonly code: string }>
  readonly members: ReadonlyArray<{ readonly id: string; readonly phone?: string }>
  readonly weekVisits: ReadonlyArray<{ readonly householdId: string }>
  readonly counts: { readonly toVisit: number; readonly visitedThisWeek: number }
}

forEachDatabase((db) => {
  describe("offline visits", () => {
    let admin: string
    let leader: string
    let tree: Tree
    let teamId: string
    const households: Record<string, { id: string; members: Array<string> }> = {}
    const password = "tổ trưởng đi từng ngõ 2025"

    const post = async <T>(path: string, body: unknown, cookie = admin): Promise<T> => {
      const response = await db.request(path, { cookie, body })
      if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`)
      return readJson<T>(response)
    }
    const patch = async (path: string, body: Record<string, unknown>) => {
      const current = await readJson<{ version: number }>(await db.request(path, { cookie: admin }))
      const response = await db.request(path, {
        method: "PATCH",
        cookie: admin,
        body: { ...body, version: current.version },
      })
      expect(response.status, await response.clone().text()).toBe(200)
    }

    const household = async (code: string, unitId: string) => {
      const created = await post<{ id: string }>("/api/households", { code, unitId, isRemote: false })
      const members: Array<string> = []
      for (const [fullName, phone] of [
        [`Nguyễn Văn ${code}`, "0912345678"],
        [`Trần Thị ${code}`, ""],
      ] as const) {
        const person = await post<{ id: string }>("/api/people", {
          fullName,
          birth: { year: 1950 },
          sex: "male",
          householdId: created.id,
          unitId,
          groups: [],
          vneidLevel: 0,
          hasDigitalBankAccount: false,
          phone,
        })
        members.push(person.id)
      }
      households[code] = { id: created.id, members }
    }

    const visit = (code: string, extra: Record<string, unknown> = {}) => ({
      teamId,
      householdId: households[code]!.id,
      date: CalendarDate.fromInstant(Date.now()),
      helpedIds: [households[code]!.members[0]],
      topicIds: ["vneid"],
      vneidLevel2Ids: [],
      digitalBankIds: [],
      ...extra,
    })

    const sync = (items: ReadonlyArray<unknown>, cookie = leader) =>
      db.request("/api/visits/sync", { cookie, body: { items } })

    const visitsOf = async (householdId: string) =>
      db.sql(
        (sql) => sql<{ n: number }>`
        select count(*)::int as n from visits where household_id = ${householdId} and deleted_at is null`,
      )

    beforeAll(async () => {
      admin = await db.login()
      tree = await createTree(db, admin)
      for (const code of ["OF-1", "OF-2", "OF-3", "OF-4", "OF-5", "OF-6"])
        await household(code, tree.villageA)
      await household("OF-B", tree.villageB)
      const team = await post<{ id: string }>("/api/teams", {
        kind: "community",
        name: "Tổ công nghệ số cộng đồng Chương Mỹ",
        unitId: tree.chuongMyWard,
        memberIds: [],
        leaderId: null,
      })
      teamId = team.id
      await post("/api/users", {
        email: "totruong@test.bdhv.vn",
        fullName: "Tổ Trưởng",
        password,
        role: "team_leader",
        teamId,
      })
      leader = await db.login({ email: "totruong@test.bdhv.vn", password })
    })

    it("gives a team leader their team's worklist to keep, bounded by the server's cap, phones masked", async () => {
      const response = await db.request(`/api/visits/offline/${teamId}`, { cookie: leader })
      expect(response.status).toBe(200)
      // The app keeps it in its own store, wiped on sign-out; the browser's HTTP cache keeps no copy.
      expect(response.headers.get("cache-control")).toBe("private, no-store")
      const snapshot = await readJson<Snapshot>(response)
      expect(snapshot.cap).toBeGreaterThan(0)
      expect(snapshot.team.id).toBe(teamId)
      expect(snapshot.households.map((h) => h.code).sort()).toEqual(
        ["OF-1", "OF-2", "OF-3", "OF-4", "OF-5", "OF-6", "OF-B"].sort(),
      )
      expect(snapshot.counts.toVisit).toBe(7)
      expect(snapshot.units.map((u) => u.id)).toEqual(
        expect.arrayContaining([tree.chuongMyWard, tree.villageA, tree.villageB]),
      )
      expect(snapshot.members).toHaveLength(14)
      const phones = snapshot.members.flatMap((m) => (m.phone === undefined ? [] : [m.phone]))
      expect(phones).toHaveLength(7)
      for (const phone of phones) expect(phone).toBe("091****678")
    })

    it("keeps the snapshot from roles that may not see it, and from another team", async () => {
      await post("/api/users", {
        email: "viewer@test.bdhv.vn",
        fullName: "Người Xem",
        password,
        role: "viewer",
        unitId: tree.chuongMyWard,
      })
      const viewer = await db.login({ email: "viewer@test.bdhv.vn", password })
      expect((await db.request(`/api/visits/offline/${teamId}`, { cookie: viewer })).status).toBe(403)
      const other = await post<{ id: string }>("/api/teams", {
        kind: "youth",
        name: "Đội thanh niên Quảng Bị",
        unitId: tree.villageQ,
        memberIds: [],
        leaderId: null,
      })
      expect((await db.request(`/api/visits/offline/${other.id}`, { cookie: leader })).status).toBe(404)
    })

    it("applies each key once: a replay of the same key answers the first visit and stores no second", async () => {
      const key = randomUUID()
      const item = { key, seenUnitId: tree.villageA, visit: visit("OF-1") }
      const first = await readJson<{ results: Array<Result> }>(await sync([item]))
      expect(first.results).toHaveLength(1)
      expect(first.results[0]).toMatchObject({ key, _tag: "Applied", replayed: false })
      const again = await readJson<{ results: Array<Result> }>(await sync([item, item]))
      expect(again.results.map((r) => [r._tag, r.replayed, r.visit?.id])).toEqual([
        ["Applied", true, first.results[0]!.visit!.id],
        ["Applied", true, first.results[0]!.visit!.id],
      ])
      expect((await visitsOf(households["OF-1"]!.id))[0]!.n).toBe(1)
      // The visit's outcomes were recorded once, like any visit's.
      const records = await db.sql(
        (sql) => sql<{ n: number }>`
        select count(*)::int as n from skill_records where evidence_id = ${first.results[0]!.visit!.id}`,
      )
      expect(records[0]!.n).toBe(1)
    })

    it("applies several visits in the order sent, and a retry of the batch after a lost answer adds none", async () => {
      const items = ["OF-2", "OF-3", "OF-4"].map((code) => ({
        key: randomUUID(),
        seenUnitId: tree.villageA,
        visit: visit(code),
      }))
      const first = await readJson<{ results: Array<Result> }>(await sync(items))
      expect(first.results.map((r) => r._tag)).toEqual(["Applied", "Applied", "Applied"])
      const retry = await readJson<{ results: Array<Result> }>(await sync(items))
      expect(retry.results.map((r) => r.replayed)).toEqual([true, true, true])
      for (const code of ["OF-2", "OF-3", "OF-4"])
        expect((await visitsOf(households[code]!.id))[0]!.n).toBe(1)
      const snapshot = await readJson<Snapshot>(
        await db.request(`/api/visits/offline/${teamId}`, { cookie: leader }),
      )
      // The counts the phone shows: four households visited this week, all still to be taught basic skills.
      expect(snapshot.weekVisits).toHaveLength(4)
      expect(snapshot.counts).toEqual({ toVisit: 7, visitedThisWeek: 4 })
    })

    it("validates each visit with the domain's rules, and one bad visit holds up no other", async () => {
      const bad = {
        key: randomUUID(),
        seenUnitId: tree.villageA,
        // Someone updated who was not helped: the domain's Visit refuses it.
        visit: visit("OF-5", { vneidLevel2Ids: [households["OF-5"]!.members[1]] }),
      }
      const good = { key: randomUUID(), seenUnitId: tree.villageA, visit: visit("OF-6") }
      const answer = await readJson<{ results: Array<Result> }>(await sync([bad, good]))
      expect(answer.results[0]).toMatchObject({ _tag: "Rejected", reason: "invalid" })
      expect(answer.results[0]!.issues!.map((i) => i.path)).toEqual(["vneidLevel2Ids"])
      expect(answer.results[1]).toMatchObject({ _tag: "Applied", replayed: false })
      expect((await visitsOf(households["OF-5"]!.id))[0]!.n).toBe(0)
    })

    it("names a household that moved to another village while the visit waited", async () => {
      await patch(`/api/households/${households["OF-5"]!.id}`, { unitId: tree.villageB })
      const key = randomUUID()
      const answer = await readJson<{ results: Array<Result> }>(
        await sync([{ key, seenUnitId: tree.villageA, visit: visit("OF-5") }]),
      )
      expect(answer.results[0]).toMatchObject({ key, _tag: "Rejected", reason: "household-moved" })
      expect(answer.results[0]!.message!.vi).toBe("Hộ đã chuyển sang Tổ dân phố Bắc Sơn trong lúc chờ gửi")
      expect((await visitsOf(households["OF-5"]!.id))[0]!.n).toBe(0)
      // Not remembered as applied: the same key, sent again, is judged again.
      const count = await db.sql(
        (sql) => sql<{ n: number }>`
        select count(*)::int as n from offline_writes where key = ${key}::uuid`,
      )
      expect(count[0]!.n).toBe(0)
    })

    it("names a person erased on request", async () => {
      const erasedId = households["OF-B"]!.members[0]!
      const erased = await db.request(`/api/privacy/people/${erasedId}/erasure`, {
        cookie: admin,
        body: { reference: "Đơn số 14/2025/YC" },
      })
      expect(erased.status, await erased.clone().text()).toBeLessThan(300)
      const answer = await readJson<{ results: Array<Result> }>(
        await sync([{ key: randomUUID(), seenUnitId: tree.villageB, visit: visit("OF-B") }]),
      )
      expect(answer.results[0]).toMatchObject({ _tag: "Rejected", reason: "person-erased" })
    })

    it("names a village the team no longer works in", async () => {
      await patch(`/api/teams/${teamId}`, { unitId: tree.villageB })
      const answer = await readJson<{ results: Array<Result> }>(
        await sync([{ key: randomUUID(), seenUnitId: tree.villageA, visit: visit("OF-3") }]),
      )
      expect(answer.results[0]).toMatchObject({ _tag: "Rejected", reason: "village-lost" })
      expect(answer.results[0]!.message!.en).toContain("team's area")
      await patch(`/api/teams/${teamId}`, { unitId: tree.chuongMyWard })
    })

    it("refuses a key that is not a UUID, and a role that may not record visits", async () => {
      const notUuid = await sync([{ key: "1", seenUnitId: tree.villageA, visit: visit("OF-1") }])
      expect(notUuid.status).toBe(400)
      const viewer = await db.login({ email: "viewer@test.bdhv.vn", password })
      const refused = await sync(
        [{ key: randomUUID(), seenUnitId: tree.villageA, visit: visit("OF-1") }],
        viewer,
      )
      expect(refused.status).toBe(403)
    })
  })
})
