/**
 * Live progress: the headline indicators of the whole area or of one commune as bars, and one indicator
 * on the map and in a table for every commune. Definitions come from the domain; figures from the API,
 * already aggregated and with small cells suppressed there.
 */
import { createSignal, For, onMount, Show } from "solid-js"
import content from "virtual:bdhv-content"
import { getProgress, type IndicatorFigure, type Progress, type UnitFigures } from "../api/publicApi.ts"
import type { IndicatorText } from "../content/CampaignContent.ts"
import { formatCount, formatDate, formatPercent } from "../i18n/format.ts"
import { useI18n } from "../i18n/I18n.tsx"
import { CommuneMap, MapLegend } from "../map/CommuneMap.tsx"
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

const figureOf = (unit: UnitFigures | undefined, id: string): IndicatorFigure | undefined =>
  unit?.indicators.find((figure) => figure.id === id)

export const ProgressSection = () => {
  const { t, lang, local } = useI18n()
  const [progress, setProgress] = createSignal<Progress | null>(null)
  const [state, setState] = createSignal<"loading" | "failed" | "ready">("loading")
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
  onMount(load)

  const communeByCode = (code: string) => progress()?.communes.find((c) => c.code === code)
  const selectedUnit = () => (unitCode() === "" ? progress()?.district : communeByCode(unitCode()))
  const mapIndicator = () => content.indicators.find((i) => i.id === mapIndicatorId())
  const shareByCode = (code: string) => figureOf(communeByCode(code), mapIndicatorId())?.value ?? null
  const communeName = (code: string, fallback: string) => {
    const geo = mapCommunes.find((c) => c.code === code)
    return geo === undefined ? fallback : lang === "vi" ? geo.name : geo.nameEn
  }

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
          <noscript>
            <p>{t.progress.noScript}</p>
          </noscript>
        </div>

        <div class="field inline needs-js">
          <label for="progress-unit">{t.progress.unitLabel}</label>
          <select id="progress-unit" value={unitCode()} onChange={(e) => setUnitCode(e.currentTarget.value)}>
            <option value="">{t.progress.district}</option>
            <For each={mapCommunes}>
              {(c) => <option value={c.code}>{lang === "vi" ? c.name : c.nameEn}</option>}
            </For>
          </select>
        </div>

        <ul class="indicators">
          <For each={headline}>
            {(indicator) => (
              <IndicatorBar indicator={indicator} figure={figureOf(selectedUnit(), indicator.id)} />
            )}
          </For>
        </ul>
        <p class="note">{t.progress.suppressed}</p>

        <h3 id="communes-title">{t.progress.byCommune}</h3>
        <div class="field inline">
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
              title={t.progress.mapTitle(mapIndicator() === undefined ? "" : local(mapIndicator()!.name))}
              shareByCode={shareByCode}
              selectedCode={unitCode() === "" ? null : unitCode()}
            />
            <MapLegend noData={t.progress.mapNoData} />
          </div>
          <table class="communes">
            <caption class="visually-hidden">
              {mapIndicator() === undefined ? "" : local(mapIndicator()!.name)}
            </caption>
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
                    <tr>
                      <th scope="row">{communeName(c.code, c.name)}</th>
                      <td>
                        <Show when={figure()} fallback="—">
                          {(f) => (
                            <>
                              {f().value === null ? "—" : formatPercent(f().value ?? 0, lang)}{" "}
                              <span class="counts">
                                (
                                {t.progress.counts(
                                  formatCount(f().numerator, lang),
                                  formatCount(f().denominator, lang),
                                )}
                                )
                              </span>
                            </>
                          )}
                        </Show>
                      </td>
                      <td>
                        <Show when={figure()} fallback="—">
                          {(f) => (
                            <span class={`status status-${f().status}`}>{t.progress.status[f().status]}</span>
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
    </section>
  )
}

/** One indicator: name, share as a bar with the target marked, counts, status and definition. */
const IndicatorBar = (props: { indicator: IndicatorText; figure: IndicatorFigure | undefined }) => {
  const { t, lang, local } = useI18n()
  const target = () => props.figure?.target ?? props.indicator.goal.value
  const share = () => props.figure?.value ?? null
  return (
    <li class="indicator" data-indicator={props.indicator.id}>
      <div class="indicator-head">
        <h3>{local(props.indicator.name)}</h3>
        <Show when={props.figure}>
          {(f) => <span class={`status status-${f().status}`}>{t.progress.status[f().status]}</span>}
        </Show>
      </div>
      <div class="bar-row">
        <span class="share">{share() === null ? "—" : formatPercent(share() ?? 0, lang)}</span>
        <div class="track" aria-hidden="true">
          <div class="fill" style={{ width: `${Math.round((share() ?? 0) * 100)}%` }} />
          <div class="target" style={{ left: `${Math.round(target() * 100)}%` }} />
        </div>
      </div>
      <p class="indicator-meta">
        <Show when={props.figure}>
          {(f) => (
            <span class="counts">
              {t.progress.counts(formatCount(f().numerator, lang), formatCount(f().denominator, lang))}
              {" · "}
            </span>
          )}
        </Show>
        {t.progress.target(formatPercent(target(), lang), formatDate(props.indicator.goal.deadline, lang))}
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
