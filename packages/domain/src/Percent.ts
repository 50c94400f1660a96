/**
 * The one rounding rule of every percentage the platform shows — a dashboard card, a violation's
 * message, a ranking table, a chart, a spreadsheet, the public site: a share is shown to a tenth of a
 * percent, **rounded down**, so "100%" only ever means complete and "80%" is never a 79,96% that has not
 * reached an 80% target. Two places showing the same share therefore always agree (64,1% and 64,1%,
 * never 64% and 64,1%).
 *
 * Free of Effect on purpose, so a web page can word its figures without loading Schema.
 *
 * @since 0.2.0
 */

/** A display language. */
export type Locale = "vi" | "en"

// The epsilon keeps 0.29 × 1000 = 290.00000000000006 from rounding up and 0.643 × 1000 = 642.99… down.
const EPSILON = 1e-9

/**
 * A share (0–1) as percent, to a tenth, rounded down: `0.64099` → `64`, `0.6419` → `64.1`.
 *
 * @example
 * ```ts
 * Percent.tenths(0.4979) // 49.7
 * ```
 */
export const tenths = (ratio: number): number => Math.floor(ratio * 1000 + EPSILON) / 10

/** A share (0–1) as percent, to a tenth, rounded up: for an upper bound ("< 8,4%"). */
export const tenthsUp = (ratio: number): number => Math.ceil(ratio * 1000 - EPSILON) / 10

const formatters = new Map<string, Intl.NumberFormat>()
const formatter = (locale: Locale, signed: boolean): Intl.NumberFormat => {
  const key = `${locale}${signed}`
  let format = formatters.get(key)
  if (format === undefined) {
    format = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", {
      maximumFractionDigits: 1,
      ...(signed ? { signDisplay: "exceptZero" as const } : {}),
    })
    formatters.set(key, format)
  }
  return format
}

/** A number of percent (already rounded, e.g. from {@link tenths}) as text: "64,1%" (vi) / "64.1%" (en). */
export const percentText = (percent: number, locale: Locale): string =>
  `${formatter(locale, false).format(percent)}%`

/**
 * A share (0–1) as text by the rule of this module: "64,1%" (vi) / "64.1%" (en).
 *
 * @example
 * ```ts
 * Percent.toText(0.64099, "vi") // "64%"
 * ```
 */
export const toText = (ratio: number, locale: Locale): string => percentText(tenths(ratio), locale)

/**
 * The change between two shares in percentage points, as the two shares are shown: the difference of
 * their rounded values, so "62% → 64,1%" is "+2,1", never "+2,2".
 */
export const pointsBetween = (from: number, to: number): number =>
  Math.round((tenths(to) - tenths(from)) * 10) / 10

/** A change in percentage points as text, with its sign: "+2,1 điểm" / "+2.1 pts", "0 điểm". */
export const pointsText = (points: number, locale: Locale): string =>
  `${formatter(locale, true).format(points)} ${locale === "vi" ? "điểm" : "pts"}`
