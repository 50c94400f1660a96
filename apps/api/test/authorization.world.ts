/**
 * A small world for authorization tests: the test tree, and in each of two communes (phường Chương Mỹ
 * "in scope", xã Quảng Bị "out of scope") a household, people with phones, a team with a visit, and a
 * guide with a learner; then one account per role placed in phường Chương Mỹ, and a commune officer of
 * Quảng Bị. Every personal value is distinctive, so a test can search a response body for it.
 */
import * as Phone from "@bdhv/domain/Phone"
import * as Registration from "@bdhv/domain/Registration"
import * as Text from "@bdhv/domain/Text"
import { createTree, type Tree } from "./fixtures.js"
import { readJson, type TestDatabase } from "./harness.js"

/** The records of one commune. */
export interface Commune {
  readonly householdId: string
  /** A resident (not a learner), with a phone. */
  readonly residentId: string
  readonly residentName: string
  readonly residentPhone: string
  /** A learner of the commune's guide, with a phone. */
  readonly learnerId: string
  readonly learnerName: string
  /** The person who is the guide. */
  readonly guidePersonId: string
  readonly guideId: string
  readonly teamId: string
  readonly visitId: string
  readonly organizationId: string
  readonly classId: string
  readonly enrollmentId: string
  readonly skillRecordId: string
  readonly supportStaffId: string
  readonly postId: string
  readonly eventId: string
  readonly targetId: string
  /** A pending volunteer application from the commune's resident (same name and phone). */
  readonly volunteerId: string
  /** A waiting public sign-up of the commune's resident for the commune's class. */
  readonly signUpId: string
  /** Titles and names of the commune's non-personal records, to look for in bodies. */
  readonly titles: ReadonlyArray<string>
}

/** The accounts of the world, each as a cookie header. */
export interface Accounts {
  readonly district_admin: string
  readonly commune_officer: string
  readonly team_leader: string
  readonly guide: string
  readonly viewer: string
  /** A commune officer of the other commune. */
  readonly otherOfficer: string
}

/** The world. */
export interface World {
  readonly tree: Tree
  readonly inScope: Commune
  readonly outOfScope: Commune
  readonly accounts: Accounts
  /** The user ids, by role. */
  readonly userIds: Readonly<Record<keyof Accounts, string>>
}

/** The password of every account of the world. */
export const worldPassword = "mật khẩu của thế giới thử 2025"

const created = async (response: Response, what: string): Promise<{ id: string; fullName?: string }> => {
  if (response.status !== 201)
    throw new Error(`${what} not created: ${response.status} ${await response.text()}`)
  return readJson<{ id: string; fullName?: string }>(response)
}

const communeRecords = async (
  db: TestDatabase,
  admin: string,
  village: string,
  unit: string,
  tag: string,
  phones: readonly [string, string],
): Promise<Commune> => {
  const post = (path: string, body: Record<string, unknown>) =>
    db.request(path, { cookie: admin, body }).then((r) => created(r, path))
  const household = await post("/api/households", { code: `HD-${tag}`, unitId: village, isRemote: false })
  const person = (fullName: string, phone: string | undefined, year: number) =>
    post("/api/people", {
      fullName,
      birth: { year },
      sex: "female",
      householdId: household.id,
      unitId: village,
      groups: [],
      vneidLevel: 0,
      hasDigitalBankAccount: false,
      ...(phone === undefined ? {} : { phone }),
    })
  const resident = await person(`Lê Thị Cư Dân ${tag}`, phones[0], 1950)
  const learner = await person(`Phạm Thị Học Viên ${tag}`, phones[1], 1948)
  const guidePerson = await person(`Trần Văn Hướng Dẫn ${tag}`, undefined, 1995)
  // Teams, guides and visits are written directly: their routes are not what these tests are about.
  const ids = {
    teamId: `team-${tag}`,
    guideId: `guide-${tag}`,
    visitId: `visit-${tag}`,
    classId: `class-${tag}`,
    enrollmentId: `enrollment-${tag}`,
    skillRecordId: `skill-${tag}`,
    supportStaffId: `support-${tag}`,
    postId: `post-${tag}`,
    eventId: `event-${tag}`,
    targetId: `target-${tag}`,
    volunteerId: `volunteer-${tag}`,
    signUpId: `sign-up-${tag}`,
  }
  const organization = await post("/api/organizations", {
    name: `Hợp tác xã Nông nghiệp ${tag}`,
    kind: "cooperative",
    unitId: unit,
  })
  const titles = {
    class: `Lớp kỹ năng số ${tag}`,
    post: `Bản tin chuyển đổi số ${tag}`,
    event: `Ngày hội học tập số ${tag}`,
    organization: `Hợp tác xã Nông nghiệp ${tag}`,
  }
  const [topic] = await db.sql((sql) => sql<{ id: string }>`select id from topics order by id limit 1`)
  const topicId = topic?.id ?? ""
  await db.sql(
    (
      sql,
    ) => sql`insert into classes (id, unit_id, title, title_folded, audience, mode, starts_at, capacity, status, venue)
      values (${ids.classId}, ${unit}, ${titles.class}, ${`lop ky nang so ${tag.toLowerCase()}`}, 'community',
              'in_person', '2025-10-01T08:00:00+07:00', 25, 'scheduled', 'Nhà văn hoá thôn')`,
  )
  await db.sql(
    (sql) => sql`insert into class_topics (class_id, topic_id) values (${ids.classId}, ${topicId})`,
  )
  await db.sql(
    (sql) => sql`insert into enrollments (id, class_id, person_id, status)
      values (${ids.enrollmentId}, ${ids.classId}, ${learner.id}, 'registered')`,
  )
  await db.sql(
    (
      sql,
    ) => sql`insert into skill_records (id, person_id, topic_id, achieved_on, source, evidence_id, recorded_by)
      values (${ids.skillRecordId}, ${learner.id}, ${topicId}, '2025-04-02', 'guide', ${ids.guideId}, 'world')`,
  )
  await db.sql(
    (sql) => sql`insert into support_staff (id, unit_id, person_id, valid_from)
      values (${ids.supportStaffId}, ${unit}, ${resident.id}, '2025-01-01')`,
  )
  await db.sql(
    (sql) => sql`insert into posts (id, unit_id, channel, title, title_folded, published_on, reach)
      values (${ids.postId}, ${unit}, 'zalo_oa', ${titles.post}, ${`ban tin chuyen doi so ${tag.toLowerCase()}`},
              '2025-05-05', 120)`,
  )
  await db.sql(
    (sql) => sql`insert into events (id, unit_id, kind, title, title_folded, held_on, participants)
      values (${ids.eventId}, ${unit}, 'digital_learning_day', ${titles.event},
              ${`ngay hoi hoc tap so ${tag.toLowerCase()}`}, '2025-10-10', 300)`,
  )
  await db.sql(
    (sql) => sql`insert into targets (id, indicator_id, unit_id, value, deadline)
      values (${ids.targetId}, 'adults-basic', ${unit}, 0.8, '2025-12-31')`,
  )
  await db.sql(
    (sql) => sql`insert into teams (id, unit_id, name, name_folded, kind)
      values (${ids.teamId}, ${unit}, ${`Tổ công nghệ số ${tag}`}, ${`to cong nghe so ${tag.toLowerCase()}`}, 'community')`,
  )
  await db.sql(
    (sql) => sql`insert into visits (id, team_id, household_id, visited_on)
      values (${ids.visitId}, ${ids.teamId}, ${household.id}, '2025-09-10')`,
  )
  await db.sql(
    (sql) => sql`insert into guides (id, person_id, unit_id, since)
      values (${ids.guideId}, ${guidePerson.id}, ${unit}, '2025-03-01')`,
  )
  // The key the public form would give the resident's application (the domain's dedupe key).
  const applicationKey = Registration.dedupeKey({
    fullName: resident.fullName ?? "",
    phone: Phone.E164.make(phones[0]),
  })
  await db.sql(
    (
      sql,
    ) => sql`insert into volunteer_applications (id, dedupe_key, full_name, name_folded, phone, birth_year,
        unit_id, role, topic_ids)
      values (${ids.volunteerId}, ${applicationKey}, ${resident.fullName ?? ""}, ${Text.searchKey(resident.fullName ?? "")},
              ${phones[0]}, 1950, ${village}, 'guide', ${[topicId]}::text[])`,
  )
  await db.sql(
    (sql) => sql`insert into sign_ups (id, class_id, unit_id, commune_id, dedupe_key, full_name, name_folded,
        phone, birth_year)
      values (${ids.signUpId}, ${ids.classId}, ${village}, ${unit}, ${applicationKey}, ${resident.fullName ?? ""},
              ${Text.searchKey(resident.fullName ?? "")}, ${phones[0]}, 1950)`,
  )
  await db.sql(
    (sql) => sql`insert into guide_learners (guide_id, person_id, taught_on)
      values (${ids.guideId}, ${learner.id}, '2025-04-02')`,
  )
  return {
    householdId: household.id,
    residentId: resident.id,
    // As stored: the domain tidies a name's capitals.
    residentName: resident.fullName ?? "",
    residentPhone: phones[0],
    learnerId: learner.id,
    learnerName: learner.fullName ?? "",
    guidePersonId: guidePerson.id,
    organizationId: organization.id,
    titles: Object.values(titles),
    ...ids,
  }
}

/** Builds the world as the first district admin (`admin` is its cookie). */
export const createWorld = async (db: TestDatabase, admin: string): Promise<World> => {
  const tree = await createTree(db, admin)
  const inScope = await communeRecords(db, admin, tree.villageA, tree.chuongMyWard, "CM", [
    "+84912000111",
    "+84912000222",
  ])
  const outOfScope = await communeRecords(db, admin, tree.villageQ, tree.quangBi, "QB", [
    "+84987000333",
    "+84987000444",
  ])
  const account = async (key: keyof Accounts, placement: Record<string, unknown>) => {
    const email = `${key.replace("_", ".")}@world.test`
    const user = await db
      .request("/api/users", {
        cookie: admin,
        body: { email, fullName: `Tài khoản ${key}`, password: worldPassword, ...placement },
      })
      .then((r) => created(r, `account ${key}`))
    return { id: user.id, cookie: await db.login({ email, password: worldPassword }) }
  }
  const made = {
    district_admin: await account("district_admin", { role: "district_admin", unitId: tree.hanoi }),
    commune_officer: await account("commune_officer", { role: "commune_officer", unitId: tree.chuongMyWard }),
    team_leader: await account("team_leader", { role: "team_leader", teamId: inScope.teamId }),
    guide: await account("guide", { role: "guide", guideId: inScope.guideId }),
    viewer: await account("viewer", { role: "viewer", unitId: tree.chuongMyWard }),
    otherOfficer: await account("otherOfficer", { role: "commune_officer", unitId: tree.quangBi }),
  }
  const accounts = Object.fromEntries(
    Object.entries(made).map(([k, v]) => [k, v.cookie]),
  ) as unknown as Accounts
  const userIds = Object.fromEntries(Object.entries(made).map(([k, v]) => [k, v.id])) as unknown as Record<
    keyof Accounts,
    string
  >
  return { tree, inScope, outOfScope, accounts, userIds }
}
