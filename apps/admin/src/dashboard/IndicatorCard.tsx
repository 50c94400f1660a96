/**
 * One indicator of a unit: its name (from the domain's definitions), value, numerator and
 * denominator, target and deadline, status, and trend (the points come with the report, in the
 * dashboard's one request).
 */
import * as Indicator from "@bdhv/domain/Indicator"
import { ErrorBoundary, Show } from "solid-js"
import type { IndicatorFigure, TrendPoint } from "../api/dashboard"
import { useI18n } from "../i18n/I18n"
import { StatusBadge, statusColor } from "./StatusBadge"
import { TrendChart } from "./TrendChart"

/**
 * A month as a chart's axis names it, in Vietnam time: "thg 9" / "Sep", with the year on a second line
 * when asked ("thg 9\n2025"), so a year is never cut to "25".
 */
export const monthAxisLabel = (date: Date, locale: "vi" | "en", withYear: boolean): string => {
  const tag = locale === "vi" ? "vi-VN" : "en-GB"
  const month = new Intl.DateTimeFormat(tag, { month: "short", timeZone: "Asia/Ho_Chi_Minh" })
    .format(date)
    // vi-VN names a month on its own "Tháng 9"; on an axis, the short form of a date ("thg 9").
    .replace(/^Tháng /, "thg ")
  const year = new Intl.DateTimeFormat(tag, { year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }).format(date)
  return withYear ? `${month}\n${year}` : month
}

export const IndicatorCard = (props: {
  readonly figure: IndicatorFigure
  /** The unit's trend of this indicator; `undefined` when it has none. */
  readonly points: ReadonlyArray<TrendPoint> | undefined
}) => {
  const { t, pick, percent, number, date, locale } = useI18n()
  const monthLabel = (seconds: number, withYear: boolean) =>
    monthAxisLabel(new Date(seconds * 1000), locale(), withYear)
  const definition = () => Indicator.definition(props.figure.id)
  const name = () => pick(definition().name)
  // Nothing to draw for an indicator over an empty population, or with a single measured point.
  const measured = () => (props.points ?? []).filter((p) => p.value !== null).length
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
      <Show when={props.figure.status !== "no_data"}>
        <Show
          when={props.points}
          fallback={
            <p class="trend-message small" role="status">
              {t("trend.failed")}
            </p>
          }
        >
          {(data) => (
            <Show when={measured() > 1} fallback={<p class="trend-message small muted">{t("trend.none")}</p>}>
              <ErrorBoundary
                fallback={
                  <p class="trend-message small" role="status">
                    {t("trend.failed")}
                  </p>
                }
              >
                <TrendChart
                  points={data()}
                  target={props.figure.target?.value ?? null}
                  color={statusColor(props.figure.status)}
                  monthLabel={monthLabel}
                  label={t("dashboard.trendLabel", {
                    name: name(),
                    first: data()[0]?.value == null ? t("common.none") : percent(data()[0]!.value!),
                    last: props.figure.value === null ? t("common.none") : percent(props.figure.value),
                  })}
                />
              </ErrorBoundary>
            </Show>
          )}
        </Show>
      </Show>
    </article>
  )
}
