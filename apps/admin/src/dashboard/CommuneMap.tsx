/**
 * The communes of the district as an SVG map, each shaded by its value of the chosen indicator on a
 * sequential scale (five bands of 20 points, light to dark, by the value as shown: `Percent.tenths`),
 * hatched when the value is withheld and grey when there is no data, with a legend that names every
 * band and both states. Labels are sized in `rem` of the page, whatever the map's scale, so they follow
 * the reader's text size. Every commune is a link (keyboard and screen reader reachable) that drills
 * down into it; its name starts with what the map shows ("Xuân Mai 50%").
 */
import type * as IndicatorTable from "@bdhv/domain/IndicatorTable"
import { attribution, communes, viewBox } from "virtual:commune-map"
import { useNavigate } from "@solidjs/router"
import { createSignal, createUniqueId, For, onCleanup, onMount, Show } from "solid-js"
import { useI18n } from "../i18n/I18n"
import { bandOf, bands, noDataFill } from "./ValueScale"

const basePath = import.meta.env.BASE_URL.replace(/\/$/, "")
const viewBoxWidth = Number(viewBox.split(" ")[2])

export interface CommuneFigure {
  readonly unitId: string
  readonly cell: IndicatorTable.Cell
  /** The status's name, for the link's label. */
  readonly statusLabel: string
}

export const CommuneMap = (props: {
  /** Figures by GSO commune code. */
  readonly figures: ReadonlyMap<string, CommuneFigure>
  readonly title: string
  /** The indicator's name, for the legend. */
  readonly indicatorName: string
  readonly hrefFor: (unitId: string) => string
}) => {
  const { locale, percent, t } = useI18n()
  const navigate = useNavigate()
  const titleId = createUniqueId()
  const hatchId = createUniqueId()
  const shown = () => communes.filter((commune) => props.figures.has(commune.code))
  // User units per CSS pixel: labels in `rem` times this are `rem` on the screen.
  const [scale, setScale] = createSignal(1)
  let svg!: SVGSVGElement
  onMount(() => {
    const observer = new ResizeObserver(() => {
      if (svg.clientWidth > 0) setScale(viewBoxWidth / svg.clientWidth)
    })
    observer.observe(svg)
    onCleanup(() => observer.disconnect())
  })
  const fillOf = (cell: IndicatorTable.Cell | undefined) =>
    cell?._tag === "Value"
      ? bands[bandOf(cell.value)]!.fill
      : cell?._tag === "Withheld"
        ? `url(#${hatchId})`
        : noDataFill
  const inkOf = (cell: IndicatorTable.Cell | undefined) =>
    cell?._tag === "Value" ? bands[bandOf(cell.value)]!.ink : "#1b1f24"
  const textOf = (cell: IndicatorTable.Cell | undefined) =>
    cell?._tag === "Value"
      ? percent(cell.value)
      : cell?._tag === "Withheld"
        ? t("table.withheld")
        : t("map.noData")
  return (
    <figure class="commune-map" style={{ "--map-scale": String(scale()) }}>
      <svg viewBox={viewBox} aria-labelledby={titleId} ref={svg}>
        <title id={titleId}>{props.title}</title>
        <defs>
          <pattern
            id={hatchId}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="8" height="8" fill="#ffffff" />
            <rect width="3" height="8" fill="#9aa1a9" />
          </pattern>
        </defs>
        <For each={shown()}>
          {(commune) => {
            const figure = () => props.figures.get(commune.code)
            const name = () => (locale() === "vi" ? commune.fullName : commune.fullNameEn)
            const shortName = () => (locale() === "vi" ? commune.name : commune.nameEn)
            // The <g> makes this its own SVG template (a bare <a> would be made as an HTML link) and
            // carries the class: an SVG element's class is an attribute, which Solid sets on a <g>.
            return (
              <g
                class="commune"
                style={{ "--commune-fill": fillOf(figure()?.cell), "--commune-ink": inkOf(figure()?.cell) }}
              >
                <a
                  href={`${basePath}${props.hrefFor(figure()?.unitId ?? "")}`}
                  onClick={(event) => {
                    // The router's links are HTML; this one is SVG, so it navigates in the app itself.
                    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return
                    event.preventDefault()
                    navigate(props.hrefFor(figure()?.unitId ?? ""))
                  }}
                  aria-label={`${shortName()} ${textOf(figure()?.cell)} — ${figure()?.statusLabel ?? ""} (${name()})`}
                >
                  <path d={commune.path} />
                  <text x={commune.labelX} y={commune.labelY} text-anchor="middle">
                    <tspan x={commune.labelX} dy="-0.2em" class="commune-name">
                      {shortName()}{" "}
                    </tspan>
                    <tspan x={commune.labelX} dy="1.2em" class="commune-value">
                      {textOf(figure()?.cell)}
                    </tspan>
                  </text>
                </a>
              </g>
            )
          }}
        </For>
      </svg>
      <Show when={shown().length > 0}>
        <figcaption>
          <p class="map-legend-title">{t("map.legend", { name: props.indicatorName })}</p>
          <ul class="map-legend" aria-label={t("map.legend", { name: props.indicatorName })}>
            <For each={bands}>
              {(band) => (
                <li>
                  <span class="legend-swatch" style={{ background: band.fill }} aria-hidden="true" />
                  {band.from}–{band.to}%
                </li>
              )}
            </For>
            <li>
              <span class="legend-swatch" style={{ background: noDataFill }} aria-hidden="true" />
              {t("map.noData")}
            </li>
            <li>
              <span class="legend-swatch cell-withheld" aria-hidden="true" />
              {t("map.withheld")}
            </li>
          </ul>
          <p class="muted small">{attribution}</p>
        </figcaption>
      </Show>
    </figure>
  )
}

/** Whether the map can draw any of these commune codes (boundaries exist only for the 2025 communes). */
export const hasBoundaries = (codes: ReadonlyArray<string>): boolean =>
  codes.some((code) => communes.some((commune) => commune.code === code))
