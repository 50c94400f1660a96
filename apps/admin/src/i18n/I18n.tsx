/**
 * The locale of the app (Vietnamese by default, English on request, remembered in localStorage)
 * and the functions that turn catalogue keys, numbers and dates into text in that locale.
 */
import * as Percent from "@bdhv/domain/Percent"
import {
  type Accessor,
  createContext,
  createEffect,
  createSignal,
  type ParentProps,
  useContext,
} from "solid-js"
import { en } from "./en"
import { type Catalogue, type MessageKey, vi } from "./vi"

export type Locale = "vi" | "en"

const catalogues: Record<Locale, Catalogue> = { vi, en }
const storageKey = "bdhv.locale"

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing value is noticed. */
export const interpolate = (template: string, params?: Readonly<Record<string, string | number>>): string =>
  params === undefined
    ? template
    : template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name]
        return value === undefined ? whole : String(value)
      })

export interface I18n {
  readonly locale: Accessor<Locale>
  readonly setLocale: (locale: Locale) => void
  readonly t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string
  /** Picks the string of the current locale from a `{ vi, en }` pair (domain names and messages). */
  readonly pick: (text: { readonly vi: string; readonly en: string }) => string
  readonly number: (value: number) => string
  readonly percent: (ratio: number) => string
  /** A calendar date (`YYYY-MM-DD`) as the locale writes it. */
  readonly date: (isoDate: string) => string
  readonly dateTime: (iso: string) => string
}

const I18nContext = createContext<I18n>()

const initialLocale = (): Locale => {
  try {
    return globalThis.localStorage?.getItem(storageKey) === "en" ? "en" : "vi"
  } catch {
    return "vi"
  }
}

/** Builds the i18n functions over a locale signal; exported for tests. */
export const makeI18n = (locale: Accessor<Locale>, setLocale: (locale: Locale) => void): I18n => {
  const tag = () => (locale() === "vi" ? "vi-VN" : "en-GB")
  return {
    locale,
    setLocale,
    t: (key, params) => interpolate(catalogues[locale()][key], params),
    pick: (text) => text[locale()],
    number: (value) => new Intl.NumberFormat(tag()).format(value),
    // The domain's one rounding rule, so a card and a violation's message say the same figure.
    percent: (ratio) => Percent.toText(ratio, locale()),
    date: (isoDate) =>
      new Intl.DateTimeFormat(tag(), {
        day: "2-digit",
        month: "2-digit",
        year: "numeric",
        timeZone: "UTC",
      }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    dateTime: (iso) =>
      new Intl.DateTimeFormat(tag(), {
        dateStyle: "short",
        timeStyle: "short",
        timeZone: "Asia/Ho_Chi_Minh",
      }).format(new Date(iso)),
  }
}

export const I18nProvider = (props: ParentProps<{ readonly initial?: Locale }>) => {
  const [locale, setLocaleSignal] = createSignal<Locale>(props.initial ?? initialLocale())
  const setLocale = (next: Locale) => {
    setLocaleSignal(next)
    try {
      globalThis.localStorage?.setItem(storageKey, next)
    } catch {
      // Private browsing may forbid storage; the choice then lasts for this page only.
    }
  }
  createEffect(() => {
    document.documentElement.lang = locale()
  })
  return <I18nContext.Provider value={makeI18n(locale, setLocale)}>{props.children}</I18nContext.Provider>
}

export const useI18n = (): I18n => {
  const i18n = useContext(I18nContext)
  if (i18n === undefined) throw new Error("useI18n outside <I18nProvider>")
  return i18n
}
