/**
 * The dashboard's card of the communes' periodic reports for the last month that has ended: how many
 * submitted and how many on time (the domain's completeness and timeliness), with a link to the list.
 * Shown to the roles the access table lets read reports; nothing for the others.
 */
import * as Access from "@bdhv/domain/Access"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Report from "@bdhv/domain/Report"
import { A } from "@solidjs/router"
import { useQuery } from "@tanstack/solid-query"
import { Show } from "solid-js"
import { useApi } from "../api/client"
import { type ReportCompleteness as Counts, reportCompleteness } from "../api/reports"
import { useI18n } from "../i18n/I18n"
import { useSession } from "../session/Session"
import "./reports.css"

/** The completeness and timeliness of a period's reports, in words. */
export const CompletenessSummary = (props: { readonly counts: Counts["counts"] }) => {
  const { t, percent } = useI18n()
  const rate = (value: number | null) => (value === null ? "—" : percent(value))
  return (
    <>
      <span>
        <span class="rate">{rate(props.counts.completeness)}</span>{" "}
        {t("report.completeness", {
          submitted: props.counts.submitted,
          expected: props.counts.expected,
        })}
      </span>
      <span>
        {t("report.timeliness", {
          onTime: props.counts.onTime,
          expected: props.counts.expected,
          rate: rate(props.counts.timeliness),
        })}
      </span>
      <span class="muted small">
        {t("report.counts", {
          approved: props.counts.approved,
          waiting: props.counts.waiting,
          returned: props.counts.returned,
          missing: props.counts.missing,
        })}
      </span>
    </>
  )
}

export const ReportCompleteness = (props: { readonly unitId: string | undefined }) => {
  const { t, pick, date } = useI18n()
  const api = useApi()
  const session = useSession()
  const allowed = () => {
    const role = session.user()?.role
    return role !== undefined && Access.allows(role, "reports", "read")
  }
  const period = () => Report.lastEnded("month", CalendarDate.fromInstant(Date.now()))
  const query = useQuery(() => ({
    queryKey: ["reports", "completeness", period(), props.unitId],
    queryFn: () => reportCompleteness(api, period(), props.unitId),
    enabled: allowed(),
  }))
  return (
    <Show when={allowed() && query.data}>
      {(data) => (
        <Show when={data().counts.expected > 0}>
          <section class="card report-completeness" aria-labelledby="report-completeness-title">
            <h2 id="report-completeness-title">
              {t("report.completenessTitle", { period: pick(data().period.name) })} ·{" "}
              <span class="muted small">{t("report.deadline", { date: date(data().period.deadline) })}</span>
            </h2>
            <CompletenessSummary counts={data().counts} />
            <A
              href={`/reports?${new URLSearchParams({ period: data().period.period, unit: data().parent.id })}`}
            >
              {t("report.completenessLink")}
            </A>
          </section>
        </Show>
      )}
    </Show>
  )
}
