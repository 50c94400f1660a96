/**
 * The youth campaign (task group 7): a youth union base's campaigns, youth volunteers approved from the
 * public site joining a campaign or a community team, and the counts per base — volunteers, sessions
 * held, people helped — from the stored records.
 */
import * as Registration from "@bdhv/domain/Registration"
import { Schema } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import * as Accounts from "../src/auth/Accounts.js"
import * as PublicVolunteers from "../src/public/Volunteers.js"
import type { Item as Application } from "../src/resources/Volunteers.js"
import type { Item } from "../src/resources/YouthCampaigns.js"
import { createTree, type Tree } from "./fixtures.js"
import { forEachDatabase, readJson } from "./harness.js"

interface ErrorBody {
  readonly issues?: ReadonlyArray<{ readonly path: string }>
}

const decodeSignUp = Schema.decodeUnknownSync(Registration.VolunteerSignUp)

forEachDatabase((db) => {
  let admin: string
  let officer: string
  let otherOfficer: string
  let tree: Tree
  let base: string
  let campaign: Item

  const create = async <T = { id: string; version: number }>(path: string, body: unknown, cookie = admin) => {
    const response = await db.request(`/api/${path}`, { cookie, body })
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return readJson<T>(response)
  }

  const apply = async (fullName: string, phone: string) =>
    (
      await db.run(
        PublicVolunteers.apply(
          decodeSignUp({
            fullName,
            phone,
            birthYear: 2002,
            unitId: tree.villageQ,
            role: "youth_volunteer",
            topicIds: ["vneid"],
            consent: true,
          }),
        ),
      )
    ).id

  const approve = (id: string, joins: unknown, cookie = officer) =>
    db.request(`/api/volunteers/${id}/decision`, {
      cookie,
      body: { decision: "approved", version: 1, joins },
    })

  beforeAll(async () => {
    admin = await db.login()
    tree = await createTree(db, admin)
    for (const [email, unitId] of [
      ["doan@quangbi.test", tree.quangBi],
      ["doan@chuongmy.test", tree.chuongMyWard],
    ] as const) {
      await db.run(
        Accounts.createUser(
          {
            email,
            fullName: "Cán bộ xã",
            password: "mật khẩu cán bộ xã 2025",
            role: "commune_officer",
            unitId,
          },
          undefined,
        ),
      )
    }
    officer = await db.login({ email: "doan@quangbi.test", password: "mật khẩu cán bộ xã 2025" })
    otherOfficer = await db.login({ email: "doan@chuongmy.test", password: "mật khẩu cán bộ xã 2025" })
    base = (
      await create("organizations", {
        name: "Đoàn Thanh niên xã Quảng Bị",
        kind: "youth_union_base",
        unitId: tree.quangBi,
      })
    ).id
  })

  describe("youth campaigns", () => {
    it("creates a base's campaign, refusing a backward period, another kind of organization, another commune", async () => {
      campaign = await create<Item>(
        "youth-campaigns",
        { organizationId: base, theme: " Mùa hè xanh số 2025 ", from: "2025-06-01", to: "2025-08-31" },
        officer,
      )
      expect(campaign).toMatchObject({
        theme: "Mùa hè xanh số 2025",
        organizationName: "Đoàn Thanh niên xã Quảng Bị",
        from: "2025-06-01",
        to: "2025-08-31",
        volunteers: 0,
      })
      const backwards = await db.request("/api/youth-campaigns", {
        cookie: officer,
        body: { organizationId: base, theme: "Ngược", from: "2025-06-01", to: "2025-05-01" },
      })
      expect(backwards.status).toBe(400)
      expect((await readJson<ErrorBody>(backwards)).issues?.map((i) => i.path)).toEqual(["to"])
      const cooperative = (
        await create("organizations", {
          name: "Hợp tác xã Quảng Bị",
          kind: "cooperative",
          unitId: tree.quangBi,
        })
      ).id
      for (const [organizationId, cookie] of [
        [cooperative, officer],
        [base, otherOfficer],
      ] as const) {
        const refused = await db.request("/api/youth-campaigns", {
          cookie,
          body: { organizationId, theme: "Chiến dịch", from: "2025-06-01", to: "2025-08-31" },
        })
        expect(refused.status).toBe(400)
        expect((await readJson<ErrorBody>(refused)).issues?.map((i) => i.path)).toEqual(["organizationId"])
      }
      expect((await db.request(`/api/youth-campaigns/${campaign.id}`, { cookie: otherOfficer })).status).toBe(
        404,
      )
    })

    it("registers an approved youth volunteer and adds them to the campaign or the team they join", async () => {
      const toCampaign = await apply("Nguyễn Văn Khoa", "0912 700 001")
      const approved = await approve(toCampaign, { campaignId: campaign.id })
      expect(approved.status, await approved.clone().text()).toBe(200)
      const application = await readJson<Application>(approved)
      expect(application).toMatchObject({ status: "approved", campaignId: campaign.id, teamId: null })
      expect(application.personId).not.toBeNull()
      expect(
        await readJson<Item>(await db.request(`/api/youth-campaigns/${campaign.id}`, { cookie: officer })),
      ).toMatchObject({ volunteers: 1 })

      const team = await create("teams", {
        kind: "community",
        name: "Tổ chuyển đổi số thôn Quảng Bị",
        unitId: tree.villageQ,
        memberIds: [],
        leaderId: null,
      })
      const toTeam = await apply("Lê Thị Hạnh", "0912 700 002")
      const joined = await readJson<Application>(await approve(toTeam, { teamId: team.id }))
      expect(joined).toMatchObject({ status: "approved", teamId: team.id })
      const members = await readJson<{ memberIds: ReadonlyArray<string> }>(
        await db.request(`/api/teams/${team.id}`, { cookie: officer }),
      )
      expect(members.memberIds).toEqual([joined.personId])

      // An approval that names nothing to join is refused in words naming the field, and nothing changes.
      const unnamed = await apply("Phan Thị Nga", "0912 700 004")
      const people = async () =>
        Number((await db.sql((sql) => sql<{ n: number }>`select count(*)::int as n from people`))[0]?.n ?? 0)
      const before = await people()
      for (const [language, words] of [
        ["vi", "Chọn chiến dịch hoặc tổ mà tình nguyện viên tham gia khi duyệt"],
        ["en", "Choose the campaign or team the volunteer joins on approval"],
      ] as const) {
        const missing = await db.request(`/api/volunteers/${unnamed}/decision`, {
          cookie: officer,
          body: { decision: "approved", version: 1 },
          headers: { "accept-language": language },
        })
        expect(missing.status).toBe(400)
        const body = await readJson<ErrorBody & { issues: ReadonlyArray<{ message: string }> }>(missing)
        expect(body.issues.map((i) => i.path)).toEqual(["joins"])
        expect(body.issues[0]?.message).toBe(words)
      }
      const empty = await approve(unnamed, { campaignId: "" })
      expect(empty.status).toBe(400)
      expect((await readJson<ErrorBody>(empty)).issues?.map((i) => i.path)).toEqual(["joins.campaignId"])
      const both = await approve(unnamed, { campaignId: campaign.id, teamId: team.id })
      expect(both.status).toBe(400)
      expect((await readJson<ErrorBody>(both)).issues?.map((i) => i.path)).toEqual(["joins"])
      expect(
        await readJson<Application>(await db.request(`/api/volunteers/${unnamed}`, { cookie: officer })),
      ).toMatchObject({ status: "pending", version: 1, personId: null })
      expect(await people()).toBe(before)
      // Rejecting names nothing.
      expect(
        (
          await db.request(`/api/volunteers/${unnamed}/decision`, {
            cookie: officer,
            body: { decision: "rejected", version: 1 },
          })
        ).status,
      ).toBe(200)

      // A campaign out of the officer's scope is refused, naming the field, and nothing is decided.
      const other = await apply("Trần Văn Tài", "0912 700 003")
      const refused = await approve(other, { campaignId: "no-such-campaign" })
      expect(refused.status).toBe(400)
      expect((await readJson<ErrorBody>(refused)).issues?.map((i) => i.path)).toEqual(["joins.campaignId"])
      expect(
        await readJson<Application>(await db.request(`/api/volunteers/${other}`, { cookie: officer })),
      ).toMatchObject({ status: "pending", personId: null })
    })

    it("counts per base the volunteers, the sessions they held in the period and the people they helped", async () => {
      const [volunteer] = await db.sql(
        (sql) =>
          sql<{
            personId: string
          }>`select person_id from youth_campaign_volunteers where campaign_id = ${campaign.id}`,
      )
      const learner = await create("people", {
        fullName: "Đỗ Thị Học",
        birth: { year: 1950 },
        sex: "female",
        householdId: null,
        unitId: tree.villageQ,
        groups: [],
        vneidLevel: 0,
        hasDigitalBankAccount: false,
      })
      const session = (title: string, startsAt: string, status: string) =>
        create("classes", {
          unitId: tree.villageQ,
          title,
          audience: "youth",
          topicIds: ["vneid"],
          startsAt,
          durationMinutes: 60,
          mode: "in_person",
          venue: "Nhà văn hoá thôn Quảng Bị",
          capacity: 20,
          instructorIds: [volunteer!.personId],
          organizationId: null,
          status,
        })
      const held = await session("Hướng dẫn VNeID", "2025-07-02T01:00:00.000Z", "held")
      await session("Ngoài chiến dịch", "2025-09-20T01:00:00.000Z", "held")
      await session("Chưa tổ chức", "2025-08-20T01:00:00.000Z", "scheduled")
      await db.sql(
        (sql) => sql`insert into enrollments (id, class_id, person_id, status)
          values ('youth-enrollment', ${held.id}, ${learner.id}, 'completed')`,
      )
      const counts = await readJson<ReadonlyArray<Record<string, unknown>>>(
        await db.request(`/api/youth-campaigns/counts?unitId=${tree.quangBi}`, { cookie: officer }),
      )
      expect(counts).toEqual([
        {
          organizationId: base,
          organizationName: "Đoàn Thanh niên xã Quảng Bị",
          campaigns: 1,
          volunteers: 1,
          sessionsHeld: 1,
          peopleHelped: 1,
        },
      ])
      expect(
        await readJson<ReadonlyArray<unknown>>(
          await db.request("/api/youth-campaigns/counts", { cookie: otherOfficer }),
        ),
      ).toEqual([])
    })
  })
})
