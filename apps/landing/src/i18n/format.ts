/**
 * How numbers and dates read in each language. Dates are calendar dates of Asia/Ho_Chi_Minh (UTC+7,
 * no daylight saving), whatever the reader's own clock says.
 */
import type { Lang } from "./messages.ts"

const locale = (lang: Lang) => (lang === "vi" ? "vi-VN" : "en-GB")

/** 0.784 → "78%" (a whole percent: the figures are not more precise than that for the public). */
export const formatPercent = (share: number, lang: Lang): string =>
  new Intl.NumberFormat(locale(lang), { style: "percent", maximumFractionDigits: 0 }).format(share)

const monthsEn = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

/** "2025-10-10" → "10/10/2025" (vi) or "10 Oct 2025" (en). */
export const formatDate = (isoDate: string, lang: Lang): string => {
  const [y, m, d] = isoDate.slice(0, 10).split("-")
  if (y === undefined || m === undefined || d === undefined) return isoDate
  return lang === "vi" ? `${d}/${m}/${y}` : `${Number(d)} ${monthsEn[Number(m) - 1]} ${y}`
}

/** An instant as the wall-clock time and date in Vietnam, e.g. "Thứ Bảy, 14/06/2025, 08:00". */
export const formatDateTime = (iso: string, lang: Lang): string =>
  new Intl.DateTimeFormat(locale(lang), {
    timeZone: "Asia/Ho_Chi_Minh",
    weekday: "long",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(new Date(iso))

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** Today's calendar date in Vietnam at the given instant, YYYY-MM-DD. */
export const vietnamDate = (instant: Date): string =>
  new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)

/** Whole calendar days from one date to a later one (0 on the day itself). */
export const daysBetween = (from: string, to: string): number =>
  Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000,
  )
