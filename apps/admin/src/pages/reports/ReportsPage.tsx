/**
 * The periodic reports of the communes under the user's unit (or the unit in the URL) for a period:
 * how many submitted and on time, and each commune's report with its status, a page at a time. The
 * period type, the period, the status filter and the page live in the URL.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Report from "@bdhv/domain/Report"
import { A, useSearchParams } from "@solidjs/router"
import { useQuery } from "@tanstack/solid-query"
import { For, Show } from "solid-js"
import { useApi } from "../../api/client"
import { reportList } from "../../api/reports"
import { useI18n } from "../../i18n/I18n"
import { CompletenessSummary } from "../../reports/ReportCompleteness"
import { endedPeriods, ReportStatusBadge } from "../../reports/ReportStatus"
import { useSession } from "../../session/Session"
import { SelectField } from "../../ui/Field"
import { Pagination } from "../../ui/Pagination"
import { Empty, QueryView } from "../../ui/States"

const isType = (value: string | undefined): value is Report.PeriodType =>
  Report.PeriodType.literals.some((type) => type === value)

const isStatus = (value: string | undefined): value is Report.Status =>
  Report.Status.literals.some((status) => status === value)

export default function ReportsPage() {
  const { t, pick, date } = useI18n()
  const api = useApi()
  const session = useSession()
  const [params, setParams] = useSearchParams<{
    type?: string
    period?: string
    unit?: string
    status?: string
    page?: string
  }>()
  const type = (): Report.PeriodType => (isType(params.type) ? params.type : "month")
  const periods = () => endedPeriods(type())
  const period = (): Report.Period =>
    Report.isPeriod(params.period) && Report.typeOf(params.period) === type()
      ? params.period
      : (periods()[0] ?? Report.lastEnded(type(), CalendarDate.fromInstant(Date.now())))
  const status = () => (isStatus(params.status) ? params.status : undefined)
  const page = () => Number(params.page ?? "1") || 1
  const parentId = () => params.unit ?? session.user()?.unitId ?? undefined
  const query = useQuery(() => ({
    queryKey: ["reports", period(), parentId(), status(), page()],
    queryFn: () =>
      reportList(api, {
        period: period(),
        page: page(),
        ...(parentId() === undefined ? {} : { parentId: parentId()! }),
        ...(status() === undefined ? {} : { status: status()! }),
      }),
    placeholderData: (previous) => previous,
  }))
  return (
    <section class="page">
      <h1>
        {t("nav.reports")}
        <Show when={query.data?.parent}>{(parent) => <span class="muted"> — {parent().name}</span>}</Show>
      </h1>
      <p class="muted">{t("report.intro")}</p>
      <div class="toolbar">
        <SelectField
          label={t("report.periodType")}
          required
          value={type()}
          onChange={(value) => setParams({ type: value || undefined, period: undefined, page: undefined })}
          options={Report.PeriodType.literals.map((value) => ({
            value,
            label: pick(Report.periodTypeNames[value]),
          }))}
        />
        <SelectField
          label={t("report.period")}
          required
          value={period()}
          onChange={(value) => setParams({ period: value || undefined, page: undefined })}
          options={periods().map((value) => ({ value, label: pick(Report.periodName(value)) }))}
        />
        <SelectField
          label={t("report.status")}
          value={status() ?? ""}
          placeholder={t("common.all")}
          onChange={(value) => setParams({ status: value || undefined, page: undefined })}
          options={Report.Status.literals.map((value) => ({ value, label: pick(Report.statusNames[value]) }))}
        />
      </div>
      <QueryView
        query={query}
        isEmpty={(data) => data.counts.expected === 0}
        empty={<Empty message={t("report.empty")} />}
      >
        {(data) => (
          <>
            <div class="card report-completeness" role="status">
              <h2>
                {pick(data.period.name)} · {t("report.deadline", { date: date(data.period.deadline) })}
              </h2>
              <CompletenessSummary counts={data.counts} />
            </div>
            <Show when={data.total > 0} fallback={<Empty message={t("report.emptyStatus")} />}>
              <div class="table-wrap">
                <table class="data-table">
                  <caption class="visually-hidden">
                    {t("nav.reports")} — {pick(data.period.name)}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("report.unit")}</th>
                      <th scope="col">{t("report.status")}</th>
                      <th scope="col">{t("report.firstSubmitted")}</th>
                      <th scope="col">{t("report.approvedAt")}</th>
                      <th scope="col">{t("common.actions")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={data.items}>
                      {(item) => (
                        <tr>
                          <td data-label={t("report.unit")}>{item.unit.name}</td>
                          <td data-label={t("report.status")}>
                            <ReportStatusBadge status={item.status} />
                          </td>
                          <td data-label={t("report.firstSubmitted")}>
                            <Show when={item.firstSubmittedOn} fallback={t("common.none")}>
                              {(on) => (
                                <>
                                  {date(on())}{" "}
                                  <span class="muted small">
                                    ({t(item.onTime === true ? "report.onTime" : "report.late")})
                                  </span>
                                </>
                              )}
                            </Show>
                          </td>
                          <td data-label={t("report.approvedAt")}>
                            {item.approvedAt === null ? t("common.none") : date(item.approvedAt.slice(0, 10))}
                          </td>
                          <td data-label={t("common.actions")}>
                            <A href={`/reports/${item.unit.id}/${data.period.period}`}>
                              {t("report.open")}
                              <span class="visually-hidden">: {item.unit.name}</span>
                            </A>
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
              <Pagination
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onPage={(p) => setParams({ page: String(p) })}
              />
            </Show>
          </>
        )}
      </QueryView>
    </section>
  )
}
