/**
 * Door to door without a signal, in Chromium against the real server: a team leader loads the
 * worklist once online, loses the network, records visits, reloads the app offline (the service worker
 * serves it, IndexedDB keeps the worklist and the outbox), and when the network returns every visit is
 * on the server exactly once — also one whose answer was lost and that was sent again with the same key
 * — while a visit to a household that moved meanwhile comes back as a named conflict the phone shows.
 * The household page opens from the worklist offline, phones masked; signing out leaves nothing.
 */
import { resolve } from "node:path"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  createCommuneWithVillage,
  createHouseholdWithMembers,
  createTeam,
  createUnit,
  createUser,
  get,
} from "./adminData.ts"
import { admin, type RunningServer, startServer } from "./adminServer.ts"
import { axeViolations, browserUnavailable, launchBrowser, openPage, screenshot } from "./browser.ts"
import { signOutAndCheckWiped, storeCounts } from "./offlinePhone.ts"

const skipReason = browserUnavailable()
if (skipReason !== undefined) console.log(`admin offline ${skipReason}`)

const screenshots = resolve(import.meta.dirname, "../../docs/screenshots")

interface Visit {
  readonly id: string
  readonly householdId: string
}

describe.skipIf(skipReason !== undefined)("the door-to-door pages offline", () => {
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

  /** Records a visit from the worklist: the household's first member helped with VNeID. */
  const recordVisit = async (page: Page, householdName: string, memberName: string) => {
    await page.getByRole("link", { name: `Ghé thăm: ${householdName}` }).click()
    await page.getByRole("heading", { name: "Ghi nhận chuyến thăm hộ" }).waitFor()
    await page.getByLabel(memberName).check()
    await page.getByLabel("Định danh điện tử VNeID", { exact: true }).check()
    await page.getByRole("button", { name: "Lưu chuyến thăm" }).click()
    await page.getByRole("heading", { name: "Đi từng nhà" }).waitFor()
  }

  const visitsOf = async (context: BrowserContext, teamId: string) =>
    (await get<{ items: Array<Visit> }>(context, server.url, `/api/visits?teamId=${teamId}&pageSize=100`))
      .items

  it("keeps the worklist and the visits through a reload with no network, and sends each visit once", async () => {
    const setup = await openPage(browser, "desktop")
    await signIn(setup, admin.email, admin.password)
    const { communeId, villageId } = await createCommuneWithVillage(setup.context(), server.url, {
      commune: "Xã Trần Phú",
      code: "10105",
      village: "Thôn Trần Phú",
    })
    const otherVillage = await createUnit(setup.context(), server.url, {
      code: null,
      name: "Thôn Đồng Trại",
      kind: "thon",
      validFrom: "2025-07-01",
      parentId: communeId,
    })
    const families = [
      ["TP-01", "Lê Văn Một", "Lê Thị Một"],
      ["TP-02", "Phạm Văn Hai", "Phạm Thị Hai"],
      ["TP-03", "Đỗ Văn Ba", "Đỗ Thị Ba"],
      ["TP-04", "Vũ Văn Bốn", "Vũ Thị Bốn"],
      ["TP-05", "Hoàng Văn Năm", "Hoàng Thị Năm"],
    ] as const
    const households: Array<{ householdId: string; name: string; member: string }> = []
    for (const [code, head, spouse] of families) {
      const created = await createHouseholdWithMembers(setup.context(), server.url, { code, villageId }, [
        { fullName: head, birthYear: 1948, sex: "male", phone: "0912345678" },
        { fullName: spouse, birthYear: 1952, sex: "female" },
      ])
      households.push({ householdId: created.householdId, name: head, member: head })
    }
    const team = await createTeam(
      setup.context(),
      server.url,
      "Tổ công nghệ số cộng đồng xã Trần Phú",
      communeId,
    )
    await createUser(setup.context(), server.url, {
      email: "totruong.tranphu@bdhv.test",
      fullName: "Tổ Trưởng Trần Phú",
      password: "Gõ từng nhà hướng dẫn từng người",
      role: "team_leader",
      teamId: team.id,
    })

    // Online once: sign in, open the worklist; the service worker keeps the app.
    const page = await openPage(browser, "phone")
    const context = page.context()
    await signIn(page, "totruong.tranphu@bdhv.test", "Gõ từng nhà hướng dẫn từng người")
    await page.goto(`${server.url}/admin/visits`)
    await page
      .getByRole("link", { name: /^Ghé thăm: / })
      .first()
      .waitFor()
    expect(await page.getByRole("link", { name: /^Ghé thăm: / }).count()).toBe(5)
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 })
      .toBe(true)

    // No network, for the page and for the service worker.
    await context.setOffline(true)
    const worker = context.serviceWorkers()[0]
    expect(worker, "the service worker is running").toBeDefined()
    expect(
      await worker!.evaluate(() =>
        fetch("/api/health").then(
          () => "reached",
          () => "offline",
        ),
      ),
    ).toBe("offline")
    await page.reload()
    await page.getByText("Đang không có mạng.", { exact: true }).waitFor()
    await page
      .getByRole("link", { name: /^Ghé thăm: / })
      .first()
      .waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, resolve(screenshots, "admin-offline-worklist-phone.png"))

    // A household and its members from the worklist, with no network; phones masked as the server masks them.
    await page.getByRole("link", { name: households[0]!.name, exact: true }).click()
    await page.getByRole("heading", { name: "Hộ TP-01" }).waitFor()
    await page.getByText(/Thông tin hộ lưu trên máy lúc/).waitFor()
    const memberRows = page.getByRole("table", { name: "Thành viên" }).getByRole("row")
    expect(await memberRows.allTextContents()).toEqual([
      expect.stringContaining("Họ và tên"),
      expect.stringContaining("Lê Văn Một"),
      expect.stringContaining("Lê Thị Một"),
    ])
    expect(await page.getByText("091****678").count()).toBe(1)
    expect(await page.getByText("0912345678").count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, resolve(screenshots, "admin-offline-household-phone.png"))
    await page.goBack()
    await page.getByRole("heading", { name: "Đi từng nhà" }).waitFor()

    // Three visits with no network: each waits in the outbox and counts at once.
    for (const household of households.slice(0, 3)) await recordVisit(page, household.name, household.member)
    await page.getByRole("heading", { name: /3 chuyến thăm chưa gửi lên máy chủ/ }).waitFor()
    expect(await page.getByTestId("visited-this-week").textContent()).toBe("3")
    expect(await visitsOf(setup.context(), team.id)).toEqual([])

    // A reload with no network: the app and the outbox are still there.
    await page.reload()
    await page.getByRole("heading", { name: /3 chuyến thăm chưa gửi lên máy chủ/ }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, resolve(screenshots, "admin-offline-waiting-phone.png"))

    // The network returns: the three are sent, and are on the server exactly once.
    await context.setOffline(false)
    await page.getByRole("heading", { name: /chưa gửi lên máy chủ/ }).waitFor({ state: "detached" })
    const three = await visitsOf(setup.context(), team.id)
    expect(three.map((v) => v.householdId).sort()).toEqual(
      households
        .slice(0, 3)
        .map((h) => h.householdId)
        .sort(),
    )

    // A fourth whose answer is lost on the way back: the server applied it, the phone did not hear.
    let lost = 0
    await page.route("**/api/visits/sync", async (route) => {
      await route.fetch()
      lost++
      await route.abort("connectionreset")
    })
    await recordVisit(page, households[3]!.name, households[3]!.member)
    await page.getByRole("heading", { name: /1 chuyến thăm chưa gửi lên máy chủ/ }).waitFor()
    expect(lost).toBe(1)
    expect(
      (await visitsOf(setup.context(), team.id)).filter((v) => v.householdId === households[3]!.householdId),
    ).toHaveLength(1)
    // Sent again with the same key: the server answers its first visit and stores no second one.
    await page.unroute("**/api/visits/sync")
    await page.getByRole("button", { name: "Gửi ngay" }).click()
    await page.getByRole("heading", { name: /chưa gửi lên máy chủ/ }).waitFor({ state: "detached" })
    const four = await visitsOf(setup.context(), team.id)
    expect(four).toHaveLength(4)
    expect(four.filter((v) => v.householdId === households[3]!.householdId)).toHaveLength(1)

    // A fifth recorded offline for a household that moves to another village meanwhile.
    await context.setOffline(true)
    await recordVisit(page, households[4]!.name, households[4]!.member)
    await page.getByRole("heading", { name: /1 chuyến thăm chưa gửi lên máy chủ/ }).waitFor()
    const moved = await get<{ version: number }>(
      setup.context(),
      server.url,
      `/api/households/${households[4]!.householdId}`,
    )
    const csrf = decodeURIComponent(
      (await setup.context().cookies()).find((c) => c.name === "bdhv_csrf")?.value ?? "",
    )
    const patched = await setup
      .context()
      .request.patch(`${server.url}/api/households/${households[4]!.householdId}`, {
        data: { unitId: otherVillage.id, version: moved.version },
        headers: { "x-csrf-token": csrf, origin: server.url },
      })
    expect(patched.status(), await patched.text()).toBe(200)
    await context.setOffline(false)
    await page.getByRole("heading", { name: /1 chuyến thăm máy chủ không nhận/ }).waitFor()
    await page.getByText("Hộ đã chuyển sang Thôn Đồng Trại trong lúc chờ gửi").waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.evaluate(() => window.scrollTo(0, 0))
    await screenshot(page, resolve(screenshots, "admin-offline-conflict-phone.png"))
    expect(await visitsOf(setup.context(), team.id)).toHaveLength(4)

    // The counts the phone shows are the server's after the sync.
    const server4 = await get<{ counts: { visitedThisWeek: number; toVisit: number } }>(
      setup.context(),
      server.url,
      `/api/visits/offline/${team.id}`,
    )
    expect(server4.counts.visitedThisWeek).toBe(4)
    await expect.poll(() => page.getByTestId("visited-this-week").textContent()).toBe("4")

    // Read, then dropped by the team leader; signing out wipes what the phone kept.
    await page.getByRole("button", { name: "Đã xem, bỏ chuyến thăm này" }).click()
    await page.getByRole("heading", { name: /máy chủ không nhận/ }).waitFor({ state: "detached" })
    // Only the team's data is on the phone: its worklist, never a guide's learners.
    expect(await storeCounts(page)).toMatchObject({ session: 1, snapshots: 1, guideSnapshots: 0, outbox: 0 })
    await signOutAndCheckWiped(page, context, server.url)
    await setup.context().close()
  })

  it("keeps nothing on the phone of a role that does not work door to door", async () => {
    const page = await openPage(browser, "phone")
    await signIn(page, admin.email, admin.password)
    await page.goto(`${server.url}/admin/visits`)
    await page.getByRole("heading", { name: "Đi từng nhà" }).waitFor()
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain(
      "bdhv-offline",
    )
    // The app shell is served with a manifest for the home screen.
    const manifest = await get<{ scope: string; icons: Array<{ sizes: string }> }>(
      page.context(),
      server.url,
      "/admin/manifest.webmanifest",
    )
    expect(manifest.scope).toBe("/admin/")
    expect(manifest.icons.map((icon) => icon.sizes)).toContain("512x512")
    await page.context().close()
  })
})
