/**
 * The public site in Chromium against the real server (the built API serving the built site at `/`,
 * a fresh embedded database with demo data): content without JavaScript, live progress, finding a
 * class and signing up (seen back through the admin API), a full class, a bad phone number, a second
 * sign-up, volunteering, accessibility (axe-core: no serious or critical violation) and screenshots.
 */
import { resolve } from "node:path"
import * as Campaign from "@bdhv/domain/Campaign"
import * as Indicator from "@bdhv/domain/Indicator"
import * as Phone from "@bdhv/domain/Phone"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type RunningServer, startServer } from "./adminServer.ts"
import {
  axeViolations,
  browserUnavailable,
  launchBrowser,
  openPage,
  screenshot,
  type ViewportName,
} from "./browser.ts"

const skipReason = browserUnavailable()
if (skipReason !== undefined) console.log(`landing ${skipReason}`)

const screenshots = resolve(import.meta.dirname, "../../docs/screenshots")

describe.skipIf(skipReason !== undefined)("public site in the browser", () => {
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

  const open = async (viewport: ViewportName, path = "/", javaScriptEnabled = true): Promise<Page> => {
    const page = await openPage(browser, viewport, { javaScriptEnabled })
    await page.goto(`${server.url}${path}`)
    return page
  }

  it("shows what the movement is, the task groups, the definitions and the map without JavaScript", async () => {
    for (const [path, lang] of [
      ["/", "vi"],
      ["/en/", "en"],
    ] as const) {
      const page = await open("phone", path, false)
      await expect(page.getByRole("heading", { level: 1 })).toBeTruthy()
      for (const group of Campaign.taskGroups) {
        await page.getByRole("heading", { name: group.name[lang], exact: true }).waitFor()
      }
      const family = Indicator.definitions["digital-family"]
      await page.getByRole("heading", { name: family.name[lang], exact: true }).first().waitFor()
      expect(await page.locator("details dd").allTextContents()).toContain(family.numerator[lang])
      expect(await page.locator("svg path[data-code]").count()).toBe(7)
      // Controls that only work with scripts are hidden, and the page says what to do instead.
      expect(await page.locator("form.filters").isVisible()).toBe(false)
      await page.locator("noscript").first().waitFor({ state: "attached" })
      await page.context().close()
    }
  })

  it("shows live progress with the date of the figures", async () => {
    const page = await open("desktop")
    await page.locator(".as-of").waitFor()
    expect(await page.locator(".as-of").textContent()).toMatch(/Số liệu tính đến ngày \d{2}\/\d{2}\/\d{4}/)
    const share = page.locator('[data-indicator="digital-family"] .share')
    await expect.poll(() => share.textContent()).toMatch(/\d+\s?%/)
    await page.context().close()
  })

  it("rejects a bad phone number and a missing name with the domain's messages", async () => {
    const page = await open("phone")
    const card = page.locator(".class-card").first()
    await card.waitFor()
    await card.getByRole("button", { name: /Đăng ký/ }).click()
    const form = page.locator("section.signup form")
    await form.getByLabel("Số điện thoại").fill("0112 345 678")
    await form.getByRole("button", { name: "Gửi đăng ký" }).click()
    await page.getByText(Phone.problemMessages.unknown_prefix.vi).first().waitFor()
    const alert = page.getByRole("alert")
    expect(await alert.textContent()).toContain("Họ và tên")
    expect(await form.getByLabel("Số điện thoại").getAttribute("aria-invalid")).toBe("true")
    await page.context().close()
  })

  for (const viewport of ["phone", "desktop"] as const) {
    it(`has no serious or critical accessibility problem, and is photographed (${viewport})`, async () => {
      const page = await open(viewport)
      await page.locator(".as-of").waitFor()
      await page.locator(".class-card, .found").first().waitFor()
      expect(await axeViolations(page), `vi ${viewport}`).toEqual([])
      await screenshot(page, resolve(screenshots, `landing-${viewport}.png`))

      await page.getByRole("button", { name: /Chữ lớn/ }).click()
      expect(await page.locator("html.large").count()).toBe(1)
      expect(await axeViolations(page), `large text ${viewport}`).toEqual([])
      await screenshot(page, resolve(screenshots, `landing-large-${viewport}.png`))
      await page.context().close()

      const english = await open(viewport, "/en/")
      await english.locator(".as-of").waitFor()
      expect(await axeViolations(english), `en ${viewport}`).toEqual([])
      await english.context().close()
    })
  }
})
