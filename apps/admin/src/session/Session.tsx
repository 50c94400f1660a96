/**
 * Who is signed in. The session lives in an httpOnly cookie the app cannot read, so "who am I" is a
 * query of the API; a 401 anywhere means signed out. Roles are shown and used to hide what a user
 * cannot do — the API enforces every one of them regardless.
 *
 * Team leaders and guides work where there is no signal: their phone remembers who signed in (in the
 * offline store), so the app opens without the network after one online sign-in. Signing out wipes
 * everything kept on the phone; any other role never gets anything written to it.
 */
import { useNavigate } from "@solidjs/router"
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import { type Accessor, createContext, type ParentProps, useContext } from "solid-js"
import { ApiError, OfflineError } from "../api/ApiError"
import { type AuthApi, type SessionUser, useApi } from "../api/client"
import * as OfflineStore from "../offline/OfflineStore"
import { registerServiceWorker } from "../offline/registerServiceWorker"

export type Role = SessionUser["role"]
export type { SessionUser }

export interface Session {
  readonly user: Accessor<SessionUser | null | undefined>
  readonly isLoading: Accessor<boolean>
  /** Why "who am I" failed, when it failed for another reason than being signed out. */
  readonly error: Accessor<unknown>
  readonly retry: () => void
  readonly login: (email: string, password: string) => Promise<SessionUser>
  readonly logout: () => Promise<void>
}

const SessionContext = createContext<Session>()
const sessionKey = ["session"] as const

/**
 * Keeps the user on the phone if their role works offline, and installs the service worker that keeps
 * the app for them; wipes the phone for any other role (who never needs the app without a network).
 */
const keepOnPhone = async (user: SessionUser): Promise<void> => {
  if (OfflineStore.mayKeep(user)) {
    await OfflineStore.rememberUser(user)
    registerServiceWorker()
  } else await OfflineStore.wipe()
}

const fetchMe = async (auth: AuthApi): Promise<SessionUser | null> => {
  try {
    const user = await auth.me()
    await keepOnPhone(user)
    return user
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null
    // No network: the team leader who signed in on this phone carries on with what it keeps.
    if (error instanceof OfflineError) {
      const remembered = await OfflineStore.rememberedUser()
      if (remembered !== undefined) return remembered
    }
    throw error
  }
}

export const SessionProvider = (props: ParentProps) => {
  const api = useApi()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const me = useQuery(() => ({
    queryKey: sessionKey,
    queryFn: () => fetchMe(api.auth),
    staleTime: 60_000,
    // Asked with or without a network: offline, the answer comes from the phone.
    networkMode: "always" as const,
  }))
  const session: Session = {
    user: () => me.data,
    isLoading: () => me.isPending,
    error: () => me.error,
    retry: () => void me.refetch(),
    login: async (email, password) => {
      const user = await api.auth.login(email, password)
      await keepOnPhone(user)
      // Nothing cached for a previous user may show to this one.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] })
      queryClient.setQueryData(sessionKey, user)
      return user
    },
    logout: async () => {
      try {
        await api.auth.logout()
      } finally {
        await OfflineStore.wipe()
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] })
        queryClient.setQueryData(sessionKey, null)
        navigate("/login", { replace: true })
      }
    },
  }
  return <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>
}

export const useSession = (): Session => {
  const session = useContext(SessionContext)
  if (session === undefined) throw new Error("useSession outside <SessionProvider>")
  return session
}
