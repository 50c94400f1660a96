/**
 * The import wizard: upload a commune's list, see every bad row (the file's own rows with the bad
 * cells marked, and the API's message for each), fix the file and upload again, confirm, watch the
 * progress, read the summary. Nothing is written until the whole file is valid and confirmed. A file
 * with bad rows gives them back as an Excel file with a column of errors; the template is offered once a
 * commune is chosen. The national platform's certificate lists go the same way (upload, the rows
 * matched and the others with the reason, confirm), the matched rows only being recorded.
 */
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import { createMemo, createSignal, createUniqueId, For, Match, Show, Switch } from "solid-js"
import { useApi } from "../../api/client"
import {
  type CertificateJob,
  confirmCertificates,
  confirmImport,
  type ImportIssue,
  type ImportJob,
  importJob,
  reportLink,
  templateLink,
  uploadCertificates,
  uploadImport,
} from "../../api/imports"
import { type CsvPreview, previewCsv } from "../../imports/csvPreview"
import { useI18n } from "../../i18n/I18n"
import type { MessageKey } from "../../i18n/vi"
import { UnitSelect } from "../../registry/UnitSelect"
import { ErrorState } from "../../ui/States"

const summaryLabels: Record<string, MessageKey> = {
  householdsCreated: "import.householdsCreated",
  householdsUpdated: "import.householdsUpdated",
  peopleCreated: "import.peopleCreated",
  peopleUpdated: "import.peopleUpdated",
  peopleUnchanged: "import.peopleUnchanged",
}

/** The problems of a job as a table: row, column, message. */
const IssueTable = (props: { readonly issues: ReadonlyArray<ImportIssue>; readonly caption: string }) => {
  const { t, pick } = useI18n()
  return (
    <div class="table-wrap">
      <table class="data-table import-errors">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("import.row")}</th>
            <th scope="col">{t("import.column")}</th>
            <th scope="col">{t("import.problem")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.issues}>
            {(issue) => (
              <tr>
                <td data-label={t("import.row")}>{issue.row}</td>
                <td data-label={t("import.column")}>{issue.column}</td>
                <td data-label={t("import.problem")}>{pick(issue.message)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  )
}

/** What was read but not used (a derived column, full ID numbers cut): said, never an obstacle. */
const Warnings = (props: { readonly warnings: ReadonlyArray<ImportIssue> }) => {
  const { t, pick } = useI18n()
  return (
    <Show when={props.warnings.length > 0}>
      <div class="notice notice-warning" role="status">
        <strong>{t("import.warnings")}: </strong>
        <For each={props.warnings}>{(warning) => <span>{pick(warning.message)}. </span>}</For>
      </div>
    </Show>
  )
}

/** The link to a job's bad rows as an Excel file. */
const ReportLink = (props: { readonly id: string }) => {
  const { t, locale } = useI18n()
  return (
    <p>
      <a class="button" href={reportLink(props.id, locale())} download="">
        {t("import.downloadReport")}
      </a>{" "}
      <span class="hint">{t("import.reportHint")}</span>
    </p>
  )
}

export default function ImportPage() {
  const { t, pick, number, percent, locale } = useI18n()
  const api = useApi()
  const queryClient = useQueryClient()
  const fileId = createUniqueId()
  const [file, setFile] = createSignal<File>()
  const [communeId, setCommuneId] = createSignal("")
  const [kind, setKind] = createSignal<"people" | "certificates">("people")
  const [job, setJob] = createSignal<ImportJob>()
  const [certificates, setCertificates] = createSignal<CertificateJob>()
  const [preview, setPreview] = createSignal<CsvPreview>()
  const [error, setError] = createSignal<unknown>()
  const [busy, setBusy] = createSignal(false)

  // While the import runs, ask for its progress every second.
  const progress = useQuery(() => ({
    queryKey: ["imports", job()?.id],
    queryFn: () => importJob(api, job()!.id),
    enabled: job()?.status === "running",
    refetchInterval: (query) =>
      query.state.data === undefined || query.state.data.status === "running" ? 1000 : false,
  }))
  const current = () =>
    progress.data !== undefined && progress.data.id === job()?.id ? progress.data : job()

  const issuesByRow = createMemo(() => {
    const byRow = new Map<number, Array<ImportIssue>>()
    for (const issue of current()?.issues ?? [])
      byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue])
    return byRow
  })
  const issueAt = (row: number, column: string) =>
    (issuesByRow().get(row) ?? [])
      .filter((issue) => issue.column === column)
      .map((issue) => pick(issue.message))
  /** The rows to show: those with problems first, then the others, as far as the preview reaches. */
  const shownRows = () => {
    const rows = preview()?.rows ?? []
    return [
      ...rows.filter((row) => issuesByRow().has(row.line)),
      ...rows.filter((row) => !issuesByRow().has(row.line)),
    ]
  }

  const upload = async (event: SubmitEvent) => {
    event.preventDefault()
    const chosen = file()
    if (chosen === undefined || communeId() === "") return
    setBusy(true)
    setError(undefined)
    if (kind() === "certificates") {
      try {
        setCertificates(await uploadCertificates(api, chosen, communeId()))
      } catch (failure) {
        setError(failure)
      } finally {
        setBusy(false)
      }
      return
    }
    try {
      const [uploaded, text] = await Promise.all([
        uploadImport(api, chosen, communeId()),
        chosen.name.toLowerCase().endsWith(".csv") ? chosen.text() : Promise.resolve(undefined),
      ])
      setPreview(text === undefined ? undefined : previewCsv(text))
      setJob(uploaded)
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }
  const confirm = async () => {
    const previewed = job()
    if (previewed === undefined) return
    setBusy(true)
    setError(undefined)
    try {
      setJob(await confirmImport(api, previewed.id))
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }
  const confirmMatched = async () => {
    const previewed = certificates()
    if (previewed === undefined) return
    setBusy(true)
    setError(undefined)
    try {
      setCertificates(await confirmCertificates(api, previewed.id))
      void queryClient.invalidateQueries()
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }
  const restart = () => {
    setCertificates(undefined)
    setJob(undefined)
    setPreview(undefined)
    setFile(undefined)
    setError(undefined)
    if (current()?.status === "done") void queryClient.invalidateQueries()
  }

  return (
    <section class="page">
      <h1>{t("import.title")}</h1>
      <ol class="steps" aria-label={t("import.steps")}>
        <For each={["upload", "preview", "run", "summary"] as const}>
          {(step) => {
            const active = () => {
              const status = certificates()?.status ?? current()?.status
              return (
                (step === "upload" && status === undefined) ||
                (step === "preview" && status === "previewed") ||
                (step === "run" && status === "running") ||
                (step === "summary" && (status === "done" || status === "failed"))
              )
            }
            return (
              <li classList={{ active: active() }} aria-current={active() ? "step" : undefined}>
                {t(`import.step.${step}`)}
              </li>
            )
          }}
        </For>
      </ol>
      <Show when={error() !== undefined}>
        <ErrorState error={error()} />
      </Show>
      <Switch>
        <Match when={current() === undefined && certificates() === undefined}>
          <form class="card form" onSubmit={upload}>
            <fieldset class="field">
              <legend>{t("import.kind")}</legend>
              <div class="segmented">
                <For each={["people", "certificates"] as const}>
                  {(option) => (
                    <label class="check">
                      <input
                        type="radio"
                        name="import-kind"
                        value={option}
                        checked={kind() === option}
                        onChange={() => setKind(option)}
                      />
                      {t(`import.kind.${option}`)}
                    </label>
                  )}
                </For>
              </div>
            </fieldset>
            <p>{kind() === "people" ? t("import.intro") : t("import.certificatesIntro")}</p>
            <UnitSelect
              label={t("import.unit")}
              communesOnly
              required
              value={communeId()}
              onChange={setCommuneId}
              placeholder={t("import.chooseCommune")}
            />
            <div class="field">
              <label for={fileId}>{t("import.file")}</label>
              <input
                id={fileId}
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                required
                onChange={(event) => setFile(event.currentTarget.files?.[0])}
              />
              <p class="hint">{t("import.fileHint")}</p>
            </div>
            <Show when={kind() === "people" && communeId() !== ""}>
              <p>
                <a class="button" href={templateLink(communeId(), locale())} download="">
                  {t("import.template")}
                </a>{" "}
                <span class="hint">{t("import.templateHint")}</span>
              </p>
            </Show>
            <div class="form-actions">
              <button
                type="submit"
                class="button button-primary"
                disabled={busy() || file() === undefined || communeId() === ""}
              >
                {busy() ? t("import.uploading") : t("import.upload")}
              </button>
            </div>
          </form>
        </Match>
        <Match when={current()?.status === "previewed" ? current() : undefined}>
          {(previewed) => (
            <div class="card">
              <p>
                {previewed().rows === 0 && previewed().issuesTotal > 0
                  ? t("import.fileProblem", { file: previewed().fileName })
                  : previewed().issuesTotal > 0
                    ? t("import.badRows", {
                        file: previewed().fileName,
                        rows: number(previewed().rows),
                        bad: number(previewed().invalidRows),
                        issues: number(previewed().issuesTotal),
                      })
                    : t("import.previewSummary", {
                        file: previewed().fileName,
                        rows: number(previewed().rows),
                        bad: number(previewed().invalidRows),
                      })}
              </p>
              <Warnings warnings={previewed().warnings} />
              <Show
                when={previewed().issuesTotal > 0}
                fallback={
                  <div class="form-actions">
                    <button type="button" class="button" onClick={restart}>
                      {t("common.cancel")}
                    </button>
                    <button
                      type="button"
                      class="button button-primary"
                      disabled={busy()}
                      onClick={() => void confirm()}
                    >
                      {t("import.confirm", { rows: number(previewed().rows) })}
                    </button>
                  </div>
                }
              >
                <Show when={previewed().rows > 0}>
                  <p class="form-error" role="alert">
                    {t("import.fixFirst")}
                  </p>
                </Show>
                <ReportLink id={previewed().id} />
                <h2>{t("import.errors")}</h2>
                <IssueTable issues={previewed().issues} caption={t("import.errors")} />
                <Show when={previewed().issuesTotal > previewed().issues.length}>
                  <p class="muted small">
                    {t("import.moreIssues", {
                      count: number(previewed().issuesTotal - previewed().issues.length),
                    })}
                  </p>
                </Show>
                <div class="form-actions">
                  <button type="button" class="button button-primary" onClick={restart}>
                    {t("import.uploadFixed")}
                  </button>
                </div>
              </Show>
              <Show when={preview()}>
                {(csv) => (
                  <>
                    <h2>{t("import.preview")}</h2>
                    <div class="table-wrap preview-wrap">
                      <table class="preview-table">
                        <caption class="visually-hidden">{t("import.preview")}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t("import.row")}</th>
                            <For each={csv().header}>{(column) => <th scope="col">{column}</th>}</For>
                          </tr>
                        </thead>
                        <tbody>
                          <For each={shownRows()}>
                            {(row) => (
                              <tr classList={{ "row-bad": issuesByRow().has(row.line) }}>
                                <th scope="row">{row.line}</th>
                                <For each={csv().header}>
                                  {(column, index) => {
                                    const problems = () => issueAt(row.line, column)
                                    return (
                                      <td
                                        classList={{ "cell-bad": problems().length > 0 }}
                                        title={problems().join(" ")}
                                      >
                                        {row.cells[index()] ?? ""}
                                        <Show when={problems().length > 0}>
                                          <span class="visually-hidden"> ({problems().join(" ")})</span>
                                        </Show>
                                      </td>
                                    )
                                  }}
                                </For>
                              </tr>
                            )}
                          </For>
                        </tbody>
                      </table>
                    </div>
                  </>
                )}
              </Show>
            </div>
          )}
        </Match>
        <Match when={certificates()?.status === "previewed" ? certificates() : undefined}>
          {(matched) => (
            <div class="card">
              <p>
                {t("import.certificateSummary", {
                  file: matched().fileName,
                  rows: number(matched().rows),
                  matched: number(matched().matchedRows),
                  unmatched: number(matched().unmatchedRows),
                })}
              </p>
              <Warnings warnings={matched().warnings} />
              <Show when={matched().issuesTotal > 0}>
                <ReportLink id={matched().id} />
                <h2>{t("import.unmatched")}</h2>
                <IssueTable issues={matched().issues} caption={t("import.unmatched")} />
                <Show when={matched().issuesTotal > matched().issues.length}>
                  <p class="muted small">
                    {t("import.moreIssues", {
                      count: number(matched().issuesTotal - matched().issues.length),
                    })}
                  </p>
                </Show>
              </Show>
              <Show when={matched().matchedRows === 0}>
                <p class="form-error">{t("import.nothingMatched")}</p>
              </Show>
              <div class="form-actions">
                <button type="button" class="button" onClick={restart}>
                  {t("common.cancel")}
                </button>
                <Show when={matched().matchedRows > 0}>
                  <button
                    type="button"
                    class="button button-primary"
                    disabled={busy()}
                    onClick={() => void confirmMatched()}
                  >
                    {t("import.confirmCertificates", { rows: number(matched().matchedRows) })}
                  </button>
                </Show>
              </div>
            </div>
          )}
        </Match>
        <Match when={certificates()?.summary}>
          {(summary) => (
            <div class="card" role="status">
              <h2>{t("import.done")}</h2>
              <dl class="details">
                <dt>{t("import.recordsCreated")}</dt>
                <dd>{number(summary().recordsCreated)}</dd>
                <dt>{t("import.recordsExisting")}</dt>
                <dd>{number(summary().recordsExisting)}</dd>
              </dl>
              <div class="form-actions">
                <button type="button" class="button" onClick={restart}>
                  {t("import.another")}
                </button>
              </div>
            </div>
          )}
        </Match>
        <Match when={current()?.status === "running" ? current() : undefined}>
          {(running) => {
            const ratio = () =>
              running().progress.total === 0 ? 0 : running().progress.done / running().progress.total
            return (
              <div class="card">
                <label for="import-progress">{t("import.running")}</label>
                <progress id="import-progress" class="progress" max="1" value={ratio()}>
                  {percent(ratio())}
                </progress>
                <p aria-live="polite">
                  {t(`import.phase.${running().progress.phase}`)} ·{" "}
                  {t("import.progress", {
                    done: number(running().progress.done),
                    total: number(running().progress.total),
                  })}
                </p>
              </div>
            )
          }}
        </Match>
        <Match when={current()}>
          {(finished) => (
            <div class="card" role="status">
              <h2>{finished().status === "done" ? t("import.done") : t("import.failed")}</h2>
              <Show when={finished().error}>{(failure) => <p class="form-error">{pick(failure())}</p>}</Show>
              <Show when={finished().summary}>
                {(summary) => (
                  <dl class="details">
                    <For each={Object.entries(summary())}>
                      {([key, value]) => (
                        <>
                          <dt>{summaryLabels[key] === undefined ? key : t(summaryLabels[key]!)}</dt>
                          <dd>{number(value)}</dd>
                        </>
                      )}
                    </For>
                  </dl>
                )}
              </Show>
              <div class="form-actions">
                <button type="button" class="button" onClick={restart}>
                  {t("import.another")}
                </button>
              </div>
            </div>
          )}
        </Match>
      </Switch>
    </section>
  )
}
