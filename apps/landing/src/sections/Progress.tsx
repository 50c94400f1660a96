/**
 * Live progress: the headline indicators of the whole area or of one commune as bars, and one indicator
 * on the map and in a table for every commune. Definitions come from the domain at build time; figures
 * from the API, aggregated and suppressed there, rendered into the page by the server (so they show
 * without JavaScript) and refreshed by the browser when the page did not have them; their wording
 * ("< 5", "> 91,6%") from the domain's `DisclosureText` (under a kilobyte, free of Effect).
 */
import * as DisclosureText from "@bdhv/domain/DisclosureText"
import { createSignal, For, onMount, Show } from "solid-js"
import content from "virtual:bdhv-content"
import { getProgress, type IndicatorFigure, type Progress, type UnitFigures } from "../api/publicApi.ts"
import type { IndicatorText } from "../content/CampaignContent.ts"
import { formatDate, formatPercent } from "../i18n/format.ts"
import { useI18n } from "../i18n/I18n.tsx"
import type { Lang } from "../i18n/messages.ts"
import { CommuneMap, MapLegend, shareOnScale } from "../map/CommuneMap.tsx"
import { communes as mapCommunes } from "../map/communes.json"

/** The indicators a resident cares about first, in the order shown. */
const headlineIds = [
  "digital-family",
  "adults-basic",
  "digital-identity",
  "digital-bank",
  "elderly-reached",
  "disability-reached",
  "four-t",
]
const headline: ReadonlyArray<IndicatorText> = headlineIds.flatMap((id) =>
  content.indicators.filter((i) => i.id === id),
)

/** The domain's wording of published figures. */
type Wording = Pick<typeof DisclosureText, "countToText" | "shareToText">
const wording: Wording = DisclosureText

const figureOf = (unit: UnitFigures | undefined, id: string): IndicatorFigure | undefined =>
  unit?.indicators.find((figure) => figure.id === id)

/** Where to draw a published share on a bar or the map: at the value or its bound; nowhere if withheld. */
export const shareToDraw = shareOnScale

const countsText = (
  figure: IndicatorFigure,
  wording: Wording,
  lang: Lang,
  counts: (n: string, d: string) => string,
) => counts(wording.countToText(figure.numerator, lang), wording.countToText(figure.denominator, lang))

export const ProgressSection = (props: { initial: Progress | null }) => {
  const { t, lang, local } = useI18n()
  const [progress, setProgress] = createSignal<Progress | null>(props.initial)
  const [state, setState] = createSignal<"loading" | "failed" | "ready">(
    props.initial === null ? "loading" : "ready",
  )
  const [unitCode, setUnitCode] = createSignal("")
  const [mapIndicatorId, setMapIndicatorId] = createSignal(headlineIds[0] ?? "")

  const load = () => {
    setState("loading")
    getProgress(lang).then(
      (figures) => {
        setProgress(figures)
        setState("ready")
      },
      () => setState("failed"),
    )
  }
  onMount(() => {
    if (props.initial === null) load()
  })

  const communeByCode = (code: string) => progress()?.communes.find((c) => c.code === code)
  const selectedUnit = () => (unitCode() === "" ? progress()?.district : communeByCode(unitCode()))
  const mapIndicator = () => content.indicators.find((i) => i.id === mapIndicatorId())
  const mapIndicatorName = () => {
    const indicator = mapIndicator()
    return indicator === undefined ? "" : local(indicator.name)
  }
  const shareByCode = (code: string) => figureOf(communeByCode(code), mapIndicatorId())?.value
  const communeName = (c: (typeof mapCommunes)[number]) => (lang === "vi" ? c.name : c.nameEn)

  return (
    <section id="progress" class="section alt" aria-labelledby="progress-title">
      <div class="wrap">
        <h2 id="progress-title">{t.progress.title}</h2>
        <p>{t.progress.intro}</p>
        <div class="status-line" aria-live="polite">
          <Show when={state() === "ready" && progress()}>
            {(p) => <p class="as-of">{t.progress.asOf(formatDate(p().asOf, lang))}</p>}
          </Show>
          <Show when={state() === "loading"}>
            <p class="needs-js">{t.progress.loading}</p>
          </Show>
          <Show when={state() === "failed"}>
            <p class="problem">
              {t.progress.failed}{" "}
              <button type="button" class="link-button" onClick={load}>
                {t.progress.retry}
              </button>
            </p>
          </Show>
          <Show when={state() !== "ready"}>
            <noscript>
              <p>{t.progress.noScript}</p>
            </noscript>
          </Show>
        </div>

        <div class="field inline needs-js">
          <label for="progress-unit">{t.progress.unitLabel}</label>
          <select id="progress-unit" value={unitCode()} onChange={(e) => setUnitCode(e.currentTarget.value)}>
            <option value="">{t.progress.district}</option>
            <For each={mapCommunes}>{(c) => <option value={c.code}>{communeName(c)}</option>}</For>
          </select>
        </div>

        <ul class="indicators">
          <For each={headline}>
            {(indicator) => (
              <IndicatorBar
                indicator={indicator}
                figure={figureOf(selectedUnit(), indicator.id)}
                wording={progress() === null ? null : wording}
              />
            )}
          </For>
        </ul>
        <p class="note">{t.progress.suppressed}</p>

        <h3 id="communes-title">{t.progress.byCommune}</h3>
        <div class="field inline needs-js">
          <label for="map-indicator">{t.progress.mapIndicator}</label>
          <select
            id="map-indicator"
            value={mapIndicatorId()}
            onChange={(e) => setMapIndicatorId(e.currentTarget.value)}
          >
            <For each={headline}>{(i) => <option value={i.id}>{local(i.name)}</option>}</For>
          </select>
        </div>
        <div class="map-and-table">
          <div>
            <CommuneMap
              title={t.progress.mapTitle(mapIndicatorName())}
              shareByCode={shareByCode}
              shareText={(share) => wording.shareToText(share, lang)}
              selectedCode={unitCode() === "" ? null : unitCode()}
            />
            <MapLegend noData={t.progress.mapNoData} bounded={t.progress.mapBounded} />
          </div>
          <div class="table-scroll">
            <table class="communes">
              <caption class="visually-hidden">{mapIndicatorName()}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.progress.commune}</th>
                  <th scope="col">{t.progress.value}</th>
                  <th scope="col">{t.progress.statusHeader}</th>
                </tr>
              </thead>
              <tbody>
                <For each={mapCommunes}>
                  {(c) => {
                    const figure = () => figureOf(communeByCode(c.code), mapIndicatorId())
                    return (
                      <tr data-code={c.code}>
                        <th scope="row">{communeName(c)}</th>
                        <td>
                          <Show when={figure() !== undefined && wording} fallback="—">
                            {(w) => (
                              <>
                                {w().shareToText(figure()!.value, lang)}{" "}
                                <span class="counts">
                                  ({countsText(figure()!, w(), lang, t.progress.counts)})
                                </span>
                              </>
                            )}
                          </Show>
                        </td>
                        <td>
                          <Show when={figure()} fallback="—">
                            {(f) => (
                              <span class={`status status-${f().status}`}>
                                {t.progress.status[f().status]}
                              </span>
                            )}
                          </Show>
                        </td>
                      </tr>
                    )
                  }}
                </For>
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </section>
  )
}

/** One indicator: name, share as a bar with the target marked, counts, status and definition. */
const IndicatorBar = (props: {
  indicator: IndicatorText
  figure: IndicatorFigure | undefined
  wording: Wording | null
}) => {
  const { t, lang, local } = useI18n()
  // The target in force for this unit (a unit's own or the campaign's next milestone); the campaign's
  // final goal until the figures arrive.
  const target = () => props.figure?.target ?? props.indicator.goal.value
  const deadline = () => props.figure?.deadline ?? props.indicator.goal.deadline
  const drawn = () => shareToDraw(props.figure?.value)
  return (
    <li class="indicator" data-indicator={props.indicator.id}>
      <div class="indicator-head">
        <h3>{local(props.indicator.name)}</h3>
        <Show when={props.figure}>
          {(f) => <span class={`status status-${f().status}`}>{t.progress.status[f().status]}</span>}
        </Show>
      </div>
      <div class="bar-row">
        <span class="share">
          {props.figure !== undefined && props.wording !== null
            ? props.wording.shareToText(props.figure.value, lang)
            : "—"}
        </span>
        <div class="track" aria-hidden="true">
          <div class="fill" style={{ width: `${Math.round((drawn() ?? 0) * 100)}%` }} />
          <div class="target" style={{ left: `${Math.round(target() * 100)}%` }} />
        </div>
      </div>
      <p class="indicator-meta">
        <Show when={props.figure !== undefined && props.wording}>
          {(w) => (
            <span class="counts">
              {countsText(props.figure!, w(), lang, t.progress.counts)}
              {" · "}
            </span>
          )}
        </Show>
        {t.progress.target(formatPercent(target(), lang), formatDate(deadline(), lang))}
      </p>
      <details>
        <summary>{t.progress.definition}</summary>
        <dl>
          <dt>{t.progress.numerator}</dt>
          <dd>{local(props.indicator.numerator)}</dd>
          <dt>{t.progress.denominator}</dt>
          <dd>{local(props.indicator.denominator)}</dd>
        </dl>
      </details>
    </li>
  )
}
