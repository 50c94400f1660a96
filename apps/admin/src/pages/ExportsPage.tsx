/**
 * Exports: the periodic indicator report by unit as XLSX (the table a commune sends up to the
 * district) and any list as CSV. Plain links: the browser downloads with the session cookie; each
 * names the app's language, which a link cannot send as Accept-Language.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import { createSignal, For } from "solid-js"
import { useI18n } from "../i18n/I18n"
import type { MessageKey } from "../i18n/vi"
import { UnitSelect } from "../registry/UnitSelect"
import { useSession } from "../session/Session"
import { TextField } from "../ui/Field"

const lists: ReadonlyArray<{ readonly resource: string; readonly label: MessageKey }> = [
  { resource: "households", label: "nav.households" },
  { resource: "people", label: "nav.people" },
  { resource: "classes", label: "nav.classes" },
  { resource: "visits", label: "nav.visits" },
  { resource: "guides", label: "nav.guides" },
  { resource: "support-staff", label: "nav.supportStaff" },
  { resource: "organizations", label: "nav.organizations" },
  { resource: "teams", label: "nav.teams" },
  { resource: "posts", label: "communication.posts" },
  { resource: "events", label: "communication.events" },
  { resource: "targets", label: "nav.targets" },
]

export default function ExportsPage() {
  const { t, locale } = useI18n()
  const session = useSession()
  const [unitId, setUnitId] = createSignal(session.user()?.unitId ?? "")
  const [asOf, setAsOf] = createSignal<string>(CalendarDate.fromInstant(Date.now()))
  const query = () => {
    const params = new URLSearchParams({ asOf: asOf(), lang: locale() })
    if (unitId() !== "") params.set("unitId", unitId())
    return params.toString()
  }
  const listQuery = () => {
    const params = new URLSearchParams({ lang: locale() })
    if (unitId() !== "") params.set("unitId", unitId())
    return params.toString()
  }
  return (
    <section class="page narrow">
      <h1>{t("nav.exports")}</h1>
      <div class="card">
        <h2>{t("export.report")}</h2>
        <p class="muted">{t("export.reportHint")}</p>
        <div class="form-row">
          <UnitSelect label={t("unit.picker")} value={unitId()} onChange={setUnitId} />
          <TextField label={t("unit.asOf")} type="date" required value={asOf()} onInput={setAsOf} />
        </div>
        <a class="button button-primary" href={`/api/exports/report.xlsx?${query()}`} download="">
          {t("export.downloadReport")}
        </a>
      </div>
      <div class="card section-gap">
        <h2>{t("export.lists")}</h2>
        <p class="muted">{t("export.listsHint")}</p>
        <ul class="plain-list">
          <For each={lists}>
            {(list) => (
              <li>
                <a href={`/api/exports/${list.resource}.csv?${listQuery()}`} download="">
                  {t(list.label)} (CSV)
                </a>
              </li>
            )}
          </For>
        </ul>
      </div>
    </section>
  )
}
