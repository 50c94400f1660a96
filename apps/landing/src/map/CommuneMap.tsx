/**
 * The communes of former Chương Mỹ district, drawn from paths prepared at build time
 * (scripts/simplify-geometry.mjs) and shaded by one indicator. No tiles, no network.
 * The map repeats the table next to it for sighted readers; screen readers get the table, and the
 * commune picker above it (not the map) is what selects a commune, by keyboard or touch.
 * A share the API published only as a bound ("> 64,2%", to protect the few people behind it) keeps its
 * qualifier in the label and is hatched, so it never reads as an exact figure of that shade.
 */
import type { PublicShare } from "@bdhv/domain/Disclosure"
import { For, Show } from "solid-js"
import { formatPercent } from "../i18n/format.ts"
import { useI18n } from "../i18n/I18n.tsx"
import { communes, viewBox } from "./communes.json"

/** Shades from light to dark for shares in [0, 0.2), [0.2, 0.4) … [0.8, 1]. */
export const shades = ["#fde9d9", "#f9c29b", "#ef8a54", "#cf4f27", "#8f2a10"] as const
const noDataShade = "#e6e6e6"

export const shadeOf = (share: number | null): string =>
  share === null
    ? noDataShade
    : (shades[Math.min(shades.length - 1, Math.floor(share * shades.length))] ?? noDataShade)

/** Where a published share sits on the scale: at its value or its bound; nowhere when withheld. */
export const shareOnScale = (share: PublicShare | undefined): number | null => {
  switch (share?._tag) {
    case "Exact":
      return share.value
    case "FewerThan":
    case "MoreThan":
      return share.bound
    default:
      return null
  }
}

/** Whether a share was published only as a bound ("< 8,4%", "> 64,2%"). */
export const isBounded = (share: PublicShare | undefined): boolean =>
  share?._tag === "FewerThan" || share?._tag === "MoreThan"

export interface CommuneMapProps {
  readonly title: string
  /** The published share of each commune, by GSO code; undefined when there is none. */
  readonly shareByCode: (code: string) => PublicShare | undefined
  /** The share as the table words it ("64,2%", "> 64,2%", "—"). */
  readonly shareText: (share: PublicShare) => string
  readonly selectedCode: string | null
}

const hatchId = "map-bounded-hatch"

export const CommuneMap = (props: CommuneMapProps) => {
  const { lang } = useI18n()
  return (
    <figure class="map">
      <svg viewBox={viewBox.join(" ")} role="img" aria-label={props.title}>
        <defs>
          <HatchPattern id={hatchId} />
        </defs>
        <For each={communes}>
          {(commune) => (
            <path
              d={commune.d}
              fill={shadeOf(shareOnScale(props.shareByCode(commune.code)))}
              class={props.selectedCode === commune.code ? "commune selected" : "commune"}
              data-code={commune.code}
              data-bounded={isBounded(props.shareByCode(commune.code)) ? "true" : undefined}
            />
          )}
        </For>
        <For each={communes}>
          {(commune) => (
            <Show when={isBounded(props.shareByCode(commune.code))}>
              <path d={commune.d} fill={`url(#${hatchId})`} class="commune-hatch" />
            </Show>
          )}
        </For>
        <For each={communes}>
          {(commune) => {
            const share = () => props.shareByCode(commune.code)
            return (
              <text x={commune.label[0]} y={commune.label[1]} class="map-label">
                <tspan x={commune.label[0]}>{lang === "vi" ? commune.name : commune.nameEn}</tspan>
                <Show when={shareOnScale(share()) !== null}>
                  <tspan x={commune.label[0]} dy="1.2em" class="map-value">
                    {props.shareText(share()!)}
                  </tspan>
                </Show>
              </text>
            )
          }}
        </For>
      </svg>
    </figure>
  )
}

/** Diagonal lines over a commune whose share is only a bound. */
const HatchPattern = (props: { id: string }) => (
  <pattern id={props.id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect width="8" height="8" fill="transparent" />
    <line x1="0" y1="0" x2="0" y2="8" stroke="#1b1b1b" stroke-width="2.5" stroke-opacity="0.55" />
  </pattern>
)

/** The legend of the shades, for the current language. */
export const MapLegend = (props: { noData: string; bounded: string }) => {
  const { lang } = useI18n()
  return (
    <ul class="legend">
      <For each={shades}>
        {(shade, i) => (
          <li>
            <span class="swatch" style={{ background: shade }} />
            {formatPercent(i() / shades.length, lang)}–{formatPercent((i() + 1) / shades.length, lang)}
          </li>
        )}
      </For>
      <li>
        <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">
          <defs>
            <HatchPattern id={`${hatchId}-legend`} />
          </defs>
          <rect width="16" height="16" fill={shades[2]} />
          <rect width="16" height="16" fill={`url(#${hatchId}-legend)`} />
        </svg>
        {props.bounded}
      </li>
      <li>
        <span class="swatch" style={{ background: noDataShade }} />
        {props.noData}
      </li>
    </ul>
  )
}
