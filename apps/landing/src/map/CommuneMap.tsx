/**
 * The communes of former Chương Mỹ district, drawn from paths prepared at build time
 * (scripts/simplify-geometry.mjs) and shaded by one indicator. No tiles, no network.
 * The map repeats the table next to it for sighted readers; screen readers get the table, and the
 * commune picker above it (not the map) is what selects a commune, by keyboard or touch.
 */
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

export interface CommuneMapProps {
  readonly title: string
  /** The share to show for each commune, by GSO code; null or missing when not shown. */
  readonly shareByCode: (code: string) => number | null
  readonly selectedCode: string | null
}

export const CommuneMap = (props: CommuneMapProps) => {
  const { lang } = useI18n()
  return (
    <figure class="map">
      <svg viewBox={viewBox.join(" ")} role="img" aria-label={props.title}>
        <For each={communes}>
          {(commune) => (
            <path
              d={commune.d}
              fill={shadeOf(props.shareByCode(commune.code))}
              class={props.selectedCode === commune.code ? "commune selected" : "commune"}
              data-code={commune.code}
            />
          )}
        </For>
        <For each={communes}>
          {(commune) => {
            const share = () => props.shareByCode(commune.code)
            return (
              <text x={commune.label[0]} y={commune.label[1]} class="map-label">
                <tspan x={commune.label[0]}>{lang === "vi" ? commune.name : commune.nameEn}</tspan>
                <Show when={share() !== null}>
                  <tspan x={commune.label[0]} dy="1.2em" class="map-value">
                    {formatPercent(share() ?? 0, lang)}
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

/** The legend of the shades, for the current language. */
export const MapLegend = (props: { noData: string }) => {
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
        <span class="swatch" style={{ background: noDataShade }} />
        {props.noData}
      </li>
    </ul>
  )
}
