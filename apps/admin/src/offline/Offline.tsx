/**
 * Working without a signal: whether the phone is online, the outbox of writes waiting to be sent (a
 * team leader's visits, a guide's learning records — or refused by the server, with the reason), and
 * the sync that sends them when the network returns. A write recorded by a role that works offline
 * always goes through the outbox, online or not, so there is one path and nothing is lost between the
 * tap and the server's answer.
 */
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import {
  type Accessor,
  createContext,
  createEffect,
  createSignal,
  on,
  onCleanup,
  onMount,
  type ParentProps,
  useContext,
} from "solid-js"
import { OfflineError } from "../api/ApiError"
import { useApi } from "../api/client"
import { useSession } from "../session/Session"
import {
  fetchGuideSnapshot,
  fetchSnapshot,
  type GuideSnapshot,
  type OfflineSnapshot,
  replay,
  replayLearning,
} from "./offlineApi"
import * as Store from "./OfflineStore"

/** The server answers at most this many writes at a time. */
const batchSize = 100

export interface Offline {
  readonly online: Accessor<boolean>
  /** Whether this user's phone keeps data offline (team leaders and guides). */
  readonly keeps: Accessor<boolean>
  /** The outbox, oldest first: waiting ones have no `rejection`. */
  readonly queue: Accessor<ReadonlyArray<Store.Queued>>
  readonly syncing: Accessor<boolean>
  /** Records a write in the outbox and sends it at once when online. */
  readonly record: (item: Store.Queued) => Promise<"applied" | "waiting" | "rejected">
  /** Sends what waits in the outbox. */
  readonly sync: () => Promise<void>
  /** Takes a refused write out of the outbox once the user has read why. */
  readonly dismiss: (key: string) => Promise<void>
}

const OfflineContext = createContext<Offline>()

export const OfflineProvider = (props: ParentProps) => {
  const api = useApi()
  const session = useSession()
  const queryClient = useQueryClient()
  const [online, setOnline] = createSignal(typeof navigator === "undefined" ? true : navigator.onLine)
  const [queue, setQueue] = createSignal<ReadonlyArray<Store.Queued>>([])
  const [syncing, setSyncing] = createSignal(false)
  const keeps = () => Store.mayKeep(session.user())

  const reload = async () => setQueue(keeps() ? await Store.outbox() : [])

  const sync = async () => {
    if (!keeps() || syncing() || !navigator.onLine) return
    setSyncing(true)
    let sent = false
    try {
      const waiting = (await Store.outbox()).filter((item) => item.rejection === undefined)
      const visits = waiting.filter((item): item is Store.QueuedVisit => item.kind === "visit")
      const learning = waiting.filter((item): item is Store.QueuedLearning => item.kind === "learning")
      const settle = async (
        results: ReadonlyArray<
          { readonly key: string; readonly _tag: "Applied" } | Parameters<typeof Store.reject>[1]
        >,
      ) => {
        sent = true
        await Store.remove(results.filter((result) => result._tag === "Applied").map((result) => result.key))
        for (const result of results) if (result._tag === "Rejected") await Store.reject(result.key, result)
      }
      for (let start = 0; start < visits.length; start += batchSize) {
        const batch = visits.slice(start, start + batchSize)
        await settle(
          await replay(
            api,
            batch.map(({ key, seenUnitId, visit }) => ({ key, seenUnitId, visit })),
          ),
        )
      }
      for (const guideId of new Set(learning.map((item) => item.guideId))) {
        const mine = learning.filter((item) => item.guideId === guideId)
        for (let start = 0; start < mine.length; start += batchSize) {
          const batch = mine.slice(start, start + batchSize)
          await settle(
            await replayLearning(
              api,
              guideId,
              batch.map(({ key, link }) => ({ key, link })),
            ),
          )
        }
      }
    } catch (error) {
      // No network after all: everything stays in the outbox for the next try.
      if (!(error instanceof OfflineError)) throw error
    } finally {
      setSyncing(false)
      await reload()
    }
    if (sent) {
      await Promise.all(
        [
          "offline-snapshot",
          "guide-snapshot",
          "visits",
          "guides",
          "worklist",
          "people",
          "households",
          "indicators",
        ].map((key) => queryClient.invalidateQueries({ queryKey: [key] })),
      )
    }
  }

  const goOnline = () => {
    setOnline(true)
    void sync()
  }
  const goOffline = () => setOnline(false)
  onMount(() => {
    window.addEventListener("online", goOnline)
    window.addEventListener("offline", goOffline)
  })
  // The outbox is the signed-in user's: read it (and send it) once we know who that is.
  createEffect(
    on(
      () => session.user()?.userId,
      () => void reload().then(sync),
    ),
  )
  onCleanup(() => {
    window.removeEventListener("online", goOnline)
    window.removeEventListener("offline", goOffline)
  })

  const offline: Offline = {
    online,
    keeps,
    queue,
    syncing,
    record: async (item) => {
      await Store.enqueue(item)
      await reload()
      await sync()
      const after = (await Store.outbox()).find((queued) => queued.key === item.key)
      return after === undefined ? "applied" : after.rejection === undefined ? "waiting" : "rejected"
    },
    sync,
    dismiss: async (key) => {
      await Store.remove([key])
      await reload()
    },
  }
  return <OfflineContext.Provider value={offline}>{props.children}</OfflineContext.Provider>
}

export const useOffline = (): Offline => {
  const offline = useContext(OfflineContext)
  if (offline === undefined) throw new Error("useOffline outside <OfflineProvider>")
  return offline
}

/** A team's snapshot and where it came from: the server just now, or the phone's store. */
export interface KeptSnapshot {
  readonly snapshot: OfflineSnapshot
  readonly savedAt: number
  readonly fromDevice: boolean
}

/**
 * The team's worklist snapshot: from the server when it answers (kept on the phone for the roles that
 * keep data), else the copy kept on the phone. Runs whatever the network says, so it can fall back.
 */
export const useTeamSnapshot = (teamId: Accessor<string | undefined>) => {
  const api = useApi()
  const offline = useOffline()
  return useQuery(() => ({
    queryKey: ["offline-snapshot", teamId()],
    networkMode: "always" as const,
    enabled: teamId() !== undefined,
    queryFn: async (): Promise<KeptSnapshot> => {
      const id = teamId()!
      try {
        const snapshot = await fetchSnapshot(api, id)
        if (offline.keeps()) await Store.saveSnapshot(snapshot)
        return { snapshot, savedAt: Date.now(), fromDevice: false }
      } catch (error) {
        const kept =
          error instanceof OfflineError && offline.keeps() ? await Store.loadSnapshot(id) : undefined
        if (kept === undefined) throw error
        return { snapshot: kept.snapshot, savedAt: kept.savedAt, fromDevice: true }
      }
    },
    retry: (failures: number, error: Error) => !(error instanceof OfflineError) && failures < 2,
  }))
}

/** A guide's snapshot and where it came from: the server just now, or the phone's store. */
export interface KeptGuideSnapshot {
  readonly snapshot: GuideSnapshot
  readonly savedAt: number
  readonly fromDevice: boolean
}

/**
 * A guide's learners: from the server when it answers (kept on the phone for the roles that keep data),
 * else the copy kept on the phone.
 */
export const useGuideSnapshot = (guideId: Accessor<string | undefined>) => {
  const api = useApi()
  const offline = useOffline()
  return useQuery(() => ({
    queryKey: ["guide-snapshot", guideId()],
    networkMode: "always" as const,
    enabled: guideId() !== undefined,
    queryFn: async (): Promise<KeptGuideSnapshot> => {
      const id = guideId()!
      try {
        const snapshot = await fetchGuideSnapshot(api, id)
        if (offline.keeps()) await Store.saveGuideSnapshot(snapshot)
        return { snapshot, savedAt: Date.now(), fromDevice: false }
      } catch (error) {
        const kept =
          error instanceof OfflineError && offline.keeps() ? await Store.loadGuideSnapshot(id) : undefined
        if (kept === undefined) throw error
        return { snapshot: kept.snapshot, savedAt: kept.savedAt, fromDevice: true }
      }
    },
    retry: (failures: number, error: Error) => !(error instanceof OfflineError) && failures < 2,
  }))
}
