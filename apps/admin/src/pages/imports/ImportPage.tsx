/**
 * The import wizard: upload a commune's list, see every bad row (the file's own rows with the bad
 * cells marked, and the API's message for each), fix the file and upload again, confirm, watch the
 * progress, read the summary. Nothing is written until the whole file is valid and confirmed.
 */
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import { createMemo, createSignal, createUniqueId, For, Match, Show, Switch } from "solid-js"
import { useApi } from "../../api/client"
import { confirmImport, type ImportIssue, type ImportJob, importJob, uploadImport } from "../../api/imports"
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

export default function ImportPage() {
  const { t, pick, number, percent } = useI18n()
  const api = useApi()
  const queryClient = useQueryClient()
  const fileId = createUniqueId()
  const [file, setFile] = createSignal<File>()
  const [communeId, setCommuneId] = createSignal("")
  const [job, setJob] = createSignal<ImportJob>()
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
  const restart = () => {
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
              const status = current()?.status
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
        <Match when={current() === undefined}>
          <form class="card form" onSubmit={upload}>
            <p>{t("import.intro")}</p>
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
                {t("import.previewSummary", {
                  file: previewed().fileName,
                  rows: number(previewed().rows),
                  bad: number(previewed().invalidRows),
                })}
              </p>
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
                <p class="form-error" role="alert">
                  {t("import.fixFirst")}
                </p>
                <h2>{t("import.errors")}</h2>
                <div class="table-wrap">
                  <table class="data-table import-errors">
                    <caption class="visually-hidden">{t("import.errors")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("import.row")}</th>
                        <th scope="col">{t("import.column")}</th>
                        <th scope="col">{t("import.problem")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={previewed().issues}>
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
