/**
 * What the phone of a team leader or a guide keeps in IndexedDB to work without a signal: who signed
 * in (so the app opens offline after one online sign-in), the snapshots the server sent (a team's
 * worklist, a guide's learners — each bounded by the cap the server sets), and the outbox of writes
 * recorded and not yet applied by the server (visits, learning records). Only the roles that work in
 * the field get a store; signing out deletes the whole database and the service worker's caches.
 */
import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from "idb"
import type { SessionUser } from "../api/client"
import type {
  GuideSnapshot,
  LearningInput,
  LearningRejection,
  OfflineSnapshot,
  ReplayRejection,
  VisitInput,
} from "./offlineApi"

/** The roles whose phones keep data offline; no other role gets anything written to the device. */
export const offlineRoles: ReadonlySet<SessionUser["role"]> = new Set(["team_leader", "guide"])

/** Whether this user's phone may keep an offline store. */
export const mayKeep = (user: SessionUser | null | undefined): user is SessionUser =>
  user !== null && user !== undefined && offlineRoles.has(user.role)

/** A visit recorded on the phone, waiting for the server (or refused by it, with the reason). */
export interface QueuedVisit {
  readonly kind: "visit"
  /** The idempotency key made on the phone (`crypto.randomUUID()`): the server applies it once. */
  readonly key: string
  /** When it was recorded on the phone (ms since the epoch), the order it is sent in. */
  readonly recordedAt: number
  /** The household's village as the snapshot showed it. */
  readonly seenUnitId: string
  /** How the team leader recognises the household in the outbox. */
  readonly householdLabel: string
  readonly visit: VisitInput
  /** Set when the server answered that it could not apply the visit. */
  readonly rejection?: ReplayRejection
}

/** A guide's learning record made on the phone, waiting for the server (or refused, with the reason). */
export interface QueuedLearning {
  readonly kind: "learning"
  /** The idempotency key made on the phone (`crypto.randomUUID()`): the server applies it once. */
  readonly key: string
  /** When it was recorded on the phone (ms since the epoch), the order it is sent in. */
  readonly recordedAt: number
  readonly guideId: string
  /** How the guide recognises the learner in the outbox. */
  readonly learnerName: string
  readonly link: LearningInput
  /** Set when the server answered that it could not apply the record. */
  readonly rejection?: LearningRejection
}

/** Anything waiting in the outbox. */
export type Queued = QueuedVisit | QueuedLearning

interface Schema extends DBSchema {
  session: { key: "user"; value: SessionUser }
  snapshots: {
    key: string
    value: { readonly teamId: string; readonly savedAt: number; readonly snapshot: OfflineSnapshot }
  }
  guideSnapshots: {
    key: string
    value: { readonly guideId: string; readonly savedAt: number; readonly snapshot: GuideSnapshot }
  }
  outbox: { key: string; value: Queued; indexes: { recordedAt: number } }
}

const name = "bdhv-offline"
let opened: Promise<IDBPDatabase<Schema>> | undefined

const db = () => {
  opened ??= openDB<Schema>(name, 2, {
    async upgrade(database, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        database.createObjectStore("session")
        database.createObjectStore("snapshots", { keyPath: "teamId" })
        database.createObjectStore("outbox", { keyPath: "key" }).createIndex("recordedAt", "recordedAt")
      }
      if (oldVersion < 2) {
        database.createObjectStore("guideSnapshots", { keyPath: "guideId" })
        // Version 1 kept visits only: say so on each, so nothing waiting is lost.
        if (oldVersion === 1) {
          let cursor = await transaction.objectStore("outbox").openCursor()
          while (cursor !== null) {
            const item = cursor.value as Omit<QueuedVisit, "kind">
            await cursor.update({ ...item, kind: "visit" })
            cursor = await cursor.continue()
          }
        }
      }
    },
  })
  return opened
}

/** Whether the browser has IndexedDB at all (a private window or an old phone may not). */
export const available = (): boolean => typeof indexedDB !== "undefined"

/** Remembers who signed in, so the app opens offline; a different user first wipes the store. */
export const rememberUser = async (user: SessionUser): Promise<void> => {
  if (!available()) return
  const previous = await (await db()).get("session", "user")
  if (previous !== undefined && previous.userId !== user.userId) await wipe()
  await (await db()).put("session", user, "user")
}

/** The user who signed in last on this phone, if the store has one. */
export const rememberedUser = async (): Promise<SessionUser | undefined> =>
  available() ? (await db()).get("session", "user") : undefined

/** Keeps the latest snapshot of a team's worklist. */
export const saveSnapshot = async (snapshot: OfflineSnapshot): Promise<void> => {
  await (await db()).put("snapshots", { teamId: snapshot.team.id, savedAt: Date.now(), snapshot })
}

/** The snapshot kept for a team, and when it was taken. */
export const loadSnapshot = async (teamId: string) => (await db()).get("snapshots", teamId)

/** Every team snapshot kept (a team leader has one team; the household page looks through them). */
export const loadSnapshots = async () => (available() ? (await db()).getAll("snapshots") : [])

/** Keeps the latest snapshot of a guide's learners. */
export const saveGuideSnapshot = async (snapshot: GuideSnapshot): Promise<void> => {
  await (await db()).put("guideSnapshots", { guideId: snapshot.guide.id, savedAt: Date.now(), snapshot })
}

/** The snapshot kept for a guide, and when it was taken. */
export const loadGuideSnapshot = async (guideId: string) => (await db()).get("guideSnapshots", guideId)

/** Puts a write in the outbox. */
export const enqueue = async (item: Queued): Promise<void> => {
  // A form's values are reactive proxies, which IndexedDB cannot clone: store the plain data.
  await (await db()).put("outbox", JSON.parse(JSON.stringify(item)) as Queued)
}

/** Everything in the outbox, oldest first. */
export const outbox = async (): Promise<ReadonlyArray<Queued>> =>
  available() ? (await db()).getAllFromIndex("outbox", "recordedAt") : []

/** Takes writes out of the outbox (applied by the server, or dismissed by the user). */
export const remove = async (keys: ReadonlyArray<string>): Promise<void> => {
  const tx = (await db()).transaction("outbox", "readwrite")
  await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done])
}

/** Marks a write as refused by the server, with the reason, so the user sees it. */
export const reject = async (key: string, rejection: ReplayRejection | LearningRejection): Promise<void> => {
  const tx = (await db()).transaction("outbox", "readwrite")
  const queued = await tx.store.get(key)
  if (queued !== undefined) await tx.store.put({ ...queued, rejection } as Queued)
  await tx.done
}

/**
 * Deletes everything the app keeps on the device: the database, every cache of the service worker
 * (the app shell too: nothing of the app is left for the next person holding the phone), and the
 * service worker itself. The next sign-in of a role that works offline installs it again.
 */
export const wipe = async (): Promise<void> => {
  if (available()) {
    const current = opened
    opened = undefined
    if (current !== undefined) (await current).close()
    await deleteDB(name)
  }
  if (typeof caches !== "undefined") for (const key of await caches.keys()) await caches.delete(key)
  if (typeof navigator !== "undefined" && "serviceWorker" in navigator) {
    const registrations = await navigator.serviceWorker.getRegistrations()
    await Promise.all(registrations.map((registration) => registration.unregister()))
  }
}
