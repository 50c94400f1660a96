/**
 * Door to door ("đi từng ngõ, gõ từng nhà"): a team opens its worklist — the households with no
 * member with basic skills, in the domain's order (elderly, disability, remote first; never visited
 * first) — and starts a visit with one tap.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import { A, useSearchParams } from "@solidjs/router"
import { useQuery } from "@tanstack/solid-query"
import { For, Show } from "solid-js"
import { useApi } from "../../api/client"
import { householdWorklist } from "../../api/dashboard"
import { teams, visits } from "../../api/registries"
import { useI18n } from "../../i18n/I18n"
import { useUnits } from "../../registry/units"
import { useSession } from "../../session/Session"
import { SelectField } from "../../ui/Field"
import { Pagination } from "../../ui/Pagination"
import { Empty, QueryView } from "../../ui/States"

export default function VisitsPage() {
  const { t, date, number } = useI18n()
  const api = useApi()
  const session = useSession()
  const units = useUnits()
  const [params, setParams] = useSearchParams<{ team?: string; page?: string; saved?: string }>()
  const teamList = useQuery(() => ({
    queryKey: ["teams", { pageSize: "100" }],
    queryFn: () => teams.list(api, { pageSize: "100" }),
  }))
  const teamId = () => params.team ?? session.user()?.teamId ?? teamList.data?.items[0]?.id
  const team = () => teamList.data?.items.find((item) => item.id === teamId())
  const page = () => Number(params.page ?? "1") || 1
  const today = CalendarDate.fromInstant(Date.now())
  const worklist = useQuery(() => ({
    queryKey: ["worklist", "households", team()?.unitId, today, page()],
    queryFn: () => householdWorklist(api, team()!.unitId, today, page(), 20),
    enabled: team() !== undefined,
    placeholderData: (previous) => previous,
  }))
  const recent = useQuery(() => ({
    queryKey: ["visits", { teamId: teamId() }],
    queryFn: () => visits.list(api, { teamId: teamId()!, pageSize: "5", sort: "date", order: "desc" }),
    enabled: teamId() !== undefined,
  }))
  return (
    <section class="page narrow">
      <h1>{t("nav.visits")}</h1>
      <Show when={params.saved === "1"}>
        <p class="notice" role="status">
          {t("visit.saved")}
        </p>
      </Show>
      <QueryView
        query={teamList}
        isEmpty={(data) => data.total === 0}
        empty={<Empty message={t("visit.noTeams")} />}
      >
        {(data) => (
          <>
            <Show when={data.items.length > 1}>
              <SelectField
                label={t("visit.team")}
                required
                value={teamId() ?? ""}
                onChange={(v) => setParams({ team: v, page: undefined, saved: undefined })}
                options={data.items.map((item) => ({ value: item.id, label: item.name }))}
              />
            </Show>
            <Show when={team()}>
              {(current) => (
                <p class="muted">
                  {current().name} · {units.label(current().unitId)}
                </p>
              )}
            </Show>
          </>
        )}
      </QueryView>
      <Show when={team() !== undefined}>
        <h2>{t("worklist.households")}</h2>
        <QueryView
          query={worklist}
          isEmpty={(data) => data.total === 0}
          empty={<Empty message={t("worklist.householdsEmpty")} />}
        >
          {(data) => (
            <>
              <p class="small">{t("worklist.count", { count: number(data.total) })}</p>
              <ul class="worklist">
                <For each={data.items}>
                  {(entry) => (
                    <li class="worklist-item">
                      <div>
                        <strong>{entry.name}</strong>
                        <span class="muted small">
                          {" "}
                          · {units.label(entry.unitId)}
                          {entry.address === null ? "" : ` · ${entry.address}`}
                        </span>
                        <div class="tag-list small">
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
                page={data.page}
                pageSize={data.pageSize}
                total={data.total}
                onPage={(p) => setParams({ page: String(p), saved: undefined })}
              />
            </>
          )}
        </QueryView>
      </Show>
      <Show when={teamId() !== undefined}>
        <h2>{t("visit.recent")}</h2>
        <QueryView
          query={recent}
          isEmpty={(data) => data.total === 0}
          empty={<Empty message={t("visit.none")} />}
        >
          {(data) => (
            <ul class="plain-list card">
              <For each={data.items}>
                {(visit) => (
                  <li>
                    {date(visit.date)} ·{" "}
                    <A href={`/households/${visit.householdId}`}>{t("household.title")}</A> ·{" "}
                    {t("visit.helpedCount", { count: visit.helpedIds.length })}
                  </li>
                )}
              </For>
            </ul>
          )}
        </QueryView>
      </Show>
    </section>
  )
}
