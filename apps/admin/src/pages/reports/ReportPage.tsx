/**
 * One commune's report for a period: its status and deadline, the indicators as at the period's end
 * (approved and live side by side once approved, with the difference), the narrative — a form while the
 * commune may still write it, with "save draft" and "submit" — the level above's approval or return
 * with a comment, the downloads of an approved report, and its history. What the user may do comes
 * from the API (`actions`: the domain's transitions the access table allows them).
 */
import * as Indicator from "@bdhv/domain/Indicator"
import * as Report from "@bdhv/domain/Report"
import { A, useParams } from "@solidjs/router"
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import { createSignal, For, Show } from "solid-js"
import { ApiError } from "../../api/ApiError"
import { useApi } from "../../api/client"
import {
  approveReport,
  type Narrative,
  type ReportDetail,
  report,
  reportXlsxHref,
  returnReport,
  saveReport,
  submitReport,
} from "../../api/reports"
import { useI18n } from "../../i18n/I18n"
import { ReportStatusBadge } from "../../reports/ReportStatus"
import { ConfirmDialog } from "../../ui/ConfirmDialog"
import { ErrorState, QueryView } from "../../ui/States"

const fields = ["done", "difficulties", "proposals"] as const

/** A labelled multi-line field whose error is announced and tied to it. */
const TextArea = (props: {
  readonly id: string
  readonly label: string
  readonly value: string
  readonly onInput: (value: string) => void
  readonly error?: string | undefined
  readonly hint?: string
  readonly required?: boolean
}) => {
  const { t } = useI18n()
  const describedBy = () =>
    [props.hint === undefined ? "" : `${props.id}-hint`, props.error === undefined ? "" : `${props.id}-error`]
      .filter(Boolean)
      .join(" ") || undefined
  return (
    <div class="field" classList={{ "field-invalid": props.error !== undefined }}>
      <label for={props.id}>
        {props.label}
        <Show when={props.required !== true}>
          <span class="muted"> ({t("common.optional")})</span>
        </Show>
      </label>
      <textarea
        id={props.id}
        name={props.id}
        value={props.value}
        maxLength={4000}
        aria-invalid={props.error !== undefined}
        aria-describedby={describedBy()}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="field-error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      </Show>
    </div>
  )
}

/** The indicators as at the period's end: approved (frozen) beside live once approved. */
export const FigureTable = (props: { readonly detail: ReportDetail }) => {
  const { t, pick, percent, number } = useI18n()
  const approved = () => props.detail.status === "approved"
  const ratio = (value: number | null) => (value === null ? t("common.none") : percent(value))
  const points = (value: number | null) =>
    value === null ? t("common.none") : `${value > 0 ? "+" : ""}${number(Math.round(value * 1000) / 10)}`
  return (
    <div class="table-wrap">
      <table class="data-table">
        <caption class="visually-hidden">{t("report.figures", { date: props.detail.period.end })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("report.indicator")}</th>
            <Show when={approved()}>
              <th scope="col" class="numeric">
                {t("report.approvedFigure")}
              </th>
            </Show>
            <th scope="col" class="numeric">
              {t("report.liveFigure")}
            </th>
            <Show when={approved()}>
              <th scope="col" class="numeric">
                {t("report.difference")}
              </th>
            </Show>
          </tr>
        </thead>
        <tbody>
          <For each={props.detail.figures}>
            {(figure) => (
              <tr>
                <td data-label={t("report.indicator")}>
                  {pick(Indicator.definition(figure.id as Indicator.IndicatorId).name)}
                </td>
                <Show when={approved()}>
                  <td data-label={t("report.approvedFigure")} class="numeric">
                    {ratio(figure.approved?.value ?? null)}{" "}
                    <span class="muted small">
                      {figure.approved === null
                        ? ""
                        : `${number(figure.approved.numerator)}/${number(figure.approved.denominator)}`}
                    </span>
                  </td>
                </Show>
                <td data-label={t("report.liveFigure")} class="numeric">
                  {ratio(figure.live.value)}{" "}
                  <span class="muted small">
                    {number(figure.live.numerator)}/{number(figure.live.denominator)}
                  </span>
                </td>
                <Show when={approved()}>
                  <td
                    data-label={t("report.difference")}
                    class="numeric"
                    classList={{ "difference-changed": (figure.numeratorDifference ?? 0) !== 0 }}
                  >
                    {points(figure.difference)}
                    <Show when={(figure.numeratorDifference ?? 0) !== 0}>
                      <span class="muted small">
                        {" "}
                        ({(figure.numeratorDifference ?? 0) > 0 ? "+" : ""}
                        {number(figure.numeratorDifference ?? 0)})
                      </span>
                    </Show>
                  </td>
                </Show>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  )
}

const ReportView = (props: { readonly detail: ReportDetail }) => {
  const { t, pick, date, dateTime, locale } = useI18n()
  const api = useApi()
  const queryClient = useQueryClient()
  const detail = () => props.detail
  const [narrative, setNarrative] = createSignal<Narrative>({ ...props.detail.narrative })
  const [comment, setComment] = createSignal("")
  const [errors, setErrors] = createSignal<Record<string, string>>({})
  const [failure, setFailure] = createSignal<unknown>()
  const [notice, setNotice] = createSignal("")
  const [busy, setBusy] = createSignal(false)
  const can = (action: Report.Action) => detail().actions.includes(action)
  const editable = () => can("save") || can("submit")
  const key = () => ["reports", detail().unit.id, detail().period.period]

  /**
   * Runs an action. Field errors go to their fields (and a confirmation dialog closes, so they show);
   * any other error is thrown for the dialog to show, and shown above the form.
   */
  const run = async (action: () => Promise<ReportDetail>, done: string) => {
    setBusy(true)
    setErrors({})
    setFailure(undefined)
    try {
      const next = await action()
      queryClient.setQueryData(key(), next)
      setNarrative({ ...next.narrative })
      setComment("")
      setNotice(done)
      await queryClient.invalidateQueries({ queryKey: ["reports"] })
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        setErrors(error.fieldMessages())
        return
      }
      setFailure(error)
      throw error
    } finally {
      setBusy(false)
    }
  }
  const ignore = () => undefined
  const lastReturn = () => [...detail().history].reverse().find((entry) => entry.action === "return")

  return (
    <>
      <div class="report-meta">
        <ReportStatusBadge status={detail().status} />
        <span>{t("report.deadline", { date: date(detail().period.deadline) })}</span>
        <Show when={detail().firstSubmittedOn}>
          {(on) => (
            <span class="muted small">
              {t("report.firstSubmitted")}: {date(on())} (
              {t(detail().onTime === true ? "report.onTime" : "report.late")})
            </span>
          )}
        </Show>
        <Show when={detail().approved}>
          {(approved) => (
            <span class="muted small">
              {t("report.approvedBy", { name: approved().name, at: dateTime(approved().at) })}
            </span>
          )}
        </Show>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {notice()}
      </p>
      <Show when={detail().status === "returned" && lastReturn()}>
        {(entry) => (
          <div class="report-comment">
            <strong>{t("report.lastComment")}</strong> ({entry().userName}, {dateTime(entry().at)}):{" "}
            {entry().comment}
          </div>
        )}
      </Show>
      <Show when={detail().status === "approved"}>
        <div class="actions">
          <a
            class="button"
            href={reportXlsxHref(detail().unit.id, detail().period.period, locale())}
            download=""
          >
            {t("report.xlsx")}
          </a>
          <A class="button" href={`/reports/${detail().unit.id}/${detail().period.period}/print`}>
            {t("report.print")}
          </A>
        </div>
      </Show>

      <section class="report-section" aria-labelledby="report-narrative">
        <h2 id="report-narrative">{t("report.narrative")}</h2>
        <Show
          when={editable()}
          fallback={
            <div class="report-narrative">
              <For each={fields}>
                {(field) => (
                  <>
                    <h3 class="small">{t(`report.${field}`)}</h3>
                    <p>{detail().narrative[field] === "" ? t("common.none") : detail().narrative[field]}</p>
                  </>
                )}
              </For>
            </div>
          }
        >
          <form
            class="report-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault()
              void run(
                () =>
                  saveReport(api, detail().unit.id, detail().period.period, narrative(), detail().version),
                t("report.saved"),
              ).catch(ignore)
            }}
          >
            <For each={fields}>
              {(field) => (
                <TextArea
                  id={`report-${field}`}
                  label={t(`report.${field}`)}
                  value={narrative()[field]}
                  required={field === "done"}
                  error={errors()[field]}
                  onInput={(value) => setNarrative({ ...narrative(), [field]: value })}
                />
              )}
            </For>
            <Show when={errors().period ?? errors().status}>
              {(message) => (
                <p class="form-error" role="alert">
                  {message()}
                </p>
              )}
            </Show>
            <div class="actions">
              <Show when={can("save")}>
                <button type="submit" class="button" disabled={busy()}>
                  {busy() ? t("common.saving") : t("report.saveDraft")}
                </button>
              </Show>
              <Show when={can("submit")}>
                <ConfirmDialog
                  tone="primary"
                  trigger={t("report.submit")}
                  title={t("report.submitTitle")}
                  description={t("report.submitConfirm")}
                  confirm={t("report.submit")}
                  pending={t("report.submitting")}
                  onConfirm={async () => {
                    // The domain's rule first, so the field says what is missing before anything is sent.
                    const problems = Report.submissionProblems(narrative())
                    if (problems.length > 0) {
                      setErrors(Object.fromEntries(problems.map((p) => [p.path, pick(p.message)])))
                      return
                    }
                    await run(
                      () =>
                        submitReport(
                          api,
                          detail().unit.id,
                          detail().period.period,
                          narrative(),
                          detail().version,
                        ),
                      t("report.submitted"),
                    )
                  }}
                />
              </Show>
            </div>
          </form>
        </Show>
      </section>

      <Show when={can("approve") || can("return")}>
        <section class="report-section card" aria-labelledby="report-decision">
          <h2 id="report-decision">
            {t("report.approve")} / {t("report.return")}
          </h2>
          <div class="actions">
            <Show when={can("approve")}>
              <ConfirmDialog
                tone="primary"
                trigger={t("report.approve")}
                title={t("report.approveTitle")}
                description={t("report.approveConfirm", {
                  unit: detail().unit.name,
                  period: pick(detail().period.name),
                })}
                confirm={t("report.approve")}
                pending={t("report.approving")}
                onConfirm={() =>
                  run(
                    () => approveReport(api, detail().unit.id, detail().period.period, detail().version),
                    t("report.approvedNotice"),
                  )
                }
              />
            </Show>
          </div>
          <Show when={can("return")}>
            <form
              class="report-form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault()
                void run(
                  () =>
                    returnReport(api, detail().unit.id, detail().period.period, comment(), detail().version),
                  t("report.returnedNotice"),
                ).catch(ignore)
              }}
            >
              <TextArea
                id="report-comment"
                label={t("report.returnComment")}
                hint={t("report.returnHint")}
                required
                value={comment()}
                error={errors().comment}
                onInput={setComment}
              />
              <button type="submit" class="button button-danger" disabled={busy()}>
                {t("report.return")}
              </button>
            </form>
          </Show>
        </section>
      </Show>
      <Show when={failure()}>{(error) => <ErrorState error={error()} />}</Show>

      <section class="report-section" aria-labelledby="report-figures">
        <h2 id="report-figures">{t("report.figures", { date: date(detail().period.end) })}</h2>
        <p class="muted small">
          {t(detail().status === "approved" ? "report.frozenNote" : "report.liveNote")}
        </p>
        <FigureTable detail={detail()} />
      </section>

      <section class="report-section" aria-labelledby="report-history">
        <h2 id="report-history">{t("report.history")}</h2>
        <Show when={detail().history.length > 0} fallback={<p class="muted">{t("report.noHistory")}</p>}>
          <ol class="report-history">
            <For each={[...detail().history].reverse()}>
              {(entry) => (
                <li>
                  <strong>{entry.userName}</strong> — {pick(Report.actionNames[entry.action])}{" "}
                  <span class="muted small">{dateTime(entry.at)}</span>
                  <Show when={entry.comment}>{(text) => <div>“{text()}”</div>}</Show>
                </li>
              )}
            </For>
          </ol>
        </Show>
      </section>
    </>
  )
}

export default function ReportPage() {
  const { t, pick } = useI18n()
  const api = useApi()
  const params = useParams<{ unitId: string; period: string }>()
  const query = useQuery(() => ({
    queryKey: ["reports", params.unitId, params.period],
    queryFn: () => report(api, params.unitId, params.period),
  }))
  const backHref = () =>
    Report.isPeriod(params.period)
      ? `/reports?${new URLSearchParams({ type: Report.typeOf(params.period), period: params.period })}`
      : "/reports"
  return (
    <section class="page">
      <h1>
        <Show when={query.data} fallback={t("nav.reports")}>
          {(data) => (
            <>
              {data().unit.name} <span class="muted">— {pick(data().period.name)}</span>
            </>
          )}
        </Show>
      </h1>
      <p>
        <A href={backHref()}>← {t("nav.reports")}</A>
      </p>
      <QueryView query={query}>{(data) => <ReportView detail={data} />}</QueryView>
    </section>
  )
}
