/**
 * The printable copy of an approved report, the paper the commune signs and files: the unit, the
 * period, the approved figures beside the live ones, the narrative, who approved it and when, and the
 * signature lines. Print CSS (`reports.css`) prints only the sheet, on A4.
 */
import * as Indicator from "@bdhv/domain/Indicator"
import * as Report from "@bdhv/domain/Report"
import { A, useParams } from "@solidjs/router"
import { useQuery } from "@tanstack/solid-query"
import { For, Show } from "solid-js"
import { useApi } from "../../api/client"
import { report } from "../../api/reports"
import { useI18n } from "../../i18n/I18n"
import "../../reports/reports.css"
import { Empty, QueryView } from "../../ui/States"

export default function ReportPrintPage() {
  const { t, pick, percent, number, date, dateTime } = useI18n()
  const api = useApi()
  const params = useParams<{ unitId: string; period: string }>()
  const query = useQuery(() => ({
    queryKey: ["reports", params.unitId, params.period],
    queryFn: () => report(api, params.unitId, params.period),
  }))
  const ratio = (value: number | null | undefined) =>
    value === null || value === undefined ? "—" : percent(value)
  return (
    <QueryView query={query}>
      {(detail) => (
        <Show when={detail.status === "approved"} fallback={<Empty message={t("report.notApprovedPrint")} />}>
          <article class="print-sheet">
            <div class="actions no-print">
              <A class="button" href={`/reports/${detail.unit.id}/${detail.period.period}`}>
                ← {t("common.back")}
              </A>
              <button type="button" class="button button-primary" onClick={() => window.print()}>
                {t("report.printNow")}
              </button>
            </div>
            <header class="official">
              <div>
                <strong>{detail.unit.name.toUpperCase()}</strong>
              </div>
              <div>
                <strong>{t("report.nation")}</strong>
                <div>{t("report.motto")}</div>
              </div>
            </header>
            <h1>{t("report.title")}</h1>
            <p class="meta">
              {t("report.period")}: <strong>{pick(detail.period.name)}</strong> ·{" "}
              {t("report.figures", { date: date(detail.period.end) })}
              <br />
              <Show when={detail.approved}>
                {(approved) => t("report.approvedBy", { name: approved().name, at: dateTime(approved().at) })}
              </Show>
            </p>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("report.indicator")}</th>
                  <th scope="col">{t("report.approvedFigure")}</th>
                  <th scope="col">{t("report.liveFigure")}</th>
                  <th scope="col">{t("report.difference")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={detail.figures}>
                  {(figure) => (
                    <tr>
                      <th scope="row">
                        {pick(Indicator.definition(figure.id as Indicator.IndicatorId).name)}
                      </th>
                      <td>
                        {ratio(figure.approved?.value)} ({number(figure.approved?.numerator ?? 0)}/
                        {number(figure.approved?.denominator ?? 0)})
                      </td>
                      <td>
                        {ratio(figure.live.value)} ({number(figure.live.numerator)}/
                        {number(figure.live.denominator)})
                      </td>
                      <td>
                        {figure.difference === null
                          ? "—"
                          : `${figure.difference > 0 ? "+" : ""}${number(Math.round(figure.difference * 1000) / 10)}`}
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <p class="small">
              <em>{t("report.frozenNote")}</em>
            </p>
            <For each={["done", "difficulties", "proposals"] as const}>
              {(field) => (
                <section>
                  <h2 class="small">{t(`report.${field}`)}</h2>
                  <p style={{ "white-space": "pre-wrap" }}>{detail.narrative[field] || "—"}</p>
                </section>
              )}
            </For>
            <section class="signatures">
              <div>
                <strong>{t("report.preparer")}</strong>
                <em>{t("report.sign")}</em>
                <div class="signature-space" />
                {detail.submitted?.name ?? ""}
              </div>
              <div>
                <strong>{t("report.head")}</strong>
                <em>{t("report.signSeal")}</em>
                <div class="signature-space" />
              </div>
              <div>
                <strong>{t("report.approver")}</strong>
                <em>{t("report.signSeal")}</em>
                <div class="signature-space" />
                {detail.approved?.name ?? ""}
              </div>
            </section>
            <p class="muted small">{pick(Report.statusNames[detail.status])}</p>
          </article>
        </Show>
      )}
    </QueryView>
  )
}
