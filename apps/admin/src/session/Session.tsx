/**
 * Who is signed in. The session lives in an httpOnly cookie the app cannot read, so "who am I" is a
 * query of the API; a 401 anywhere means signed out. Roles are shown and used to hide what a user
 * cannot do — the API enforces every one of them regardless.
 */
import { useNavigate } from "@solidjs/router"
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import { type Accessor, createContext, type ParentProps, useContext } from "solid-js"
import { ApiError } from "../api/ApiError"
import { type AuthApi, type SessionUser, useApi } from "../api/client"

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

const fetchMe = async (auth: AuthApi): Promise<SessionUser | null> => {
  try {
    return await auth.me()
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null
    throw error
  }
}

export const SessionProvider = (props: ParentProps) => {
  const api = useApi()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const me = useQuery(() => ({ queryKey: sessionKey, queryFn: () => fetchMe(api.auth), staleTime: 60_000 }))
  const session: Session = {
    user: () => me.data,
    isLoading: () => me.isPending,
    error: () => me.error,
    retry: () => void me.refetch(),
    login: async (email, password) => {
      const user = await api.auth.login(email, password)
      // Nothing cached for a previous user may show to this one.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] })
      queryClient.setQueryData(sessionKey, user)
      return user
    },
    logout: async () => {
      try {
        await api.auth.logout()
      } finally {
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
