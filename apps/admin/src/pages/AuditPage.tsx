/**
 * The audit log, for district admins: who changed what, when, with the values before and after — in
 * words: the kind of record and the action as the domain names them (`Audit`), the record by its name
 * (linked to its page where it has one), the actor by name and email; the detail of an entry lists the
 * fields it changed by their names ("Họ và tên: Nguyễn Văn An → Nguyễn Văn Ân"), units by name.
 */
import * as Access from "@bdhv/domain/Access"
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

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value)
const isInstant = (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)

/** The fields that refer to another record with a page of its own: the detail links there. */
const referencePages: Readonly<Record<string, string>> = {
  householdId: "/households",
  personId: "/people",
  classId: "/classes",
  teamId: "/teams",
  guideId: "/guides",
  organizationId: "/organizations",
  schoolId: "/organizations",
}

/** The fields an entry changed, each by its name, with its value before and after in words. */
const AuditChanges = (props: { readonly entry: AuditEntry }) => {
  const { t, pick, date, dateTime, number } = useI18n()
  const changes = () => Audit.changes(props.entry.before, props.entry.after)
  const hasBefore = () => props.entry.before !== null && props.entry.before !== undefined
  const hasAfter = () => props.entry.after !== null && props.entry.after !== undefined
  const roles: ReadonlySet<string> = new Set(Access.roles)
  /** A value as a reader says it: a unit's name, a role's, a date in Vietnam's format, yes or no. */
  const inWords = (field: string, value: unknown): string => {
    if (value === undefined || value === null || value === "") return t("common.none")
    if (typeof value === "boolean") return value ? t("common.yes") : t("common.no")
    // A year is a name, not an amount: "1992", never "1.992".
    if (typeof value === "number") return /year$/i.test(field) ? String(value) : number(value)
    if (typeof value === "string") {
      if (Audit.unitFields.has(field)) return props.entry.unitNames[value] ?? value
      if (field === "role" && roles.has(value)) return t(`role.${value as Access.Role}`)
      if (field === "sex" && (value === "female" || value === "male")) return t(`person.${value}`)
      if (isDate(value)) return date(value)
      if (isInstant(value)) return dateTime(value)
      return value
    }
    if (Array.isArray(value) && value.length === 0) return t("common.none")
    if (Array.isArray(value))
      return value.every((item) => typeof item === "string" || typeof item === "number")
        ? field.endsWith("Ids")
          ? t("audit.count", { count: value.length })
          : value.map((item) => inWords(field, item)).join(", ")
        : t("audit.count", { count: value.length })
    return Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${pick(Audit.fieldName(key))}: ${inWords(key, inner)}`)
      .join("; ")
  }
  /** A value, or for a reference to another record a link to it ("Xem bản ghi") rather than its id. */
  const Value = (valueProps: { readonly field: string; readonly value: unknown }) => {
    const page = referencePages[valueProps.field]
    const value = valueProps.value
    return page !== undefined && typeof value === "string" && value !== "" ? (
      <A href={`${page}/${encodeURIComponent(value)}`}>{t("audit.openRecord")}</A>
    ) : (
      inWords(valueProps.field, value)
    )
  }
  return (
    <Show when={changes().length > 0} fallback={<span class="muted">{t("common.none")}</span>}>
      <details class="audit-change">
        <summary>
          {t("common.details")} · {t("audit.fields", { count: changes().length })}
        </summary>
        <dl class="audit-fields">
          <For each={changes()}>
            {(change) => (
              <div>
                <dt>{pick(Audit.fieldName(change.field))}</dt>
                <dd>
                  {/* A new record's values, or a removed one's, alone; a change's as before → after. */}
                  <Show when={hasBefore()}>
                    <span class="audit-before" classList={{ "audit-replaced": hasAfter() }}>
                      <Show when={hasAfter()}>
                        <span class="visually-hidden">{t("audit.before")}: </span>
                      </Show>
                      <Value field={change.field} value={change.before} />
                    </span>
                  </Show>
                  <Show when={hasBefore() && hasAfter()}>
                    <span aria-hidden="true"> → </span>
                  </Show>
                  <Show when={hasAfter()}>
                    <span class="audit-after">
                      <Show when={hasBefore()}>
                        <span class="visually-hidden">{t("audit.after")}: </span>
                      </Show>
                      <Value field={change.field} value={change.after} />
                    </span>
                  </Show>
                </dd>
              </div>
            )}
          </For>
        </dl>
      </details>
    </Show>
  )
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
                          <AuditChanges entry={entry} />
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
