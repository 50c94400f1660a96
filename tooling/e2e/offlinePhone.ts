/**
 * What the browser tests of working offline check on a phone: how many records each store of the
 * offline database holds (a role keeps only what it may see), and after signing out that nothing of
 * the app is left — no IndexedDB store, no cache of the service worker (the shell neither), no service
 * worker, so with no network the app does not open at all.
 */
import type { BrowserContext, Page } from "playwright-core"
import { expect } from "vitest"

/** Signs out and checks the phone keeps nothing: no database, no cache, no service worker, no app offline. */
export const signOutAndCheckWiped = async (page: Page, context: BrowserContext, url: string) => {
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toContain(
    "bdhv-offline",
  )
  expect((await page.evaluate(() => caches.keys())).length).toBeGreaterThan(0)
  await page.getByRole("button", { name: "Đăng xuất" }).click()
  await page.getByRole("heading", { name: "Đăng nhập" }).waitFor()
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain(
    "bdhv-offline",
  )
  expect(await page.evaluate(() => caches.keys())).toEqual([])
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0)
  // With no network, the app no longer opens: nothing of it was left to serve.
  await context.setOffline(true)
  await expect(page.goto(`${url}/admin/learners`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/)
  await context.close()
}

/** How many records each object store of the phone's offline database holds. */
export const storeCounts = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(
    () =>
      new Promise<Record<string, number>>((done, fail) => {
        const open = indexedDB.open("bdhv-offline")
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const db = open.result
          const names = [...db.objectStoreNames]
          const tx = db.transaction(names)
          const counts: Record<string, number> = {}
          for (const name of names) {
            const request = tx.objectStore(name).count()
            request.onsuccess = () => {
              counts[name] = request.result
            }
          }
          tx.oncomplete = () => {
            db.close()
            done(counts)
          }
        }
      }),
  )
