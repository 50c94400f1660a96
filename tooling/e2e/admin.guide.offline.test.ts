/**
 * A guide's daily screens without a signal, in Chromium against the real server: a guide (Đại sứ số)
 * signs in once online, loses the network, records two learning sessions, reloads the app offline (the
 * service worker serves it, IndexedDB keeps the learners and the outbox, "Đang chờ gửi"), and when the
 * network returns each session is on the server exactly once — also one whose answer was lost and that
 * was sent again with the same key — while a session for someone who stopped being the guide's learner
 * meanwhile comes back as a named conflict. The quota the phone counts equals the server's after the
 * sync, and signing out leaves nothing of the app on the phone.
 */
import { resolve } from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createCommuneWithVillage, createHouseholdWithMembers, createUser, get, post } from "./adminData.ts"
import { admin, type RunningServer, startServer } from "./adminServer.ts"
import { axeViolations, browserUnavailable, launchBrowser, openPage, screenshot } from "./browser.ts"
import { signOutAndCheckWiped, storeCounts } from "./offlinePhone.ts"

const skipReason = browserUnavailable()
if (skipReason !== undefined) console.log(`admin guide offline ${skipReason}`)

const screenshots = resolve(import.meta.dirname, "../../docs/screenshots")

interface Link {
  readonly id: string
  readonly learnerId: string
}

describe.skipIf(skipReason !== undefined)("a guide's learners offline", () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    server = await startServer()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const signIn = async (page: Page, email: string, password: string) => {
    await page.goto(`${server.url}/admin/`)
    await page.getByLabel(/Thư điện tử/).fill(email)
    await page.getByLabel(/Mật khẩu/).fill(password)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.getByRole("heading", { name: /Tổng quan/ }).waitFor()
  }

  /** Records a learning session today for a learner, from the guide's page. */
  const recordSession = async (page: Page, learner: string) => {
    await page.getByRole("combobox", { name: /^Người học/ }).selectOption({ label: learner })
    await page.getByRole("button", { name: "Lưu lần hướng dẫn" }).click()
  }

  const quotaText = (page: Page) => page.getByTestId("guide-learners-count").textContent()

  it("keeps the learners and the sessions through a reload with no network, and sends each session once", async () => {
    const setup = await openPage(browser, "desktop")
    const adminContext = setup.context()
    await signIn(setup, admin.email, admin.password)
    const { communeId, villageId } = await createCommuneWithVillage(adminContext, server.url, {
      commune: "Xã Hòa Phú",
      code: "10129",
      village: "Thôn Hòa Xá",
    })
    const names = [
      "Nguyễn Thị Hướng Dẫn",
      "Trần Văn An",
      "Lê Thị Bình",
      "Phạm Văn Cường",
      "Đỗ Thị Dung",
      "Vũ Văn Em",
      "Hoàng Thị Giang",
    ] as const
    const people: Record<string, string> = {}
    for (const [i, fullName] of names.entries()) {
      const created = await createHouseholdWithMembers(
        adminContext,
        server.url,
        { code: `HP-${i + 1}`, villageId },
        [{ fullName, birthYear: 1955 + i, sex: i % 2 === 0 ? "female" : "male", phone: "0987654321" }],
      )
      people[fullName] = created.people[0]!.id
    }
    const guide = await post<{ id: string }>(adminContext, server.url, "/api/guides", {
      personId: people["Nguyễn Thị Hướng Dẫn"],
      unitId: communeId,
      since: "2025-08-01",
    })
    const teach = (name: string) =>
      post<Link>(adminContext, server.url, `/api/guides/${guide.id}/learners`, {
        learnerId: people[name],
        date: "2025-09-02",
      })
    // Four learners, and the guide once on their own list: that never counts (4 of the 5 of the quota).
    for (const name of [
      "Trần Văn An",
      "Lê Thị Bình",
      "Phạm Văn Cường",
      "Đỗ Thị Dung",
      "Nguyễn Thị Hướng Dẫn",
    ])
      await teach(name)
    await createUser(adminContext, server.url, {
      email: "daisu.hoaphu@bdhv.test",
      fullName: "Nguyễn Thị Hướng Dẫn",
      password: "Hướng dẫn từng người 2025",
      role: "guide",
      guideId: guide.id,
    })
    const linksOnServer = () => get<Array<Link>>(adminContext, server.url, `/api/guides/${guide.id}/learners`)
    const serverQuota = () =>
      get<{ learners: number; meetsQuota: boolean }>(adminContext, server.url, `/api/guides/${guide.id}`)

    // Online once: sign in, open the learners; the service worker keeps the app.
    const page = await openPage(browser, "phone")
    const context = page.context()
    await signIn(page, "daisu.hoaphu@bdhv.test", "Hướng dẫn từng người 2025")
    await page.getByRole("link", { name: "Người học của tôi" }).first().click()
    await page.getByRole("heading", { name: "Người học của tôi" }).waitFor()
    await page.getByRole("link", { name: "Gọi: Trần Văn An" }).waitFor()
    expect(await quotaText(page)).toBe(`${(await serverQuota()).learners}/5 người học`)
    expect(await quotaText(page)).toBe("4/5 người học")
    // Guides call their learners: the number in full, as the server shows it to a guide.
    expect(await page.getByRole("link", { name: "Gọi: Trần Văn An" }).getAttribute("href")).toBe(
      "tel:+84987654321",
    )
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 })
      .toBe(true)

    // No network: the page still opens after a reload, from what the phone keeps.
    await context.setOffline(true)
    await page.reload()
    await page.getByText("Đang không có mạng.", { exact: true }).waitFor()
    await page.getByRole("link", { name: "Gọi: Trần Văn An" }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, resolve(screenshots, "admin-guide-offline-learners-phone.png"))

    // Two sessions with no network: each waits in the outbox.
    await recordSession(page, "Trần Văn An")
    await page.getByRole("heading", { name: /1 lần hướng dẫn chưa gửi lên máy chủ/ }).waitFor()
    await recordSession(page, "Lê Thị Bình")
    await page.getByRole("heading", { name: /2 lần hướng dẫn chưa gửi lên máy chủ/ }).waitFor()
    expect(await linksOnServer()).toHaveLength(5)

    // Meanwhile on the server: Lê Thị Bình stops being this guide's learner, two new learners join.
    for (const link of (await linksOnServer()).filter((l) => l.learnerId === people["Lê Thị Bình"])) {
      const csrf = decodeURIComponent(
        (await adminContext.cookies()).find((c) => c.name === "bdhv_csrf")!.value,
      )
      const removed = await adminContext.request.delete(
        `${server.url}/api/guides/${guide.id}/learners/${link.id}`,
        { headers: { "x-csrf-token": csrf, origin: server.url } },
      )
      expect(removed.status()).toBe(204)
    }
    await teach("Vũ Văn Em")
    await teach("Hoàng Thị Giang")
    expect(await serverQuota()).toMatchObject({ learners: 5, meetsQuota: true })

    // A reload with no network: the app and the outbox are still there, waiting to send.
    await page.reload()
    await page.getByRole("heading", { name: /2 lần hướng dẫn chưa gửi lên máy chủ/ }).waitFor()
    expect(await page.getByText("Đang chờ gửi", { exact: true }).count()).toBeGreaterThanOrEqual(3)
    expect(await quotaText(page)).toBe("4/5 người học")
    expect(await axeViolations(page)).toEqual([])
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, resolve(screenshots, "admin-guide-offline-waiting-phone.png"))

    // The network returns: one session applied, the other named as a conflict, not dropped.
    await context.setOffline(false)
    await page.getByRole("heading", { name: /chưa gửi lên máy chủ/ }).waitFor({ state: "detached" })
    await page.getByRole("heading", { name: /1 lần hướng dẫn máy chủ không nhận/ }).waitFor()
    await page.getByText("Người này không còn là người học của bạn").waitFor()
    const afterSync = await linksOnServer()
    expect(afterSync.filter((l) => l.learnerId === people["Trần Văn An"])).toHaveLength(2)
    expect(afterSync.filter((l) => l.learnerId === people["Lê Thị Bình"])).toHaveLength(0)
    expect(afterSync).toHaveLength(7)
    // The quota on the phone is the server's: the same domain count over the same facts.
    await expect.poll(() => quotaText(page)).toBe(`${(await serverQuota()).learners}/5 người học ✓`)
    expect(await axeViolations(page)).toEqual([])
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, resolve(screenshots, "admin-guide-offline-conflict-phone.png"))

    // A session whose answer is lost on the way back: the server applied it, the phone did not hear.
    let lost = 0
    await page.route("**/api/guides/*/learners/sync", async (route) => {
      await route.fetch()
      lost++
      await route.abort("connectionreset")
    })
    await recordSession(page, "Phạm Văn Cường")
    await page.getByRole("heading", { name: /1 lần hướng dẫn chưa gửi lên máy chủ/ }).waitFor()
    await expect.poll(() => lost).toBe(1)
    await page.getByRole("button", { name: "Gửi ngay" }).waitFor()
    expect((await linksOnServer()).filter((l) => l.learnerId === people["Phạm Văn Cường"])).toHaveLength(2)
    // Sent again with the same key: the server answers its first record and stores no second one.
    await page.unroute("**/api/guides/*/learners/sync")
    await page.getByRole("button", { name: "Gửi ngay" }).click()
    await page.getByRole("heading", { name: /chưa gửi lên máy chủ/ }).waitFor({ state: "detached" })
    const replayed = await linksOnServer()
    expect(replayed).toHaveLength(8)
    expect(replayed.filter((l) => l.learnerId === people["Phạm Văn Cường"])).toHaveLength(2)

    // Only the guide's own data is on the phone: their learners, never a team's worklist.
    const stores = await storeCounts(page)
    expect(stores).toMatchObject({ session: 1, snapshots: 0, guideSnapshots: 1, outbox: 1 })

    // Read, then dropped; signing out leaves nothing of the app on the phone.
    await page.getByRole("button", { name: "Đã xem, bỏ lần hướng dẫn này" }).click()
    await page.getByRole("heading", { name: /máy chủ không nhận/ }).waitFor({ state: "detached" })
    await signOutAndCheckWiped(page, context, server.url)
    await setup.context().close()
  })
})
