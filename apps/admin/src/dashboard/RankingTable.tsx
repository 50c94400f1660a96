/**
 * The child units × every indicator: a row per unit, ranked by the sorted indicator with the domain's
 * rule (`IndicatorTable.rank`, the same rank as the spreadsheet), each cell its value with its status
 * colour and name (never colour alone), or "no data" / "withheld". Sorted by a click on a column's
 * heading (`aria-sort` says how) or, on a phone where the headings scroll away, by the select above.
 * The unit's own total row comes first; the table downloads as XLSX in the app's language.
 */
import * as Indicator from "@bdhv/domain/Indicator"
import * as IndicatorTable from "@bdhv/domain/IndicatorTable"
import { A } from "@solidjs/router"
import { createMemo, For, Show } from "solid-js"
import type { IndicatorFigure, IndicatorReport } from "../api/dashboard"
import { useI18n } from "../i18n/I18n"

/** The column a table is sorted by: an indicator, or the unit's name. */
export type SortKey = IndicatorTable.SortKey

export const isSortKey = (value: string | undefined): value is SortKey =>
  value === "name" || Indicator.IndicatorId.literals.includes(value as Indicator.IndicatorId)

const cellOfId = (
  figures: ReadonlyArray<IndicatorFigure>,
  id: Indicator.IndicatorId,
): IndicatorTable.Cell => {
  const figure = figures.find((f) => f.id === id)
  return figure === undefined ? { _tag: "NoData" } : IndicatorTable.cellOf(figure)
}

export const RankingTable = (props: {
  readonly report: IndicatorReport
  readonly sort: SortKey
  readonly order: IndicatorTable.Direction
  readonly onSort: (sort: SortKey, order: IndicatorTable.Direction) => void
  readonly hrefFor: (unitId: string) => string
}) => {
  const { t, pick, percent, locale } = useI18n()
  const ranked = createMemo(() =>
    IndicatorTable.sortBy(
      props.report.children,
      props.sort,
      props.order,
      (row) => row.indicators,
      (row) => row.unit.name,
    ),
  )
  const name = (id: Indicator.IndicatorId) => pick(Indicator.definition(id).name)
  /** A click on the sorted column turns its order; on another, its natural order (best first). */
  const sortBy = (key: SortKey) =>
    props.onSort(
      key,
      key === props.sort ? (props.order === "asc" ? "desc" : "asc") : key === "name" ? "asc" : "desc",
    )
  const ariaSort = (key: SortKey) =>
    key === props.sort ? (props.order === "asc" ? "ascending" : "descending") : undefined
  const exportHref = () =>
    `/api/indicators/table.xlsx?${new URLSearchParams({
      unitId: props.report.unit.id,
      asOf: props.report.asOf,
      sort: props.sort,
      order: props.order,
      lang: locale(),
    }).toString()}`

  const Cell = (cellProps: {
    readonly figures: ReadonlyArray<IndicatorFigure>
    readonly id: Indicator.IndicatorId
  }) => {
    const cell = () => cellOfId(cellProps.figures, cellProps.id)
    return (
      <td
        class={`numeric cell-${(() => {
          const c = cell()
          return c._tag === "Value" ? `status-${c.status}` : c._tag === "NoData" ? "no-data" : "withheld"
        })()}`}
        classList={{ "sorted-column": props.sort === cellProps.id }}
      >
        {(() => {
          const c = cell()
          switch (c._tag) {
            case "Value":
              return (
                <>
                  {percent(c.value)}
                  <span class="visually-hidden"> — {t(`status.${c.status}`)}</span>
                </>
              )
            case "NoData":
              return <span title={t("status.no_data")}>{t("table.noData")}</span>
            case "Withheld":
              return <span title={t("table.withheldHint")}>{t("table.withheld")}</span>
          }
        })()}
      </td>
    )
  }

  const SortHeader = (headerProps: {
    readonly key: SortKey
    readonly label: string
    readonly numeric?: boolean
  }) => (
    <th
      scope="col"
      aria-sort={ariaSort(headerProps.key)}
      classList={{ numeric: headerProps.numeric === true, "sorted-column": props.sort === headerProps.key }}
    >
      <button type="button" class="sort-button" onClick={() => sortBy(headerProps.key)}>
        {headerProps.label}
        <span aria-hidden="true" class="sort-mark">
          {headerProps.key === props.sort ? (props.order === "asc" ? " ▲" : " ▼") : " ↕"}
        </span>
      </button>
    </th>
  )

  return (
    <section class="ranking" aria-labelledby="ranking-title">
      <div class="section-head">
        <h2 id="ranking-title">{t("table.title")}</h2>
        <a class="button" href={exportHref()} download="">
          {t("table.export")}
        </a>
      </div>
      <div class="toolbar ranking-controls">
        <div class="field">
          <label for="ranking-sort">{t("table.sortBy")}</label>
          <select
            id="ranking-sort"
            value={props.sort}
            onChange={(event) => {
              const key = event.currentTarget.value
              if (isSortKey(key)) props.onSort(key, key === "name" ? "asc" : "desc")
            }}
          >
            <option value="name">{t("table.unitName")}</option>
            <For each={Indicator.ids}>{(id) => <option value={id}>{name(id)}</option>}</For>
          </select>
        </div>
        <button
          type="button"
          class="button"
          onClick={() => props.onSort(props.sort, props.order === "asc" ? "desc" : "asc")}
        >
          {props.order === "desc"
            ? props.sort === "name"
              ? t("table.orderZa")
              : t("table.orderHighFirst")
            : props.sort === "name"
              ? t("table.orderAz")
              : t("table.orderLowFirst")}
        </button>
      </div>
      <ul class="status-legend" aria-label={t("table.legend")}>
        <For each={["met", "on_track", "at_risk", "off_track"] as const}>
          {(status) => (
            <li>
              <span class={`legend-swatch cell-status-${status}`} aria-hidden="true" />
              {t(`status.${status}`)}
            </li>
          )}
        </For>
        <li>
          <span class="legend-swatch cell-no-data" aria-hidden="true" />
          {t("table.noData")}
        </li>
        <li>
          <span class="legend-swatch cell-withheld" aria-hidden="true" />
          {t("table.withheld")}
        </li>
      </ul>
      <section class="table-wrap ranking-wrap" tabindex="0" aria-labelledby="ranking-title">
        <table class="ranking-table">
          <caption class="visually-hidden">
            {t("table.caption", {
              name: props.report.unit.name,
              sort: props.sort === "name" ? t("table.unitName") : name(props.sort),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="rank-column">
                {t("table.rank")}
              </th>
              <SortHeader key="name" label={t("table.unitName")} />
              <For each={Indicator.ids}>{(id) => <SortHeader key={id} label={name(id)} numeric />}</For>
            </tr>
          </thead>
          <tbody class="total-rows">
            <tr class="total-row">
              <td class="rank-column">{t("table.total")}</td>
              <th scope="row" class="unit-column">
                {props.report.unit.name}
              </th>
              <For each={Indicator.ids}>{(id) => <Cell figures={props.report.indicators} id={id} />}</For>
            </tr>
          </tbody>
          <tbody>
            <For each={ranked()}>
              {(entry) => (
                <tr>
                  <td class="rank-column numeric">{entry.rank ?? "–"}</td>
                  <th scope="row" class="unit-column">
                    <A href={props.hrefFor(entry.row.unit.id)}>{entry.row.unit.name}</A>
                  </th>
                  <For each={Indicator.ids}>{(id) => <Cell figures={entry.row.indicators} id={id} />}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
      <Show when={props.report.children.length === 0}>
        <p class="muted">{t("table.empty")}</p>
      </Show>
    </section>
  )
}
