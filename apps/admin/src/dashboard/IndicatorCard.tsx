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
  const { t, pick, percent, number, date } = useI18n()
  const api = useApi()
  const definition = () =>
    Indicator.IndicatorId.literals.includes(props.figure.id as Indicator.IndicatorId)
      ? Indicator.definition(props.figure.id as Indicator.IndicatorId)
      : undefined
  const name = () => {
    const d = definition()
    return d === undefined ? props.figure.id : pick(d.name)
  }
  const points = useQuery(() => ({
    queryKey: ["trend", props.figure.id, props.unitId, props.asOf],
    queryFn: () => trend(api, props.figure.id, props.unitId, props.asOf),
    staleTime: 5 * 60_000,
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
      <Show when={definition()}>
        {(d) => (
          <p class="muted small">
            {pick(d().numerator)} / {pick(d().denominator)}
          </p>
        )}
      </Show>
      <Show when={props.figure.target}>
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
