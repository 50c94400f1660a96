/**
 * One household: its details, its members, edit and delete (with confirmation). With no network, a
 * team leader sees the household and its members as the team's snapshot kept them on the phone
 * (phones masked as the server masks them), so the household page opens from the worklist offline.
 */
import { A, useNavigate, useParams } from "@solidjs/router"
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import { Show } from "solid-js"
import { OfflineError } from "../../api/ApiError"
import { useApi } from "../../api/client"
import { households, people } from "../../api/registries"
import { useI18n } from "../../i18n/I18n"
import { useOffline } from "../../offline/Offline"
import * as OfflineStore from "../../offline/OfflineStore"
import { useUnits } from "../../registry/units"
import { ConfirmDialog } from "../../ui/ConfirmDialog"
import { DataTable } from "../../ui/DataTable"
import { Empty, QueryView } from "../../ui/States"
import { birthText, vneidText } from "../people/personText"

export default function HouseholdPage() {
  const { t } = useI18n()
  const api = useApi()
  const params = useParams<{ id: string }>()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const units = useUnits()
  const offline = useOffline()
  // Asked with or without a network, so that offline the page falls back to what the phone keeps.
  const retry = (failures: number, error: Error) => !(error instanceof OfflineError) && failures < 2
  const household = useQuery(() => ({
    queryKey: ["households", params.id],
    queryFn: () => households.get(api, params.id),
    networkMode: "always" as const,
    retry,
  }))
  const members = useQuery(() => ({
    queryKey: ["people", { householdId: params.id }],
    queryFn: () => people.list(api, { householdId: params.id, pageSize: "100" }),
    networkMode: "always" as const,
    retry,
  }))
  const offlineCopy = () => household.error instanceof OfflineError && offline.keeps()
  const kept = useQuery(() => ({
    queryKey: ["offline-household", params.id],
    networkMode: "always" as const,
    enabled: offlineCopy(),
    queryFn: () => keptHousehold(params.id),
  }))
  const i18n = useI18n()
  return (
    <section class="page narrow">
      <Show when={offlineCopy()}>
        <QueryView
          query={kept}
          isEmpty={(data) => data === null}
          empty={<Empty message={t("household.offlineMissing")} />}
        >
          {(data) => <KeptHouseholdView kept={data!} />}
        </QueryView>
      </Show>
      <Show when={!offlineCopy()}>
        <QueryView query={household}>
          {(item) => (
            <>
              <div class="page-header">
                <h1>
                  {t("household.title")} {item.code}
                </h1>
                <div class="actions">
                  <A href={`/households/${item.id}/edit`} class="button">
                    {t("common.edit")}
                  </A>
                  <ConfirmDialog
                    trigger={t("common.delete")}
                    title={t("household.delete")}
                    description={t("common.confirmDelete", { name: item.code })}
                    confirm={t("common.delete")}
                    onConfirm={async () => {
                      await households.remove(api, item.id, item.version)
                      await queryClient.invalidateQueries({ queryKey: ["households"] })
                      navigate("/households", { replace: true })
                    }}
                  />
                </div>
              </div>
              <dl class="details card">
                <dt>{t("household.code")}</dt>
                <dd>{item.code}</dd>
                <dt>{t("household.unit")}</dt>
                <dd>{units.label(item.unitId)}</dd>
                <dt>{t("household.head")}</dt>
                <dd>{item.headName ?? t("common.none")}</dd>
                <dt>{t("household.address")}</dt>
                <dd>{item.address ?? t("common.none")}</dd>
                <dt>{t("household.remote")}</dt>
                <dd>{item.isRemote ? t("common.yes") : t("common.no")}</dd>
              </dl>
              <div class="page-header section-gap">
                <h2>{t("household.members")}</h2>
                <A href={`/people/new?householdId=${item.id}&unitId=${item.unitId}`} class="button">
                  {t("household.addMember")}
                </A>
              </div>
              <QueryView
                query={members}
                isEmpty={(data) => data.total === 0}
                empty={<Empty message={t("household.noMembers")} />}
              >
                {(data) => (
                  <DataTable
                    caption={t("household.members")}
                    rows={data.items}
                    href={(row) => `/people/${row.id}`}
                    columns={[
                      { header: t("person.fullName"), cell: (row) => row.fullName },
                      { header: t("person.birth"), cell: (row) => birthText(i18n, row.birth) },
                      { header: t("person.vneid"), cell: (row) => vneidText(i18n, row.vneidLevel) },
                      {
                        header: t("person.bank"),
                        cell: (row) => (row.hasDigitalBankAccount ? t("common.yes") : t("common.no")),
                      },
                    ]}
                  />
                )}
              </QueryView>
            </>
          )}
        </QueryView>
      </Show>
    </section>
  )
}

/** The household and its members as a team's snapshot on this phone keeps them, or `null`. */
const keptHousehold = async (householdId: string) => {
  for (const { snapshot, savedAt } of await OfflineStore.loadSnapshots()) {
    const found = snapshot.households.find((h) => h.householdId === householdId)
    if (found !== undefined)
      return {
        household: found,
        members: snapshot.members.filter((m) => m.householdId === householdId),
        unitName: snapshot.units.find((u) => u.id === found.unitId)?.name ?? "",
        savedAt,
      }
  }
  return null
}

type KeptHousehold = NonNullable<Awaited<ReturnType<typeof keptHousehold>>>

const KeptHouseholdView = (props: { readonly kept: KeptHousehold }) => {
  const i18n = useI18n()
  const { t, dateTime } = i18n
  const item = () => props.kept.household
  return (
    <>
      <p class="notice notice-warning offline-banner" role="status">
        {t("household.offlineCopy", { time: dateTime(new Date(props.kept.savedAt).toISOString()) })}
      </p>
      <h1>
        {t("household.title")} {item().code}
      </h1>
      <dl class="details card">
        <dt>{t("household.code")}</dt>
        <dd>{item().code}</dd>
        <dt>{t("household.unit")}</dt>
        <dd>{props.kept.unitName}</dd>
        <dt>{t("household.head")}</dt>
        <dd>{item().name}</dd>
        <dt>{t("household.address")}</dt>
        <dd>{item().address ?? t("common.none")}</dd>
        <dt>{t("household.remote")}</dt>
        <dd>{item().remote ? t("common.yes") : t("common.no")}</dd>
      </dl>
      <h2 class="section-gap">{t("household.members")}</h2>
      <Show when={props.kept.members.length > 0} fallback={<Empty message={t("household.noMembers")} />}>
        <DataTable
          caption={t("household.members")}
          rows={props.kept.members}
          columns={[
            { header: t("person.fullName"), cell: (row) => row.fullName },
            { header: t("person.vneid"), cell: (row) => vneidText(i18n, row.vneidLevel) },
            {
              header: t("person.bank"),
              cell: (row) => (row.hasDigitalBankAccount ? t("common.yes") : t("common.no")),
            },
            { header: t("household.phone"), cell: (row) => row.phone ?? t("common.none") },
          ]}
        />
      </Show>
    </>
  )
}
