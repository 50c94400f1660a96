/**
 * The frame of every signed-in page: a header (name, language, account), the navigation (a side
 * bar on wide screens; on a phone a bottom bar with the four daily tasks and a "more" sheet), and
 * the main region with a skip link to it. With no network, a team leader sees that door to door still
 * works and how many visits wait to be sent; signing out with visits unsent asks first.
 */
import * as Access from "@bdhv/domain/Access"
import { Dialog } from "@kobalte/core/dialog"
import { A, useLocation } from "@solidjs/router"
import { createSignal, For, onCleanup, type ParentProps, Show } from "solid-js"
import { useI18n } from "../i18n/I18n"
import type { MessageKey } from "../i18n/vi"
import { useOffline } from "../offline/Offline"
import { useSession } from "../session/Session"

/** The browser's install prompt (Chromium), kept until the user asks for it. */
interface InstallPrompt extends Event {
  readonly prompt: () => Promise<void>
}

interface NavItem {
  readonly href: string
  readonly label: MessageKey
  readonly icon: string
  /** Shown in the phone's bottom bar. */
  readonly primary?: boolean
  /** What the page reads: it is in the menu of the roles the access table lets read it. */
  readonly resource: Access.Resource
  /** Only in the menu of this role (a page that is one role's daily screen). */
  readonly only?: Access.Role
}

export const navItems: ReadonlyArray<NavItem> = [
  { href: "/", label: "nav.dashboard", icon: "◔", primary: true, resource: "indicators" },
  { href: "/households", label: "nav.households", icon: "⌂", primary: true, resource: "households" },
  { href: "/classes", label: "nav.classes", icon: "✎", primary: true, resource: "classes" },
  { href: "/visits", label: "nav.visits", icon: "➜", primary: true, resource: "visits" },
  { href: "/people", label: "nav.people", icon: "☺", resource: "people" },
  { href: "/organizations", label: "nav.organizations", icon: "▦", resource: "organizations" },
  { href: "/guides", label: "nav.guides", icon: "★", resource: "guides" },
  { href: "/volunteers", label: "nav.volunteers", icon: "♥", resource: "volunteers" },
  { href: "/support-staff", label: "nav.supportStaff", icon: "☎", resource: "support-staff" },
  { href: "/teams", label: "nav.teams", icon: "⚑", resource: "teams" },
  { href: "/communication", label: "nav.communication", icon: "✉", resource: "posts" },
  { href: "/targets", label: "nav.targets", icon: "◎", resource: "targets" },
  { href: "/imports", label: "nav.imports", icon: "⇪", resource: "imports" },
  { href: "/exports", label: "nav.exports", icon: "⇩", resource: "indicators" },
  { href: "/users", label: "nav.users", icon: "◉", resource: "users" },
  { href: "/audit", label: "nav.audit", icon: "☰", resource: "audit" },
  { href: "/reports", label: "nav.reports", icon: "✓", resource: "reports" },
  { href: "/sign-ups", label: "nav.signUps", icon: "✚", resource: "sign-ups" },
  { href: "/youth-campaigns", label: "nav.youthCampaigns", icon: "✦", resource: "youth-campaigns" },
  {
    href: "/learners",
    label: "nav.learners",
    icon: "✓",
    primary: true,
    resource: "guide-learners",
    only: "guide",
  },
]

const NavLinks = (props: { readonly items: ReadonlyArray<NavItem>; readonly onNavigate?: () => void }) => {
  const { t } = useI18n()
  return (
    <ul class="nav-list">
      <For each={props.items}>
        {(item) => (
          <li>
            <A
              href={item.href}
              end={item.href === "/"}
              activeClass="active"
              onClick={() => props.onNavigate?.()}
            >
              <span class="nav-icon" aria-hidden="true">
                {item.icon}
              </span>
              <span>{t(item.label)}</span>
            </A>
          </li>
        )}
      </For>
    </ul>
  )
}

export const Shell = (props: ParentProps) => {
  const { t, locale, setLocale } = useI18n()
  const session = useSession()
  const location = useLocation()
  const offline = useOffline()
  const [moreOpen, setMoreOpen] = createSignal(false)
  const [install, setInstall] = createSignal<InstallPrompt>()
  const keepPrompt = (event: Event) => {
    event.preventDefault()
    setInstall(event as InstallPrompt)
  }
  window.addEventListener("beforeinstallprompt", keepPrompt)
  onCleanup(() => window.removeEventListener("beforeinstallprompt", keepPrompt))
  const unsent = () => offline.queue().filter((item) => item.rejection === undefined).length
  // A guide's outbox holds learning records, a team leader's visits: the strip names them and links there.
  const outboxPage = () => (session.user()?.role === "guide" ? "/learners" : "/visits")
  const visible = () => {
    const role = session.user()?.role
    return navItems.filter(
      (item) =>
        role !== undefined &&
        Access.allows(role, item.resource, "read") &&
        (item.only === undefined || item.only === role),
    )
  }
  const secondaryActive = () =>
    visible().some(
      (item) => item.primary !== true && item.href !== "/" && location.pathname.startsWith(item.href),
    )
  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <header class="topbar">
        <A href="/" class="brand">
          <span class="brand-mark" aria-hidden="true">
            B
          </span>
          <span class="brand-long">{t("app.name")}</span>
          <span class="brand-short">{t("app.short")}</span>
        </A>
        <div class="topbar-actions">
          <Show when={install()}>
            {(prompt) => (
              <button
                type="button"
                class="button button-quiet"
                onClick={() =>
                  void prompt()
                    .prompt()
                    .finally(() => setInstall(undefined))
                }
              >
                {t("offline.installHint")}
              </button>
            )}
          </Show>
          <button
            type="button"
            class="button button-quiet"
            lang={locale() === "vi" ? "en" : "vi"}
            aria-label={`${locale() === "vi" ? "EN" : "VI"} · ${t("lang.switch")}`}
            title={t("lang.label")}
            onClick={() => setLocale(locale() === "vi" ? "en" : "vi")}
          >
            {locale() === "vi" ? "EN" : "VI"}
          </button>
          <Show when={session.user()}>
            {(user) => (
              <span class="account">
                <span class="account-name" title={t(`role.${user().role}`)}>
                  {user().fullName}
                </span>
                <button
                  type="button"
                  class="button button-quiet"
                  onClick={() => {
                    // Unsent visits would be lost with the phone's store: ask first.
                    if (
                      unsent() === 0 ||
                      window.confirm(
                        t(outboxPage() === "/learners" ? "learners.logoutWarning" : "offline.logoutWarning", {
                          count: unsent(),
                        }),
                      )
                    )
                      void session.logout()
                  }}
                >
                  {t("session.logout")}
                </button>
              </span>
            )}
          </Show>
        </div>
      </header>
      <nav class="sidebar" aria-label={t("nav.label")}>
        <NavLinks items={visible()} />
      </nav>
      <main id="main" class="main" tabindex="-1">
        {/* The door-to-door page says all of this itself, with the outbox. */}
        <Show
          when={
            offline.keeps() &&
            (!offline.online() || unsent() > 0) &&
            !location.pathname.includes(outboxPage())
          }
        >
          <p class="offline-strip" role="status">
            <Show when={!offline.online()}>
              {outboxPage() === "/learners" ? t("learners.banner") : t("offline.banner")}{" "}
            </Show>
            <Show when={unsent() > 0}>
              <A class="offline-strip-link" href={outboxPage()}>
                {outboxPage() === "/learners"
                  ? t("learners.bannerWaiting", { count: unsent() })
                  : t("offline.bannerWaiting", { count: unsent() })}
              </A>
            </Show>
          </p>
        </Show>
        {props.children}
      </main>
      <nav class="bottombar" aria-label={t("nav.label")}>
        <ul class="nav-list">
          <For each={visible().filter((item) => item.primary === true)}>
            {(item) => (
              <li>
                <A href={item.href} end={item.href === "/"} activeClass="active">
                  <span class="nav-icon" aria-hidden="true">
                    {item.icon}
                  </span>
                  <span>{t(item.label)}</span>
                </A>
              </li>
            )}
          </For>
          <li>
            <Dialog open={moreOpen()} onOpenChange={setMoreOpen}>
              <Dialog.Trigger class="more-trigger" classList={{ active: secondaryActive() }}>
                <span class="nav-icon" aria-hidden="true">
                  ☰
                </span>
                <span>{t("nav.more")}</span>
              </Dialog.Trigger>
              <Dialog.Portal>
                <Dialog.Overlay class="dialog-overlay" />
                <div class="sheet-positioner">
                  <Dialog.Content class="sheet">
                    <div class="sheet-header">
                      <Dialog.Title class="dialog-title">{t("nav.menu")}</Dialog.Title>
                      <Dialog.CloseButton class="button button-quiet" aria-label={t("nav.close")}>
                        ✕
                      </Dialog.CloseButton>
                    </div>
                    <NavLinks
                      items={visible().filter((item) => item.primary !== true)}
                      onNavigate={() => setMoreOpen(false)}
                    />
                    <Show when={session.user()}>
                      {(user) => (
                        <p class="sheet-account muted small">
                          {t("session.signedInAs", { name: user().fullName })} · {t(`role.${user().role}`)}
                        </p>
                      )}
                    </Show>
                  </Dialog.Content>
                </div>
              </Dialog.Portal>
            </Dialog>
          </li>
        </ul>
      </nav>
    </div>
  )
}
