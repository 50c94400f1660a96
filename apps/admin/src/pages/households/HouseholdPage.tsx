/** One household: its details, its members, edit and delete (with confirmation). */
import { A, useNavigate, useParams } from "@solidjs/router"
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import { useApi } from "../../api/client"
import { households, people } from "../../api/registries"
import { useI18n } from "../../i18n/I18n"
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
  const household = useQuery(() => ({
    queryKey: ["households", params.id],
    queryFn: () => households.get(api, params.id),
  }))
  const members = useQuery(() => ({
    queryKey: ["people", { householdId: params.id }],
    queryFn: () => people.list(api, { householdId: params.id, pageSize: "100" }),
  }))
  const i18n = useI18n()
  return (
    <section class="page narrow">
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
    </section>
  )
}
