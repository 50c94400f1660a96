/**
 * The app's handle on the API, provided once at the root so every page uses the same fetch
 * (cookies, language, CSRF) and the same error type.
 */
import type { AppType } from "@bdhv/api"
import { hc } from "hono/client"
import { createContext, type ParentProps, useContext } from "solid-js"
import { ApiError } from "./ApiError"
import { makeFetch } from "./http"

export interface SessionUser {
  readonly userId: string
  readonly email: string
  readonly fullName: string
  readonly role: "district_admin" | "commune_officer" | "team_leader" | "guide" | "viewer"
  readonly unitId: string
  readonly teamId: string | null
  readonly guideId: string | null
}

export interface AuthApi {
  readonly me: () => Promise<SessionUser>
  readonly login: (email: string, password: string) => Promise<SessionUser>
  readonly logout: () => Promise<void>
}

/** Hono's typed client over the API's routes: paths, inputs and outputs checked at compile time. */
export const makeRpc = (apiFetch: typeof fetch, baseUrl = "/") => hc<AppType>(baseUrl, { fetch: apiFetch })
export type Rpc = ReturnType<typeof makeRpc>

export interface Api {
  readonly fetch: typeof fetch
  readonly rpc: Rpc
  readonly auth: AuthApi
}

const json = async <T,>(response: Response): Promise<T> => {
  if (!response.ok) throw await ApiError.fromResponse(response)
  return (await response.json()) as T
}

export const makeApi = (language: () => string): Api => {
  const apiFetch = makeFetch(language)
  const post = (path: string, body?: unknown) =>
    apiFetch(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: body === undefined ? null : JSON.stringify(body),
    })
  return {
    fetch: apiFetch,
    rpc: makeRpc(apiFetch, typeof location === "undefined" ? "http://localhost/" : location.origin),
    auth: {
      me: async () => (await json<{ user: SessionUser }>(await apiFetch("/api/auth/me"))).user,
      login: async (email, password) =>
        (await json<{ user: SessionUser }>(await post("/api/auth/login", { email, password }))).user,
      logout: async () => {
        const response = await post("/api/auth/logout")
        if (!response.ok && response.status !== 401) throw await ApiError.fromResponse(response)
      },
    },
  }
}

const ApiContext = createContext<Api>()

export const ApiProvider = (props: ParentProps<{ readonly api: Api }>) => (
  <ApiContext.Provider value={props.api}>{props.children}</ApiContext.Provider>
)

export const useApi = (): Api => {
  const api = useContext(ApiContext)
  if (api === undefined) throw new Error("useApi outside <ApiProvider>")
  return api
}
