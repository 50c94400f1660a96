/**
 * One indicator of a unit: its name (from the domain's definitions), value, numerator and
 * denominator, target and deadline, status, and trend.
 */
import * as Indicator from "@bdhv/domain/Indicator"
import { useQuery } from "@tanstack/solid-query"
import { Show } from "solid-js"
import { type IndicatorFigure, trend } from "../api/dashboard"
import { useApi } from "../api/client"
import { useI18n } from "../i18n/I18n"
import { StatusBadge, statusColor } from "./StatusBadge"
import { TrendChart } from "./TrendChart"

export const IndicatorCard = (props: {
  readonly figure: IndicatorFigure
  readonly unitId: string
  readonly asOf: string
}) => {
  const { t, pick, percent, number, date, locale } = useI18n()
  const monthLabel = (seconds: number) =>
    new Intl.DateTimeFormat(locale() === "vi" ? "vi-VN" : "en-GB", {
      month: "2-digit",
      year: "2-digit",
      timeZone: "Asia/Ho_Chi_Minh",
    }).format(new Date(seconds * 1000))
  const api = useApi()
  const definition = () => Indicator.definition(props.figure.id)
  const name = () => pick(definition().name)
  const points = useQuery(() => ({
    queryKey: ["trend", props.figure.id, props.unitId, props.asOf],
    queryFn: () => trend(api, props.figure.id, props.unitId, props.asOf),
    staleTime: 5 * 60_000,
    // Nothing to draw for an indicator over an empty population.
    enabled: props.figure.status !== "no_data",
  }))
  return (
    <article
      class={`indicator-card status-border-${props.figure.status}`}
      aria-labelledby={`indicator-${props.figure.id}`}
    >
      <header class="indicator-head">
        <h3 id={`indicator-${props.figure.id}`}>{name()}</h3>
        <StatusBadge status={props.figure.status} />
      </header>
      <p class="indicator-value">
        <strong>{props.figure.value === null ? t("common.none") : percent(props.figure.value)}</strong>
        <span class="muted">
          {" "}
          {number(props.figure.numerator)}/{number(props.figure.denominator)}
        </span>
      </p>
      <Show when={props.figure.status !== "no_data"}>
        <p class="muted small">
          {pick(definition().numerator)} / {pick(definition().denominator)}
        </p>
      </Show>
      <Show when={props.figure.status !== "no_data" && props.figure.target}>
        {(target) => (
          <p class="small">
            {t("dashboard.target", { value: percent(target().value), deadline: date(target().deadline) })}
          </p>
        )}
      </Show>
      <Show when={points.data}>
        {(data) => (
          <TrendChart
            points={data().points}
            target={props.figure.target?.value ?? null}
            color={statusColor[props.figure.status]}
            monthLabel={monthLabel}
            label={t("dashboard.trendLabel", {
              name: name(),
              first: data().points[0]?.value == null ? t("common.none") : percent(data().points[0]!.value!),
              last: props.figure.value === null ? t("common.none") : percent(props.figure.value),
            })}
          />
        )}
      </Show>
    </article>
  )
}
