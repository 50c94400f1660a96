/**
 * A report's status as a badge (the domain's names, in the app's language), and the periods a list
 * offers: the last twelve months, eight quarters or five years that have ended, the latest first.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Report from "@bdhv/domain/Report"
import { useI18n } from "../i18n/I18n"
import "./reports.css"

export const ReportStatusBadge = (props: { readonly status: Report.Status }) => {
  const { pick } = useI18n()
  return <span class={`badge report-status-${props.status}`}>{pick(Report.statusNames[props.status])}</span>
}

const counts: { readonly [T in Report.PeriodType]: number } = { month: 12, quarter: 8, year: 5 }

/** The periods of a type that have ended by today, the latest first, within the campaign. */
export const endedPeriods = (type: Report.PeriodType): ReadonlyArray<Report.Period> => {
  const out: Array<Report.Period> = []
  let period = Report.lastEnded(type, CalendarDate.fromInstant(Date.now()))
  while (out.length < counts[type] && Report.isWithinCampaign(period)) {
    out.push(period)
    period = Report.previous(period)
  }
  return out
}
