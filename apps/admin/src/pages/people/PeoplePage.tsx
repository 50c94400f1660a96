/**
 * The people registry: accent-insensitive name search or a phone number in any spelling, filters by
 * village, group and VNeID level.
 */
import * as Person from "@bdhv/domain/Person"
import { A } from "@solidjs/router"
import { useQuery } from "@tanstack/solid-query"
import { useApi } from "../../api/client"
import { people } from "../../api/registries"
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
import { birthText, vneidText } from "./personText"

export default function PeoplePage() {
  const i18n = useI18n()
  const { t, pick } = i18n
  const api = useApi()
  const units = useUnits()
  const list = useListQuery()
  const query = useQuery(() => ({
    queryKey: ["people", toApiQuery(list.query())],
    queryFn: () => people.list(api, toApiQuery(list.query())),
    placeholderData: (previous) => previous,
  }))
  return (
    <section class="page">
      <div class="page-header">
        <h1>{t("nav.people")}</h1>
        <div class="actions">
          <CsvLink list="people" query={toApiQuery(list.query())} />
          <A href="/people/new" class="button button-primary">
            {t("person.new")}
          </A>
        </div>
      </div>
      <div class="toolbar">
        <SearchBox label={t("person.searchPhone")} value={list.query().q} onSearch={list.setSearch} />
        <UnitSelect
          label={t("unit.picker")}
          value={list.query().filters.unitId ?? ""}
          onChange={(v) => list.setFilter("unitId", v)}
        />
        <SelectField
          label={t("person.group")}
          value={(list.query().filters.group ?? "") as Person.GroupTag | ""}
          onChange={(v) => list.setFilter("group", v)}
          placeholder={t("common.all")}
          options={(Object.keys(Person.groupNames) as Array<Person.GroupTag>).map((tag) => ({
            value: tag,
            label: pick(Person.groupNames[tag]),
          }))}
        />
        <SelectField
          label={t("person.vneid")}
          value={(list.query().filters.vneidLevel ?? "") as "" | "0" | "1" | "2"}
          onChange={(v) => list.setFilter("vneidLevel", v)}
          placeholder={t("common.all")}
          options={[
            { value: "0", label: t("person.vneid0") },
            { value: "1", label: t("person.vneid1") },
            { value: "2", label: t("person.vneid2") },
          ]}
        />
      </div>
      <QueryView
        query={query}
        isEmpty={(data) => data.total === 0}
        empty={<Empty message={list.query().q === "" ? t("person.empty") : t("common.noMatch")} />}
      >
        {(data) => (
          <>
            <DataTable
              caption={t("nav.people")}
              rows={data.items}
              href={(row) => `/people/${row.id}`}
              columns={[
                { header: t("person.fullName"), cell: (row) => row.fullName },
                { header: t("person.birth"), cell: (row) => birthText(i18n, row.birth) },
                { header: t("person.unit"), cell: (row) => units.label(row.unitId) },
                { header: t("person.vneid"), cell: (row) => vneidText(i18n, row.vneidLevel) },
                {
                  header: t("person.bankShort"),
                  cell: (row) => (row.hasDigitalBankAccount ? t("common.yes") : t("common.no")),
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
