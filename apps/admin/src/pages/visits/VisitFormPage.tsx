/**
 * Logging a visit at a household, on a phone, in under a minute: tick who was helped, what was gone
 * through, who now has a level-2 VNeID or a digital bank account, save. Validated by the domain's
 * Visit (everyone updated must be among the people helped). The household and its members come from
 * the team's snapshot, so the form works with no signal; a team leader's visit goes to the phone's
 * outbox with a key made here and is sent at once when online, or when the network returns.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Team from "@bdhv/domain/Team"
import * as Topic from "@bdhv/domain/Topic"
import { useNavigate, useSearchParams } from "@solidjs/router"
import { useQueryClient } from "@tanstack/solid-query"
import { For, Show } from "solid-js"
import { useApi } from "../../api/client"
import { visits } from "../../api/registries"
import { createForm } from "../../forms/createForm"
import { useI18n } from "../../i18n/I18n"
import { useOffline, useTeamSnapshot } from "../../offline/Offline"
import type { OfflineMember, VisitInput } from "../../offline/offlineApi"
import { CheckboxField, CheckboxGroup, TextField } from "../../ui/Field"
import { Empty, QueryView } from "../../ui/States"

interface Values {
  date: string
  helpedIds: ReadonlyArray<string>
  topicIds: ReadonlyArray<string>
  vneidLevel2Ids: ReadonlyArray<string>
  digitalBankIds: ReadonlyArray<string>
}

/** Practical topics first: what a door-to-door visit usually goes through. */
const topicsForVisits = [...Topic.catalogue].sort(
  (a, b) => Number(b.kind === "practical") - Number(a.kind === "practical"),
)

const toggle = (list: ReadonlyArray<string>, id: string, on: boolean) =>
  on ? [...new Set([...list, id])] : list.filter((x) => x !== id)

export default function VisitFormPage() {
  const { t, pick } = useI18n()
  const api = useApi()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const offline = useOffline()
  const [params] = useSearchParams<{ household?: string; team?: string }>()
  const kept = useTeamSnapshot(() => params.team)
  const household = () => kept.data?.snapshot.households.find((h) => h.householdId === params.household)
  const members = () => kept.data?.snapshot.members.filter((m) => m.householdId === params.household) ?? []
  const unitName = (unitId: string) => kept.data?.snapshot.units.find((u) => u.id === unitId)?.name ?? ""
  const form = createForm({
    initial: {
      date: CalendarDate.fromInstant(Date.now()),
      helpedIds: [],
      topicIds: [],
      vneidLevel2Ids: [],
      digitalBankIds: [],
    } as Values,
    schema: Team.Visit,
    fields: ["date", "helpedIds", "topicIds", "vneidLevel2Ids", "digitalBankIds"],
    toInput: (values) => ({
      id: "draft",
      teamId: params.team ?? "",
      householdId: params.household ?? "",
      ...values,
    }),
  })
  const setHelped = (person: OfflineMember, on: boolean) => {
    form.set("helpedIds", toggle(form.values.helpedIds, person.id, on))
    if (!on) {
      form.set("vneidLevel2Ids", toggle(form.values.vneidLevel2Ids, person.id, false))
      form.set("digitalBankIds", toggle(form.values.digitalBankIds, person.id, false))
    }
  }
  const save = form.submit(async (_, input) => {
    const { id: _draft, ...body } = input as Values & { id: string } & VisitInput
    const seen = household()
    if (offline.keeps() && seen !== undefined) {
      const outcome = await offline.record({
        kind: "visit",
        key: crypto.randomUUID(),
        recordedAt: Date.now(),
        seenUnitId: seen.unitId,
        householdLabel: `${seen.name} · ${seen.code}`,
        visit: body,
      })
      const shown = outcome === "applied" ? "&saved=1" : outcome === "waiting" ? "&queued=1" : ""
      navigate(`/visits?team=${params.team ?? ""}${shown}`, { replace: true })
      return
    }
    await visits.create(api, body)
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ["worklist"] }),
      queryClient.invalidateQueries({ queryKey: ["visits"] }),
      queryClient.invalidateQueries({ queryKey: ["people"] }),
      queryClient.invalidateQueries({ queryKey: ["indicators"] }),
    ])
    navigate(`/visits?team=${params.team ?? ""}&saved=1`, { replace: true })
  })
  return (
    <section class="page narrow">
      <h1>{t("visit.title")}</h1>
      <QueryView query={kept}>
        {() => (
          <Show when={household()} fallback={<Empty message={t("offline.householdMissing")} />}>
            {(item) => (
              <p class="muted">
                {item().name} · {t("household.title")} {item().code} · {unitName(item().unitId)}
                {item().address === null ? "" : ` · ${item().address}`}
              </p>
            )}
          </Show>
        )}
      </QueryView>
      <Show when={!offline.online()}>
        <p class="notice notice-warning" role="status">
          {t("offline.formHelp")}
        </p>
      </Show>
      <form class="form" onSubmit={save} novalidate>
        <h2>{t("visit.whoHelped")}</h2>
        <QueryView
          query={kept}
          isEmpty={() => members().length === 0}
          empty={<Empty message={t("household.noMembers")} />}
        >
          {() => (
            <ul class="visit-members">
              <For each={members()}>
                {(person) => {
                  const helped = () => form.values.helpedIds.includes(person.id)
                  return (
                    <li class="card" classList={{ "visit-helped": helped() }}>
                      <CheckboxField
                        label={person.fullName}
                        checked={helped()}
                        onChange={(on) => setHelped(person, on)}
                      />
                      <Show when={helped()}>
                        <div class="visit-updates">
                          <Show
                            when={person.vneidLevel < 2}
                            fallback={<span class="muted small">{t("visit.hasVneid")}</span>}
                          >
                            <CheckboxField
                              label={t("visit.gotVneid")}
                              checked={form.values.vneidLevel2Ids.includes(person.id)}
                              onChange={(on) =>
                                form.set("vneidLevel2Ids", toggle(form.values.vneidLevel2Ids, person.id, on))
                              }
                            />
                          </Show>
                          <Show
                            when={!person.hasDigitalBankAccount}
                            fallback={<span class="muted small">{t("visit.hasBank")}</span>}
                          >
                            <CheckboxField
                              label={t("visit.gotBank")}
                              checked={form.values.digitalBankIds.includes(person.id)}
                              onChange={(on) =>
                                form.set("digitalBankIds", toggle(form.values.digitalBankIds, person.id, on))
                              }
                            />
                          </Show>
                        </div>
                      </Show>
                    </li>
                  )
                }}
              </For>
            </ul>
          )}
        </QueryView>
        <Show when={form.error("helpedIds")}>
          <p class="field-error" role="alert">
            {form.error("helpedIds")}
          </p>
        </Show>
        <CheckboxGroup
          legend={t("visit.topics")}
          options={topicsForVisits.map((topic) => ({ value: topic.id as string, label: pick(topic.name) }))}
          values={form.values.topicIds}
          onChange={(v) => form.set("topicIds", v)}
          error={form.error("topicIds")}
        />
        <TextField
          label={t("visit.date")}
          type="date"
          required
          value={form.values.date}
          onInput={(v) => form.set("date", v)}
          error={form.error("date")}
        />
        <Show when={form.formError()}>
          <p class="form-error" role="alert">
            {form.formError()}
          </p>
        </Show>
        <div class="form-actions sticky-actions">
          <button type="button" class="button" onClick={() => history.back()}>
            {t("common.cancel")}
          </button>
          <button type="submit" class="button button-primary" disabled={form.pending()}>
            {form.pending() ? t("common.saving") : t("visit.save")}
          </button>
        </div>
      </form>
    </section>
  )
}
