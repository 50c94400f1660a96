/**
 * The review queue of public sign-ups: a sign-up from the landing site is a request that holds a seat
 * and changes no indicator until an officer of the resident's commune accepts it — matched to the
 * person already registered (no second record) or registered with a household — or rejects it. Each
 * sign-up is decided once, and only by its commune.
 */
import { beforeAll, describe, expect, it } from "vitest"
import * as Accounts from "../src/auth/Accounts.js"
import type { Candidate, Item } from "../src/resources/SignUps.js"
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

const human = { website: "", elapsedMs: 12_000 }

forEachDatabase((db) => {
  let admin: string
  let officer: string
  let otherOfficer: string
  let tree: Tree
  let household: string
  let mai: string

  const create = async (path: string, body: unknown, cookie = admin) => {
    const response = await db.request(`/api/${path}`, { cookie, body })
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return readJson<{ id: string; version: number }>(response)
  }

  const count = (query: string) =>
    db.sql((sql) => sql.unsafe<{ n: number }>(query)).then((rows) => Number(rows[0]?.n ?? 0))

  /** A class in Quảng Bị, weeks ahead, open to sign-up. */
  const newClass = (capacity: number, title = "Lớp cài đặt VNeID") =>
    create("classes", {
      unitId: tree.villageQ,
      title,
      audience: "community",
      topicIds: ["vneid"],
      startsAt: "2027-03-10T01:00:00.000Z",
      durationMinutes: 90,
      mode: "in_person",
      venue: "Nhà văn hoá thôn Quảng Bị",
      capacity,
      instructorIds: [],
      organizationId: null,
      status: "scheduled",
    }).then((c) => c.id)

  /** Signs up on the public site, as the landing's form sends it. */
  const signUp = (classId: string, fields: { fullName: string; phone: string; birthYear: number | string }) =>
    db.request(`/api/public/classes/${classId}/registrations`, {
      body: { unitId: tree.villageQ, needs: [], topicIds: [], classId, consent: true, ...human, ...fields },
    })

  const queue = async (cookie = officer, query = "status=pending") =>
    readJson<Page>(await db.request(`/api/sign-ups?${query}`, { cookie }))

  const waitingFor = async (fullName: string) => {
    const found = (await queue(officer, "status=pending&pageSize=100")).items.find(
      (s) => s.fullName === fullName,
    )
    if (found === undefined) throw new Error(`no waiting sign-up of ${fullName}`)
    return found
  }

  const decide = (id: string, body: unknown, cookie = officer) =>
    db.request(`/api/sign-ups/${id}/decision`, { cookie, body })

  /** The commune's indicators as the dashboard reads them: the whole answer, and each figure by id. */
  const report = async () => {
    const response = await db.request(`/api/indicators?unitId=${tree.quangBi}`, { cookie: admin })
    expect(response.status).toBe(200)
    return readJson<{
      indicators: ReadonlyArray<{ id: string; numerator: number; denominator: number }>
    }>(response)
  }
  const indicators = async () =>
    Object.fromEntries(
      (await report()).indicators.map((i) => [i.id, { numerator: i.numerator, denominator: i.denominator }]),
    )

  beforeAll(async () => {
    admin = await db.login()
    tree = await createTree(db, admin)
    for (const [email, unitId] of [
      ["canbo@quangbi.test", tree.quangBi],
      ["canbo@chuongmy.test", tree.chuongMyWard],
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
    officer = await db.login({ email: "canbo@quangbi.test", password: "mật khẩu cán bộ xã 2025" })
    otherOfficer = await db.login({ email: "canbo@chuongmy.test", password: "mật khẩu cán bộ xã 2025" })
    household = (await create("households", { code: "QB-01", unitId: tree.villageQ, isRemote: false })).id
    mai = (
      await create("people", {
        fullName: "Trần Thị Mai",
        birth: { year: 1961 },
        sex: "female",
        householdId: household,
        unitId: tree.villageQ,
        groups: [],
        vneidLevel: 0,
        hasDigitalBankAccount: false,
        phone: "0912 345 678",
      })
    ).id
  })

  describe("sign-up review", () => {
    it("changes no indicator until an officer accepts it; then the person and household count", async () => {
      const classId = await newClass(10)
      const unchanged = await report()
      const before = await indicators()
      const people = await count("select count(*)::int as n from people")
      const response = await signUp(classId, {
        fullName: "lê văn hùng",
        phone: "0987 654 321",
        birthYear: "1950",
      })
      expect(response.status).toBe(201)
      const received = await readJson<{ status: string; signUpId: string; class: { seatsLeft: number } }>(
        response,
      )
      expect(received.status).toBe("registered")
      expect(received.class.seatsLeft).toBe(9)
      // The seat is held while it waits, and nothing about people has moved.
      expect(await report()).toEqual(unchanged)
      expect(await count("select count(*)::int as n from people")).toBe(people)
      expect(await count(`select count(*)::int as n from enrollments where class_id = '${classId}'`)).toBe(0)
      const held = await readJson<{ enrolled: number; pendingSignUps: number }>(
        await db.request(`/api/classes/${classId}`, { cookie: officer }),
      )
      expect(held).toMatchObject({ enrolled: 0, pendingSignUps: 1 })
      expect(
        await readJson<{ pending: number }>(
          await db.request("/api/sign-ups/pending-count", { cookie: officer }),
        ),
      ).toMatchObject({ pending: 1 })

      const waiting = await waitingFor("Lê Văn Hùng")
      expect(waiting).toMatchObject({
        phone: "+84987654321",
        birthYear: 1950,
        communeId: tree.quangBi,
        version: 1,
      })
      const accepted = await decide(waiting.id, {
        decision: "create",
        version: 1,
        household: { code: "QB-02", unitId: tree.villageQ, isRemote: true },
        person: {
          fullName: "Lê Văn Hùng",
          birth: { date: "1950-04-02" },
          sex: "male",
          householdId: null,
          unitId: tree.villageQ,
          groups: [],
          vneidLevel: 1,
          hasDigitalBankAccount: false,
          phone: "0987 654 321",
        },
      })
      expect(accepted.status, await accepted.clone().text()).toBe(200)
      const item = await readJson<Item>(accepted)
      expect(item).toMatchObject({ status: "accepted", decision: "create", version: 2 })
      const person = await readJson<{ sex: string; householdId: string; birth: unknown }>(
        await db.request(`/api/people/${item.personId}`, { cookie: officer }),
      )
      expect(person).toMatchObject({ sex: "male", birth: { date: "1950-04-02" } })
      expect(person.householdId).not.toBeNull()
      expect(
        await count(
          `select count(*)::int as n from enrollments where id = '${item.enrollmentId}' and class_id = '${classId}'`,
        ),
      ).toBe(1)

      const after = await indicators()
      expect(after["adults-basic"]!.denominator).toBe(before["adults-basic"]!.denominator + 1)
      expect(after["elderly-reached"]!.denominator).toBe(before["elderly-reached"]!.denominator + 1)
      expect(after["digital-identity"]!.denominator).toBe(before["digital-identity"]!.denominator + 1)
      expect(after["digital-family"]!.denominator).toBe(before["digital-family"]!.denominator + 1)
      // The seat the sign-up held is now the enrollment's.
      expect(
        await readJson<{ enrolled: number; pendingSignUps: number }>(
          await db.request(`/api/classes/${classId}`, { cookie: officer }),
        ),
      ).toMatchObject({ enrolled: 1, pendingSignUps: 0 })
    })

    it("matches a resident already on the list: suggested first, enrolled, no second record", async () => {
      const classId = await newClass(10, "Lớp thanh toán số")
      const response = await signUp(classId, {
        fullName: "tran thi mai",
        phone: "+84912345678",
        birthYear: 1961,
      })
      expect(response.status).toBe(201)
      const again = await signUp(classId, { fullName: "Trần Thị Mai", phone: "0912345678", birthYear: 1961 })
      expect(again.status).toBe(200)
      expect((await readJson<{ status: string }>(again)).status).toBe("already_registered")
      expect(await count(`select count(*)::int as n from sign_ups where class_id = '${classId}'`)).toBe(1)

      const waiting = await waitingFor("Tran Thi Mai")
      const candidates = await readJson<ReadonlyArray<Candidate>>(
        await db.request(`/api/sign-ups/${waiting.id}/candidates`, { cookie: officer }),
      )
      expect(candidates[0]).toMatchObject({ id: mai, evidence: ["name", "phone", "birthYear", "commune"] })
      const before = await indicators()
      const matched = await decide(waiting.id, { decision: "match", version: waiting.version, personId: mai })
      expect(matched.status, await matched.clone().text()).toBe(200)
      expect(await readJson<Item>(matched)).toMatchObject({
        status: "accepted",
        decision: "match",
        personId: mai,
      })
      expect(await count("select count(*)::int as n from people where phone = '+84912345678'")).toBe(1)
      expect(
        await count(
          `select count(*)::int as n from enrollments where class_id = '${classId}' and person_id = '${mai}'`,
        ),
      ).toBe(1)
      // The same person, enrolled: no denominator moves.
      const after = await indicators()
      for (const id of [
        "adults-basic",
        "elderly-reached",
        "digital-identity",
        "digital-bank",
        "digital-family",
      ]) {
        expect(after[id]!.denominator, id).toBe(before[id]!.denominator)
      }
    })

    it("keeps another commune's officer from seeing or deciding it", async () => {
      const classId = await newClass(5, "Lớp an toàn trên mạng")
      expect(
        (await signUp(classId, { fullName: "Phạm Thị Thu", phone: "0911 222 333", birthYear: 1980 })).status,
      ).toBe(201)
      const waiting = await waitingFor("Phạm Thị Thu")
      expect((await db.request(`/api/sign-ups/${waiting.id}`, { cookie: otherOfficer })).status).toBe(404)
      expect(
        (await db.request(`/api/sign-ups/${waiting.id}/candidates`, { cookie: otherOfficer })).status,
      ).toBe(404)
      expect((await queue(otherOfficer)).items.map((s) => s.id)).not.toContain(waiting.id)
      expect(
        await readJson<{ pending: number }>(
          await db.request("/api/sign-ups/pending-count", { cookie: otherOfficer }),
        ),
      ).toMatchObject({ pending: 0 })
      const refused = await decide(
        waiting.id,
        { decision: "reject", version: 1, reason: "Không ở xã" },
        otherOfficer,
      )
      expect(refused.status).toBe(404)
      expect((await db.request(`/api/sign-ups/${waiting.id}`, { cookie: officer })).status).toBe(200)
      expect((await db.request("/api/sign-ups")).status).toBe(401)
    })

    it("decides once: a second decision answers 409 and changes nothing", async () => {
      const classId = await newClass(5, "Lớp dịch vụ công trực tuyến")
      expect(
        (await signUp(classId, { fullName: "Đỗ Văn Nam", phone: "0911 444 555", birthYear: 1990 })).status,
      ).toBe(201)
      const waiting = await waitingFor("Đỗ Văn Nam")
      const blank = await decide(waiting.id, { decision: "reject", version: 1, reason: "   " })
      expect(blank.status).toBe(400)
      expect((await readJson<ErrorBody>(blank)).issues?.map((i) => i.path)).toEqual(["reason"])
      const rejected = await decide(waiting.id, { decision: "reject", version: 1, reason: "Đã học lớp khác" })
      expect(rejected.status).toBe(200)
      expect(await readJson<Item>(rejected)).toMatchObject({
        status: "rejected",
        reason: "Đã học lớp khác",
        version: 2,
      })
      const people = await count("select count(*)::int as n from people")
      for (const second of [
        { decision: "match", version: 2, personId: mai },
        { decision: "reject", version: 2, reason: "Lần hai" },
      ]) {
        const response = await decide(waiting.id, second)
        expect(response.status).toBe(409)
        expect((await readJson<ErrorBody>(response)).message).toBe("Đăng ký này đã bị từ chối trước đó")
      }
      expect(
        await readJson<Item>(await db.request(`/api/sign-ups/${waiting.id}`, { cookie: officer })),
      ).toMatchObject({
        status: "rejected",
        reason: "Đã học lớp khác",
        version: 2,
      })
      expect(await count("select count(*)::int as n from people")).toBe(people)
      expect(await count(`select count(*)::int as n from enrollments where class_id = '${classId}'`)).toBe(0)
      // A rejected sign-up frees its seat.
      expect(
        await readJson<{ pendingSignUps: number }>(
          await db.request(`/api/classes/${classId}`, { cookie: officer }),
        ),
      ).toMatchObject({ pendingSignUps: 0 })
    })

    it("holds seats for waiting sign-ups: a full class refuses the next one in words", async () => {
      const classId = await newClass(2, "Lớp hai chỗ")
      for (const [fullName, phone] of [
        ["Vũ Thị Lan", "0911 000 101"],
        ["Vũ Văn Long", "0911 000 102"],
      ] as const) {
        expect((await signUp(classId, { fullName, phone, birthYear: 1985 })).status).toBe(201)
      }
      const full = await signUp(classId, { fullName: "Vũ Thị Hoa", phone: "0911 000 103", birthYear: 1985 })
      expect(full.status).toBe(409)
      expect(await readJson<ErrorBody>(full)).toMatchObject({
        error: "class_full",
        message: "Lớp đã đủ chỗ. Mời bạn đăng ký lớp kế tiếp.",
      })
      // An officer cannot fill the held seats either.
      const enroll = await db.request(`/api/classes/${classId}/enrollments`, {
        cookie: officer,
        body: { personId: mai },
      })
      expect(enroll.status).toBe(409)
    })
  })
})
