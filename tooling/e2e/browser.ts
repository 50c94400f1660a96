/**
 * The browser harness of the end-to-end tests: Debian's Chromium driven by playwright-core (no browser
 * download), axe-core for accessibility, screenshots at phone and desktop size. Shared by the browser
 * suites of the web apps.
 */
import { existsSync, mkdirSync } from "node:fs"
import { dirname } from "node:path"
import axe from "axe-core"
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core"

/** Where Chromium is: `CHROMIUM_PATH`, else Debian's package (`apt-get install -y chromium`). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

/** Flags for a sandboxless container with no network but the machine's own. */
export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

/** Why the browser suites cannot run here, or undefined when they can. Print it when skipping. */
export const browserUnavailable = (): string | undefined =>
  existsSync(chromiumPath)
    ? undefined
    : `browser tests skipped: no Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true })

/** The two widths every page is checked and photographed at. */
export const viewports = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const

export type ViewportName = keyof typeof viewports

/** A new page at a named size; `options` adds e.g. `javaScriptEnabled: false` or a locale. */
export const openPage = async (
  browser: Browser,
  viewport: ViewportName,
  options: BrowserContextOptions = {},
): Promise<Page> => {
  const context = await browser.newContext({
    viewport: viewports[viewport],
    deviceScaleFactor: 1,
    ...(viewport === "phone" ? { isMobile: true, hasTouch: true } : {}),
    ...options,
  })
  return context.newPage()
}

/** One accessibility problem axe found, in a form that reads well in a failed assertion. */
export interface AxeViolation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly targets: ReadonlyArray<string>
}

/**
 * Runs axe-core (WCAG 2 A and AA rules, and best practices) on the page as it is now and returns the
 * violations of the given impacts (serious and critical by default).
 */
export const axeViolations = async (
  page: Page,
  impacts: ReadonlyArray<string> = ["serious", "critical"],
): Promise<ReadonlyArray<AxeViolation>> => {
  // Evaluated through the DevTools protocol: the pages' Content-Security-Policy rightly refuses an
  // injected <script>, and the check must not need the policy loosened.
  await page.evaluate(axe.source)
  const violations = await page.evaluate(async () => {
    const results = await (
      window as unknown as {
        axe: { run: (o: object) => Promise<{ violations: Array<Record<string, unknown>> }> }
      }
    ).axe.run({
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    })
    return results.violations.map((v) => ({
      id: String(v.id),
      impact: (v.impact as string | null) ?? null,
      help: String(v.help),
      targets: (v.nodes as Array<{ target: unknown[] }>).map((n) => n.target.map(String).join(" ")),
    }))
  })
  return violations.filter((v) => v.impact !== null && impacts.includes(v.impact))
}

/** Saves a full-page PNG, creating the folder. */
export const screenshot = async (page: Page, file: string): Promise<void> => {
  mkdirSync(dirname(file), { recursive: true })
  await page.screenshot({ path: file, fullPage: true })
}
