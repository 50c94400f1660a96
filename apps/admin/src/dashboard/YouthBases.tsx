/**
 * The dashboard's card of the youth campaign (task group 7): per youth union base in the unit shown,
 * the volunteers, the sessions they held and the people they helped (the domain's
 * `YouthCampaign.countsByBase`, counted by the API), ranked by volunteers, in a compact table that stays
 * a table on a phone. Its own request (`/api/youth-campaigns/counts`), apart from the indicators.
 * Shown to the roles the access table lets read youth campaigns; nothing for the others.
 */
import * as Access from "@bdhv/domain/Access"
import { A } from "@solidjs/router"
import { useQuery } from "@tanstack/solid-query"
import { createMemo, For, Show } from "solid-js"
import { useApi } from "../api/client"
import { type BaseCounts, youthCounts } from "../api/youthCampaigns"
import { useI18n } from "../i18n/I18n"
import { useSession } from "../session/Session"
import { Empty, QueryView } from "../ui/States"

/** The bases shown on the card; the youth page lists them all. */
const shown = 5

/** Each base with its rank by volunteers: bases with as many volunteers share a rank (1, 1, 3). */
export const ranked = (
  bases: ReadonlyArray<BaseCounts>,
): ReadonlyArray<BaseCounts & { readonly rank: number }> => {
  const sorted = [...bases].sort(
    (a, b) =>
      b.volunteers - a.volunteers ||
      b.peopleHelped - a.peopleHelped ||
      a.organizationName.localeCompare(b.organizationName, "vi"),
  )
  return sorted.map((base) => ({
    ...base,
    rank: 1 + sorted.filter((other) => other.volunteers > base.volunteers).length,
  }))
}

export const YouthBases = (props: { readonly unitId: string | undefined }) => {
  const { t, number } = useI18n()
  const api = useApi()
  const session = useSession()
  const allowed = () => {
    const role = session.user()?.role
    return role !== undefined && Access.allows(role, "youth-campaigns", "read")
  }
  const query = useQuery(() => ({
    queryKey: ["youth-campaigns", "counts", props.unitId],
    queryFn: () => youthCounts(api, props.unitId),
    enabled: allowed(),
  }))
  const rows = createMemo(() => ranked(query.data ?? []))
  return (
    <Show when={allowed()}>
      <section class="card youth-bases" aria-labelledby="youth-bases-title">
        <h2 id="youth-bases-title">{t("youth.dashboardTitle")}</h2>
        <QueryView
          query={query}
          isEmpty={(data) => data.length === 0}
          empty={<Empty message={t("youth.dashboardEmpty")} />}
        >
          {() => (
            <table class="compact-table">
              <caption class="visually-hidden">{t("youth.dashboardTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col" class="numeric">
                    {t("table.rank")}
                  </th>
                  <th scope="col">{t("youth.base")}</th>
                  <th scope="col" class="numeric">
                    {t("youth.volunteers")}
                  </th>
                  <th scope="col" class="numeric">
                    {t("youth.sessionsHeld")}
                  </th>
                  <th scope="col" class="numeric">
                    {t("youth.peopleHelped")}
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={rows().slice(0, shown)}>
                  {(base) => (
                    <tr>
                      <td class="numeric">{base.rank}</td>
                      <th scope="row">{base.organizationName}</th>
                      <td class="numeric">{number(base.volunteers)}</td>
                      <td class="numeric">{number(base.sessionsHeld)}</td>
                      <td class="numeric">{number(base.peopleHelped)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          )}
        </QueryView>
        <A href="/youth-campaigns">
          {rows().length > shown
            ? t("youth.dashboardAll", { count: number(rows().length) })
            : t("youth.dashboardLink")}
        </A>
      </section>
    </Show>
  )
}
