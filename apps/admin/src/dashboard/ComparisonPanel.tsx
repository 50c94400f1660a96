/**
 * This month against last month, or this quarter against last quarter, for one indicator across the
 * unit and each of its children: the value now, the points gained in this period so far and in the
 * whole previous one, and whether this period is going faster (`Comparison.compare` on the server;
 * the points are between the shares as shown, so they add up on the screen).
 */
import type * as Comparison from "@bdhv/domain/Comparison"
import * as Indicator from "@bdhv/domain/Indicator"
import * as Percent from "@bdhv/domain/Percent"
import { A } from "@solidjs/router"
import { useQuery } from "@tanstack/solid-query"
import { For, Show } from "solid-js"
import { useApi } from "../api/client"
import { comparison, type IndicatorComparison } from "../api/dashboard"
import { useI18n } from "../i18n/I18n"
import { QueryView } from "../ui/States"

type Change = IndicatorComparison["unit"]["indicators"][number]

export const ComparisonPanel = (props: {
  readonly unitId: string
  readonly asOf: string
  readonly period: Comparison.Period
  readonly indicator: Indicator.IndicatorId
  readonly onChange: (period: Comparison.Period, indicator: Indicator.IndicatorId) => void
  readonly hrefFor: (unitId: string) => string
}) => {
  const { t, pick, percent, date, locale } = useI18n()
  const api = useApi()
  const query = useQuery(() => ({
    queryKey: ["indicators", "comparison", props.unitId, props.asOf, props.period],
    queryFn: () => comparison(api, props.unitId, props.asOf, props.period),
    placeholderData: (previous) => previous,
  }))
  const points = (value: number | null) =>
    value === null ? t("common.none") : Percent.pointsText(value, locale())
  const changeOf = (changes: ReadonlyArray<Change>) => changes.find((c) => c.id === props.indicator)
  const Row = (rowProps: {
    readonly name: string
    readonly href?: string
    readonly change: Change | undefined
    readonly total?: boolean
  }) => (
    <tr classList={{ "total-row": rowProps.total === true }}>
      <td data-label={t("compare.unit")}>
        <Show when={rowProps.href} fallback={<strong>{rowProps.name}</strong>}>
          {(href) => <A href={href()}>{rowProps.name}</A>}
        </Show>
      </td>
      <Show
        when={rowProps.change !== undefined && rowProps.change.withheld !== true}
        fallback={
          <td data-label={t("compare.thisPeriod")} colSpan={3} class="muted">
            {rowProps.change?.withheld === true ? t("map.withheld") : t("common.none")}
          </td>
        }
      >
        <td data-label={t("compare.now", { date: date(props.asOf) })} class="numeric">
          {rowProps.change?.now == null ? t("common.none") : percent(rowProps.change.now)}
        </td>
        <td
          data-label={t("compare.thisPeriod")}
          class={`numeric gain pace-${rowProps.change?.pace ?? "none"}`}
        >
          {points(rowProps.change?.thisPeriod ?? null)}
          <Show when={rowProps.change?.pace}>
            {(pace) => (
              <span class="pace">
                {" "}
                <span aria-hidden="true">{pace() === "faster" ? "▲" : pace() === "slower" ? "▼" : "="}</span>{" "}
                <span class="small">{t(`compare.${pace()}`)}</span>
              </span>
            )}
          </Show>
        </td>
        <td data-label={t("compare.lastPeriod")} class="numeric">
          {points(rowProps.change?.lastPeriod ?? null)}
        </td>
      </Show>
    </tr>
  )
  return (
    <section class="card comparison" aria-labelledby="comparison-title">
      <h2 id="comparison-title">{t("compare.title")}</h2>
      <div class="toolbar">
        <div class="field">
          <label for="comparison-period">{t("compare.period")}</label>
          <select
            id="comparison-period"
            value={props.period}
            onChange={(event) =>
              props.onChange(event.currentTarget.value === "quarter" ? "quarter" : "month", props.indicator)
            }
          >
            <option value="month">{t("compare.month")}</option>
            <option value="quarter">{t("compare.quarter")}</option>
          </select>
        </div>
        <div class="field">
          <label for="comparison-indicator">{t("compare.indicator")}</label>
          <select
            id="comparison-indicator"
            value={props.indicator}
            onChange={(event) =>
              props.onChange(props.period, event.currentTarget.value as Indicator.IndicatorId)
            }
          >
            <For each={Indicator.ids}>
              {(id) => <option value={id}>{pick(Indicator.definition(id).name)}</option>}
            </For>
          </select>
        </div>
      </div>
      <QueryView query={query}>
        {(data) => (
          <>
            <p class="small muted">
              {t("compare.since", { from: date(data.bounds.previousEnd) })} ·{" "}
              {t(props.period === "month" ? "compare.month" : "compare.quarter")}
            </p>
            <div class="table-wrap">
              <table class="data-table">
                <caption class="visually-hidden">
                  {t("compare.title")}: {pick(Indicator.definition(props.indicator).name)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("compare.unit")}</th>
                    <th scope="col" class="numeric">
                      {t("compare.now", { date: date(data.asOf) })}
                    </th>
                    <th scope="col" class="numeric">
                      {t("compare.thisPeriod")}
                    </th>
                    <th scope="col" class="numeric">
                      {t("compare.lastPeriod")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <Row name={data.unit.unit.name} change={changeOf(data.unit.indicators)} total />
                  <For each={data.children}>
                    {(child) => (
                      <Row
                        name={child.unit.name}
                        href={props.hrefFor(child.unit.id)}
                        change={changeOf(child.indicators)}
                      />
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </>
        )}
      </QueryView>
    </section>
  )
}
