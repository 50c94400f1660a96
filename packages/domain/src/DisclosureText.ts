/**
 * The wording of published figures ("< 5", "81,2%", "> 45"), in Vietnamese or English: see
 * {@link Disclosure} for the suppression rules that produce them.
 *
 * Free of Effect on purpose (it imports only types), so a public web page can word the figures the API
 * publishes without loading Schema.
 *
 * @since 0.1.0
 */
import type { PublicCount, PublicShare } from "./Disclosure.js"

/** A display language. */
export type Locale = "vi" | "en"

const WITHHELD_TEXT = "—"

/** A published count as text: "1.875" (vi) / "1,875" (en), "< 5", "> 45", or "—" when withheld. */
export const countToText = (count: PublicCount, locale: Locale): string => {
  const format = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB")
  switch (count._tag) {
    case "Exact":
      return format.format(count.count)
    case "FewerThan":
      return `< ${format.format(count.bound)}`
    case "MoreThan":
      return `> ${format.format(count.bound)}`
    case "Withheld":
      return WITHHELD_TEXT
  }
}

/**
 * A published share as a percentage with one decimal: "81,2%" (vi) / "81.2%" (en), "< 8,4%", "> 91,6%",
 * or "—". Exact shares are rounded down, so "100%" only ever means complete; bounds are rounded outwards
 * (up for "<", down for ">") so the text never claims more than the bound does.
 */
export const shareToText = (share: PublicShare, locale: Locale): string => {
  const percent = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    style: "percent",
    maximumFractionDigits: 1,
  })
  // Tenths of a percent; the epsilon keeps 0.29 × 1000 = 290.00000000000006 from rounding up to 291.
  const down = (ratio: number) => percent.format(Math.floor(ratio * 1000 + 1e-9) / 1000)
  const up = (ratio: number) => percent.format(Math.ceil(ratio * 1000 - 1e-9) / 1000)
  switch (share._tag) {
    case "Exact":
      return down(share.value)
    case "FewerThan":
      return `< ${up(share.bound)}`
    case "MoreThan":
      return `> ${down(share.bound)}`
    case "Withheld":
      return WITHHELD_TEXT
  }
}
