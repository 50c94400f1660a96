/**
 * The app's handle on the API, provided once at the root so every page uses the same fetch
 * (cookies, language, CSRF) and the same error type.
 */
import type { AppType } from "@bdhv/api"
import { hc } from "hono/client"
import { createContext, type ParentProps, useContext } from "solid-js"
import { ApiError } from "./ApiError"
import { makeFetch, type SuccessBody, unwrap } from "./http"

/** The signed-in user, as the API's `me` and `login` return it. */
export type SessionUser = SuccessBody<Awaited<ReturnType<Rpc["api"]["auth"]["me"]["$get"]>>>

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

export const makeApi = (language: () => string): Api => {
  const apiFetch = makeFetch(language)
  const rpc = makeRpc(apiFetch, typeof location === "undefined" ? "http://localhost/" : location.origin)
  return {
    fetch: apiFetch,
    rpc,
    auth: {
      me: () => unwrap(rpc.api.auth.me.$get()),
      login: (email, password) => unwrap(rpc.api.auth.login.$post({ json: { email, password } })),
      logout: async () => {
        // A session that already ended (401) is as good as signed out.
        const response = await rpc.api.auth.logout.$post()
        // The guard's 401 is not among the route's own responses.
        const status: number = response.status
        if (!response.ok && status !== 401) throw await ApiError.fromResponse(response)
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
