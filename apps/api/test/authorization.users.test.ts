import { beforeAll, describe, expect, it } from "vitest"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import type * as Users from "../src/users/Users.js"
import { createWorld, type World, worldPassword } from "./authorization.world.js"
import { forEachDatabase, readJson, testAdmin } from "./harness.js"

interface Page {
  readonly items: ReadonlyArray<Users.Item>
  readonly total: number
}

forEachDatabase((db) => {
  let admin = ""
  let world: World

  beforeAll(async () => {
    admin = await db.login()
    world = await createWorld(db, admin)
  })

  const newAccount = (body: Record<string, unknown>, cookie = admin) =>
    db.request("/api/users", {
      cookie,
      body: { fullName: "Người Mới", password: "một mật khẩu đủ dài", ...body },
    })

  const issuePaths = async (response: Response) =>
    (await readJson<ErrorBody>(response)).issues.map((i) => i.path)

  describe("user administration", () => {
    it("places a team leader by their team and a guide by their guide record", async () => {
      const leader = await readJson<Users.Item>(
        await db.request(`/api/users/${world.userIds.team_leader}`, { cookie: admin }),
      )
      expect(leader).toMatchObject({
        role: "team_leader",
        teamId: world.inScope.teamId,
        unitId: world.tree.chuongMyWard,
        guideId: null,
        disabled: false,
      })
      const guide = await readJson<Users.Item>(
        await db.request(`/api/users/${world.userIds.guide}`, { cookie: admin }),
      )
      expect(guide).toMatchObject({
        role: "guide",
        guideId: world.inScope.guideId,
        unitId: world.tree.chuongMyWard,
      })
      expect(JSON.stringify(guide)).not.toContain("password")
    })

    it("refuses a placement that does not fit the role, naming the field, and creates nothing", async () => {
      const before = (await readJson<Page>(await db.request("/api/users", { cookie: admin }))).total
      const noTeam = await newAccount({ email: "a1@world.test", role: "team_leader" })
      expect(noTeam.status).toBe(400)
      expect(await issuePaths(noTeam)).toEqual(["teamId"])
      const teamForViewer = await newAccount({
        email: "a2@world.test",
        role: "viewer",
        unitId: world.tree.quangBi,
        teamId: world.inScope.teamId,
      })
      expect(teamForViewer.status).toBe(400)
      expect(await issuePaths(teamForViewer)).toEqual(["teamId"])
      const noSuchUnit = await newAccount({ email: "a3@world.test", role: "viewer", unitId: "no-such-unit" })
      expect(noSuchUnit.status).toBe(400)
      expect(await issuePaths(noSuchUnit)).toEqual(["unitId"])
      expect((await readJson<Page>(await db.request("/api/users", { cookie: admin }))).total).toBe(before)
    })

    it("refuses a short or common password, and a badly written email", async () => {
      const short = await newAccount({
        email: "b1@world.test",
        role: "viewer",
        unitId: world.tree.quangBi,
        password: "ngắn",
      })
      expect(short.status).toBe(400)
      expect(await issuePaths(short)).toEqual(["password"])
      const common = await newAccount({
        email: "b2@world.test",
        role: "viewer",
        unitId: world.tree.quangBi,
        password: "1234567890",
      })
      expect(await issuePaths(common)).toEqual(["password"])
      const email = await newAccount({
        email: "không phải email",
        role: "viewer",
        unitId: world.tree.quangBi,
      })
      expect(await issuePaths(email)).toEqual(["email"])
    })

    it("refuses a second account with the same email in any letter case (409)", async () => {
      const response = await newAccount({
        email: "VIEWER@World.Test",
        role: "viewer",
        unitId: world.tree.quangBi,
      })
      expect(response.status).toBe(409)
      expect(await issuePaths(response)).toEqual(["email"])
    })

    it("keeps a scoped admin inside their subtree: units outside it, and the unscoped first admin, do not exist", async () => {
      const scoped = world.accounts.district_admin
      const list = await readJson<Page>(await db.request("/api/users?pageSize=200", { cookie: scoped }))
      expect(list.items.map((u) => u.email)).not.toContain(testAdmin.email)
      const rootId = (
        await readJson<Page>(
          await db.request(`/api/users?q=${encodeURIComponent(testAdmin.email)}`, { cookie: admin }),
        )
      ).items[0]?.id
      expect(rootId).toBeDefined()
      expect((await db.request(`/api/users/${rootId}`, { cookie: scoped })).status).toBe(404)
      // An account with no unit can only be made by an admin with no unit.
      const unplaced = await newAccount(
        { email: "c1@world.test", role: "district_admin", unitId: null },
        scoped,
      )
      expect(unplaced.status).toBe(400)
      expect(await issuePaths(unplaced)).toEqual(["unitId"])
    })

    it("refuses an account without a unit for every role but the district admin's", async () => {
      for (const role of ["commune_officer", "viewer"] as const) {
        for (const placement of [{}, { unitId: null }]) {
          const response = await newAccount({ email: `noscope-${role}@world.test`, role, ...placement })
          expect(response.status).toBe(400)
          expect(await issuePaths(response)).toEqual(["unitId"])
        }
      }
      // Nor can a role change leave an account without a unit.
      const officer = await readJson<Users.Item>(
        await newAccount({ email: "noscope-change@world.test", role: "viewer", unitId: world.tree.quangBi }),
      )
      const widened = await db.request(`/api/users/${officer.id}`, {
        method: "PATCH",
        cookie: admin,
        body: { version: officer.version, role: "commune_officer", unitId: null },
      })
      expect(widened.status).toBe(400)
      expect(await issuePaths(widened)).toEqual(["unitId"])
    })

    it("lets an account without a unit made before the rule see nothing rather than everything", async () => {
      const { createUser } = await import("../src/auth/Accounts.js")
      const email = "legacy-noscope@world.test"
      await db.run(
        createUser(
          { email, fullName: "Tổ Trưởng Cũ", password: worldPassword, role: "team_leader", unitId: null },
          undefined,
        ),
      )
      const cookie = await db.login({ email, password: worldPassword })
      const person = await db.request(`/api/people/${world.outOfScope.residentId}`, { cookie })
      expect(person.status).toBe(404)
      const households = await readJson<{ total: number }>(await db.request("/api/households", { cookie }))
      expect(households.total).toBe(0)
      const units = await readJson<{ items: ReadonlyArray<unknown> }>(
        await db.request("/api/units", { cookie }),
      )
      expect(units.items).toHaveLength(0)
    })

    it("finds accounts without accents and filters by role", async () => {
      const byName = await readJson<Page>(
        await db.request("/api/users?q=tai%20khoan%20viewer", { cookie: admin }),
      )
      expect(byName.items.map((u) => u.id)).toEqual([world.userIds.viewer])
      const officers = await readJson<Page>(
        await db.request("/api/users?role=commune_officer", { cookie: admin }),
      )
      expect(new Set(officers.items.map((u) => u.role))).toEqual(new Set(["commune_officer"]))
      expect(officers.total).toBe(2)
    })

    it("is closed to every role but district admins", async () => {
      for (const role of ["commune_officer", "team_leader", "guide", "viewer"] as const) {
        const cookie = world.accounts[role]
        expect((await db.request("/api/users", { cookie })).status).toBe(403)
        const create = await newAccount(
          { email: `x-${role}@world.test`, role: "viewer", unitId: world.tree.quangBi },
          cookie,
        )
        expect(create.status).toBe(403)
      }
    })

    it("disables an account: its sessions end at once, and the audit log has before and after", async () => {
      const email = "tam.khoa@world.test"
      const made = await readJson<Users.Item>(
        await newAccount({ email, role: "viewer", unitId: world.tree.quangBi, password: worldPassword }),
      )
      const cookie = await db.login({ email, password: worldPassword })
      expect((await db.request("/api/auth/me", { cookie })).status).toBe(200)
      const disabled = await db.request(`/api/users/${made.id}`, {
        method: "PATCH",
        cookie: admin,
        body: { version: made.version, disabled: true },
      })
      expect(disabled.status).toBe(200)
      expect(await readJson<Users.Item>(disabled)).toMatchObject({
        disabled: true,
        version: made.version + 1,
      })
      expect((await db.request("/api/auth/me", { cookie })).status).toBe(401)
      expect((await db.request("/api/auth/login", { body: { email, password: worldPassword } })).status).toBe(
        401,
      )
      const audit = await db.sql(
        (sql) => sql<{ before: { disabled: boolean }; after: { disabled: boolean } }>`
          select before, after from audit_log where entity = 'user' and entity_id = ${made.id} and action = 'update'`,
      )
      expect(audit.map((a) => [a.before.disabled, a.after.disabled])).toEqual([[false, true]])
    })

    it("refuses a change based on an old version (409)", async () => {
      const current = await readJson<Users.Item>(
        await db.request(`/api/users/${world.userIds.viewer}`, { cookie: admin }),
      )
      const stale = await db.request(`/api/users/${world.userIds.viewer}`, {
        method: "PATCH",
        cookie: admin,
        body: { version: current.version + 5, fullName: "Tên Khác" },
      })
      expect(stale.status).toBe(409)
    })

    it("does not let an admin disable themselves or change their own role", async () => {
      const self = await readJson<Users.Item>(
        await db.request(`/api/users/${world.userIds.district_admin}`, { cookie: admin }),
      )
      for (const change of [{ disabled: true }, { role: "viewer", unitId: world.tree.hanoi }]) {
        const response = await db.request(`/api/users/${self.id}`, {
          method: "PATCH",
          cookie: world.accounts.district_admin,
          body: { version: self.version, ...change },
        })
        expect(response.status).toBe(409)
      }
    })

    it("resets a password: the old sessions end and only the new password signs in", async () => {
      const email = "quen.mat.khau@world.test"
      const made = await readJson<Users.Item>(
        await newAccount({ email, role: "viewer", unitId: world.tree.quangBi, password: worldPassword }),
      )
      const cookie = await db.login({ email, password: worldPassword })
      const reset = await db.request(`/api/users/${made.id}/password`, {
        cookie: admin,
        body: { password: "mật khẩu tạm thời mới" },
      })
      expect(reset.status).toBe(204)
      expect((await db.request("/api/auth/me", { cookie })).status).toBe(401)
      expect((await db.request("/api/auth/login", { body: { email, password: worldPassword } })).status).toBe(
        401,
      )
      expect(
        (await db.request("/api/auth/login", { body: { email, password: "mật khẩu tạm thời mới" } })).status,
      ).toBe(200)
      const [entry] = await db.sql(
        (sql) => sql<{ before: unknown; after: unknown }>`
          select before, after from audit_log where entity_id = ${made.id} and action = 'password_reset'`,
      )
      expect(entry).toEqual({ before: null, after: null })
    })
  })
})
