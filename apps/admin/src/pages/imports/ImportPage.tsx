/**
 * The import wizard: upload a commune's list, see every bad row (row and column highlighted, the
 * API's message beside it), fix the file and upload again, confirm, watch the progress, read the
 * summary. Nothing is written until the whole file is valid and confirmed.
 */
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import { createMemo, createSignal, createUniqueId, For, Match, Show, Switch } from "solid-js"
import { useApi } from "../../api/client"
import { confirmImport, type ImportIssue, type ImportJob, importJob, uploadImport } from "../../api/imports"
import { useI18n } from "../../i18n/I18n"
import { UnitSelect } from "../../registry/UnitSelect"
import { ErrorState } from "../../ui/States"

export default function ImportPage() {
  const { t, pick, number, percent } = useI18n()
  const api = useApi()
  const queryClient = useQueryClient()
  const fileId = createUniqueId()
  const [file, setFile] = createSignal<File>()
  const [unitId, setUnitId] = createSignal("")
  const [job, setJob] = createSignal<ImportJob>()
  const [error, setError] = createSignal<unknown>()
  const [busy, setBusy] = createSignal(false)

  const message = (issue: ImportIssue) =>
    typeof issue.message === "string" ? issue.message : pick(issue.message)
  const issuesByRow = createMemo(() => {
    const byRow = new Map<number, Array<ImportIssue>>()
    for (const issue of job()?.errors ?? []) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue])
    return byRow
  })
  const badCell = (row: number, column: string) =>
    (issuesByRow().get(row) ?? []).some((i) => i.column === column)

  // While the import runs, ask for its progress every second.
  const progress = useQuery(() => ({
    queryKey: ["imports", job()?.id],
    queryFn: () => importJob(api, job()!.id),
    enabled: job()?.status === "running",
    refetchInterval: (query) =>
      query.state.data?.status === "running" || query.state.data === undefined ? 1000 : false,
  }))
  const current = () =>
    progress.data !== undefined && progress.data.id === job()?.id ? progress.data : job()

  const upload = async (event: SubmitEvent) => {
    event.preventDefault()
    const chosen = file()
    if (chosen === undefined) return
    setBusy(true)
    setError(undefined)
    try {
      setJob(await uploadImport(api, chosen, unitId()))
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
      const started = await confirmImport(api, previewed.id)
      setJob(started)
      if (started.status === "done") await queryClient.invalidateQueries()
    } catch (failure) {
      setError(failure)
    } finally {
      setBusy(false)
    }
  }
  const restart = () => {
    setJob(undefined)
    setFile(undefined)
    setError(undefined)
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
              value={unitId()}
              onChange={setUnitId}
              placeholder={t("import.unitAny")}
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
              <button type="submit" class="button button-primary" disabled={busy() || file() === undefined}>
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
                  file: previewed().fileName ?? "",
                  rows: number(previewed().totalRows),
                  bad: number(issuesByRow().size),
                })}
              </p>
              <Show
                when={previewed().errors.length > 0}
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
                      {t("import.confirm", { rows: number(previewed().totalRows) })}
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
                      <For each={previewed().errors}>
                        {(issue) => (
                          <tr>
                            <td data-label={t("import.row")}>{issue.row}</td>
                            <td data-label={t("import.column")}>{issue.column ?? t("common.none")}</td>
                            <td data-label={t("import.problem")}>{message(issue)}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
                <div class="form-actions">
                  <button type="button" class="button button-primary" onClick={restart}>
                    {t("import.uploadFixed")}
                  </button>
                </div>
              </Show>
              <Show when={(previewed().rows?.length ?? 0) > 0 && (previewed().columns?.length ?? 0) > 0}>
                <h2>{t("import.preview")}</h2>
                <div class="table-wrap preview-wrap">
                  <table class="preview-table">
                    <caption class="visually-hidden">{t("import.preview")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("import.row")}</th>
                        <For each={previewed().columns}>{(column) => <th scope="col">{column}</th>}</For>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={previewed().rows}>
                        {(row) => (
                          <tr classList={{ "row-bad": issuesByRow().has(row.row) }}>
                            <th scope="row">{row.row}</th>
                            <For each={previewed().columns}>
                              {(column) => (
                                <td
                                  classList={{ "cell-bad": badCell(row.row, column) }}
                                  title={(issuesByRow().get(row.row) ?? [])
                                    .filter((i) => i.column === column)
                                    .map(message)
                                    .join(" ")}
                                >
                                  {row.values[column] ?? ""}
                                  <Show when={badCell(row.row, column)}>
                                    <span class="visually-hidden"> ({t("import.bad")})</span>
                                  </Show>
                                </td>
                              )}
                            </For>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
              </Show>
            </div>
          )}
        </Match>
        <Match when={current()?.status === "running" ? current() : undefined}>
          {(running) => {
            const ratio = () => {
              const p = running().progress
              return p === undefined || p.total === 0 ? 0 : p.processed / p.total
            }
            return (
              <div class="card">
                <label for="import-progress">{t("import.running")}</label>
                <progress id="import-progress" class="progress" max="1" value={ratio()}>
                  {percent(ratio())}
                </progress>
                <p aria-live="polite">
                  {t("import.progress", {
                    done: number(running().progress?.processed ?? 0),
                    total: number(running().progress?.total ?? running().totalRows),
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
              <dl class="details">
                <For each={Object.entries(finished().summary ?? {})}>
                  {([key, value]) => (
                    <>
                      <dt>{key}</dt>
                      <dd>{number(value)}</dd>
                    </>
                  )}
                </For>
              </dl>
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
