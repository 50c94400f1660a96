import { beforeAll, describe, expect, it } from "vitest"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import * as Erasure from "../src/privacy/Erasure.js"
import { createWorld, type World } from "./authorization.world.js"
import { forEachDatabase, readJson, type TestDatabase } from "./harness.js"

/** Every row of every table of the test database, as text: where personal data could hide. */
const everyRow = async (db: TestDatabase): Promise<string> => {
  const tables = await db.sql(
    (sql) => sql<{ tableName: string }>`
      select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  )
  const dumps: Array<string> = []
  for (const { tableName } of tables) {
    const rows = await db.sql((sql) => sql<{ row: string }>`select t::text as row from ${sql(tableName)} t`)
    dumps.push(`${tableName}: ${rows.map((r) => r.row).join("\n")}`)
  }
  return dumps.join("\n")
}

/** The facts the indicators count, per unit: what an erasure must leave unchanged. */
const totals = (db: TestDatabase) =>
  db.sql(
    (sql) => sql<Record<string, number | string>>`
      select p.unit_id,
             count(*)::int as people,
             count(*) filter (where p.birth_year <= 2007)::int as adults,
             count(*) filter (where p.vneid_level = 2)::int as vneid_level2,
             count(*) filter (where p.digital_bank)::int as digital_bank,
             count(distinct p.household_id)::int as households,
             count(distinct r.person_id)::int as reached,
             count(r.id)::int as skill_records,
             (select count(*)::int from enrollments e join people q on q.id = e.person_id where q.unit_id = p.unit_id)
               as enrollments,
             (select count(*)::int from guide_learners l join people q on q.id = l.person_id where q.unit_id = p.unit_id)
               as learners
      from people p left join skill_records r on r.person_id = p.id and r.deleted_at is null
      where p.deleted_at is null
      group by p.unit_id order by p.unit_id`,
  )

forEachDatabase((db) => {
  let admin = ""
  let world: World
  let soloId = ""
  const soloName = "Hoàng Văn Một Mình"
  const soloAddress = "Xóm Lẻ, số 99 đường Đê"

  beforeAll(async () => {
    admin = await db.login()
    world = await createWorld(db, admin)
    const { residentId } = world.inScope
    // Skill records, a class attended, and a change of phone (an audit entry with before and after).
    await db.sql(
      (sql) => sql`insert into topics (id, name_vi, name_en, name_folded, kind, core, sort_order)
        values ('t-vneid', 'Sử dụng VNeID', 'Using VNeID', 'su dung vneid', 'practical', true, 1)`,
    )
    await db.sql(
      (
        sql,
      ) => sql`insert into classes (id, unit_id, title, title_folded, audience, mode, starts_at, capacity, status)
        values ('class-1', ${world.tree.villageA}, 'Lớp VNeID cho người cao tuổi', 'lop vneid cho nguoi cao tuoi',
                'elderly', 'in_person', '2025-09-01T08:00:00+07:00', 30, 'completed')`,
    )
    await db.sql(
      (sql) => sql`insert into enrollments (id, class_id, person_id, status)
        values ('enr-1', 'class-1', ${residentId}, 'completed')`,
    )
    await db.sql(
      (sql) => sql`insert into skill_records (id, person_id, topic_id, achieved_on, source, evidence_id)
        values ('sr-1', ${residentId}, 't-vneid', '2025-09-01', 'class', 'class-1')`,
    )
    const current = await readJson<{ version: number }>(
      await db.request(`/api/people/${residentId}`, { cookie: admin }),
    )
    const patched = await db.request(`/api/people/${residentId}`, {
      method: "PATCH",
      cookie: admin,
      body: { version: current.version, phone: "0912 000 999", vneidLevel: 2 },
    })
    if (patched.status !== 200)
      throw new Error(`person not updated: ${patched.status} ${await patched.text()}`)
    // A person living alone, whose household address describes only them.
    const household = await db.request("/api/households", {
      cookie: admin,
      body: { code: "HD-SOLO", unitId: world.tree.villageA, address: soloAddress, isRemote: true },
    })
    const solo = await db.request("/api/people", {
      cookie: admin,
      body: {
        fullName: soloName,
        birth: { date: "1941-02-03" },
        sex: "male",
        householdId: (await readJson<{ id: string }>(household)).id,
        unitId: world.tree.villageA,
        groups: [],
        vneidLevel: 1,
        hasDigitalBankAccount: false,
        phone: "0988 765 432",
      },
    })
    soloId = (await readJson<{ id: string }>(solo)).id
  })

  const erase = (id: string, body: unknown = { reference: "Đơn số 12/2025/YC" }, cookie = admin) =>
    db.request(`/api/privacy/people/${id}/erasure`, { cookie, body })

  describe("personal data export", () => {
    it("gathers everything held on a person into one JSON download, and records that it was taken", async () => {
      const { residentId, residentName, householdId } = world.inScope
      // A sign-up the commune matched to her although she typed her name otherwise, and someone else's.
      for (const [signUpId, fullName, personId] of [
        ["sign-up-matched", "Chị Hằng (con dâu)", residentId],
        ["sign-up-other", "Người Khác Hẳn", null],
      ] as const) {
        await db.sql(
          (
            sql,
          ) => sql`insert into sign_ups (id, class_id, unit_id, commune_id, dedupe_key, full_name, name_folded,
              phone, birth_year, status, decision, person_id)
            values (${signUpId}, 'class-1', ${world.tree.villageA}, ${world.tree.chuongMyWard},
                    ${`${signUpId}|+84912000777`}, ${fullName}, ${fullName.toLowerCase()}, '+84912000777', 1950,
                    ${personId === null ? "pending" : "accepted"}, ${personId === null ? null : "match"},
                    ${personId})`,
        )
      }
      const response = await db.request(`/api/privacy/people/${residentId}`, { cookie: admin })
      expect(response.status).toBe(200)
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="du-lieu-ca-nhan-/)
      expect(response.headers.get("cache-control")).toBe("no-store")
      const document = await readJson<{
        person: { fullName: string; phone: string; vneidLevel: number }
        household: { id: string }
        enrollments: ReadonlyArray<{ classTitle: string; status: string }>
        skillRecords: ReadonlyArray<{ topicId: string }>
        units: ReadonlyArray<{ name: string }>
        history: ReadonlyArray<{ action: string; before: unknown; after: unknown }>
        volunteerApplications: ReadonlyArray<{ id: string }>
        signUps: ReadonlyArray<{ id: string; status: string; classTitle: string; fullName: string }>
      }>(response)
      expect(document.person).toMatchObject({ fullName: residentName, phone: "+84912000999", vneidLevel: 2 })
      expect(document.household.id).toBe(householdId)
      expect(document.enrollments).toEqual([
        expect.objectContaining({ classTitle: "Lớp VNeID cho người cao tuổi", status: "completed" }),
      ])
      expect(document.skillRecords.map((r) => r.topicId)).toEqual(["t-vneid"])
      expect(document.units.map((u) => u.name)).toContain("Phường Chương Mỹ")
      expect(document.history.map((h) => h.action)).toEqual(["create", "update"])
      // Her application to guide, made on the public site under the same name and phone.
      expect(document.volunteerApplications.map((a) => a.id)).toEqual([world.inScope.volunteerId])
      // Her sign-ups for classes: the one waiting under her name and phone, the one matched to her.
      expect(
        [...document.signUps]
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((s) => [s.id, s.status, s.fullName]),
      ).toEqual([
        [world.inScope.signUpId, "pending", residentName],
        ["sign-up-matched", "accepted", "Chị Hằng (con dâu)"],
      ])
      expect(JSON.stringify(document.signUps)).not.toContain("Người Khác Hẳn")
      // Other people's personal data stays out: the learner sharing the household is not named.
      expect(JSON.stringify(document)).not.toContain(world.inScope.learnerName)
      const [entry] = await db.sql(
        (sql) => sql<{ after: unknown }>`
          select after from audit_log where entity = 'person' and entity_id = ${residentId} and action = 'export'`,
      )
      expect(entry).toEqual({ after: null })
    })

    it("includes the guide links of a learner", async () => {
      const response = await db.request(`/api/privacy/people/${world.inScope.learnerId}`, { cookie: admin })
      const document = await readJson<{ asLearner: ReadonlyArray<{ guideId: string }> }>(response)
      expect(document.asLearner.map((l) => l.guideId)).toEqual([world.inScope.guideId])
    })

    it("is for district admins only", async () => {
      for (const role of ["commune_officer", "team_leader", "guide", "viewer"] as const) {
        const response = await db.request(`/api/privacy/people/${world.inScope.residentId}`, {
          cookie: world.accounts[role],
        })
        expect(response.status).toBe(403)
      }
      expect((await db.request("/api/privacy/people/no-such-person", { cookie: admin })).status).toBe(404)
    })
  })

  describe("a volunteer applicant with no person record", () => {
    const applicant = { fullName: "Mạc Thị Ứng Tuyển", phone: "0916 777 888" }
    let applicationId = ""

    beforeAll(async () => {
      const response = await db.request("/api/public/volunteers", {
        body: {
          ...applicant,
          birthYear: 1999,
          unitId: world.tree.villageA,
          role: "guide",
          topicIds: ["vneid"],
          consent: true,
          elapsedMs: 30_000,
        },
      })
      if (response.status !== 201 && response.status !== 200) {
        throw new Error(`application not made: ${response.status} ${await response.text()}`)
      }
      const [row] = await db.sql(
        (sql) => sql<{ id: string }>`select id from volunteer_applications where phone = '+84916777888'`,
      )
      applicationId = row?.id ?? ""
    })

    it("gets the application's data as a download", async () => {
      const response = await db.request(`/api/privacy/volunteer-applications/${applicationId}`, {
        cookie: admin,
      })
      expect(response.status).toBe(200)
      expect(response.headers.get("content-disposition")).toMatch(/^attachment/)
      const document = await readJson<{ application: { fullName: string; phone: string } }>(response)
      expect(document.application).toMatchObject({ fullName: applicant.fullName, phone: "+84916777888" })
    })

    it("is erased everywhere on request, and only by a district admin", async () => {
      const officer = await db.request(`/api/privacy/volunteer-applications/${applicationId}/erasure`, {
        cookie: world.accounts.commune_officer,
        body: { reference: "Đơn 7/2025" },
      })
      expect(officer.status).toBe(403)
      expect(await everyRow(db)).toContain(applicant.fullName)
      const response = await db.request(`/api/privacy/volunteer-applications/${applicationId}/erasure`, {
        cookie: admin,
        body: { reference: "Đơn 7/2025" },
      })
      expect(response.status).toBe(200)
      const dump = await everyRow(db)
      for (const value of [applicant.fullName, "+84916777888"]) expect(dump).not.toContain(value)
      const [entry] = await db.sql(
        (sql) => sql<{ after: { reference: string } }>`
          select after from audit_log where entity = 'volunteer_application' and entity_id = ${applicationId}
            and action = 'erase'`,
      )
      expect(entry?.after.reference).toBe("Đơn 7/2025")
      expect(
        (await db.request(`/api/privacy/volunteer-applications/${applicationId}`, { cookie: admin })).status,
      ).toBe(404)
    })
  })

  describe("erasure", () => {
    it("needs the request's reference, and changes nothing without it", async () => {
      const response = await erase(world.inScope.residentId, {})
      expect(response.status).toBe(400)
      expect((await readJson<ErrorBody>(response)).issues.map((i) => i.path)).toEqual(["reference"])
      expect(await everyRow(db)).toContain(world.inScope.residentName)
    })

    it("is for district admins only", async () => {
      const response = await erase(world.inScope.residentId, undefined, world.accounts.commune_officer)
      expect(response.status).toBe(403)
      expect(await everyRow(db)).toContain(world.inScope.residentName)
    })

    it("removes the person everywhere but the totals", async () => {
      const { residentId, residentName } = world.inScope
      const before = await totals(db)
      expect(await everyRow(db)).toContain(residentName)
      const response = await erase(residentId)
      expect(response.status).toBe(200)
      const outcome = await readJson<Erasure.Outcome>(response)
      expect(outcome).toMatchObject({
        personId: residentId,
        householdAddressErased: false,
        volunteerApplicationsErased: 1,
      })
      expect(outcome.erasedFields).toEqual(["fullName", "phone"])
      expect(outcome.auditEntriesScrubbed).toBeGreaterThanOrEqual(2)

      // Nowhere: no table, no audit entry holds the name or either phone number.
      const dump = await everyRow(db)
      for (const value of [residentName, "+84912000999", world.inScope.residentPhone]) {
        expect(dump).not.toContain(value)
      }
      // Gone from every page of people.
      expect((await db.request(`/api/people/${residentId}`, { cookie: admin })).status).toBe(404)
      const search = await readJson<{ items: ReadonlyArray<{ id: string }> }>(
        await db.request(`/api/people?q=${encodeURIComponent("le thi cu dan")}`, { cookie: admin }),
      )
      expect(search.items.map((p) => p.id)).not.toContain(residentId)
      // But every fact the indicators count is unchanged.
      expect(await totals(db)).toEqual(before)
      // The log says an erasure happened, by whom, for which request, without the erased values.
      const [entry] = await db.sql(
        (sql) => sql<{ actorId: string; after: { erasedFields: Array<string>; reference: string } }>`
          select actor_id, after from audit_log where entity = 'person' and entity_id = ${residentId} and action = 'erase'`,
      )
      expect(entry?.after).toMatchObject({
        erasedFields: ["fullName", "phone"],
        reference: "Đơn số 12/2025/YC",
      })
      expect(entry?.actorId).not.toBeNull()
    })

    it("refuses a second erasure of the same person (409)", async () => {
      expect((await erase(world.inScope.residentId)).status).toBe(409)
    })

    it("clears the address of a household the person lived in alone, and the exact birth date", async () => {
      const before = await totals(db)
      const worklist = async () =>
        (
          await db.request(`/api/worklists/digital-identity?unitId=${world.tree.chuongMyWard}&pageSize=200`, {
            cookie: admin,
          })
        ).text()
      const households = async () =>
        (
          await db.request(`/api/worklists/households?unitId=${world.tree.chuongMyWard}&pageSize=200`, {
            cookie: admin,
          })
        ).text()
      expect(await worklist()).toContain(soloId)
      const response = await erase(soloId)
      expect(response.status).toBe(200)
      const outcome = await readJson<Erasure.Outcome>(response)
      expect(outcome).toMatchObject({
        householdAddressErased: true,
        erasedFields: ["fullName", "birthDate", "phone"],
      })
      const dump = await everyRow(db)
      for (const value of [soloName, soloAddress, "1941-02-03", "+84988765432"])
        expect(dump).not.toContain(value)
      expect(await totals(db)).toEqual(before)
      // Off the worklists a team visits next: nobody can be visited by a name that is gone.
      expect(await worklist()).not.toContain(soloId)
      expect(await households()).not.toContain(Erasure.erasedName)
      const [row] = await db.sql(
        (sql) => sql<{ birthYear: number; vneidLevel: number }>`
          select birth_year, vneid_level from people where id = ${soloId}`,
      )
      expect(row).toEqual({ birthYear: 1941, vneidLevel: 1 })
    })

    it("leaves the other members of the household as they were", async () => {
      const learner = await db.request(`/api/people/${world.inScope.learnerId}`, { cookie: admin })
      expect(learner.status).toBe(200)
      expect((await readJson<{ fullName: string }>(learner)).fullName).toBe(world.inScope.learnerName)
    })
  })
})
