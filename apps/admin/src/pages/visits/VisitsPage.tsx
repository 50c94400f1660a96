/**
 * Door to door ("đi từng ngõ, gõ từng nhà"): a team opens its worklist — the households with no
 * member with basic skills, in the domain's order (elderly, disability, remote first; never visited
 * first) — and starts a visit with one tap. It works with no signal: the worklist is the team's
 * snapshot kept on the phone, visits recorded offline wait in the outbox ("Đang chờ gửi") and move the
 * household down the list at once, and what the server refused is shown with its reason until the
 * team leader has read it. The counts are the domain's (`Team.householdsVisited`, `Worklist.sort`), as
 * on the server, so after a sync they agree.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Team from "@bdhv/domain/Team"
import * as Worklist from "@bdhv/domain/Worklist"
import { A, useSearchParams } from "@solidjs/router"
import { useQuery } from "@tanstack/solid-query"
import { Schema } from "effect"
import { createMemo, For, Show, Suspense } from "solid-js"
import { useApi } from "../../api/client"
import { teams } from "../../api/registries"
import { useI18n } from "../../i18n/I18n"
import { PageSkeleton } from "../../layout/PageSkeleton"
import { useOffline, useTeamSnapshot } from "../../offline/Offline"
import type { QueuedVisit } from "../../offline/OfflineStore"
import { useSession } from "../../session/Session"
import { SelectField } from "../../ui/Field"
import { Pagination } from "../../ui/Pagination"
import { Empty, QueryView } from "../../ui/States"

const pageSize = 20
const decodeVisit = Schema.decodeUnknownSync(Team.Visit)
const decodeEntry = Schema.decodeUnknownSync(Worklist.HouseholdEntry)

/** A visit as the domain's functions take it, from the snapshot or the outbox. */
const domainVisit = (visit: {
  readonly id: string
  readonly teamId: string
  readonly householdId: string
  readonly date: string
  readonly helpedIds: ReadonlyArray<string>
}) =>
  decodeVisit({
    topicIds: [],
    vneidLevel2Ids: [],
    digitalBankIds: [],
    ...visit,
    helpedIds: [...visit.helpedIds],
  })

/**
 * The page's frame — its heading at once, and the page's shape in grey while the team's list, the
 * worklist snapshot and the phone's store answer. A boundary of its own: the router keeps the previous
 * page on screen while a route's data loads, so without it the menu's tap would seem to do nothing.
 */
export default function VisitsPage() {
  const { t } = useI18n()
  return (
    <section class="page narrow">
      <h1>{t("nav.visits")}</h1>
      <Suspense fallback={<PageSkeleton heading={false} />}>
        <VisitsContent />
      </Suspense>
    </section>
  )
}

const VisitsContent = () => {
  const { t, date, number, pick, dateTime } = useI18n()
  const api = useApi()
  const session = useSession()
  const offline = useOffline()
  const [params, setParams] = useSearchParams<{
    team?: string
    page?: string
    saved?: string
    queued?: string
  }>()
  const ownTeam = () => session.user()?.teamId ?? undefined
  // A team leader has one team; others choose among the teams in their scope.
  const teamList = useQuery(() => ({
    queryKey: ["teams", { pageSize: "100" }],
    queryFn: () => teams.list(api, { pageSize: "100" }),
    enabled: ownTeam() === undefined,
  }))
  const teamId = () => params.team ?? ownTeam() ?? teamList.data?.items[0]?.id
  const kept = useTeamSnapshot(teamId)
  const page = () => Number(params.page ?? "1") || 1
  const today = CalendarDate.fromInstant(Date.now())

  const outbox = () =>
    offline
      .queue()
      .filter((item): item is QueuedVisit => item.kind === "visit" && item.visit.teamId === teamId())
  const waiting = () => outbox().filter((item) => item.rejection === undefined)
  const refused = () => outbox().filter((item) => item.rejection !== undefined)
  const waitingFor = (householdId: string) => waiting().some((item) => item.visit.householdId === householdId)

  /** The snapshot's visits and the ones waiting to be sent, as the domain's visits. */
  const visits = createMemo(() => {
    const snapshot = kept.data?.snapshot
    if (snapshot === undefined) return []
    const sent = new Set(snapshot.weekVisits.map((v) => v.id))
    return [
      ...snapshot.weekVisits.map(domainVisit),
      ...waiting()
        .filter((item) => !sent.has(item.key))
        .map((item) => domainVisit({ id: item.key, ...item.visit })),
    ]
  })
  /** The worklist in the domain's order, with the visits waiting to be sent already counted. */
  const entries = createMemo(() => {
    const snapshot = kept.data?.snapshot
    if (snapshot === undefined) return []
    const last = Team.lastVisitByHousehold(visits())
    const codes = new Map(snapshot.households.map((h) => [h.householdId, h.code]))
    return Worklist.sort(
      snapshot.households.map((h) => {
        const visited = last.get(h.householdId as Team.Visit["householdId"])
        const { code: _code, ...entry } = h
        return decodeEntry({
          ...entry,
          lastVisitedOn:
            visited === undefined || (h.lastVisitedOn !== null && h.lastVisitedOn >= visited)
              ? h.lastVisitedOn
              : visited,
        })
      }),
    ).map((entry) => ({ entry, code: codes.get(entry.householdId) ?? "" }))
  })
  const visitedThisWeek = () => Team.householdsVisited(visits(), CalendarDate.mondayOf(today), today).length
  const unitName = (unitId: string) => kept.data?.snapshot.units.find((u) => u.id === unitId)?.name ?? ""
  const householdLabel = (householdId: string) => {
    const found = kept.data?.snapshot.households.find((h) => h.householdId === householdId)
    return found === undefined ? t("household.title") : `${found.name} · ${found.code}`
  }
  const recent = () =>
    [...visits()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, 5)

  const OutboxItem = (props: { readonly item: QueuedVisit }) => (
    <>
      <strong>{props.item.householdLabel}</strong>
      <span class="muted small">
        {" "}
        · {date(props.item.visit.date)} ·{" "}
        {t("visit.helpedCount", { count: props.item.visit.helpedIds.length })}
      </span>
    </>
  )

  return (
    <>
      <Show when={params.saved === "1"}>
        <p class="notice" role="status">
          {t("visit.saved")}
        </p>
      </Show>
      <Show when={params.queued === "1" && waiting().length > 0}>
        <p class="notice notice-warning" role="status">
          {t("offline.queuedNotice")}
        </p>
      </Show>
      <Show when={kept.data?.fromDevice === true || !offline.online()}>
        <p class="notice notice-warning offline-banner" role="status">
          <strong>{t("offline.title")}</strong>{" "}
          <Show when={kept.data} fallback={t("offline.noCopy")}>
            {(data) => t("offline.usingCopy", { time: dateTime(new Date(data().savedAt).toISOString()) })}
          </Show>
        </p>
      </Show>

      <Show when={refused().length > 0}>
        <section class="card outbox outbox-refused" aria-labelledby="refused-title">
          <h2 id="refused-title">{t("offline.refusedTitle", { count: refused().length })}</h2>
          <p class="small">{t("offline.refusedHelp")}</p>
          <ul class="plain-list">
            <For each={refused()}>
              {(item) => (
                <li>
                  <OutboxItem item={item} />
                  <p class="field-error">{pick(item.rejection!.message)}</p>
                  <button type="button" class="button" onClick={() => void offline.dismiss(item.key)}>
                    {t("offline.dismiss")}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>

      <Show when={waiting().length > 0}>
        <section class="card outbox" aria-labelledby="waiting-title">
          <h2 id="waiting-title">
            <span class="badge badge-waiting">{t("offline.waiting")}</span>{" "}
            {t("offline.waitingTitle", { count: waiting().length })}
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

      <Show when={ownTeam() === undefined}>
        <QueryView
          query={teamList}
          isEmpty={(data) => data.total === 0}
          empty={<Empty message={t("visit.noTeams")} />}
        >
          {(data) => (
            <Show when={data.items.length > 1}>
              <SelectField
                label={t("visit.team")}
                required
                value={teamId() ?? ""}
                onChange={(v) => setParams({ team: v, page: undefined, saved: undefined, queued: undefined })}
                options={data.items.map((item) => ({ value: item.id, label: item.name }))}
              />
            </Show>
          )}
        </QueryView>
      </Show>

      <Show when={teamId() !== undefined}>
        <QueryView query={kept}>
          {(data) => (
            <>
              <p class="muted">
                {data.snapshot.team.name} · {unitName(data.snapshot.team.unitId)}
              </p>
              <dl class="visit-counts">
                <div>
                  <dt>{t("offline.toVisit")}</dt>
                  <dd>{number(data.snapshot.counts.toVisit)}</dd>
                </div>
                <div>
                  <dt>{t("offline.visitedThisWeek")}</dt>
                  <dd data-testid="visited-this-week">{number(visitedThisWeek())}</dd>
                </div>
              </dl>
              <h2>{t("worklist.households")}</h2>
              <Show when={entries().length > 0} fallback={<Empty message={t("worklist.householdsEmpty")} />}>
                <Show when={data.snapshot.counts.toVisit > data.snapshot.households.length}>
                  <p class="small muted">
                    {t("offline.capped", {
                      kept: number(data.snapshot.households.length),
                      total: number(data.snapshot.counts.toVisit),
                    })}
                  </p>
                </Show>
                <ul class="worklist">
                  <For each={entries().slice((page() - 1) * pageSize, page() * pageSize)}>
                    {({ entry, code }) => (
                      <li class="worklist-item">
                        <div>
                          <A href={`/households/${entry.householdId}`}>
                            <strong>{entry.name}</strong>
                          </A>
                          <span class="muted small">
                            {" "}
                            · {code} · {unitName(entry.unitId)}
                            {entry.address === null ? "" : ` · ${entry.address}`}
                          </span>
                          <div class="tag-list small">
                            <Show when={waitingFor(entry.householdId)}>
                              <span class="badge badge-waiting">{t("offline.waiting")}</span>
                            </Show>
                            <Show when={entry.elderly}>
                              <span class="badge">{t("worklist.elderly")}</span>
                            </Show>
                            <Show when={entry.disability}>
                              <span class="badge">{t("worklist.disability")}</span>
                            </Show>
                            <Show when={entry.remote}>
                              <span class="badge">{t("worklist.remote")}</span>
                            </Show>
                            <span class="muted">
                              {entry.lastVisitedOn === null
                                ? t("worklist.neverVisited")
                                : t("worklist.lastVisited", { date: date(entry.lastVisitedOn) })}
                            </span>
                          </div>
                        </div>
                        <A
                          class="button button-primary"
                          href={`/visits/new?household=${entry.householdId}&team=${teamId()}`}
                          aria-label={`${t("visit.start")}: ${entry.name}`}
                        >
                          {t("visit.start")}
                        </A>
                      </li>
                    )}
                  </For>
                </ul>
                <Pagination
                  page={page()}
                  pageSize={pageSize}
                  total={entries().length}
                  onPage={(p) => setParams({ page: String(p), saved: undefined, queued: undefined })}
                />
              </Show>
              <h2>{t("offline.thisWeek")}</h2>
              <Show when={recent().length > 0} fallback={<Empty message={t("visit.none")} />}>
                <ul class="plain-list card">
                  <For each={recent()}>
                    {(visit) => (
                      <li>
                        {date(visit.date)} · {householdLabel(visit.householdId)} ·{" "}
                        {t("visit.helpedCount", { count: visit.helpedIds.length })}
                        <Show when={waiting().some((item) => item.key === visit.id)}>
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
    </>
  )
}
