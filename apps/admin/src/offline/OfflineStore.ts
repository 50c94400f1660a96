/**
 * What a team leader's phone keeps in IndexedDB to work without a signal: who signed in (so the app
 * opens offline after one online sign-in), the team's worklist snapshot (bounded by the cap the server
 * sends), and the outbox of visits recorded and not yet applied by the server. Only the roles that work
 * door to door get a store; signing out deletes the whole database.
 */
import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from "idb"
import type { SessionUser } from "../api/client"
import type { OfflineSnapshot, ReplayRejection, VisitInput } from "./offlineApi"

/** The roles whose phones keep data offline; no other role gets anything written to the device. */
export const offlineRoles: ReadonlySet<SessionUser["role"]> = new Set(["team_leader", "guide"])

/** Whether this user's phone may keep an offline store. */
export const mayKeep = (user: SessionUser | null | undefined): user is SessionUser =>
  user !== null && user !== undefined && offlineRoles.has(user.role)

/** A visit recorded on the phone, waiting for the server (or refused by it, with the reason). */
export interface QueuedVisit {
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

interface Schema extends DBSchema {
  session: { key: "user"; value: SessionUser }
  snapshots: {
    key: string
    value: { readonly teamId: string; readonly savedAt: number; readonly snapshot: OfflineSnapshot }
  }
  outbox: { key: string; value: QueuedVisit; indexes: { recordedAt: number } }
}

const name = "bdhv-offline"
let opened: Promise<IDBPDatabase<Schema>> | undefined

const db = () => {
  opened ??= openDB<Schema>(name, 1, {
    upgrade(database) {
      database.createObjectStore("session")
      database.createObjectStore("snapshots", { keyPath: "teamId" })
      database.createObjectStore("outbox", { keyPath: "key" }).createIndex("recordedAt", "recordedAt")
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

/** Puts a visit in the outbox. */
export const enqueue = async (visit: QueuedVisit): Promise<void> => {
  // A form's values are reactive proxies, which IndexedDB cannot clone: store the plain data.
  await (await db()).put("outbox", JSON.parse(JSON.stringify(visit)) as QueuedVisit)
}

/** Everything in the outbox, oldest first. */
export const outbox = async (): Promise<ReadonlyArray<QueuedVisit>> =>
  available() ? (await db()).getAllFromIndex("outbox", "recordedAt") : []

/** Takes visits out of the outbox (applied by the server, or dismissed by the team leader). */
export const remove = async (keys: ReadonlyArray<string>): Promise<void> => {
  const tx = (await db()).transaction("outbox", "readwrite")
  await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done])
}

/** Marks a visit as refused by the server, with the reason, so the team leader sees it. */
export const reject = async (key: string, rejection: ReplayRejection): Promise<void> => {
  const tx = (await db()).transaction("outbox", "readwrite")
  const queued = await tx.store.get(key)
  if (queued !== undefined) await tx.store.put({ ...queued, rejection })
  await tx.done
}

/** Deletes everything the app keeps on the device: the database and the service worker's data caches. */
export const wipe = async (): Promise<void> => {
  if (available()) {
    const current = opened
    opened = undefined
    if (current !== undefined) (await current).close()
    await deleteDB(name)
  }
  if (typeof caches !== "undefined") {
    // The app shell (code, styles, icons) holds no personal data and stays; anything else goes.
    for (const key of await caches.keys()) if (!key.startsWith("bdhv-shell-")) await caches.delete(key)
  }
}
