/**
 * A guide's daily screen (Đại sứ số, "Người hướng dẫn"): their learners ("Người học"), the quota of
 * five, and the form that records a learning session. It works with no signal: the learners are the
 * guide's snapshot kept on the phone, a record made offline waits in the outbox ("Đang chờ gửi") with a
 * key made here and is sent when the network returns, and what the server refused is shown with its
 * reason until the guide has read it. The quota is the domain's count (`Guide.learnersOf`,
 * `Guide.meetsQuota`) over the same facts the server counts, so after a sync the two agree.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Guide from "@bdhv/domain/Guide"
import { A, useSearchParams } from "@solidjs/router"
import { createMemo, For, Show } from "solid-js"
import { createForm } from "../../forms/createForm"
import { useI18n } from "../../i18n/I18n"
import { useGuideSnapshot, useOffline } from "../../offline/Offline"
import type { QueuedLearning } from "../../offline/OfflineStore"
import type { GuideSnapshot } from "../../offline/offlineApi"
import { QuotaMeter, quotaOf } from "../../registries/guides"
import { useSession } from "../../session/Session"
import { SelectField, TextField } from "../../ui/Field"
import { Pagination } from "../../ui/Pagination"
import { Empty, QueryView } from "../../ui/States"

const pageSize = 20

/** The guide's quota by the domain's rule, from the snapshot's facts and what waits to be sent. */
export const learnersCounted = (snapshot: GuideSnapshot, waiting: ReadonlyArray<QueuedLearning>) =>
  quotaOf(snapshot.guide, [...snapshot.learnerIds, ...waiting.map((item) => item.link.learnerId)])

interface Values {
  learnerId: string
  date: string
}

export default function LearnersPage() {
  const { t, date, number, pick, dateTime } = useI18n()
  const session = useSession()
  const offline = useOffline()
  const [params, setParams] = useSearchParams<{ guide?: string; page?: string; saved?: string }>()
  const guideId = () => params.guide ?? session.user()?.guideId ?? undefined
  const kept = useGuideSnapshot(guideId)
  const page = () => Number(params.page ?? "1") || 1

  const outbox = () =>
    offline
      .queue()
      .filter((item): item is QueuedLearning => item.kind === "learning" && item.guideId === guideId())
  const waiting = () => outbox().filter((item) => item.rejection === undefined)
  const refused = () => outbox().filter((item) => item.rejection !== undefined)
  const waitingFor = (learnerId: string) => waiting().some((item) => item.link.learnerId === learnerId)
  const counted = createMemo(() => {
    const snapshot = kept.data?.snapshot
    return snapshot === undefined ? undefined : learnersCounted(snapshot, waiting())
  })
  const nameOf = (learnerId: string) =>
    kept.data?.snapshot.learners.find((l) => l.id === learnerId)?.fullName ?? t("guide.learners")
  /** The latest records: the ones waiting first, then the server's. */
  const recent = () => [
    ...waiting()
      .map((item) => ({ id: item.key, learnerId: item.link.learnerId, date: item.link.date, waiting: true }))
      .reverse(),
    ...(kept.data?.snapshot.recent ?? []).map((r) => ({ ...r, waiting: false })),
  ]

  const form = createForm({
    initial: { learnerId: "", date: CalendarDate.fromInstant(Date.now()) } as Values,
    schema: Guide.GuideLink,
    fields: ["learnerId", "date"],
    toInput: (values) => ({
      guideId: guideId() ?? "",
      ...(values.learnerId === "" ? {} : { learnerId: values.learnerId }),
      date: values.date,
    }),
  })
  const save = form.submit(async (link) => {
    const id = guideId()
    if (id === undefined) return
    const outcome = await offline.record({
      kind: "learning",
      key: crypto.randomUUID(),
      recordedAt: Date.now(),
      guideId: id,
      learnerName: nameOf(link.learnerId),
      link: { learnerId: link.learnerId, date: link.date },
    })
    form.set("learnerId", "")
    setParams({ saved: outcome === "applied" ? "1" : outcome === "waiting" ? "queued" : undefined })
  })

  const OutboxItem = (props: { readonly item: QueuedLearning }) => (
    <>
      <strong>{props.item.learnerName}</strong>
      <span class="muted small"> · {date(props.item.link.date)}</span>
    </>
  )

  return (
    <section class="page narrow">
      <h1>{t("learners.title")}</h1>
      <Show when={guideId() === undefined}>
        <Empty message={t("learners.notGuide")}>
          <A href="/guides" class="button">
            {t("nav.guides")}
          </A>
        </Empty>
      </Show>
      <Show when={params.saved === "1"}>
        <p class="notice" role="status">
          {t("learners.saved")}
        </p>
      </Show>
      <Show when={params.saved === "queued" && waiting().length > 0}>
        <p class="notice notice-warning" role="status">
          {t("learners.queuedNotice")}
        </p>
      </Show>
      <Show when={kept.data?.fromDevice === true || !offline.online()}>
        <p class="notice notice-warning offline-banner" role="status">
          <strong>{t("offline.title")}</strong>{" "}
          <Show when={kept.data} fallback={t("learners.noCopy")}>
            {(data) => t("learners.usingCopy", { time: dateTime(new Date(data().savedAt).toISOString()) })}
          </Show>
        </p>
      </Show>

      <Show when={refused().length > 0}>
        <section class="card outbox outbox-refused" aria-labelledby="learning-refused-title">
          <h2 id="learning-refused-title">{t("learners.refusedTitle", { count: refused().length })}</h2>
          <p class="small">{t("offline.refusedHelp")}</p>
          <ul class="plain-list">
            <For each={refused()}>
              {(item) => (
                <li>
                  <OutboxItem item={item} />
                  <p class="field-error">{pick(item.rejection!.message)}</p>
                  <button type="button" class="button" onClick={() => void offline.dismiss(item.key)}>
                    {t("learners.dismiss")}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>

      <Show when={waiting().length > 0}>
        <section class="card outbox" aria-labelledby="learning-waiting-title">
          <h2 id="learning-waiting-title">
            <span class="badge badge-waiting">{t("offline.waiting")}</span>{" "}
            {t("learners.waitingTitle", { count: waiting().length })}
          </h2>
          <p class="small">{offline.online() ? t("offline.sendingHelp") : t("offline.waitingHelp")}</p>
          <ul class="plain-list">
            <For each={waiting()}>
              {(item) => (
                <li>
                  <OutboxItem item={item} />
                </li>
              )}
            </For>
          </ul>
          <Show when={offline.online()}>
            <button
              type="button"
              class="button"
              disabled={offline.syncing()}
              onClick={() => void offline.sync()}
            >
              {offline.syncing() ? t("offline.sending") : t("offline.sendNow")}
            </button>
          </Show>
        </section>
      </Show>

      <Show when={guideId() !== undefined}>
        <QueryView query={kept}>
          {(data) => (
            <>
              <p class="muted">{data.snapshot.guide.fullName}</p>
              <p data-testid="guide-learners-count">
                <QuotaMeter learners={counted()?.learners ?? 0} />
              </p>

              <form class="form card" onSubmit={save} novalidate>
                <h2>{t("learners.record")}</h2>
                <SelectField
                  label={t("learners.learner")}
                  required
                  placeholder={t("learners.choose")}
                  value={form.values.learnerId}
                  onChange={(v) => form.set("learnerId", v)}
                  options={data.snapshot.learners.map((l) => ({ value: l.id, label: l.fullName }))}
                  error={form.error("learnerId")}
                />
                <TextField
                  label={t("learners.date")}
                  type="date"
                  required
                  value={form.values.date}
                  onInput={(v) => form.set("date", v)}
                  error={form.error("date")}
                />
                <Show when={form.formError()}>
                  <p class="form-error" role="alert">
                    {form.formError()}
                  </p>
                </Show>
                <div class="form-actions">
                  <button type="submit" class="button button-primary" disabled={form.pending()}>
                    {form.pending() ? t("common.saving") : t("learners.save")}
                  </button>
                </div>
              </form>

              <h2>{t("guide.learners")}</h2>
              <Show
                when={data.snapshot.learners.length > 0}
                fallback={<Empty message={t("guide.noLearners")} />}
              >
                <Show when={data.snapshot.learnerIds.length > data.snapshot.learners.length}>
                  <p class="small muted">
                    {t("learners.capped", {
                      kept: number(data.snapshot.learners.length),
                      cap: number(data.snapshot.cap),
                    })}
                  </p>
                </Show>
                <ul class="worklist">
                  <For each={data.snapshot.learners.slice((page() - 1) * pageSize, page() * pageSize)}>
                    {(learner) => (
                      <li class="worklist-item">
                        <div>
                          <strong>{learner.fullName}</strong>
                          <span class="muted small">
                            {learner.unitName === "" ? "" : ` · ${learner.unitName}`}
                          </span>
                          <div class="tag-list small">
                            <Show when={waitingFor(learner.id)}>
                              <span class="badge badge-waiting">{t("offline.waiting")}</span>
                            </Show>
                            <span class="muted">
                              {t("learners.taught", {
                                count: learner.timesTaught,
                                date: date(learner.lastTaughtOn),
                              })}
                            </span>
                          </div>
                        </div>
                        <Show when={learner.phone}>
                          {(phone) => (
                            <a
                              class="button"
                              href={`tel:${phone()}`}
                              aria-label={`${t("learners.call")}: ${learner.fullName}`}
                            >
                              {t("learners.call")}
                            </a>
                          )}
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
                <Pagination
                  page={page()}
                  pageSize={pageSize}
                  total={data.snapshot.learners.length}
                  onPage={(p) => setParams({ page: String(p), saved: undefined })}
                />
              </Show>

              <h2>{t("learners.recent")}</h2>
              <Show when={recent().length > 0} fallback={<Empty message={t("guide.noLearners")} />}>
                <ul class="plain-list card">
                  <For each={recent().slice(0, 10)}>
                    {(record) => (
                      <li>
                        {date(record.date)} · {nameOf(record.learnerId)}
                        <Show when={record.waiting}>
                          {" "}
                          <span class="badge badge-waiting">{t("offline.waiting")}</span>
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </>
          )}
        </QueryView>
      </Show>
    </section>
  )
}
