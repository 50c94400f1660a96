/** Classes: upcoming and past, by unit, audience and status; schedule a new one. */
import * as Class from "@bdhv/domain/Class"
import { A } from "@solidjs/router"
import { useQuery } from "@tanstack/solid-query"
import { useApi } from "../../api/client"
import { classes } from "../../api/registries"
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

export default function ClassesPage() {
  const { t, pick, dateTime, number } = useI18n()
  const api = useApi()
  const units = useUnits()
  const list = useListQuery()
  const query = useQuery(() => ({
    queryKey: ["classes", toApiQuery(list.query())],
    queryFn: () => classes.list(api, toApiQuery(list.query())),
    placeholderData: (previous) => previous,
  }))
  return (
    <section class="page">
      <div class="page-header">
        <h1>{t("nav.classes")}</h1>
        <div class="actions">
          <CsvLink list="classes" query={toApiQuery(list.query())} />
          <A href="/classes/new" class="button button-primary">
            {t("class.new")}
          </A>
        </div>
      </div>
      <div class="toolbar">
        <SearchBox label={t("class.search")} value={list.query().q} onSearch={list.setSearch} />
        <UnitSelect
          label={t("unit.picker")}
          value={list.query().filters.unitId ?? ""}
          onChange={(v) => list.setFilter("unitId", v)}
        />
        <SelectField
          label={t("class.audience")}
          value={(list.query().filters.audience ?? "") as Class.Audience | ""}
          onChange={(v) => list.setFilter("audience", v)}
          placeholder={t("common.all")}
          options={Class.Audience.literals.map((a) => ({ value: a, label: pick(Class.audienceNames[a]) }))}
        />
        <SelectField
          label={t("class.status")}
          value={(list.query().filters.status ?? "") as Class.ClassStatus | ""}
          onChange={(v) => list.setFilter("status", v)}
          placeholder={t("common.all")}
          options={Class.ClassStatus.literals.map((s) => ({ value: s, label: t(`classStatus.${s}`) }))}
        />
      </div>
      <QueryView
        query={query}
        isEmpty={(data) => data.total === 0}
        empty={
          <Empty message={t("class.empty")}>
            <A href="/classes/new" class="button">
              {t("class.new")}
            </A>
          </Empty>
        }
      >
        {(data) => (
          <>
            <DataTable
              caption={t("nav.classes")}
              rows={data.items}
              href={(row) => `/classes/${row.id}`}
              columns={[
                { header: t("class.title"), cell: (row) => row.title },
                { header: t("class.startsAt"), cell: (row) => dateTime(row.startsAt) },
                { header: t("class.unit"), cell: (row) => units.label(row.unitId) },
                { header: t("class.audience"), cell: (row) => pick(Class.audienceNames[row.audience]) },
                {
                  header: t("class.seats"),
                  numeric: true,
                  cell: (row) =>
                    row.enrolled === undefined
                      ? number(row.capacity)
                      : `${number(row.enrolled)}/${number(row.capacity)}`,
                },
                { header: t("class.status"), cell: (row) => t(`classStatus.${row.status}`) },
              ]}
            />
            <ListPagination data={data} onPage={list.setPage} onCursor={list.setCursor} />
          </>
        )}
      </QueryView>
    </section>
  )
}
