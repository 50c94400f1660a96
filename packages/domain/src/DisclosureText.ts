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
import * as Percent from "./Percent.js"

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
 * or "—". Exact shares follow the platform's one rounding rule ({@link Percent}: down to a tenth, so
 * "100%" only ever means complete); bounds are rounded outwards (up for "<", down for ">") so the text
 * never claims more than the bound does.
 */
export const shareToText = (share: PublicShare, locale: Locale): string => {
  switch (share._tag) {
    case "Exact":
      return Percent.toText(share.value, locale)
    case "FewerThan":
      return `< ${Percent.percentText(Percent.tenthsUp(share.bound), locale)}`
    case "MoreThan":
      return `> ${Percent.toText(share.bound, locale)}`
    case "Withheld":
      return WITHHELD_TEXT
  }
}
