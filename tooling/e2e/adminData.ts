/**
 * Records the admin browser tests need, written through the real API with the signed-in browser's
 * own cookies (Playwright's request context shares them), so every write passes the same
 * authentication, CSRF check, validation and audit as a click would.
 */
import type { APIResponse, BrowserContext } from "playwright-core"

const csrfOf = async (context: BrowserContext): Promise<string> => {
  const cookie = (await context.cookies()).find((c) => c.name === "bdhv_csrf")
  if (cookie === undefined) throw new Error("no bdhv_csrf cookie: sign in first")
  return decodeURIComponent(cookie.value)
}

const bodyOf = async <T>(response: APIResponse, what: string): Promise<T> => {
  if (!response.ok()) throw new Error(`${what}: ${response.status()} ${await response.text()}`)
  return (await response.json()) as T
}

/** POSTs JSON to the API as the signed-in user. */
export const post = async <T>(
  context: BrowserContext,
  baseUrl: string,
  path: string,
  data: unknown,
): Promise<T> =>
  bodyOf<T>(
    await context.request.post(`${baseUrl}${path}`, {
      data,
      headers: { "x-csrf-token": await csrfOf(context), origin: baseUrl },
    }),
    `POST ${path}`,
  )

/** GETs JSON from the API as the signed-in user. */
export const get = async <T>(context: BrowserContext, baseUrl: string, path: string): Promise<T> =>
  bodyOf<T>(await context.request.get(`${baseUrl}${path}`), `GET ${path}`)

/**
 * The unit with a GSO code valid on a day, when the tree has it: every install carries the real
 * administrative tree, so the communes the tests use are found, not created again.
 */
export const unitByCode = async (
  context: BrowserContext,
  baseUrl: string,
  code: string,
  asOf: string,
): Promise<string | undefined> => {
  const page = await get<{ items: ReadonlyArray<{ id: string; code: string | null }> }>(
    context,
    baseUrl,
    `/api/units?code=${encodeURIComponent(code)}&asOf=${asOf}&pageSize=5`,
  )
  return page.items.find((unit) => unit.code === code)?.id
}

/** Thành phố Hà Nội, the parent of the communes a test adds from 1 July 2025. */
const hanoiId = async (context: BrowserContext, baseUrl: string): Promise<string> => {
  const id = await unitByCode(context, baseUrl, "01", "2025-07-01")
  if (id === undefined) throw new Error("the administrative tree has no Thành phố Hà Nội (01)")
  return id
}

/** A commune (from 1 July 2025; the real one when the tree has its code) and a new village in it. */
export const createCommuneWithVillage = async (
  context: BrowserContext,
  baseUrl: string,
  names: { readonly commune: string; readonly code: string; readonly village: string },
) => {
  const communeId =
    (await unitByCode(context, baseUrl, names.code, "2025-07-01")) ??
    (
      await post<{ id: string }>(context, baseUrl, "/api/units", {
        code: names.code,
        name: names.commune,
        kind: "xa",
        validFrom: "2025-07-01",
        validTo: null,
        successorIds: [],
        parentId: await hanoiId(context, baseUrl),
      })
    ).id
  const village = await post<{ id: string }>(context, baseUrl, "/api/units", {
    code: null,
    name: names.village,
    kind: "thon",
    validFrom: "2025-07-01",
    validTo: null,
    successorIds: [],
    parentId: communeId,
  })
  return { communeId, villageId: village.id }
}

/** A household in a village, and its members (birth year and groups as given). */
export const createHouseholdWithMembers = async (
  context: BrowserContext,
  baseUrl: string,
  household: { readonly code: string; readonly villageId: string },
  members: ReadonlyArray<{
    readonly fullName: string
    readonly birthYear: number
    readonly sex: "male" | "female"
    readonly groups?: ReadonlyArray<{ readonly _tag: string }>
    readonly phone?: string
  }>,
) => {
  const created = await post<{ id: string }>(context, baseUrl, "/api/households", {
    code: household.code,
    unitId: household.villageId,
    isRemote: false,
  })
  const people = []
  for (const member of members) {
    people.push(
      await post<{ id: string; fullName: string }>(context, baseUrl, "/api/people", {
        fullName: member.fullName,
        birth: { year: member.birthYear },
        sex: member.sex,
        householdId: created.id,
        unitId: household.villageId,
        groups: member.groups ?? [],
        vneidLevel: 0,
        hasDigitalBankAccount: false,
        phone: member.phone ?? "",
      }),
    )
  }
  return { householdId: created.id, people }
}

/** A community digital transformation team working in a unit. */
export const createTeam = (context: BrowserContext, baseUrl: string, name: string, unitId: string) =>
  post<{ id: string }>(context, baseUrl, "/api/teams", {
    kind: "community",
    name,
    unitId,
    memberIds: [],
    leaderId: null,
  })

/** An account (created by the signed-in district admin). */
export const createUser = (
  context: BrowserContext,
  baseUrl: string,
  user: {
    readonly email: string
    readonly fullName: string
    readonly password: string
    readonly role: string
    readonly unitId?: string
    readonly teamId?: string
    readonly guideId?: string
  },
) => post<{ id: string }>(context, baseUrl, "/api/users", user)

/**
 * A unit of the tree, under a parent from its first day when one is given: the real one when the tree
 * already has its code on that day; a new commune-level unit without a parent goes under Hà Nội.
 */
export const createUnit = async (
  context: BrowserContext,
  baseUrl: string,
  unit: {
    readonly code: string | null
    readonly name: string
    readonly kind: string
    readonly validFrom: string
    readonly parentId?: string
  },
): Promise<{ id: string }> => {
  if (unit.code !== null) {
    const id = await unitByCode(context, baseUrl, unit.code, unit.validFrom)
    if (id !== undefined) return { id }
  }
  const parentId = unit.parentId ?? (unit.kind === "province" ? undefined : await hanoiId(context, baseUrl))
  return post<{ id: string }>(context, baseUrl, "/api/units", {
    validTo: null,
    successorIds: [],
    ...unit,
    ...(parentId === undefined ? {} : { parentId }),
  })
}

/** Records each topic for a person, as an assessment on a day. */
export const recordSkills = async (
  context: BrowserContext,
  baseUrl: string,
  personId: string,
  topicIds: ReadonlyArray<string>,
  date: string,
) => {
  for (const topicId of topicIds) {
    await post(context, baseUrl, "/api/skill-records", {
      personId,
      topicId,
      date,
      source: "assessment",
      evidenceId: `e2e-${personId}-${topicId}`,
    })
  }
}
