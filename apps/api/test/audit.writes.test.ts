/**
 * Every write endpoint leaves an audit entry. The write endpoints come from the app's routes: one without
 * a step here fails the first test. Each step makes a real, successful write and must append at least one
 * entry naming the expected entity, in the same transaction as the write.
 */
import { randomUUID } from "node:crypto"
import { beforeAll, describe, expect, it } from "vitest"
import { makeApp } from "../src/http/app.js"
import * as Log from "../src/Log.js"
import { createTree, type Tree } from "./fixtures.js"
import { forEachDatabase, readJson, type TestDatabase } from "./harness.js"

interface Item {
  readonly id: string
  readonly version: number
}

/** What the steps share: the admin's cookie, the tree, and the records made so far. */
interface State {
  readonly db: TestDatabase
  readonly cookie: string
  readonly tree: Tree
  readonly ids: Record<string, string>
  readonly versions: Record<string, number>
}

interface Step {
  readonly route: string
  /** The audit entity the write must record. */
  readonly entity: string
  readonly run: (s: State) => Promise<Response>
  /** The key under which a created record's id and version are kept. */
  readonly keep?: string
  /** A public form: the entry is made by nobody signed in. */
  readonly public?: true
  /** The values the entry must hold: `after` of a create, `before` and `after` of an update, `before` of a delete. */
  readonly values?: "create" | "update" | "delete"
}

/** The record a create answered with; a failed create fails the step with its body. */
const created = async (response: Response): Promise<Item> => {
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`)
  return readJson<Item>(response)
}

const send = (s: State, method: string, path: string, body?: unknown, cookie = s.cookie) =>
  s.db.request(path, { method, cookie, ...(body === undefined ? {} : { body }) })

/** The commune officer who drafts and submits the report (signed in by the first report step). */
let officerCookie = ""
const reportPath = (s: State) => `/api/reports/${s.tree.chuongMyWard}/2025-10`
const narrative = { done: "Mở 2 lớp học", difficulties: "", proposals: "" }

/** The three CRUD writes of a resource: create `key`, change it, then create and delete another. */
const crudSteps = (
  resource: string,
  entity: string,
  valid: (s: State) => Record<string, unknown>,
  patch: Record<string, unknown>,
  another: (s: State) => Record<string, unknown> = valid,
): ReadonlyArray<Step> => [
  {
    route: `POST /api/${resource}`,
    entity,
    keep: resource,
    values: "create",
    run: (s) => send(s, "POST", `/api/${resource}`, valid(s)),
  },
  {
    route: `PATCH /api/${resource}/:id`,
    entity,
    values: "update",
    run: (s) =>
      send(s, "PATCH", `/api/${resource}/${s.ids[resource]}`, { ...patch, version: s.versions[resource] }),
  },
  {
    route: `DELETE /api/${resource}/:id`,
    entity,
    values: "delete",
    run: async (s) => {
      const made = await created(await send(s, "POST", `/api/${resource}`, another(s)))
      return send(s, "DELETE", `/api/${resource}/${made.id}?version=${made.version}`)
    },
  },
]

const person = (s: State, fullName: string, extra: Record<string, unknown> = {}) => ({
  fullName,
  birth: { year: 1960 },
  sex: "female",
  householdId: s.ids.households ?? null,
  unitId: s.tree.villageA,
  groups: [],
  vneidLevel: 0,
  hasDigitalBankAccount: false,
  ...extra,
})

const steps: ReadonlyArray<Step> = [
  ...crudSteps(
    "units",
    "unit",
    (s) => ({
      code: null,
      name: "Thôn Mới Lập",
      kind: "thon",
      validFrom: "2025-07-01",
      validTo: null,
      successorIds: [],
      parentId: s.tree.chuongMyWard,
    }),
    { name: "Thôn Mới" },
    (s) => ({
      code: null,
      name: "Thôn Nhập Nhầm",
      kind: "thon",
      validFrom: "2025-07-01",
      validTo: null,
      successorIds: [],
      parentId: s.tree.quangBi,
    }),
  ),
  {
    route: "POST /api/units/:id/links",
    entity: "unit",
    run: (s) =>
      send(s, "POST", `/api/units/${s.ids.units}/links`, {
        parentId: s.tree.quangBi,
        validFrom: "2026-01-01",
      }),
  },
  ...crudSteps(
    "households",
    "household",
    (s) => ({ code: "HD-AUDIT-1", unitId: s.tree.villageA, address: "Xóm Chùa", isRemote: false }),
    { address: "Xóm Chùa, ngõ 2" },
    (s) => ({ code: "HD-AUDIT-2", unitId: s.tree.villageA, isRemote: true }),
  ),
  ...crudSteps(
    "people",
    "person",
    (s) => person(s, "Ngô Thị Ghi Sổ"),
    { vneidLevel: 1 },
    (s) => person(s, "Ngô Văn Tạm"),
  ),
  ...crudSteps(
    "organizations",
    "organization",
    (s) => ({ name: "Trường Tiểu học Chúc Sơn", kind: "school", unitId: s.tree.chuongMyWard }),
    { name: "Trường Tiểu học Chúc Sơn A" },
  ),
  ...crudSteps(
    "topics",
    "topic",
    () => ({
      id: "audit-topic-1",
      kind: "practical",
      name: { vi: "Chủ đề thử", en: "Test topic" },
      implies: [],
    }),
    { name: { vi: "Chủ đề thử đổi tên", en: "Renamed test topic" } },
    () => ({
      id: "audit-topic-2",
      kind: "practical",
      name: { vi: "Chủ đề xoá", en: "Deleted topic" },
      implies: [],
    }),
  ),
  ...crudSteps(
    "targets",
    "target",
    (s) => ({
      indicator: "digital-identity",
      unitId: s.tree.chuongMyWard,
      value: 0.9,
      deadline: "2026-06-30",
    }),
    { value: 0.95 },
    (s) => ({ indicator: "digital-bank", unitId: s.tree.chuongMyWard, value: 0.7, deadline: "2026-06-30" }),
  ),
  {
    route: "POST /api/people (a guide's person)",
    entity: "person",
    keep: "guidePerson",
    run: (s) => send(s, "POST", "/api/people", person(s, "Vũ Thị Đại Sứ")),
  },
  ...crudSteps(
    "support-staff",
    "support_staff",
    (s) => ({
      personId: s.ids.guidePerson,
      unitId: s.tree.chuongMyWard,
      validFrom: "2025-07-01",
      validTo: null,
      active: true,
    }),
    { active: false },
  ),
  ...crudSteps(
    "guides",
    "guide",
    (s) => ({ personId: s.ids.guidePerson, unitId: s.tree.chuongMyWard, since: "2025-05-01" }),
    { since: "2025-06-01" },
    (s) => ({ personId: s.ids.people, unitId: s.tree.chuongMyWard, since: "2025-05-01" }),
  ),
  {
    route: "POST /api/guides/:id/learners",
    entity: "guide_link",
    keep: "link",
    run: (s) =>
      send(s, "POST", `/api/guides/${s.ids.guides}/learners`, {
        learnerId: s.ids.people,
        date: "2025-06-02",
      }),
  },
  {
    route: "POST /api/guides/:id/learners/sync",
    entity: "guide_link",
    run: (s) =>
      send(s, "POST", `/api/guides/${s.ids.guides}/learners/sync`, {
        items: [{ key: randomUUID(), link: { learnerId: s.ids.people, date: "2025-06-03" } }],
      }),
  },
  {
    route: "DELETE /api/guides/:id/learners/:linkId",
    entity: "guide_link",
    run: (s) => send(s, "DELETE", `/api/guides/${s.ids.guides}/learners/${s.ids.link}`),
  },
  ...crudSteps(
    "teams",
    "team",
    (s) => ({
      kind: "community",
      name: "Tổ công nghệ số Đồng Tâm",
      unitId: s.tree.chuongMyWard,
      memberIds: [s.ids.guidePerson],
      leaderId: s.ids.guidePerson,
    }),
    { name: "Tổ CĐS Đồng Tâm" },
    (s) => ({
      kind: "youth",
      name: "Tổ thanh niên",
      unitId: s.tree.chuongMyWard,
      memberIds: [],
      leaderId: null,
    }),
  ),
  ...crudSteps(
    "visits",
    "visit",
    (s) => ({
      teamId: s.ids.teams,
      householdId: s.ids.households,
      date: "2025-10-05",
      helpedIds: [s.ids.people],
      topicIds: ["vneid"],
      vneidLevel2Ids: [],
      digitalBankIds: [],
    }),
    { date: "2025-10-06" },
  ),
  {
    route: "POST /api/visits/sync",
    entity: "visit",
    run: (s) =>
      send(s, "POST", "/api/visits/sync", {
        items: [
          {
            key: randomUUID(),
            seenUnitId: s.tree.villageA,
            visit: {
              teamId: s.ids.teams,
              householdId: s.ids.households,
              date: "2025-10-07",
              helpedIds: [s.ids.people],
              topicIds: ["vneid"],
              vneidLevel2Ids: [],
              digitalBankIds: [],
            },
          },
        ],
      }),
  },
  ...crudSteps(
    "posts",
    "post",
    (s) => ({
      channel: "zalo_oa",
      unitId: s.tree.chuongMyWard,
      date: "2025-10-01",
      title: "Hướng dẫn VNeID",
      url: null,
      reach: 10,
    }),
    { reach: 20 },
  ),
  ...crudSteps(
    "events",
    "event",
    (s) => ({
      kind: "digital_learning_day",
      unitId: s.tree.chuongMyWard,
      title: "Ngày hội học tập số",
      date: "2025-10-10",
      mode: "in_person",
      venue: "Nhà văn hoá",
      participants: 100,
    }),
    { participants: 120 },
  ),
  ...crudSteps(
    "skill-records",
    "skill_record",
    (s) => ({
      personId: s.ids.people,
      topicId: "vneid",
      date: "2025-09-01",
      source: "assessment",
      evidenceId: "KT-1",
    }),
    { date: "2025-09-02" },
    (s) => ({
      personId: s.ids.people,
      topicId: "vneid",
      date: "2025-09-05",
      source: "assessment",
      evidenceId: "KT-2",
    }),
  ),
  ...crudSteps(
    "classes",
    "class",
    (s) => ({
      unitId: s.tree.chuongMyWard,
      title: "Lớp VNeID",
      audience: "community",
      topicIds: ["vneid"],
      startsAt: "2025-11-03T01:00:00.000Z",
      durationMinutes: 90,
      mode: "in_person",
      venue: "Nhà văn hoá",
      capacity: 30,
      instructorIds: [s.ids.guidePerson],
      organizationId: null,
      status: "scheduled",
    }),
    { capacity: 40 },
  ),
  {
    route: "POST /api/classes/:id/enrollments",
    entity: "enrollment",
    keep: "enrollment",
    run: (s) => send(s, "POST", `/api/classes/${s.ids.classes}/enrollments`, { personId: s.ids.people }),
  },
  {
    route: "PATCH /api/enrollments/:id",
    entity: "enrollment",
    run: (s) =>
      send(s, "PATCH", `/api/enrollments/${s.ids.enrollment}`, {
        status: "attended",
        version: s.versions.enrollment,
      }),
  },
  {
    route: "DELETE /api/enrollments/:id",
    entity: "enrollment",
    run: async (s) => {
      const made = await created(
        await send(s, "POST", `/api/classes/${s.ids.classes}/enrollments`, { personId: s.ids.guidePerson }),
      )
      return send(s, "DELETE", `/api/enrollments/${made.id}?version=${made.version}`)
    },
  },
  {
    route: "POST /api/classes/:id/complete",
    entity: "enrollment",
    run: async (s) => {
      const current = await readJson<Item>(await send(s, "GET", `/api/classes/${s.ids.classes}`))
      return send(s, "POST", `/api/classes/${s.ids.classes}/complete`, { version: current.version })
    },
  },
  {
    route: "POST /api/users",
    entity: "user",
    keep: "users",
    run: (s) =>
      send(s, "POST", "/api/users", {
        email: "ghi.nhat.ky@test.bdhv.vn",
        fullName: "Người Ghi Nhật Ký",
        password: "mật khẩu nhật ký 2025",
        role: "commune_officer",
        unitId: s.tree.chuongMyWard,
      }),
  },
  {
    route: "PATCH /api/users/:id",
    entity: "user",
    run: (s) =>
      send(s, "PATCH", `/api/users/${s.ids.users}`, { version: s.versions.users, fullName: "Người Ghi Sổ" }),
  },
  {
    route: "POST /api/users/:id/password",
    entity: "user",
    run: (s) => send(s, "POST", `/api/users/${s.ids.users}/password`, { password: "mật khẩu đặt lại 2025" }),
  },
  {
    route: "POST /api/account/password",
    entity: "user",
    run: async (s) => {
      const cookie = await s.db.login({
        email: "ghi.nhat.ky@test.bdhv.vn",
        password: "mật khẩu đặt lại 2025",
      })
      return send(
        s,
        "POST",
        "/api/account/password",
        { currentPassword: "mật khẩu đặt lại 2025", newPassword: "mật khẩu của riêng tôi" },
        cookie,
      )
    },
  },
  {
    route: "POST /api/privacy/people/:id/erasure",
    entity: "person",
    run: async (s) => {
      const made = await created(await send(s, "POST", "/api/people", person(s, "Đinh Thị Xin Xoá")))
      return send(s, "POST", `/api/privacy/people/${made.id}/erasure`, { reference: "Đơn 1/2025" })
    },
  },
  {
    route: "POST /api/privacy/volunteer-applications/:id/erasure",
    entity: "volunteer_application",
    run: async (s) => {
      // Made directly: the public form's own (anonymous) entry is another step's subject.
      const id = "application-to-erase"
      await s.db.sql(
        (
          sql,
        ) => sql`insert into volunteer_applications (id, dedupe_key, full_name, name_folded, phone, birth_year,
            unit_id, role, topic_ids)
          values (${id}, 'mac van rut don|+84917111222', 'Mạc Văn Rút Đơn', 'mac van rut don', '+84917111222', 1998,
                  ${s.tree.villageA}, 'guide', '{vneid}')`,
      )
      return send(s, "POST", `/api/privacy/volunteer-applications/${id}/erasure`, { reference: "Đơn 2/2025" })
    },
  },
  {
    route: "POST /api/public/classes/:id/registrations",
    entity: "sign_up",
    public: true,
    run: async (s) => {
      const upcoming = await created(
        await send(s, "POST", "/api/classes", {
          unitId: s.tree.chuongMyWard,
          title: "Lớp VNeID mở cho mọi người",
          audience: "community",
          topicIds: ["vneid"],
          startsAt: "2099-01-10T01:00:00.000Z",
          durationMinutes: 90,
          mode: "in_person",
          venue: "Nhà văn hoá",
          capacity: 30,
          instructorIds: [],
          organizationId: null,
          status: "scheduled",
        }),
      )
      return s.db.request(`/api/public/classes/${upcoming.id}/registrations`, {
        body: {
          fullName: "Lý Thị Đăng Ký",
          phone: "0913 222 333",
          birthYear: 1962,
          unitId: s.tree.villageA,
          needs: [],
          topicIds: [],
          consent: true,
          elapsedMs: 30_000,
        },
      })
    },
  },
  {
    route: "POST /api/sign-ups/:id/decision",
    entity: "sign_up",
    run: async (s) => {
      const [waiting] = await s.db.sql(
        (sql) =>
          sql<{ id: string; version: number }>`
            select id, version from sign_ups where status = 'pending' order by created_at desc limit 1`,
      )
      if (waiting === undefined) throw new Error("no sign-up waiting for a decision")
      return send(s, "POST", `/api/sign-ups/${waiting.id}/decision`, {
        decision: "reject",
        version: waiting.version,
        reason: "Đã học lớp khác",
      })
    },
  },
  {
    route: "POST /api/youth-campaigns",
    entity: "youth_campaign",
    run: async (s) => {
      const base = await created(
        await send(s, "POST", "/api/organizations", {
          name: "Đoàn Thanh niên phường Chương Mỹ",
          kind: "youth_union_base",
          unitId: s.tree.chuongMyWard,
        }),
      )
      return send(s, "POST", "/api/youth-campaigns", {
        organizationId: base.id,
        theme: "Mùa hè xanh số",
        from: "2025-06-01",
        to: "2025-08-31",
      })
    },
  },
  {
    route: "POST /api/public/volunteers",
    entity: "volunteer_application",
    public: true,
    run: (s) =>
      s.db.request("/api/public/volunteers", {
        body: {
          fullName: "Trịnh Văn Tình Nguyện",
          phone: "0914 555 666",
          birthYear: 2001,
          unitId: s.tree.villageA,
          role: "youth_volunteer",
          topicIds: ["vneid"],
          consent: true,
          elapsedMs: 30_000,
        },
      }),
  },
  {
    route: "POST /api/volunteers/:id/decision",
    entity: "volunteer_application",
    values: "update",
    run: async (s) => {
      const pending = await readJson<{ items: ReadonlyArray<Item> }>(
        await send(s, "GET", "/api/volunteers?status=pending&q=trinh%20van%20tinh%20nguyen"),
      )
      const application = pending.items[0]
      if (application === undefined) throw new Error("the volunteer application is not listed")
      // A youth volunteer's approval is a join: into the campaign the step above added.
      const campaigns = await readJson<{ items: ReadonlyArray<{ id: string }> }>(
        await send(s, "GET", "/api/youth-campaigns?q=mua%20he%20xanh%20so"),
      )
      const campaign = campaigns.items[0]
      if (campaign === undefined) throw new Error("the youth campaign is not listed")
      return send(s, "POST", `/api/volunteers/${application.id}/decision`, {
        decision: "approved",
        version: application.version,
        joins: { campaignId: campaign.id },
      })
    },
  },
  {
    route: "POST /api/imports/:id/confirm",
    entity: "import",
    run: async (s) => {
      const header =
        "Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn/TDP,Nhóm đối tượng,Cấp học,Nơi làm việc,Mức VNeID,Tài khoản ngân hàng số,Số điện thoại,Địa chỉ"
      const village = s.tree.villageA
      const [unit] = await s.db.sql(
        (sql) => sql<{ name: string }>`select name from units where id = ${village}`,
      )
      const form = new FormData()
      form.set("communeId", s.tree.chuongMyWard)
      form.set(
        "file",
        new Blob(
          [
            `${header}\n`,
            `IMP-A1,Phan Thị Nhập,4/3/1958,Nữ,${unit?.name ?? ""},Nông dân,,,Chưa có,Không,0912 333 444,Số 1\n`,
            `IMP-A1,Phan Văn Học,2012,Nam,${unit?.name ?? ""},Học sinh,THCS,,0,Không,,Số 1\n`,
          ],
          { type: "text/csv" },
        ),
        "danh-sach.csv",
      )
      const previewed = await created(await s.db.request("/api/imports", { cookie: s.cookie, body: form }))
      const confirmed = await send(s, "POST", `/api/imports/${previewed.id}/confirm`)
      // The write runs in the background: wait until the job has finished.
      for (;;) {
        const job = await readJson<{ status: string }>(await send(s, "GET", `/api/imports/${previewed.id}`))
        if (job.status === "failed") throw new Error(`import failed: ${JSON.stringify(job)}`)
        if (job.status === "done") break
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      return confirmed
    },
  },
  {
    route: "POST /api/imports/certificates/:id/confirm",
    entity: "import",
    run: async (s) => {
      // Phan Thị Nhập, imported by the step above, completed a course on the national platform.
      const form = new FormData()
      form.set("communeId", s.tree.chuongMyWard)
      form.set(
        "file",
        new Blob(
          [
            "Số điện thoại,Họ và tên,Ngày sinh,Khóa học,Ngày hoàn thành,Số chứng chỉ\n",
            "0912 333 444,Phan Thị Nhập,04/03/1958,An toàn số,01/12/2025,AUDIT-CERT-1\n",
          ],
          { type: "text/csv" },
        ),
        "chung-chi.csv",
      )
      const previewed = await created(
        await s.db.request("/api/imports/certificates", { cookie: s.cookie, body: form }),
      )
      return send(s, "POST", `/api/imports/certificates/${previewed.id}/confirm`)
    },
  },
  {
    route: "POST /api/auth/login",
    entity: "user",
    run: (s) =>
      s.db.request("/api/auth/login", {
        body: { email: "ghi.nhat.ky@test.bdhv.vn", password: "mật khẩu của riêng tôi" },
      }),
  },
  {
    route: "POST /api/auth/logout",
    entity: "user",
    run: async (s) => {
      const cookie = await s.db.login({
        email: "ghi.nhat.ky@test.bdhv.vn",
        password: "mật khẩu của riêng tôi",
      })
      return send(s, "POST", "/api/auth/logout", undefined, cookie)
    },
  },
  // A commune's periodic report: drafted and submitted by its officer, returned and approved by the admin.
  {
    route: "POST /api/reports/:unitId/:period",
    entity: "report",
    run: async (s) => {
      const user = await send(s, "POST", "/api/users", {
        email: "bao.cao@test.bdhv.vn",
        fullName: "Cán bộ báo cáo",
        password: "mật khẩu báo cáo của xã",
        role: "commune_officer",
        unitId: s.tree.chuongMyWard,
      })
      if (user.status !== 201) throw new Error(`officer not created: ${await user.text()}`)
      officerCookie = await s.db.login({ email: "bao.cao@test.bdhv.vn", password: "mật khẩu báo cáo của xã" })
      return send(s, "POST", reportPath(s), { ...narrative, version: 0 }, officerCookie)
    },
  },
  {
    route: "POST /api/reports/:unitId/:period/submit",
    entity: "report",
    run: (s) => send(s, "POST", `${reportPath(s)}/submit`, { ...narrative, version: 1 }, officerCookie),
  },
  {
    route: "POST /api/reports/:unitId/:period/return",
    entity: "report",
    run: (s) => send(s, "POST", `${reportPath(s)}/return`, { comment: "Bổ sung số hộ", version: 2 }),
  },
  {
    route: "POST /api/reports/:unitId/:period/approve",
    entity: "report",
    run: async (s) => {
      const resubmitted = await send(
        s,
        "POST",
        `${reportPath(s)}/submit`,
        { ...narrative, version: 3 },
        officerCookie,
      )
      if (resubmitted.status !== 200) throw new Error(`resubmit failed: ${await resubmitted.text()}`)
      return send(s, "POST", `${reportPath(s)}/approve`, { version: 4 })
    },
  },
]

/** Non-GET endpoints that change nothing in the database, and why. */
const notWrites: Readonly<Record<string, string>> = {
  "POST /api/imports": "a preview reads the file and stores nothing; the confirmed import is audited",
  "POST /api/imports/certificates":
    "a preview matches the list and stores nothing; the confirmed import is audited",
}

/** The app's write endpoints, from its router. */
const writeRoutes = (): ReadonlyArray<string> => {
  const app = makeApp({ runtime: undefined as never, log: Log.make("silent"), secureCookies: false })
  const keys = app.routes
    .filter((route) => route.method !== "ALL" && route.method !== "GET")
    .map((route) => `${route.method} ${route.path}`)
  return [...new Set(keys)]
}

const routes = writeRoutes()

describe("audit of writes", () => {
  it("has a step for every write endpoint of the app", () => {
    const covered = new Set([...steps.map((step) => step.route), ...Object.keys(notWrites)])
    expect(routes.filter((route) => !covered.has(route))).toEqual([])
  })
})

forEachDatabase((db) => {
  let state: State

  beforeAll(async () => {
    const cookie = await db.login()
    state = { db, cookie, tree: await createTree(db, cookie), ids: {}, versions: {} }
  })

  const lastId = async () => {
    const [row] = await db.sql((sql) => sql<{ id: string | null }>`select max(id)::text as id from audit_log`)
    return row?.id ?? "0"
  }

  describe("every write endpoint leaves an audit entry", () => {
    for (const step of steps) {
      it(step.route, async () => {
        const since = await lastId()
        const response = await step.run(state)
        const text = await response.text()
        expect(response.status, text).toBeGreaterThanOrEqual(200)
        expect(response.status, text).toBeLessThan(300)
        if (step.keep !== undefined) {
          const item = JSON.parse(text) as Item
          state.ids[step.keep] = item.id
          state.versions[step.keep] = item.version
        }
        const entries = await db.sql(
          (sql) => sql<{
            entity: string
            action: string
            actorId: string | null
            hasBefore: boolean
            hasAfter: boolean
          }>`
            select entity, action, actor_id, before is not null as has_before, after is not null as has_after
            from audit_log where id > ${since}::bigint order by id`,
        )
        const own = entries.filter((e) => e.entity === step.entity)
        expect(own.length).toBeGreaterThan(0)
        // A public form acts for nobody; everything else names who did it.
        if (step.public === true) expect(own.every((e) => e.actorId === null)).toBe(true)
        else expect(entries.every((e) => e.actorId !== null)).toBe(true)
        if (step.values !== undefined) {
          const main = own.find((e) => e.action === step.values)
          expect(main, JSON.stringify(entries)).toBeDefined()
          expect(main?.hasBefore).toBe(step.values !== "create")
          expect(main?.hasAfter).toBe(step.values !== "delete")
        }
      })
    }
  })
})
