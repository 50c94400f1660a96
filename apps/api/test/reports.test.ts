/**
 * The periodic reports through the API: a commune officer drafts and submits the commune's October
 * report, the district returns it with a comment, the commune resubmits, the district approves it and its
 * figures freeze (a record added afterwards changes the live figure, never the approved one); the
 * completeness and timeliness of the communes' reports; who may do what (a commune officer never
 * approves; an officer of one commune neither sees nor submits another's). "Today" is set with the
 * clock, so the deadline (5 November) is met or missed for certain.
 */
import ExcelJS from "exceljs"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import * as Accounts from "../src/auth/Accounts.js"
import type { Role } from "../src/auth/Actor.js"
import type { Detail } from "../src/reports/Reports.js"
import { createTree, type Tree } from "./fixtures.js"
import { forEachDatabase, readJson } from "./harness.js"

interface ErrorBody {
  readonly error: string
  readonly message: string
  readonly issues: ReadonlyArray<{ readonly path: string; readonly message: string }>
}

interface Counts {
  readonly expected: number
  readonly submitted: number
  readonly onTime: number
  readonly late: number
  readonly approved: number
  readonly returned: number
  readonly waiting: number
  readonly missing: number
  readonly completeness: number | null
  readonly timeliness: number | null
}

/** 10:00 in Vietnam on a day of November 2026. */
const vietnamMorning = (day: string) => new Date(`2026-11-${day}T03:00:00Z`)

const narrative = {
  done: "Mở 4 lớp kỹ năng số cơ bản cho 120 người; tổ công nghệ số đi 85 hộ.",
  difficulties: "Người cao tuổi chưa có điện thoại thông minh.",
  proposals: "Đề nghị huyện hỗ trợ 10 máy tính bảng.",
}

forEachDatabase((db) => {
  let tree: Tree
  let district: string
  let officerA: string
  let officerB: string
  let viewer: string
  let adminAtCommune: string

  const account = async (email: string, role: Role, unitId: string) => {
    const password = "mật khẩu báo cáo 2026"
    await db.run(
      Accounts.createUser(
        { email, fullName: `Cán bộ ${email.split("@")[0]}`, password, role, unitId },
        undefined,
      ),
    )
    return db.login({ email, password })
  }

  const path = (unitId: string, period = "2026-10") => `/api/reports/${unitId}/${period}`
  const get = async (unitId: string, cookie: string) =>
    readJson<Detail>(await db.request(path(unitId), { cookie }))
  const post = (suffix: string, unitId: string, body: unknown, cookie: string, period = "2026-10") =>
    db.request(`${path(unitId, period)}${suffix}`, { cookie, body })
  const completeness = async (cookie: string, parentId?: string) =>
    readJson<{ counts: Counts }>(
      await db.request(
        `/api/reports/completeness?period=2026-10${parentId === undefined ? "" : `&parentId=${parentId}`}`,
        {
          cookie,
        },
      ),
    ).then((r) => r.counts)
  const events = (unitId: string) =>
    db
      .sql(
        (sql) => sql<{ n: number }>`
        select count(*)::int as n from report_events e join reports r on r.id = e.report_id
        where r.unit_id = ${unitId}`,
      )
      .then((rows) => Number(rows[0]?.n ?? 0))

  /** Records a household of people aged 16 and over in a village of phường Chương Mỹ, with their VNeID levels. */
  const addPeople = async (code: string, vneidLevels: ReadonlyArray<0 | 2>) => {
    const household = await readJson<{ id: string }>(
      await db.request("/api/households", {
        cookie: officerA,
        body: { code, unitId: tree.villageA, isRemote: false },
      }),
    )
    for (const [i, vneidLevel] of vneidLevels.entries()) {
      const created = await db.request("/api/people", {
        cookie: officerA,
        body: {
          fullName: `Đỗ Văn ${code} ${i}`,
          birth: { year: 1980 },
          sex: "male",
          householdId: household.id,
          unitId: tree.villageA,
          groups: [],
          vneidLevel,
          hasDigitalBankAccount: false,
        },
      })
      expect(created.status).toBe(201)
    }
  }

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"] })
    vi.setSystemTime(vietnamMorning("04"))
    const admin = await db.login()
    tree = await createTree(db, admin)
    district = await account("huyen@bdhv.test", "district_admin", tree.hanoi)
    officerA = await account("phuong@bdhv.test", "commune_officer", tree.chuongMyWard)
    officerB = await account("quangbi@bdhv.test", "commune_officer", tree.quangBi)
    viewer = await account("xem@bdhv.test", "viewer", tree.hanoi)
    adminAtCommune = await account("admin-phuong@bdhv.test", "district_admin", tree.chuongMyWard)
    await addPeople("BS-01", [2, 0])
  })

  afterAll(() => {
    vi.useRealTimers()
  })

  describe("a commune's report", () => {
    it("starts empty, with the period's dates and the commune's figures as at its end", async () => {
      const report = await get(tree.chuongMyWard, officerA)
      expect(report).toMatchObject({
        status: "not_started",
        version: 0,
        narrative: { done: "", difficulties: "", proposals: "" },
        period: {
          period: "2026-10",
          end: "2026-10-31",
          deadline: "2026-11-05",
          name: { vi: "Tháng 10/2026" },
        },
        actions: ["save", "submit"],
        history: [],
      })
      expect(report.figures.length).toBeGreaterThan(10)
      expect(report.figures.every((f) => f.approved === null && f.difference === null)).toBe(true)
    })

    it("is not submitted without saying what was done, nor before the period ends, and says which field", async () => {
      const empty = await post(
        "/submit",
        tree.chuongMyWard,
        { ...narrative, done: " ", version: 0 },
        officerA,
      )
      expect(empty.status).toBe(400)
      const body = await readJson<ErrorBody>(empty)
      expect(body.issues.map((i) => i.path)).toEqual(["done"])
      expect(body.issues[0]?.message).toMatch(/kết quả đã làm được/)
      const early = await post(
        "/submit",
        tree.chuongMyWard,
        { ...narrative, version: 0 },
        officerA,
        "2026-11",
      )
      expect(early.status).toBe(400)
      expect((await readJson<ErrorBody>(early)).issues.map((i) => i.path)).toEqual(["period"])
      const badPeriod = await db.request(path(tree.chuongMyWard, "2026-13"), { cookie: officerA })
      expect(badPeriod.status).toBe(400)
      expect((await readJson<ErrorBody>(badPeriod)).issues.map((i) => i.path)).toEqual(["period"])
      expect(await events(tree.chuongMyWard)).toBe(0)
    })

    it("is the officer's own commune only: another commune's report is not found, to read or to write", async () => {
      expect((await db.request(path(tree.quangBi), { cookie: officerA })).status).toBe(404)
      expect((await post("", tree.quangBi, { ...narrative, version: 0 }, officerA)).status).toBe(404)
      expect((await post("/submit", tree.quangBi, { ...narrative, version: 0 }, officerA)).status).toBe(404)
      expect(await events(tree.quangBi)).toBe(0)
    })

    it("is saved as a draft, based on the version the officer saw", async () => {
      const saved = await post(
        "",
        tree.chuongMyWard,
        { ...narrative, done: "Bản nháp", version: 0 },
        officerA,
      )
      expect(saved.status).toBe(200)
      expect(await readJson<Detail>(saved)).toMatchObject({
        status: "draft",
        version: 1,
        narrative: { done: "Bản nháp" },
      })
      const stale = await post("", tree.chuongMyWard, { ...narrative, version: 0 }, officerA)
      expect(stale.status).toBe(409)
      expect((await get(tree.chuongMyWard, officerA)).narrative.done).toBe("Bản nháp")
    })

    it("cannot be approved by a commune officer, nor by the district before it is submitted", async () => {
      const byOfficer = await post("/approve", tree.chuongMyWard, { version: 1 }, officerA)
      expect(byOfficer.status).toBe(403)
      const draft = await post("/approve", tree.chuongMyWard, { version: 1 }, district)
      expect(draft.status).toBe(409)
      const body = await readJson<ErrorBody>(draft)
      expect(body.issues.map((i) => i.path)).toEqual(["status"])
      expect(body.message).toMatch(/chưa được gửi/)
      const returned = await post("/return", tree.chuongMyWard, { comment: "Sửa", version: 1 }, district)
      expect(returned.status).toBe(409)
      const after = await get(tree.chuongMyWard, officerA)
      expect(after).toMatchObject({ status: "draft", version: 1 })
      expect(await events(tree.chuongMyWard)).toBe(1)
    })

    it("is submitted on time, then can no longer be edited by the commune", async () => {
      const submitted = await post("/submit", tree.chuongMyWard, { ...narrative, version: 1 }, officerA)
      expect(submitted.status).toBe(200)
      const report = await readJson<Detail>(submitted)
      expect(report).toMatchObject({
        status: "submitted",
        version: 2,
        firstSubmittedOn: "2026-11-04",
        onTime: true,
        submitted: { name: "Cán bộ phuong" },
        actions: [],
      })
      expect((await get(tree.chuongMyWard, district)).actions).toEqual(["return", "approve"])
      const edit = await post("", tree.chuongMyWard, { ...narrative, version: 2 }, officerA)
      expect(edit.status).toBe(409)
      expect((await readJson<ErrorBody>(edit)).issues.map((i) => i.path)).toEqual(["status"])
    })

    it("is returned with a comment, which it must have", async () => {
      const noComment = await post("/return", tree.chuongMyWard, { comment: "  ", version: 2 }, district)
      expect(noComment.status).toBe(400)
      expect((await readJson<ErrorBody>(noComment)).issues.map((i) => i.path)).toEqual(["comment"])
      const returned = await post(
        "/return",
        tree.chuongMyWard,
        { comment: "Thiếu số hộ đã đến thăm", version: 2 },
        district,
      )
      expect(returned.status).toBe(200)
      const report = await readJson<Detail>(returned)
      expect(report.status).toBe("returned")
      expect(report.history.at(-1)).toMatchObject({
        action: "return",
        status: "returned",
        userName: "Cán bộ huyen",
        comment: "Thiếu số hộ đã đến thăm",
      })
    })

    it("is resubmitted after the deadline and stays on time by its first submission", async () => {
      vi.setSystemTime(vietnamMorning("08"))
      const resubmitted = await post(
        "/submit",
        tree.chuongMyWard,
        { ...narrative, done: `${narrative.done} Bổ sung: 85 hộ đã đến thăm.`, version: 3 },
        officerA,
      )
      expect(resubmitted.status).toBe(200)
      expect(await readJson<Detail>(resubmitted)).toMatchObject({
        status: "submitted",
        firstSubmittedOn: "2026-11-04",
        onTime: true,
      })
    })

    it("is never approved by a district admin placed at the commune itself", async () => {
      const own = await post("/approve", tree.chuongMyWard, { version: 4 }, adminAtCommune)
      expect(own.status).toBe(403)
      expect((await readJson<ErrorBody>(own)).message).toMatch(/cấp trên/)
      expect((await get(tree.chuongMyWard, district)).status).toBe("submitted")
    })

    it("is approved: its figures are stored as they stand, and it changes no more", async () => {
      const approved = await post("/approve", tree.chuongMyWard, { version: 4 }, district)
      expect(approved.status).toBe(200)
      const report = await readJson<Detail>(approved)
      expect(report).toMatchObject({
        status: "approved",
        version: 5,
        approved: { name: "Cán bộ huyen" },
        actions: [],
      })
      for (const figure of report.figures) {
        expect(figure.approved).toEqual(figure.live)
        if (figure.live.value !== null) expect(figure.difference).toBe(0)
      }
      expect(report.history.map((e) => e.action)).toEqual(["save", "submit", "return", "submit", "approve"])
      for (const [suffix, body] of [
        ["/approve", { version: 5 }],
        ["/return", { comment: "Làm lại", version: 5 }],
      ] as const) {
        expect((await post(suffix, tree.chuongMyWard, body, district)).status).toBe(409)
      }
      expect((await post("/submit", tree.chuongMyWard, { ...narrative, version: 5 }, officerA)).status).toBe(
        409,
      )
      expect(await events(tree.chuongMyWard)).toBe(5)
      const audited = await db.sql(
        (sql) => sql<{ action: string }>`
        select action from audit_log where entity = 'report' order by id`,
      )
      expect(audited.map((a) => a.action)).toEqual([
        "report.save",
        "report.submit",
        "report.return",
        "report.submit",
        "report.approve",
      ])
    })

    it("keeps its approved figures after a back-dated write, and shows the live figure and the difference", async () => {
      const before = await get(tree.chuongMyWard, district)
      const identity = (d: Detail) => d.figures.find((f) => f.id === "digital-identity")!
      expect(identity(before).approved).toEqual({
        id: "digital-identity",
        numerator: 1,
        denominator: 2,
        value: 0.5,
      })
      // Two people recorded after the approval, counted as at 31 October (born in 1980, VNeID level 2).
      await addPeople("BS-99", [2, 2])
      const after = await get(tree.chuongMyWard, district)
      expect(identity(after)).toEqual({
        id: "digital-identity",
        approved: { id: "digital-identity", numerator: 1, denominator: 2, value: 0.5 },
        live: { id: "digital-identity", numerator: 3, denominator: 4, value: 0.75 },
        difference: 0.25,
        numeratorDifference: 2,
      })
      const page = await readJson<{ items: ReadonlyArray<{ status: string }> }>(
        await db.request(`/api/reports?period=2026-10&parentId=${tree.hanoi}&status=approved`, {
          cookie: district,
        }),
      )
      expect(page.items).toHaveLength(1)
    })
  })

  describe("completeness and timeliness", () => {
    it("counts who submitted and who on time among the communes under the unit", async () => {
      expect(await completeness(district, tree.hanoi)).toEqual({
        expected: 2,
        submitted: 1,
        onTime: 1,
        late: 0,
        approved: 1,
        returned: 0,
        waiting: 0,
        missing: 1,
        completeness: 0.5,
        timeliness: 0.5,
      })
      vi.setSystemTime(vietnamMorning("09"))
      const late = await post("/submit", tree.quangBi, { ...narrative, version: 0 }, officerB)
      expect(late.status).toBe(200)
      expect(await readJson<Detail>(late)).toMatchObject({ firstSubmittedOn: "2026-11-09", onTime: false })
      expect(await completeness(district, tree.hanoi)).toMatchObject({
        expected: 2,
        submitted: 2,
        onTime: 1,
        late: 1,
        waiting: 1,
        missing: 0,
        completeness: 1,
        timeliness: 0.5,
      })
    })

    it("lists the communes with their status, a page at a time, and an officer sees only their own", async () => {
      const list = await readJson<{
        items: ReadonlyArray<{ unit: { id: string }; status: string; onTime: boolean }>
        total: number
      }>(
        await db.request(`/api/reports?period=2026-10&parentId=${tree.hanoi}&pageSize=1`, {
          cookie: district,
        }),
      )
      expect(list.total).toBe(2)
      expect(list.items).toHaveLength(1)
      const waiting = await readJson<{ items: ReadonlyArray<{ unit: { id: string }; onTime: boolean }> }>(
        await db.request(`/api/reports?period=2026-10&parentId=${tree.hanoi}&status=submitted`, {
          cookie: district,
        }),
      )
      expect(waiting.items.map((i) => [i.unit.id, i.onTime])).toEqual([[tree.quangBi, false]])
      const mine = await readJson<{ items: ReadonlyArray<{ unit: { id: string } }> }>(
        await db.request("/api/reports?period=2026-10", { cookie: officerA }),
      )
      expect(mine.items.map((i) => i.unit.id)).toEqual([tree.chuongMyWard])
      expect(await completeness(officerA)).toMatchObject({ expected: 1, approved: 1 })
      expect(
        (
          await db.request(`/api/reports/completeness?period=2026-10&parentId=${tree.quangBi}`, {
            cookie: officerA,
          })
        ).status,
      ).toBe(404)
    })

    it("a viewer reads the reports and changes none", async () => {
      expect((await completeness(viewer, tree.hanoi)).expected).toBe(2)
      expect((await post("/approve", tree.quangBi, { version: 1 }, viewer)).status).toBe(403)
      expect((await post("", tree.quangBi, { ...narrative, version: 1 }, viewer)).status).toBe(403)
      expect((await get(tree.quangBi, district)).status).toBe("submitted")
    })
  })

  describe("export", () => {
    it("exports an approved report as XLSX in Vietnamese or English, and no other", async () => {
      const waiting = await db.request(`${path(tree.quangBi)}/report.xlsx`, { cookie: district })
      expect(waiting.status).toBe(409)
      expect((await readJson<ErrorBody>(waiting)).issues.map((i) => i.path)).toEqual(["status"])
      for (const [lang, words] of [
        [
          "vi",
          [
            "Đơn vị",
            "Phường Chương Mỹ",
            "Tháng 10/2026",
            "Người cao tuổi chưa có điện thoại",
            "Cán bộ huyen",
            "THỦ TRƯỞNG ĐƠN VỊ",
          ],
        ],
        ["en", ["Unit", "Phường Chương Mỹ", "October 2026", "Approved (%)", "HEAD OF THE UNIT"]],
      ] as const) {
        const response = await db.request(`${path(tree.chuongMyWard)}/report.xlsx?lang=${lang}`, {
          cookie: officerA,
        })
        expect(response.status).toBe(200)
        const book = new ExcelJS.Workbook()
        await book.xlsx.load(await response.arrayBuffer())
        const texts: Array<string> = []
        book.worksheets[0]?.eachRow((row) => {
          row.eachCell((c) => {
            texts.push(String(c.value))
          })
        })
        for (const word of words)
          expect(
            texts.some((t) => t.includes(word)),
            word,
          ).toBe(true)
      }
    })
  })
})
