/**
 * The communes of the district as an SVG map, each filled with the status colour of the chosen
 * indicator and labelled with its value. Every commune is a link (keyboard and screen reader
 * reachable) that drills down into it; its name starts with what the map shows ("Xuân Mai 50%").
 */
import { attribution, communes, viewBox } from "virtual:commune-map"
import { useNavigate } from "@solidjs/router"
import { createUniqueId, For, Show } from "solid-js"
import { useI18n } from "../i18n/I18n"

const basePath = import.meta.env.BASE_URL.replace(/\/$/, "")

export interface CommuneFigure {
  readonly unitId: string
  readonly value: number | null
  /** A status class suffix: met, on-track, at-risk, off-track. */
  readonly status: string | null
  readonly statusLabel: string
}

export const CommuneMap = (props: {
  /** Figures by GSO commune code. */
  readonly figures: ReadonlyMap<string, CommuneFigure>
  readonly title: string
  readonly hrefFor: (unitId: string) => string
}) => {
  const { locale, percent, t } = useI18n()
  const navigate = useNavigate()
  const titleId = createUniqueId()
  const shown = () => communes.filter((commune) => props.figures.has(commune.code))
  return (
    <figure class="commune-map">
      <svg viewBox={viewBox} aria-labelledby={titleId}>
        <title id={titleId}>{props.title}</title>
        <For each={shown()}>
          {(commune) => {
            const figure = () => props.figures.get(commune.code)
            const name = () => (locale() === "vi" ? commune.fullName : commune.fullNameEn)
            const shortName = () => (locale() === "vi" ? commune.name : commune.nameEn)
            const value = () => {
              const v = figure()?.value
              return v === null || v === undefined ? t("common.none") : percent(v)
            }
            // The <g> makes this its own SVG template (a bare <a> would be made as an HTML link) and
            // carries the class: an SVG element's class is an attribute, which Solid sets on a <g>.
            return (
              <g class={`commune status-fill-${figure()?.status ?? "unknown"}`}>
                <a
                  href={`${basePath}${props.hrefFor(figure()?.unitId ?? "")}`}
                  onClick={(event) => {
                    // The router's links are HTML; this one is SVG, so it navigates in the app itself.
                    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return
                    event.preventDefault()
                    navigate(props.hrefFor(figure()?.unitId ?? ""))
                  }}
                  aria-label={`${shortName()} ${value()} — ${figure()?.statusLabel ?? ""} (${name()})`}
                >
                  <path d={commune.path} />
                  <text x={commune.labelX} y={commune.labelY} text-anchor="middle">
                    <tspan x={commune.labelX} dy="-0.2em" class="commune-name">
                      {shortName()}{" "}
                    </tspan>
                    <tspan x={commune.labelX} dy="1.2em" class="commune-value">
                      {value()}
                    </tspan>
                  </text>
                </a>
              </g>
            )
          }}
        </For>
      </svg>
      <Show when={shown().length > 0}>
        <figcaption class="muted small">{attribution}</figcaption>
      </Show>
    </figure>
  )
}

/** Whether the map can draw any of these commune codes (boundaries exist only for the 2025 communes). */
export const hasBoundaries = (codes: ReadonlyArray<string>): boolean =>
  codes.some((code) => communes.some((commune) => commune.code === code))
