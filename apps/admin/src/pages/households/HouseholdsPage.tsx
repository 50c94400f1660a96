/**
 * The household registry: search by code, address, or a member's name or phone number (with or without
 * accents), each household with its head and, in a search, the member that matched highlighted; filter
 * by village and remoteness, page.
 */
import { A } from "@solidjs/router"
import { useQuery } from "@tanstack/solid-query"
import { Show } from "solid-js"
import { useApi } from "../../api/client"
import { households } from "../../api/registries"
import { useI18n } from "../../i18n/I18n"
import { toApiQuery, useListQuery } from "../../registry/listParams"
import { UnitSelect } from "../../registry/UnitSelect"
import { useUnits } from "../../registry/units"
import { CsvLink } from "../../ui/CsvLink"
import { DataTable } from "../../ui/DataTable"
import { SelectField } from "../../ui/Field"
import { ListPagination } from "../../ui/Pagination"
import { SearchBox } from "../../ui/SearchBox"
import { Empty, QueryView } from "../../ui/States"

export default function HouseholdsPage() {
  const { t } = useI18n()
  const api = useApi()
  const units = useUnits()
  const list = useListQuery()
  const query = useQuery(() => ({
    queryKey: ["households", toApiQuery(list.query())],
    queryFn: () => households.list(api, toApiQuery(list.query())),
    placeholderData: (previous) => previous,
  }))
  return (
    <section class="page">
      <div class="page-header">
        <h1>{t("nav.households")}</h1>
        <div class="actions">
          <CsvLink list="households" query={toApiQuery(list.query())} />
          <A href="/households/new" class="button button-primary">
            {t("household.new")}
          </A>
        </div>
      </div>
      <div class="toolbar">
        <SearchBox label={t("household.searchMembers")} value={list.query().q} onSearch={list.setSearch} />
        <UnitSelect
          label={t("unit.picker")}
          value={list.query().filters.unitId ?? ""}
          onChange={(v) => list.setFilter("unitId", v)}
        />
        <SelectField
          label={t("household.remote")}
          value={(list.query().filters.isRemote ?? "") as "" | "true" | "false"}
          onChange={(v) => list.setFilter("isRemote", v)}
          placeholder={t("common.all")}
          options={[
            { value: "true", label: t("common.yes") },
            { value: "false", label: t("common.no") },
          ]}
        />
      </div>
      <QueryView
        query={query}
        isEmpty={(data) => data.total === 0}
        empty={
          <Empty message={list.query().q === "" ? t("household.empty") : t("common.noMatch")}>
            <Show when={list.query().q === ""}>
              <A href="/households/new" class="button">
                {t("household.new")}
              </A>
            </Show>
          </Empty>
        }
      >
        {(data) => (
          <>
            <DataTable
              caption={t("nav.households")}
              rows={data.items}
              href={(row) => `/households/${row.id}`}
              columns={[
                { header: t("household.code"), cell: (row) => row.code },
                {
                  header: t("household.head"),
                  cell: (row) => (
                    <span class="head-cell">
                      <Show
                        when={row.matchedMember?.id === row.headId}
                        fallback={row.headName ?? t("common.none")}
                      >
                        <mark class="search-match">{row.headName}</mark>
                      </Show>
                      <Show when={row.matchedMember !== undefined && row.matchedMember.id !== row.headId}>
                        <span class="matched-member">
                          {t("household.matchedMember")}{" "}
                          <mark class="search-match">{row.matchedMember?.fullName}</mark>
                        </span>
                      </Show>
                    </span>
                  ),
                },
                { header: t("household.unit"), cell: (row) => units.label(row.unitId) },
                { header: t("household.address"), cell: (row) => row.address ?? t("common.none") },
                {
                  header: t("household.remote"),
                  cell: (row) => (row.isRemote ? t("common.yes") : t("common.no")),
                },
              ]}
            />
            <ListPagination data={data} onPage={list.setPage} onCursor={list.setCursor} />
          </>
        )}
      </QueryView>
    </section>
  )
}
