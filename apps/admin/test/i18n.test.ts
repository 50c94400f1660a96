import { createRoot, createSignal } from "solid-js"
import { describe, expect, it } from "vitest"
import { en } from "../src/i18n/en"
import { interpolate, type Locale, makeI18n } from "../src/i18n/I18n"
import { vi } from "../src/i18n/vi"

describe("the catalogue", () => {
  it("translates every Vietnamese key into English and nothing else", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort())
  })

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(vi) as Array<keyof typeof vi>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]))
    }
  })

  it("has no empty string", () => {
    expect(Object.values(vi).filter((text) => text.trim() === "")).toEqual([])
    expect(Object.values(en).filter((text) => text.trim() === "")).toEqual([])
  })
})

describe("interpolate", () => {
  it("fills named placeholders and leaves unknown ones visible", () => {
    expect(interpolate("{from}–{to} trên {total}", { from: 1, to: 20, total: 45 })).toBe("1–20 trên 45")
    expect(interpolate("Xin chào {name}", {})).toBe("Xin chào {name}")
  })
})

describe("makeI18n", () => {
  it("switches language and formats numbers and dates for it", () => {
    createRoot((dispose) => {
      const [locale, setLocale] = createSignal<Locale>("vi")
      const i18n = makeI18n(locale, setLocale)
      expect(i18n.t("login.submit")).toBe("Đăng nhập")
      expect(i18n.number(12345)).toBe("12.345")
      expect(i18n.date("2025-07-01")).toBe("01/07/2025")
      expect(i18n.pick({ vi: "Gia đình số", en: "Digital family" })).toBe("Gia đình số")
      setLocale("en")
      expect(i18n.t("login.submit")).toBe("Sign in")
      expect(i18n.number(12345)).toBe("12,345")
      expect(i18n.pick({ vi: "Gia đình số", en: "Digital family" })).toBe("Digital family")
      dispose()
    })
  })
})
