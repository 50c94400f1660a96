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

/** A commune (from 1 July 2025) and one village in it. */
export const createCommuneWithVillage = async (
  context: BrowserContext,
  baseUrl: string,
  names: { readonly commune: string; readonly code: string; readonly village: string },
) => {
  const commune = await post<{ id: string }>(context, baseUrl, "/api/units", {
    code: names.code,
    name: names.commune,
    kind: "xa",
    validFrom: "2025-07-01",
    validTo: null,
    successorIds: [],
  })
  const village = await post<{ id: string }>(context, baseUrl, "/api/units", {
    code: null,
    name: names.village,
    kind: "thon",
    validFrom: "2025-07-01",
    validTo: null,
    successorIds: [],
    parentId: commune.id,
  })
  return { communeId: commune.id, villageId: village.id }
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
        phone: "",
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
  },
) => post<{ id: string }>(context, baseUrl, "/api/users", user)

/** A unit of the tree, under a parent from its first day when one is given. */
export const createUnit = (
  context: BrowserContext,
  baseUrl: string,
  unit: {
    readonly code: string | null
    readonly name: string
    readonly kind: string
    readonly validFrom: string
    readonly parentId?: string
  },
) => post<{ id: string }>(context, baseUrl, "/api/units", { validTo: null, successorIds: [], ...unit })

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
