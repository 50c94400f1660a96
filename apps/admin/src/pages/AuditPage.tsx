/** The audit log, for district admins: who changed what, when, with the values before and after. */
import { useQuery } from "@tanstack/solid-query"
import { For, Show } from "solid-js"
import { useApi } from "../api/client"
import { auditLog } from "../api/typed"
import { useI18n } from "../i18n/I18n"
import { toApiQuery, useListQuery } from "../registry/listParams"
import { SelectField, TextField } from "../ui/Field"
import { ListPagination } from "../ui/Pagination"
import { Empty, QueryView } from "../ui/States"

/** The actions the API records, each named in the catalogue. */
const actions = [
  "create",
  "update",
  "delete",
  "link",
  "import",
  "export",
  "erase",
  "login",
  "logout",
  "password_change",
  "password_reset",
] as const
type Action = (typeof actions)[number]
const isAction = (action: string): action is Action => (actions as ReadonlyArray<string>).includes(action)

const entities = [
  "household",
  "person",
  "organization",
  "class",
  "enrollment",
  "skill_record",
  "guide",
  "support_staff",
  "team",
  "visit",
  "post",
  "event",
  "target",
  "unit",
  "user",
] as const

export default function AuditPage() {
  const { t, dateTime } = useI18n()
  const api = useApi()
  const list = useListQuery(50)
  const query = useQuery(() => ({
    queryKey: ["audit", toApiQuery(list.query())],
    queryFn: () => auditLog(api, toApiQuery(list.query())),
    placeholderData: (previous) => previous,
  }))
  return (
    <section class="page">
      <h1>{t("nav.audit")}</h1>
      <div class="toolbar">
        <SelectField
          label={t("audit.entity")}
          value={list.query().filters.entity ?? ""}
          onChange={(v) => list.setFilter("entity", v)}
          placeholder={t("common.all")}
          options={entities.map((entity) => ({ value: entity, label: entity }))}
        />
        <SelectField
          label={t("audit.action")}
          value={(list.query().filters.action ?? "") as "" | Action}
          onChange={(v) => list.setFilter("action", v)}
          placeholder={t("common.all")}
          options={actions.map((action) => ({
            value: action,
            label: t(`audit.${action}`),
          }))}
        />
        <TextField
          label={t("audit.from")}
          type="date"
          value={list.query().filters.from ?? ""}
          onInput={(v) => list.setFilter("from", v)}
        />
        <TextField
          label={t("audit.to")}
          type="date"
          value={list.query().filters.to ?? ""}
          onInput={(v) => list.setFilter("to", v)}
        />
      </div>
      <QueryView
        query={query}
        isEmpty={(data) => data.total === 0}
        empty={<Empty message={t("audit.empty")} />}
      >
        {(data) => (
          <>
            <div class="table-wrap">
              <table class="data-table">
                <caption class="visually-hidden">{t("nav.audit")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("audit.at")}</th>
                    <th scope="col">{t("audit.actor")}</th>
                    <th scope="col">{t("audit.action")}</th>
                    <th scope="col">{t("audit.entity")}</th>
                    <th scope="col">{t("audit.change")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={data.items}>
                    {(entry) => (
                      <tr>
                        <td data-label={t("audit.at")}>{dateTime(entry.at)}</td>
                        <td data-label={t("audit.actor")}>
                          {entry.actorName ?? entry.actorId ?? t("common.none")}
                        </td>
                        <td data-label={t("audit.action")}>
                          {isAction(entry.action) ? t(`audit.${entry.action}`) : entry.action}
                        </td>
                        <td data-label={t("audit.entity")}>
                          {entry.entity} <span class="muted small">{entry.entityId}</span>
                        </td>
                        <td data-label={t("audit.change")}>
                          <details class="audit-change">
                            <summary>{t("common.details")}</summary>
                            <Show when={entry.before !== null && entry.before !== undefined}>
                              <p class="small">{t("audit.before")}</p>
                              <pre>{JSON.stringify(entry.before, null, 1)}</pre>
                            </Show>
                            <Show when={entry.after !== null && entry.after !== undefined}>
                              <p class="small">{t("audit.after")}</p>
                              <pre>{JSON.stringify(entry.after, null, 1)}</pre>
                            </Show>
                          </details>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
            <ListPagination data={data} onPage={list.setPage} onCursor={list.setCursor} />
          </>
        )}
      </QueryView>
    </section>
  )
}
