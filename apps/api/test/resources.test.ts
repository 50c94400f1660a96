/**
 * Every resource's write endpoints, table-driven: a valid create (201); bad input (400 naming the field,
 * nothing stored); a bad patch (400, nothing changed); a stale version (409, nothing changed); delete.
 */
import { beforeAll, describe, expect, it } from "vitest"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import { createTree, type Tree } from "./fixtures.js"
import { forEachDatabase, readJson } from "./harness.js"

interface Item {
  id: string
  version: number
  [key: string]: unknown
}

interface Case {
  /** The resource's path under /api. */
  readonly path: string
  /** Its table, to check that bad input stores nothing. */
  readonly table: string
  readonly valid: () => Record<string, unknown>
  readonly invalid: () => Record<string, unknown>
  /** The field paths the 400 must name. */
  readonly invalidPaths: ReadonlyArray<string>
  /** A valid change and a bad one (with the field it must name). */
  readonly patch: Record<string, unknown>
  readonly badPatch: Record<string, unknown>
  readonly badPatchPath: string
}

forEachDatabase((db) => {
  let cookie = ""
  let tree: Tree
  const ids: Record<string, string> = {}

  const create = async (path: string, body: Record<string, unknown>) => {
    const response = await db.request(`/api/${path}`, { cookie, body })
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return readJson<Item>(response)
  }
  const count = (table: string) =>
    db
      .sql((sql) => sql<{ n: number }>`select count(*)::int as n from ${sql(table)}`)
      .then((r) => r[0]?.n ?? 0)

  const person = (fullName: string, householdId: string | null = null) => ({
    fullName,
    birth: { year: 1958 },
    sex: "female",
    householdId,
    unitId: tree.villageA,
    groups: [],
    vneidLevel: 0,
    hasDigitalBankAccount: false,
  })

  beforeAll(async () => {
    cookie = await db.login()
    tree = await createTree(db, cookie)
    ids.household = (await create("households", { code: "H-1", unitId: tree.villageA, isRemote: false })).id
    ids.grandmother = (await create("people", person("Đỗ Thị Lan", ids.household))).id
    ids.grandson = (
      await create("people", { ...person("Đỗ Văn Minh", ids.household), birth: { year: 2005 } })
    ).id
    ids.ambassador = (await create("people", person("Vũ Thị Hằng"))).id
    ids.cell = (
      await create("organizations", {
        name: "Chi bộ thôn Đồng Tâm",
        kind: "party_cell",
        unitId: tree.chuongMyWard,
      })
    ).id
  })

  const cases: ReadonlyArray<Case> = [
    {
      path: "topics",
      table: "topics",
      valid: () => ({
        id: "online-healthcare-2",
        kind: "practical",
        name: { vi: "Khám bệnh từ xa", en: "Telehealth" },
        implies: [],
      }),
      invalid: () => ({ id: "x", kind: "secret", name: { vi: "", en: "" }, implies: ["nope"] }),
      invalidPaths: ["kind"],
      patch: { name: { vi: "Khám chữa bệnh từ xa", en: "Telehealth" } },
      badPatch: { kind: "other" },
      badPatchPath: "kind",
    },
    {
      path: "targets",
      table: "targets",
      valid: () => ({
        indicator: "digital-identity",
        unitId: tree.chuongMyWard,
        value: 0.9,
        deadline: "2026-06-30",
      }),
      invalid: () => ({
        indicator: "happiness",
        unitId: tree.chuongMyWard,
        value: 1.5,
        deadline: "2026-13-01",
      }),
      invalidPaths: ["indicator", "value", "deadline"],
      patch: { value: 0.95 },
      badPatch: { value: -1 },
      badPatchPath: "value",
    },
    {
      path: "support-staff",
      table: "support_staff",
      valid: () => ({
        personId: ids.ambassador,
        unitId: tree.chuongMyWard,
        validFrom: "2025-07-01",
        validTo: null,
        active: true,
      }),
      invalid: () => ({
        personId: ids.ambassador,
        unitId: tree.chuongMyWard,
        validFrom: "hôm qua",
        validTo: null,
      }),
      invalidPaths: ["validFrom", "active"],
      patch: { active: false },
      badPatch: { validTo: "mãi mãi" },
      badPatchPath: "validTo",
    },
    {
      path: "guides",
      table: "guides",
      valid: () => ({ personId: ids.ambassador, unitId: tree.chuongMyWard, since: "2025-05-01" }),
      invalid: () => ({ personId: ids.ambassador, since: "2025-05-32" }),
      invalidPaths: ["unitId", "since"],
      patch: { since: "2025-06-01" },
      badPatch: { since: "soon" },
      badPatchPath: "since",
    },
    {
      path: "teams",
      table: "teams",
      valid: () => ({
        kind: "community",
        name: "Tổ công nghệ số cộng đồng thôn Đồng Tâm",
        unitId: tree.chuongMyWard,
        memberIds: [ids.ambassador],
        leaderId: ids.ambassador,
      }),
      invalid: () => ({ kind: "band", name: "", unitId: tree.chuongMyWard, memberIds: [], leaderId: null }),
      invalidPaths: ["kind", "name"],
      patch: { name: "Tổ CĐS cộng đồng Đồng Tâm" },
      badPatch: { memberIds: "everyone" },
      badPatchPath: "memberIds",
    },
    {
      path: "posts",
      table: "posts",
      valid: () => ({
        channel: "zalo_oa",
        unitId: tree.chuongMyWard,
        date: "2025-10-01",
        title: "Hướng dẫn cài đặt VNeID mức 2",
        url: null,
        reach: 1200,
      }),
      invalid: () => ({
        channel: "tiktok",
        unitId: tree.chuongMyWard,
        date: "2025-10-01",
        title: "",
        url: null,
        reach: -3,
      }),
      invalidPaths: ["channel", "title", "reach"],
      patch: { reach: 1500 },
      badPatch: { reach: 1.5 },
      badPatchPath: "reach",
    },
    {
      path: "events",
      table: "events",
      valid: () => ({
        kind: "digital_learning_day",
        unitId: tree.chuongMyWard,
        title: "Ngày hội toàn dân học tập số",
        date: "2025-10-10",
        mode: "in_person",
        venue: "Nhà văn hoá phường",
        participants: 350,
      }),
      invalid: () => ({
        kind: "party",
        unitId: tree.chuongMyWard,
        title: "Hội",
        date: "2025-10-10",
        mode: "in_person",
        venue: null,
        participants: -1,
      }),
      invalidPaths: ["kind", "participants"],
      patch: { participants: 420 },
      badPatch: { mode: "telepathy" },
      badPatchPath: "mode",
    },
    {
      path: "skill-records",
      table: "skill_records",
      valid: () => ({
        personId: ids.grandmother,
        topicId: "vneid",
        date: "2025-09-01",
        source: "assessment",
        evidenceId: "KT-2025-001",
      }),
      invalid: () => ({
        personId: ids.grandmother,
        topicId: "vneid",
        date: "2025-09-01",
        source: "rumour",
        evidenceId: "",
      }),
      invalidPaths: ["source", "evidenceId"],
      patch: { date: "2025-09-02" },
      badPatch: { source: "rumour" },
      badPatchPath: "source",
    },
    {
      path: "classes",
      table: "classes",
      valid: () => ({
        unitId: tree.chuongMyWard,
        title: "Lớp VNeID cho người cao tuổi",
        audience: "elderly",
        topicIds: ["vneid"],
        startsAt: "2025-11-03T01:00:00.000Z",
        durationMinutes: 90,
        mode: "in_person",
        venue: "Nhà văn hoá thôn Đồng Tâm",
        capacity: 30,
        instructorIds: [ids.ambassador],
        organizationId: null,
        status: "scheduled",
      }),
      invalid: () => ({
        unitId: tree.chuongMyWard,
        title: "Lớp",
        audience: "party_members",
        topicIds: [],
        startsAt: "2025-11-03T01:00:00.000Z",
        durationMinutes: 0,
        mode: "in_person",
        venue: null,
        capacity: 30,
        instructorIds: [],
        organizationId: null,
        status: "scheduled",
      }),
      invalidPaths: ["topicIds", "durationMinutes"],
      patch: { capacity: 40 },
      badPatch: { mode: "in_person", venue: "  " },
      badPatchPath: "venue",
    },
  ]

  for (const spec of cases) {
    describe(`/api/${spec.path}`, () => {
      let created: Item

      it("creates a record (201) that reads back the same", async () => {
        created = await create(spec.path, spec.valid())
        expect(created.version).toBe(1)
        const read = await readJson<Item>(await db.request(`/api/${spec.path}/${created.id}`, { cookie }))
        expect(read).toMatchObject(spec.valid())
      })

      it("refuses bad input with 400 naming the fields, storing nothing", async () => {
        const before = await count(spec.table)
        const response = await db.request(`/api/${spec.path}`, { cookie, body: spec.invalid() })
        expect(response.status).toBe(400)
        const body = await readJson<ErrorBody>(response)
        expect(body.error).toBe("invalid_input")
        expect(body.issues.map((i) => i.path)).toEqual(expect.arrayContaining([...spec.invalidPaths]))
        expect(body.issues.every((i) => i.message.length > 0)).toBe(true)
        expect(await count(spec.table)).toBe(before)
      })

      it("refuses a bad change with 400 and a stale version with 409, changing nothing", async () => {
        const bad = await db.request(`/api/${spec.path}/${created.id}`, {
          method: "PATCH",
          cookie,
          body: { ...spec.badPatch, version: created.version },
        })
        expect(bad.status).toBe(400)
        expect((await readJson<ErrorBody>(bad)).issues.map((i) => i.path)).toContain(spec.badPatchPath)
        const ok = await db.request(`/api/${spec.path}/${created.id}`, {
          method: "PATCH",
          cookie,
          body: { ...spec.patch, version: created.version },
        })
        expect(ok.status).toBe(200)
        const updated = await readJson<Item>(ok)
        expect(updated).toMatchObject({ ...spec.patch, version: created.version + 1 })
        const stale = await db.request(`/api/${spec.path}/${created.id}`, {
          method: "PATCH",
          cookie,
          body: { ...spec.patch, version: created.version },
        })
        expect(stale.status).toBe(409)
        const after = await readJson<Item>(await db.request(`/api/${spec.path}/${created.id}`, { cookie }))
        expect(after).toEqual(updated)
      })

      it("answers 404 for an unknown id and 401 without a session", async () => {
        expect((await db.request(`/api/${spec.path}/no-such-id`, { cookie })).status).toBe(404)
        expect((await db.request(`/api/${spec.path}`)).status).toBe(401)
      })
    })
  }

  describe("households and their members", () => {
    it("refuses a household code already used in the same commune, even in another village", async () => {
      const response = await db.request("/api/households", {
        cookie,
        headers: { "accept-language": "en" },
        body: { code: "H-1", unitId: tree.villageB, isRemote: false },
      })
      expect(response.status).toBe(409)
      expect((await readJson<ErrorBody>(response)).message).toBe(
        "This household code is already used in the commune",
      )
      // Another commune keeps its own register.
      const elsewhere = await db.request("/api/households", {
        cookie,
        body: { code: "H-1", unitId: tree.villageQ, isRemote: false },
      })
      expect(elsewhere.status).toBe(201)
      const id = (await readJson<Item>(elsewhere)).id
      await db.request(`/api/households/${id}`, { method: "DELETE", cookie })
    })

    it("keeps a person in their household's village: refused elsewhere, moved with the household", async () => {
      const wrong = await db.request("/api/people", {
        cookie,
        body: { ...person("Đỗ Văn Nam", ids.household), unitId: tree.villageB },
      })
      expect(wrong.status).toBe(400)
      expect((await readJson<ErrorBody>(wrong)).issues.map((i) => i.path)).toEqual(["unitId"])
      const household = await create("households", { code: "H-9", unitId: tree.villageA, isRemote: false })
      const member = await create("people", person("Đỗ Thị Mai", household.id))
      const moved = await db.request(`/api/households/${household.id}`, {
        method: "PATCH",
        cookie,
        body: { unitId: tree.villageB, version: household.version },
      })
      expect(moved.status).toBe(200)
      const after = await readJson<{ unitId: string }>(
        await db.request(`/api/people/${member.id}`, { cookie }),
      )
      expect(after.unitId).toBe(tree.villageB)
    })

    it("names a household's head, one of its members, in lists", async () => {
      const current = await readJson<Item>(await db.request(`/api/households/${ids.household}`, { cookie }))
      const outsider = await db.request(`/api/households/${ids.household}`, {
        method: "PATCH",
        cookie,
        body: { headId: ids.ambassador, version: current.version },
      })
      expect(outsider.status).toBe(400)
      expect((await readJson<ErrorBody>(outsider)).issues.map((i) => i.path)).toEqual(["headId"])
      const named = await db.request(`/api/households/${ids.household}`, {
        method: "PATCH",
        cookie,
        body: { headId: ids.grandmother, version: current.version },
      })
      expect(named.status).toBe(200)
      const list = await readJson<{
        items: Array<{ id: string; headId: string | null; headName: string | null }>
      }>(await db.request("/api/households?q=H-1", { cookie }))
      expect(list.items.find((h) => h.id === ids.household)).toMatchObject({
        headId: ids.grandmother,
        headName: "Đỗ Thị Lan",
      })
    })
  })

  describe("classes and enrollments", () => {
    const elderlyClass = () => ({
      unitId: tree.chuongMyWard,
      title: "Lớp thanh toán số cho người cao tuổi",
      audience: "elderly",
      topicIds: ["digital-payment", "vneid"],
      startsAt: "2025-11-10T01:00:00.000Z",
      durationMinutes: 90,
      mode: "in_person",
      venue: "Nhà văn hoá",
      capacity: 1,
      instructorIds: [],
      organizationId: null,
      status: "scheduled",
    })

    it("registers, warns about a learner the class is not meant for, fills, attends and completes", async () => {
      const c = await create("classes", elderlyClass())
      const enrolled = await db.request(`/api/classes/${c.id}/enrollments`, {
        cookie,
        body: { personId: ids.grandson },
      })
      expect(enrolled.status, await enrolled.clone().text()).toBe(201)
      const enrollment = await readJson<Item & { warning: { vi: string } | null; status: string }>(enrolled)
      expect(enrollment.status).toBe("registered")
      expect(enrollment.warning?.vi).toContain("người cao tuổi")

      const full = await db.request(`/api/classes/${c.id}/enrollments`, {
        cookie,
        body: { personId: ids.grandmother },
      })
      expect(full.status).toBe(409)
      expect((await readJson<ErrorBody>(full)).message).toBe("Lớp đã đủ 1 chỗ")

      const skipped = await db.request(`/api/enrollments/${enrollment.id}`, {
        method: "PATCH",
        cookie,
        body: { status: "completed", version: enrollment.version },
      })
      expect(skipped.status).toBe(409)

      const attended = await db.request(`/api/enrollments/${enrollment.id}`, {
        method: "PATCH",
        cookie,
        body: { status: "attended", version: enrollment.version },
      })
      expect(attended.status).toBe(200)

      const stale = await db.request(`/api/classes/${c.id}/complete`, {
        cookie,
        body: { version: c.version + 5 },
      })
      expect(stale.status).toBe(409)

      const done = await db.request(`/api/classes/${c.id}/complete`, { cookie, body: { version: c.version } })
      expect(done.status).toBe(200)
      expect(await readJson<{ completed: number; skillRecords: number }>(done)).toEqual({
        completed: 1,
        skillRecords: 2,
      })
      const records = await readJson<{ items: Array<{ topicId: string; source: string; date: string }> }>(
        await db.request(`/api/skill-records?personId=${ids.grandson}&source=class`, { cookie }),
      )
      expect(records.items.map((r) => r.topicId).sort()).toEqual(["digital-payment", "vneid"])
      expect(records.items.every((r) => r.date === "2025-11-10")).toBe(true)
      const held = await readJson<Item>(await db.request(`/api/classes/${c.id}`, { cookie }))
      expect(held.status).toBe("held")
    })

    it("refuses attendance for a class that has not started, and records it once it has", async () => {
      const sevenWeeks = new Date(Date.now() + 49 * 24 * 3600 * 1000).toISOString()
      const later = await create("classes", { ...elderlyClass(), startsAt: sevenWeeks, capacity: 5 })
      const enrolled = await readJson<Item>(
        await db.request(`/api/classes/${later.id}/enrollments`, {
          cookie,
          body: { personId: ids.grandmother },
        }),
      )
      for (const status of ["attended", "no_show"]) {
        const early = await db.request(`/api/enrollments/${enrolled.id}`, {
          method: "PATCH",
          cookie,
          headers: { "accept-language": "en" },
          body: { status, version: enrolled.version },
        })
        expect(early.status).toBe(409)
        expect((await readJson<ErrorBody>(early)).message).toMatch(
          /has not started yet.*attendance cannot be recorded/,
        )
      }
      const unchanged = await readJson<{ status: string }>(
        await db.request(`/api/enrollments/${enrolled.id}`, { cookie }),
      )
      expect(unchanged.status).toBe("registered")
      await db.request(`/api/enrollments/${enrolled.id}?version=${enrolled.version}`, {
        method: "DELETE",
        cookie,
      })
    })

    it("refuses a non-member in a party cell's session (the domain's eligibility)", async () => {
      const c = await create("classes", {
        ...elderlyClass(),
        title: "Đảng viên tiên phong học tập kỹ năng số",
        audience: "party_members",
        organizationId: ids.cell,
        capacity: 20,
      })
      const response = await db.request(`/api/classes/${c.id}/enrollments`, {
        cookie,
        body: { personId: ids.grandmother },
      })
      expect(response.status).toBe(409)
      expect(await count("enrollments")).toBe(1)
    })

    it("refuses a party cell's session without its cell, naming organizationId (a cross-field rule)", async () => {
      const response = await db.request("/api/classes", {
        cookie,
        body: { ...elderlyClass(), audience: "party_members", organizationId: null },
      })
      expect(response.status).toBe(400)
      expect((await readJson<ErrorBody>(response)).issues.map((i) => i.path)).toEqual(["organizationId"])
    })
  })

  describe("visits and guides", () => {
    it("records a visit's outcomes: topics learned, VNeID level 2, a digital bank account", async () => {
      const team = await create("teams", {
        kind: "youth",
        name: "Đội thanh niên tình nguyện",
        unitId: tree.chuongMyWard,
        memberIds: [],
        leaderId: null,
      })
      const bad = await db.request("/api/visits", {
        cookie,
        body: {
          teamId: team.id,
          householdId: ids.household,
          date: "2025-10-05",
          helpedIds: [ids.grandmother],
          topicIds: ["vneid"],
          vneidLevel2Ids: [ids.grandson],
          digitalBankIds: [],
        },
      })
      expect(bad.status).toBe(400)
      expect((await readJson<ErrorBody>(bad)).issues.map((i) => i.path)).toEqual(["vneidLevel2Ids"])

      const visit = await create("visits", {
        teamId: team.id,
        householdId: ids.household,
        date: "2025-10-05",
        helpedIds: [ids.grandmother],
        topicIds: ["vneid", "digital-payment"],
        vneidLevel2Ids: [ids.grandmother],
        digitalBankIds: [ids.grandmother],
      })
      expect(visit.topicIds).toEqual(["digital-payment", "vneid"])
      const grandmother = await readJson<Item>(await db.request(`/api/people/${ids.grandmother}`, { cookie }))
      expect(grandmother).toMatchObject({ vneidLevel: 2, hasDigitalBankAccount: true })
      const records = await readJson<{ total: number }>(
        await db.request(`/api/skill-records?personId=${ids.grandmother}&source=door_to_door`, { cookie }),
      )
      expect(records.total).toBe(2)
    })

    it("counts a guide's distinct learners against the quota", async () => {
      const guides = await readJson<{ items: Array<Item & { learners: number; meetsQuota: boolean }> }>(
        await db.request("/api/guides", { cookie }),
      )
      const guide = guides.items[0]!
      expect(guide).toMatchObject({ learners: 0, meetsQuota: false })
      for (const [learnerId, date] of [
        [ids.grandmother, "2025-06-01"],
        [ids.grandmother, "2025-06-08"],
        [ids.grandson, "2025-06-08"],
      ] as const) {
        const response = await db.request(`/api/guides/${guide.id}/learners`, {
          cookie,
          body: { learnerId, date },
        })
        expect(response.status).toBe(201)
      }
      const self = await db.request(`/api/guides/${guide.id}/learners`, {
        cookie,
        body: { learnerId: ids.ambassador, date: "2025-06-08" },
      })
      expect(self.status).toBe(201)
      const read = await readJson<Item & { learners: number }>(
        await db.request(`/api/guides/${guide.id}`, { cookie }),
      )
      expect(read.learners).toBe(2)
      const links = await readJson<Array<unknown>>(
        await db.request(`/api/guides/${guide.id}/learners`, { cookie }),
      )
      expect(links).toHaveLength(4)
    })
  })

  describe("topics", () => {
    it("stores the domain's catalogue with its core set", async () => {
      const page = await readJson<{ items: Array<{ id: string; core: boolean }>; total: number }>(
        await db.request("/api/topics?pageSize=100", { cookie }),
      )
      expect(page.items.find((t) => t.id === "vneid")?.core).toBe(true)
      expect(page.total).toBeGreaterThan(10)
    })
  })
})
