/**
 * One person: details, the skills recorded for them and the core topics they still lack (judged by
 * the domain's Topic rules), edit and delete.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Person from "@bdhv/domain/Person"
import * as Topic from "@bdhv/domain/Topic"
import { A, useNavigate, useParams } from "@solidjs/router"
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import { For, Show } from "solid-js"
import { useApi } from "../../api/client"
import { households, people, skillRecords } from "../../api/registries"
import { useI18n } from "../../i18n/I18n"
import { useUnits } from "../../registry/units"
import { ConfirmDialog } from "../../ui/ConfirmDialog"
import { Empty, QueryView } from "../../ui/States"
import { birthText, sexText, vneidText } from "./personText"

const HouseholdLink = (props: { readonly id: string }) => {
  const { t } = useI18n()
  const api = useApi()
  const household = useQuery(() => ({
    queryKey: ["households", props.id],
    queryFn: () => households.get(api, props.id),
  }))
  return (
    <A href={`/households/${props.id}`}>
      {t("household.title")} {household.data?.code ?? ""}
    </A>
  )
}

export default function PersonPage() {
  const i18n = useI18n()
  const { t, pick, date } = i18n
  const api = useApi()
  const params = useParams<{ id: string }>()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const units = useUnits()
  const person = useQuery(() => ({
    queryKey: ["people", params.id],
    queryFn: () => people.get(api, params.id),
  }))
  const skills = useQuery(() => ({
    queryKey: ["skill-records", { personId: params.id }],
    queryFn: () => skillRecords.list(api, { personId: params.id, pageSize: "200" }),
  }))
  const topicName = (id: string) => {
    const topic = Topic.topicsById.get(id as Topic.TopicId)
    return topic === undefined ? id : pick(topic.name)
  }
  const missing = () =>
    Topic.missingTopics(
      (skills.data?.items ?? []).map((record) => record.topicId as Topic.TopicId),
      Topic.defaultCoreTopics,
    )
  return (
    <section class="page narrow">
      <QueryView query={person}>
        {(item) => (
          <>
            <div class="page-header">
              <h1>{item.fullName}</h1>
              <div class="actions">
                <A href={`/people/${item.id}/edit`} class="button">
                  {t("common.edit")}
                </A>
                <ConfirmDialog
                  trigger={t("common.delete")}
                  title={t("person.delete")}
                  description={t("common.confirmDelete", { name: item.fullName })}
                  confirm={t("common.delete")}
                  onConfirm={async () => {
                    await people.remove(api, item.id, item.version)
                    await queryClient.invalidateQueries({ queryKey: ["people"] })
                    navigate("/people", { replace: true })
                  }}
                />
              </div>
            </div>
            <dl class="details card">
              <dt>{t("person.birth")}</dt>
              <dd>
                {birthText(i18n, item.birth)} ({t("person.age")}{" "}
                {Person.ageAt(
                  {
                    birth:
                      "date" in item.birth
                        ? Person.bornOn(item.birth.date as CalendarDate.CalendarDate)
                        : Person.bornIn(item.birth.year),
                  },
                  CalendarDate.fromInstant(Date.now()),
                )}
                )
              </dd>
              <dt>{t("person.sex")}</dt>
              <dd>{sexText(i18n, item.sex)}</dd>
              <dt>{t("person.unit")}</dt>
              <dd>{units.label(item.unitId)}</dd>
              <dt>{t("person.household")}</dt>
              <dd>
                <Show when={item.householdId} fallback={t("common.none")}>
                  {(id) => <HouseholdLink id={id()} />}
                </Show>
              </dd>
              <dt>{t("person.groups")}</dt>
              <dd>
                {item.groups.map((g) => pick(Person.groupNames[g._tag])).join(", ") || t("common.none")}
              </dd>
              <dt>{t("person.vneid")}</dt>
              <dd>{vneidText(i18n, item.vneidLevel)}</dd>
              <dt>{t("person.bankShort")}</dt>
              <dd>{item.hasDigitalBankAccount ? t("common.yes") : t("common.no")}</dd>
              <dt>{t("person.phone")}</dt>
              <dd>{item.phone ?? t("common.none")}</dd>
            </dl>
            <h2>{t("person.skills")}</h2>
            <QueryView
              query={skills}
              isEmpty={(data) => data.total === 0}
              empty={<Empty message={t("person.noSkills")} />}
            >
              {(data) => (
                <ul class="plain-list card">
                  <For each={data.items}>
                    {(record) => (
                      <li>
                        {topicName(record.topicId)} <span class="muted small">· {date(record.date)}</span>
                      </li>
                    )}
                  </For>
                </ul>
              )}
            </QueryView>
            <Show when={skills.data !== undefined}>
              <Show
                when={missing().length > 0}
                fallback={<p class="badge status-met">{t("person.hasBasic")}</p>}
              >
                <h3>{t("person.missing")}</h3>
                <ul class="tag-list">
                  <For each={missing()}>{(id) => <li class="badge">{topicName(id)}</li>}</For>
                </ul>
              </Show>
            </Show>
          </>
        )}
      </QueryView>
    </section>
  )
}
