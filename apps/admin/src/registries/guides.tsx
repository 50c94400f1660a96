/**
 * Digital ambassadors (Đại sứ số, "Người hướng dẫn") and their learners ("Người học"), with progress
 * towards the domain's quota (at least five distinct learners).
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Guide from "@bdhv/domain/Guide"
import * as Person from "@bdhv/domain/Person"
import * as Unit from "@bdhv/domain/Unit"
import { A } from "@solidjs/router"
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import { Schema, Struct } from "effect"
import { createSignal, For, Show } from "solid-js"
import { useApi } from "../api/client"
import { addLearner, guideLearners, guides, people } from "../api/registries"
import { sender } from "../api/typed"
import { useI18n } from "../i18n/I18n"
import { PersonName, pickedOf, type RegistryDef } from "../registry/Registry"
import type { GuideItem } from "../registry/schemas"
import type { Picked } from "../ui/RecordPicker"
import { RecordPicker } from "../ui/RecordPicker"
import { Empty, ErrorState, QueryView } from "../ui/States"

/**
 * A guide's distinct learners and whether they meet the quota, by the domain's rule as on the server
 * (`Guide.learnersOf`: the guide's own person never counts; `Guide.meetsQuota`), from the ids of the
 * people they taught.
 */
export const quotaOf = (
  guide: { readonly id: string; readonly personId: string; readonly unitId: string; readonly since: string },
  learnerIds: ReadonlyArray<string>,
): { readonly learners: number; readonly meetsQuota: boolean } => {
  const domainGuide = Guide.Guide.make({
    id: Guide.GuideId.make(guide.id),
    personId: Person.PersonId.make(guide.personId),
    unitId: Unit.UnitId.make(guide.unitId),
    since: guide.since as CalendarDate.CalendarDate,
  })
  const learners = Guide.learnersOf(
    domainGuide,
    learnerIds.map((learnerId) =>
      Guide.GuideLink.make({
        guideId: domainGuide.id,
        learnerId: Person.PersonId.make(learnerId),
        date: domainGuide.since,
      }),
    ),
  )
  return { learners: learners.length, meetsQuota: Guide.meetsQuota(learners) }
}

/** How far a guide is towards the quota, as a meter (a number and a bar, never colour alone). */
/** What the form sends for a guide: its fields without the id. */
const GuideBody = Schema.Struct(Struct.omit(Guide.Guide.fields, ["id"]))

export const QuotaMeter = (props: { readonly learners: number }) => {
  const { t } = useI18n()
  return (
    <span class="quota">
      <meter
        min="0"
        max={Guide.QUOTA}
        low={Guide.QUOTA - 0.5}
        optimum={Guide.QUOTA}
        value={Math.min(props.learners, Guide.QUOTA)}
      />
      <span>
        {t("guide.quota", { count: props.learners, quota: Guide.QUOTA })}
        {props.learners >= Guide.QUOTA ? " ✓" : ""}
      </span>
    </span>
  )
}

const Learners = (props: { readonly guide: GuideItem }) => {
  const { t, date } = useI18n()
  const api = useApi()
  const queryClient = useQueryClient()
  const [error, setError] = createSignal<unknown>()
  const list = useQuery(() => ({
    queryKey: ["guides", props.guide.id, "learners"],
    queryFn: () => guideLearners(api, props.guide.id),
  }))
  const distinct = () =>
    quotaOf(
      props.guide,
      (list.data ?? []).map((link) => link.learnerId),
    ).learners
  return (
    <section class="section-gap" aria-labelledby="learners-title">
      <h2 id="learners-title">{t("guide.learners")}</h2>
      <p>
        <QuotaMeter learners={distinct()} />
      </p>
      <RecordPicker
        label={t("guide.addLearner")}
        queryKey="people"
        multiple
        exclude={new Set([props.guide.personId, ...(list.data ?? []).map((l) => l.learnerId)])}
        search={(q) => people.list(api, { q, pageSize: "8" })}
        itemLabel={(person) => person.fullName}
        value={null}
        onChange={(picked: Picked | null) => {
          if (picked === null) return
          setError(undefined)
          addLearner(api, props.guide.id, picked.id, CalendarDate.fromInstant(Date.now())).then(
            () => queryClient.invalidateQueries({ queryKey: ["guides"] }),
            setError,
          )
        }}
      />
      <Show when={error() !== undefined}>
        <ErrorState error={error()} />
      </Show>
      <QueryView
        query={list}
        isEmpty={(data) => data.length === 0}
        empty={<Empty message={t("guide.noLearners")} />}
      >
        {(data) => (
          <ul class="plain-list card">
            <For each={data}>
              {(link) => (
                <li>
                  <A href={`/people/${link.learnerId}`}>{link.fullName}</A>{" "}
                  <span class="muted small">· {date(link.date)}</span>
                </li>
              )}
            </For>
          </ul>
        )}
      </QueryView>
    </section>
  )
}

export const guideRegistry: RegistryDef<GuideItem> = {
  resource: guides,
  base: "/guides",
  labels: {
    title: "nav.guides",
    create: "guide.new",
    edit: "guide.edit",
    remove: "guide.delete",
    empty: "guide.empty",
    search: "guide.search",
  },
  name: (item) => item.fullName,
  unitFilter: true,
  columns: ({ i18n, unitLabel }) => [
    { header: i18n.t("person.fullName"), cell: (row) => row.fullName },
    { header: i18n.t("unit.picker"), cell: (row) => unitLabel(row.unitId) },
    { header: i18n.t("guide.since"), cell: (row) => i18n.date(row.since) },
    {
      header: i18n.t("guide.learners"),
      cell: (row) =>
        row.learners === undefined ? i18n.t("common.none") : <QuotaMeter learners={row.learners} />,
    },
  ],
  form: {
    schema: GuideBody,
    send: sender(guides, GuideBody),
    fields: [
      { kind: "person", key: "person", path: "personId", label: "guide.person", required: true },
      { kind: "unit", key: "unitId", label: "unit.picker", required: true },
      { kind: "date", key: "since", label: "guide.since", required: true },
    ],
    initial: (item) => ({
      person: pickedOf(item?.personId),
      unitId: item?.unitId ?? "",
      since: item?.since ?? "",
    }),
    toInput: (values) => ({
      ...(values.person === null ? {} : { personId: (values.person as Picked).id }),
      ...(values.unitId === "" ? {} : { unitId: values.unitId }),
      since: values.since,
    }),
  },
  details: (item, { i18n, unitLabel }) => [
    [i18n.t("person.fullName"), <A href={`/people/${item.personId}`}>{item.fullName}</A>],
    [i18n.t("unit.picker"), unitLabel(item.unitId)],
    [i18n.t("guide.since"), i18n.date(item.since)],
  ],
  more: (item) => <Learners guide={item} />,
}
