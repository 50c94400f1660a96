/**
 * The audit log, for district admins: who changed what, when, with the values before and after — in
 * words: the kind of record and the action as the domain names them (`Audit`), the record by its name
 * (linked to its page where it has one), the actor by name and email.
 */
import * as Audit from "@bdhv/domain/Audit"
import { A } from "@solidjs/router"
import { useQuery } from "@tanstack/solid-query"
import { For, Show } from "solid-js"
import { useApi } from "../api/client"
import { type AuditEntry, auditLog } from "../api/typed"
import { useI18n } from "../i18n/I18n"
import { toApiQuery, useListQuery } from "../registry/listParams"
import { SelectField, TextField } from "../ui/Field"
import { ListPagination } from "../ui/Pagination"
import { Empty, QueryView } from "../ui/States"

const entities = Object.keys(Audit.entityNames) as ReadonlyArray<Audit.Entity>
const actions = Object.keys(Audit.actionNames) as ReadonlyArray<Audit.Action>

/** The admin page of a kind of record, where it has one. */
const pageOf: Partial<Record<Audit.Entity, string>> = {
  household: "/households",
  person: "/people",
  class: "/classes",
  organization: "/organizations",
  guide: "/guides",
  support_staff: "/support-staff",
  team: "/teams",
  visit: "/visits",
  post: "/posts",
  event: "/events",
  target: "/targets",
  user: "/users",
}

export default function AuditPage() {
  const { t, pick, dateTime } = useI18n()
  const recordHref = (entry: AuditEntry) => {
    const base = Audit.isEntity(entry.entity) ? pageOf[entry.entity] : undefined
    return base === undefined || entry.action === "delete" || entry.action === "erase"
      ? undefined
      : `${base}/${encodeURIComponent(entry.entityId)}`
  }
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
          options={entities.map((entity) => ({ value: entity, label: pick(Audit.entityNames[entity]) }))}
        />
        <SelectField
          label={t("audit.action")}
          value={(list.query().filters.action ?? "") as "" | Audit.Action}
          onChange={(v) => list.setFilter("action", v)}
          placeholder={t("common.all")}
          options={actions.map((action) => ({
            value: action,
            label: pick(Audit.actionNames[action]),
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
                    <th scope="col">{t("audit.record")}</th>
                    <th scope="col">{t("audit.change")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={data.items}>
                    {(entry) => (
                      <tr>
                        <td data-label={t("audit.at")}>{dateTime(entry.at)}</td>
                        <td data-label={t("audit.actor")}>
                          <Show when={entry.actorId !== null} fallback={t("audit.system")}>
                            <span>
                              {entry.actorName ?? entry.actorEmail}
                              <Show when={entry.actorName !== null && entry.actorEmail !== null}>
                                <span class="muted small audit-email">{entry.actorEmail}</span>
                              </Show>
                            </span>
                          </Show>
                        </td>
                        <td data-label={t("audit.action")}>{pick(Audit.actionName(entry.action))}</td>
                        <td data-label={t("audit.record")}>
                          <span>
                            {pick(Audit.entityName(entry.entity))}
                            <Show when={entry.recordName}>
                              {(name) => (
                                <>
                                  {" · "}
                                  <Show when={recordHref(entry)} fallback={<strong>{name()}</strong>}>
                                    {(href) => <A href={href()}>{name()}</A>}
                                  </Show>
                                </>
                              )}
                            </Show>
                          </span>
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
