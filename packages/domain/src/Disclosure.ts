/**
 * Small-cell suppression of public figures (DESIGN §3): the public sees aggregates only, and no figure may
 * reveal a group of fewer than {@link THRESHOLD} people, households, guides…
 *
 * Rules, for a count `c` on its own: `c < 5` is shown as "< 5" (zero included: a zero is a group too).
 * For a share `numerator / denominator` (the complement being `denominator − numerator`, e.g. the
 * households still without a skilled member):
 * - denominator < 5: the denominator is shown as "< 5"; the numerator and the share are withheld;
 * - numerator < 5 and complement < 5 (only when the denominator is below 10): both are withheld, since
 *   either bound would pin the other group down to a handful;
 * - numerator < 5: "< 5", and the share as the matching bound ("< 8.4%" of 60);
 * - complement < 5: the numerator as "> denominator − 5" and the share as the matching bound, so the
 *   complement cannot be recovered by subtraction;
 * - otherwise exact.
 *
 * Each figure is protected on its own; differences between related published figures (persons ≥ 16 minus
 * persons ≥ 18) are not suppressed in combination.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as Indicator from "./Indicator.js"

/** The smallest group a public figure may reveal exactly. */
export const THRESHOLD = 5

/** A count as published. */
export const PublicCount = Schema.Union([
  /** The count itself (≥ 5). */
  Schema.TaggedStruct("Exact", { count: Schema.Natural }),
  /** Fewer than `bound` (the count is below the threshold): "< 5". */
  Schema.TaggedStruct("FewerThan", { bound: Schema.Natural }),
  /** More than `bound` (the complement is below the threshold): "> 45". */
  Schema.TaggedStruct("MoreThan", { bound: Schema.Natural }),
  /** Not shown at all. */
  Schema.TaggedStruct("Withheld", {}),
])
/** A count as published. */
export type PublicCount = typeof PublicCount.Type

/** A share as published. */
export const PublicShare = Schema.Union([
  Schema.TaggedStruct("Exact", { value: Indicator.Ratio }),
  Schema.TaggedStruct("FewerThan", { bound: Indicator.Ratio }),
  Schema.TaggedStruct("MoreThan", { bound: Indicator.Ratio }),
  Schema.TaggedStruct("Withheld", {}),
])
/** A share as published. */
export type PublicShare = typeof PublicShare.Type

/** One indicator as published: its numerator, denominator and share, each suppressed as needed. */
export const PublicIndicator = Schema.Struct({
  numerator: PublicCount,
  denominator: PublicCount,
  value: PublicShare,
})
/** One indicator as published. */
export type PublicIndicator = typeof PublicIndicator.Type

const withheld = { _tag: "Withheld" } as const

/** A count on its own as published: exact from 5, else "< 5". */
export const discloseCount = (count: number): PublicCount =>
  count < THRESHOLD ? { _tag: "FewerThan", bound: THRESHOLD } : { _tag: "Exact", count }

/** A share and its counts as published; see the module header for the rules. */
export const discloseFraction = ({ numerator, denominator }: Indicator.Fraction): PublicIndicator => {
  if (denominator < THRESHOLD) {
    return { numerator: withheld, denominator: discloseCount(denominator), value: withheld }
  }
  const exactDenominator: PublicCount = { _tag: "Exact", count: denominator }
  const complement = denominator - numerator
  if (numerator < THRESHOLD && complement < THRESHOLD) {
    return { numerator: withheld, denominator: exactDenominator, value: withheld }
  }
  if (numerator < THRESHOLD) {
    return {
      numerator: { _tag: "FewerThan", bound: THRESHOLD },
      denominator: exactDenominator,
      value: { _tag: "FewerThan", bound: THRESHOLD / denominator },
    }
  }
  if (complement < THRESHOLD) {
    return {
      numerator: { _tag: "MoreThan", bound: denominator - THRESHOLD },
      denominator: exactDenominator,
      value: { _tag: "MoreThan", bound: (denominator - THRESHOLD) / denominator },
    }
  }
  return {
    numerator: { _tag: "Exact", count: numerator },
    denominator: exactDenominator,
    value: { _tag: "Exact", value: numerator / denominator },
  }
}

/** Every indicator of one row of aggregate counts, as published. */
export const disclose = (
  aggregates: Indicator.Aggregates,
): { readonly [K in Indicator.IndicatorId]: PublicIndicator } =>
  Object.fromEntries(
    Indicator.ids.map((id) => [id, discloseFraction(Indicator.fractionOf(id, aggregates))]),
  ) as { readonly [K in Indicator.IndicatorId]: PublicIndicator }

/** The wording of published figures, free of Effect so a public page can load it alone. */
export { countToText, type Locale, shareToText } from "./DisclosureText.js"
