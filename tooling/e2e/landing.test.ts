/**
 * The public site in Chromium against the real server (the built API serving the built site at `/`,
 * a fresh embedded database with demo data): content without JavaScript, live progress, finding a
 * class and signing up (seen back through the admin API), a full class, a bad phone number, a second
 * sign-up, volunteering, accessibility (axe-core: no serious or critical violation) and screenshots.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import * as Campaign from "@bdhv/domain/Campaign"
import * as Disclosure from "@bdhv/domain/Disclosure"
import * as Indicator from "@bdhv/domain/Indicator"
import * as Phone from "@bdhv/domain/Phone"
import type { Browser, Locator, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { admin, type RunningServer, startServer } from "./adminServer.ts"
import {
  axeViolations,
  browserUnavailable,
  launchBrowser,
  openPage,
  screenshot,
  type ViewportName,
} from "./browser.ts"
import { seedDemo } from "./landingDemo.ts"

const skipReason = browserUnavailable()
if (skipReason !== undefined) console.log(`landing ${skipReason}`)

const screenshots = resolve(import.meta.dirname, "../../docs/screenshots")

/** The campaign's number the server is started with; the site gives it where a form needs scripts. */
const publicPhone = "024 3386 1234"

/** The page's width beyond the screen's: 0 when nothing scrolls sideways. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/** A resident signing up; each test has its own, so the tests do not depend on one another. */
interface Resident {
  readonly fullName: string
  readonly phone: string
  readonly birthYear: string
}

describe.skipIf(skipReason !== undefined)("public site in the browser", () => {
  let server: RunningServer
  let browser: Browser
  let adminCookie = ""
  const demoDir = mkdtempSync(join(tmpdir(), "bdhv-landing-e2e-"))

  beforeAll(async () => {
    await seedDemo(join(demoDir, "db"))
    server = await startServer({ DATA_DIR: join(demoDir, "db"), BDHV_PUBLIC_PHONE: publicPhone })
    browser = await launchBrowser()
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(admin),
    })
    expect(login.status).toBe(200)
    adminCookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? ""
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    rmSync(demoDir, { recursive: true, force: true })
  })

  const open = async (viewport: ViewportName, path = "/", javaScriptEnabled = true): Promise<Page> => {
    const page = await openPage(browser, viewport, { javaScriptEnabled, locale: "vi-VN" })
    // CI runs every package's tests at once on two cores: give a slow moment room, not a failure.
    page.setDefaultTimeout(60_000)
    // The page's clock is the test's, so "a person took a while to fill the form" needs no sleeping.
    if (javaScriptEnabled) await page.clock.install()
    await page.goto(`${server.url}${path}`)
    return page
  }

  /** The sign-ups of a class in the commune's review queue, found by name as an officer types it. */
  const signUpsOf = async (classId: string, q: string): Promise<ReadonlyArray<{ fullName: string }>> => {
    const response = await fetch(
      `${server.url}/api/sign-ups?classId=${encodeURIComponent(classId)}&q=${encodeURIComponent(q)}`,
      { headers: { cookie: adminCookie } },
    )
    expect(response.status).toBe(200)
    return ((await response.json()) as { items: ReadonlyArray<{ fullName: string }> }).items
  }

  const signUpCount = async (classId: string): Promise<number> => {
    const response = await fetch(`${server.url}/api/sign-ups?classId=${encodeURIComponent(classId)}`, {
      headers: { cookie: adminCookie },
    })
    expect(response.status).toBe(200)
    return ((await response.json()) as { total: number }).total
  }

  const publicUnits = async () =>
    (await (await fetch(`${server.url}/api/public/units`)).json()) as ReadonlyArray<{
      id: string
      villages: ReadonlyArray<{ id: string }>
    }>

  /** A sign-up sent straight to the API, as the site sends it (spam fields of a person included). */
  const registerDirectly = (classId: string, person: { fullName: string; phone: string; unitId?: string }) =>
    fetch(`${server.url}/api/public/classes/${encodeURIComponent(classId)}/registrations`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "vi", origin: server.url },
      body: JSON.stringify({
        birthYear: "1965",
        needs: [],
        topicIds: [],
        consent: true,
        classId,
        website: "",
        elapsedMs: 9_000,
        ...person,
      }),
    })

  /** Searches classes with the finder's filters and returns the result cards. */
  const findClasses = async (page: Page, filters: { audience?: string; q?: string }): Promise<Locator> => {
    const form = page.locator("form.filters")
    if (filters.audience !== undefined)
      await form.getByLabel("Dành cho").selectOption({ label: filters.audience })
    if (filters.q !== undefined) await form.getByLabel("Tên lớp, địa điểm, thôn hoặc xã").fill(filters.q)
    await form.getByRole("button", { name: "Tìm lớp" }).click()
    await page.locator(".found").waitFor()
    return page.locator(".class-card")
  }

  /** Fills the open sign-up form and sends it. */
  const signUp = async (page: Page, person: Resident) => {
    const form = page.locator("section.signup form")
    await form.getByLabel("Họ và tên", { exact: true }).fill(person.fullName)
    await form.getByLabel("Số điện thoại", { exact: true }).fill(person.phone)
    await form.getByLabel("Năm sinh", { exact: true }).fill(person.birthYear)
    await form.getByLabel(/Nơi bạn ở/).selectOption({ index: 1 })
    await form.getByLabel(/Tôi đồng ý/).check()
    await send(page, form.getByRole("button", { name: "Gửi đăng ký" }))
  }

  /** Sends a form the way a person does: some seconds after opening it (the API refuses bots' haste). */
  const send = async (page: Page, button: Locator) => {
    await page.clock.fastForward(5_000)
    await button.click()
  }

  const classIdOf = async (card: Locator) => (await card.getAttribute("data-class-id")) ?? ""

  it("shows what the movement is, the task groups, the definitions and the map without JavaScript", async () => {
    for (const [path, lang] of [
      ["/", "vi"],
      ["/en/", "en"],
    ] as const) {
      const page = await open("phone", path, false)
      expect(await page.locator("html").getAttribute("lang")).toBe(lang)
      for (const group of Campaign.taskGroups) {
        await page.getByRole("heading", { name: group.name[lang], exact: true }).waitFor()
      }
      const family = Indicator.definitions["digital-family"]
      await page.getByRole("heading", { name: family.name[lang], exact: true }).first().waitFor()
      expect(await page.locator("details dd").allTextContents()).toContain(family.numerator[lang])
      expect(await page.locator("svg path[data-code]").count()).toBe(7)
      // Controls that need scripts are hidden, and the page says what to do instead.
      expect(await page.locator("form.filters").isVisible()).toBe(false)
      expect(await page.locator("noscript").count()).toBeGreaterThan(0)
      await page.context().close()
    }
  })

  it("shows the current figures, the upcoming classes and a number to call without JavaScript", async () => {
    const progress = (await (await fetch(`${server.url}/api/public/progress`)).json()) as {
      asOf: string
      district: { indicators: ReadonlyArray<{ id: string; value: Disclosure.PublicShare }> }
    }
    const classes = (await (await fetch(`${server.url}/api/public/classes?pageSize=6`)).json()) as {
      items: ReadonlyArray<{ id: string; title: string }>
    }
    expect(classes.items.length).toBeGreaterThan(0)
    for (const [path, lang] of [
      ["/", "vi"],
      ["/en/", "en"],
    ] as const) {
      const page = await open("phone", path, false)
      const family = progress.district.indicators.find((i) => i.id === "digital-family")!
      expect(await page.locator('[data-indicator="digital-family"] .share').textContent()).toBe(
        Disclosure.shareToText(family.value, lang),
      )
      expect(await page.locator(".as-of").isVisible()).toBe(true)
      const [y, m, d] = progress.asOf.split("-")
      if (lang === "vi") expect(await page.locator(".as-of").textContent()).toContain(`${d}/${m}/${y}`)
      // The first upcoming classes, each with its title, time and place; signing up needs a call.
      expect(await page.locator(".class-card").count()).toBe(classes.items.length)
      for (const cls of classes.items)
        expect(await page.locator(`[data-class-id="${cls.id}"] h3`).textContent()).toBe(cls.title)
      expect(await page.locator(".class-card button").first().isVisible()).toBe(false)
      const unbroken = publicPhone.replaceAll(" ", "\u00a0")
      expect(await page.locator("#classes .no-script").textContent()).toContain(unbroken)
      expect(await page.locator("#volunteer .no-script").textContent()).toContain(unbroken)
      // No heading over nothing: "other events" only with events under it.
      const otherEvents = page.getByRole("heading", {
        name: lang === "vi" ? "Các sự kiện khác" : "Other events",
      })
      if ((await otherEvents.count()) > 0)
        expect(await page.locator("ul.events li").count()).toBeGreaterThan(0)
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)
      await screenshot(page, resolve(screenshots, `landing-no-javascript-${lang}-phone.png`))
      await page.context().close()
    }
  })

  it("fits the sign-up form on a 360 px phone, also in large text, with the village list at the class's commune", async () => {
    const page = await open("phone")
    expect(page.viewportSize()!.width).toBe(360)
    const card = page
      .locator(".class-card")
      .filter({ hasText: /Còn \d+ chỗ/ })
      .first()
    await card.getByRole("button", { name: /Đăng ký/ }).click()
    const form = page.locator("section.signup form")
    await form.waitFor()
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    // The first choices are the villages of the class's commune.
    const commune = (await card.locator("dd").nth(1).textContent())!.split(", ").at(-1)!
    const firstGroup = form
      .getByLabel(/Nơi bạn ở/)
      .locator("optgroup")
      .first()
    expect(await firstGroup.getAttribute("label")).toBe(commune)
    // A failed check moves focus to the list of problems.
    await form.getByRole("button", { name: "Gửi đăng ký" }).click()
    await page.locator(".error-summary").waitFor()
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("error-summary")
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)
    await page
      .locator("section.signup")
      .screenshot({ path: resolve(screenshots, "landing-signup-form-phone.png") })

    await page.getByRole("button", { name: "Phóng to chữ" }).click()
    expect(await page.locator("html.large").count()).toBe(1)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await page
      .locator("section.signup")
      .screenshot({ path: resolve(screenshots, "landing-signup-form-large-text-phone.png") })
    await page.context().close()
  })

  it("finds a class by the name of its village, without accents", async () => {
    const all = (await (await fetch(`${server.url}/api/public/classes?pageSize=50`)).json()) as {
      items: ReadonlyArray<{ id: string; title: string; venue: string | null }>
    }
    const atHall = all.items.find(
      (c) => /^Nhà văn hóa Thôn /.test(c.venue ?? "") && !c.title.includes("Thôn"),
    )!
    expect(atHall).toBeDefined()
    const village = atHall.venue!.replace(/^Nhà văn hóa Thôn /, "")
    const page = await open("phone")
    const unaccented = village.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D")
    const cards = await findClasses(page, { q: unaccented })
    await expect.poll(() => cards.count()).toBeGreaterThan(0)
    // The classes at that village come first (other words may begin with the same letters: "Thôn").
    expect(await page.locator(".class-card dd:nth-of-type(2)").first().textContent()).toContain(village)
    await page.context().close()
  })

  it("labels the map with the share as the table words it, a bound keeping its qualifier", async () => {
    const page = await open("desktop")
    await page.locator(".as-of").waitFor()
    let bounds = 0
    for (const indicator of [
      "digital-family",
      "adults-basic",
      "digital-identity",
      "digital-bank",
      "four-t",
    ]) {
      await page.getByLabel("Chỉ tiêu trên bản đồ").selectOption(indicator)
      // The table and the map list the communes in the same order.
      const table = await page
        .locator("table.communes tbody tr td:first-of-type")
        .evaluateAll((cells) => cells.map((cell) => cell.childNodes[0]?.textContent?.trim() ?? ""))
      const labels = await page
        .locator("svg text.map-label")
        .evaluateAll((texts) => texts.map((text) => text.querySelector(".map-value")?.textContent ?? "—"))
      const hatched = await page
        .locator("svg path.commune")
        .evaluateAll((paths) => paths.map((path) => path.getAttribute("data-bounded") === "true"))
      expect(labels).toEqual(table)
      expect(hatched).toEqual(table.map((text) => /^[<>]/.test(text)))
      bounds += hatched.filter(Boolean).length
    }
    if (bounds > 0) await screenshot(page, resolve(screenshots, "landing-map-bounded-desktop.png"))
    await page.context().close()
  })

  it("shows live progress for the area and each commune, worded as the domain publishes it", async () => {
    const progress = (await (await fetch(`${server.url}/api/public/progress`)).json()) as {
      district: { indicators: ReadonlyArray<{ id: string; value: Disclosure.PublicShare }> }
      communes: ReadonlyArray<{
        code: string
        indicators: ReadonlyArray<{ id: string; value: Disclosure.PublicShare }>
      }>
    }
    const share = (indicators: ReadonlyArray<{ id: string; value: Disclosure.PublicShare }>) =>
      Disclosure.shareToText(indicators.find((i) => i.id === "digital-family")!.value, "vi")

    const page = await open("desktop")
    await page.locator(".as-of").waitFor()
    expect(await page.locator(".as-of").textContent()).toMatch(/Số liệu tính đến ngày \d{2}\/\d{2}\/\d{4}/)
    await expect
      .poll(() => page.locator('[data-indicator="digital-family"] .share').textContent())
      .toBe(share(progress.district.indicators))
    for (const commune of progress.communes) {
      const cell = page.locator(`table.communes tr[data-code="${commune.code}"] td`).first()
      expect(await cell.textContent()).toContain(share(commune.indicators))
    }
    await page.getByLabel("Xem số liệu của").selectOption({ label: "Xuân Mai" })
    await expect.poll(() => page.locator("path.commune.selected").getAttribute("data-code")).toBe("10045")
    await page.context().close()
  })

  it("finds a class by audience, signs up, shows what to bring, and the sign-up waits in the commune's queue", async () => {
    const person: Resident = { fullName: "Nguyễn Thị Hồng Nhung", phone: "0912 345 601", birthYear: "1957" }
    const page = await open("phone")
    const cards = await findClasses(page, { audience: "Người cao tuổi" })
    const card = cards.filter({ hasText: /Còn \d+ chỗ/ }).first()
    const classId = await classIdOf(card)
    await card.getByRole("button", { name: /Đăng ký/ }).click()
    await signUp(page, person)
    await page.getByText("Đã nhận đăng ký!").waitFor()
    await page.getByText("Nhớ mang theo:").waitFor()
    // Who will call, and when; the reader is taken to the result.
    expect(await page.locator(".who-calls").textContent()).toMatch(
      new RegExp(
        `^Cán bộ .+ sẽ gọi cho bạn theo số ${person.phone.replaceAll(" ", "\u00a0")} trước ngày học`,
      ),
    )
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("outcome success")
    await page
      .locator("section.signup")
      .screenshot({ path: resolve(screenshots, "landing-signed-up-phone.png") })
    // Found without accents, as an officer types on a phone.
    const waiting = await signUpsOf(classId, "nguyen thi hong nhung")
    expect(waiting.map((e) => e.fullName)).toEqual([person.fullName])
    await page.context().close()
  })

  it("filters classes by topic and dates, and pages through them", async () => {
    const page = await open("desktop")
    const form = page.locator("form.filters")
    await page.locator(".found").waitFor()
    const everything = Number((await page.locator(".found").textContent())?.match(/\d+/)?.[0])
    await form.getByLabel("Nội dung").selectOption({ label: "An toàn số" })
    await form.getByLabel("Từ ngày").fill("2000-01-01")
    await form.getByLabel("Đến ngày").fill("2100-12-31")
    await form.getByRole("button", { name: "Tìm lớp" }).click()
    await expect.poll(() => page.locator(".found").textContent()).not.toBe(`Tìm thấy ${everything} lớp`)
    const topicsOfCards = await page.locator(".class-card dd:nth-of-type(4)").allTextContents()
    expect(topicsOfCards.length).toBeGreaterThan(0)
    for (const topics of topicsOfCards) expect(topics).toContain("An toàn số")

    // Nothing is held before the year 2000: an empty result says what to do.
    await form.getByLabel("Từ ngày").fill("1990-01-01")
    await form.getByLabel("Đến ngày").fill("1990-12-31")
    await form.getByRole("button", { name: "Tìm lớp" }).click()
    await page.getByText("Không tìm thấy lớp nào").waitFor()
    await page.getByText(/Hãy bỏ bớt điều kiện/).waitFor()

    await form.getByLabel("Nội dung").selectOption({ label: "Tất cả" })
    await form.getByLabel("Từ ngày").fill("")
    await form.getByLabel("Đến ngày").fill("")
    await form.getByRole("button", { name: "Tìm lớp" }).click()
    await page.getByText(/^Trang 1 \/ \d+$/).waitFor()
    const firstPage = await page.locator(".class-card").first().getAttribute("data-class-id")
    await page.getByRole("button", { name: "Trang sau" }).click()
    await page.getByText(/^Trang 2 \/ \d+$/).waitFor()
    expect(await page.locator(".class-card").first().getAttribute("data-class-id")).not.toBe(firstPage)
    // The reader continues from the top of the new page.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("found")
    await page.context().close()
  })

  it("recognises a person who signs up twice, and does not queue them twice", async () => {
    const person: Resident = { fullName: "Trần Văn Bình", phone: "0987 654 302", birthYear: "1962" }
    const page = await open("desktop")
    const cards = await findClasses(page, { audience: "Cộng đồng" })
    const card = cards.filter({ hasText: /Còn \d+ chỗ/ }).first()
    const classId = await classIdOf(card)
    await card.getByRole("button", { name: /Đăng ký/ }).click()
    await signUp(page, person)
    await page.getByText("Đã nhận đăng ký!").waitFor()
    await page.context().close()

    // The same person again, the number written the international way and the name without accents.
    const again = await open("desktop")
    const cardAgain = (await findClasses(again, { audience: "Cộng đồng" })).and(
      again.locator(`[data-class-id="${classId}"]`),
    )
    await cardAgain.getByRole("button", { name: /Đăng ký/ }).click()
    await signUp(again, { ...person, fullName: "Tran Van Binh", phone: "+84 987 654 302" })
    await again.getByText("Bạn đã đăng ký lớp này rồi").waitFor()
    expect(await signUpsOf(classId, "tran van binh")).toHaveLength(1)
    await again.context().close()
  })

  it("says a class is full, offers the next one with what was typed, and signs up there", async () => {
    // The demo's VNeID classes fill up; the one with the fewest seats is made full by other residents.
    const listed = (await (
      await fetch(`${server.url}/api/public/classes?audience=community&q=VNeID&pageSize=50`)
    ).json()) as {
      items: ReadonlyArray<{ id: string; communeId: string; communeName: string; seatsLeft: number }>
    }
    const target = [...listed.items].sort((a, b) => a.seatsLeft - b.seatsLeft)[0]!
    expect(target.seatsLeft).toBeLessThanOrEqual(5)
    const village = (await publicUnits()).find((u) => u.id === target.communeId)!.villages[0]!.id
    for (let i = 0; i < target.seatsLeft; i++) {
      const response = await registerDirectly(target.id, {
        fullName: `Người học thứ ${i + 1}`,
        phone: `0912 000 ${String(100 + i)}`,
        unitId: village,
      })
      expect(response.status).toBe(201)
    }

    const person: Resident = { fullName: "Lê Thị Thu", phone: "0356 789 403", birthYear: "1970" }
    const page = await open("phone")
    await page.locator("form.filters").getByLabel("Xã, phường").selectOption({ label: target.communeName })
    const full = (await findClasses(page, { q: "VNeID" })).and(page.locator(`[data-class-id="${target.id}"]`))
    expect(await full.textContent()).toContain("Đã đủ người")
    await full.getByRole("button", { name: /Đăng ký/ }).click()
    await signUp(page, person)
    await page.getByText("Lớp này đã đủ người").waitFor()
    await page
      .locator("section.signup")
      .screenshot({ path: resolve(screenshots, "landing-class-full-phone.png") })
    await page.getByRole("button", { name: "Đăng ký lớp tiếp theo" }).click()
    const form = page.locator("section.signup form")
    expect(await form.getByLabel("Họ và tên", { exact: true }).inputValue()).toBe(person.fullName)
    const labelledBy = (await page.locator("section.signup").getAttribute("aria-labelledby")) ?? ""
    const nextId = labelledBy.replace(/^signup-/, "").replace(/-title$/, "")
    expect(nextId).not.toBe(target.id)
    await send(page, form.getByRole("button", { name: "Gửi đăng ký" }))
    await page.getByText("Đã nhận đăng ký!").waitFor()
    expect(await signUpsOf(nextId, "le thi thu")).toHaveLength(1)
    expect(await signUpsOf(target.id, "le thi thu")).toHaveLength(0)
    await page.context().close()
  })

  it("rejects a bad phone number and a missing name with the domain's messages, and queues nobody", async () => {
    const page = await open("phone")
    const card = (await findClasses(page, {})).filter({ hasText: /Còn \d+ chỗ/ }).first()
    await card.getByRole("button", { name: /Đăng ký/ }).click()
    const form = page.locator("section.signup form")
    await form.getByLabel("Số điện thoại", { exact: true }).fill("0112 345 678")
    await form.getByRole("button", { name: "Gửi đăng ký" }).click()
    await page.getByText(Phone.problemMessages.unknown_prefix.vi).first().waitFor()
    expect(await page.getByRole("alert").textContent()).toContain("Họ và tên")
    expect(await form.getByLabel("Số điện thoại", { exact: true }).getAttribute("aria-invalid")).toBe("true")
    await page
      .locator("section.signup")
      .screenshot({ path: resolve(screenshots, "landing-bad-phone-phone.png") })

    // The API says the same when the browser check is bypassed, and queues nobody.
    const classId = await classIdOf(card)
    const before = await signUpCount(classId)
    const village = (await publicUnits()).find((unit) => unit.villages.length > 0)!.villages[0]!.id
    const response = await registerDirectly(classId, { fullName: "", phone: "0112 345 678", unitId: village })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { issues: ReadonlyArray<{ path: string; message: string }> }
    expect(body).toMatchObject({
      issues: expect.arrayContaining([{ path: "phone", message: Phone.problemMessages.unknown_prefix.vi }]),
    })
    expect(await signUpCount(classId)).toBe(before)
    await page.context().close()
  })

  it("takes a volunteer sign-up for the commune's approval", async () => {
    const page = await open("desktop")
    const form = page.locator("#volunteer form")
    await form.getByLabel(/Thanh niên tình nguyện/).check()
    await form.getByLabel("Họ và tên", { exact: true }).fill("Phạm Minh Quân")
    await form.getByLabel("Số điện thoại", { exact: true }).fill("0905 111 204")
    await form.getByLabel("Năm sinh", { exact: true }).fill("2004")
    await form.getByLabel(/Nơi bạn ở/).selectOption({ index: 2 })
    await form.getByLabel("Định danh điện tử VNeID").check()
    // The volunteer agrees to what a volunteer sign-up is used for, not to a class's.
    expect(
      await form
        .getByLabel(/Tôi đồng ý/)
        .locator("xpath=..")
        .textContent(),
    ).toContain("tình nguyện")
    await form.getByLabel(/Tôi đồng ý/).check()
    await send(page, form.getByRole("button", { name: "Đăng ký tình nguyện" }))
    await page.getByText("Cảm ơn bạn đã đăng ký!").waitFor()
    await page.getByText(/chờ Ban chỉ đạo xã duyệt/).waitFor()
    await page.context().close()
  })

  for (const viewport of ["phone", "desktop"] as const) {
    it(`has no serious or critical accessibility problem, in both languages and large text (${viewport})`, async () => {
      const page = await open(viewport)
      await page.locator(".as-of").waitFor()
      await page.locator(".found").waitFor()
      expect(await axeViolations(page), `vi ${viewport}`).toEqual([])
      await screenshot(page, resolve(screenshots, `landing-${viewport}.png`))

      await page.getByRole("button", { name: "Phóng to chữ" }).click()
      expect(await page.locator("html.large").count()).toBe(1)
      // Larger text reflows; the page never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        page.viewportSize()!.width,
      )
      expect(await axeViolations(page), `large text ${viewport}`).toEqual([])
      await screenshot(page, resolve(screenshots, `landing-large-text-${viewport}.png`))
      await page.context().close()

      const english = await open(viewport, "/en/")
      await english.locator(".as-of").waitFor()
      expect(await axeViolations(english), `en ${viewport}`).toEqual([])
      await english.context().close()
    })
  }
})
