/**
 * One class, run from a phone: enroll people by searching as you type — the class's commune first, and
 * within it the people the class is for (the domain's `Class.byEligibility`), a warned choice keeping
 * its warning next to the name — take attendance with one tap per person (unmarked until tapped, and
 * every mark, "all present" included, undone per person until completion), complete the class (its
 * topics are recorded as skills), and see which core topics each learner still lacks.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Class from "@bdhv/domain/Class"
import * as Enrollment from "@bdhv/domain/Enrollment"
import * as Topic from "@bdhv/domain/Topic"
import { A, useNavigate, useParams } from "@solidjs/router"
import { useQueries, useQuery, useQueryClient } from "@tanstack/solid-query"
import { Schema } from "effect"
import { createMemo, createSignal, For, Show } from "solid-js"
import { useApi } from "../../api/client"
import { classes, people, skillRecords } from "../../api/registries"
import {
  completeClass,
  type EnrollmentRecord,
  enroll,
  enrollmentsOf,
  setEnrollmentStatus,
} from "../../api/typed"
import type { Page } from "../../api/rest"
import { pathTo } from "../../dashboard/UnitPicker"
import { useI18n } from "../../i18n/I18n"
import type { ClassItem, PersonItem } from "../../registry/schemas"
import { isCommuneKind, useUnits } from "../../registry/units"
import { ConfirmDialog } from "../../ui/ConfirmDialog"
import { RecordPicker } from "../../ui/RecordPicker"
import { Empty, ErrorState, QueryView } from "../../ui/States"

const decodeClass = Schema.decodeUnknownOption(Class.Class)

export default function ClassPage() {
  const { t, pick, dateTime, number } = useI18n()
  const api = useApi()
  const params = useParams<{ id: string }>()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const units = useUnits()
  const classQuery = useQuery(() => ({
    queryKey: ["classes", params.id],
    queryFn: () => classes.get(api, params.id),
  }))
  const enrolled = useQuery(() => ({
    queryKey: ["enrollments", params.id],
    queryFn: () => enrollmentsOf(api, params.id),
  }))
  const [actionError, setActionError] = createSignal<unknown>()
  const [warning, setWarning] = createSignal<string>()
  // The warning of each person enrolled against the class's audience, kept beside their name.
  const [warnings, setWarnings] = createSignal<ReadonlyMap<string, string>>(new Map())
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ["enrollments", params.id] })
    await queryClient.invalidateQueries({ queryKey: ["classes"] })
  }
  const act = async (run: () => Promise<unknown>) => {
    setActionError(undefined)
    try {
      await run()
      await refresh()
    } catch (error) {
      setActionError(error)
    }
  }
  const enrolledIds = createMemo(() => new Set((enrolled.data?.items ?? []).map((e) => e.personId)))
  const topicName = (id: string) => {
    const topic = Topic.topicsById.get(id as Topic.TopicId)
    return topic === undefined ? id : pick(topic.name)
  }

  return (
    <section class="page narrow">
      <QueryView query={classQuery}>
        {(item) => {
          const domainClass = () => decodeClass(item)
          const classDate = () => CalendarDate.fromInstant(Date.parse(item.startsAt))
          const eligibilityOf = (person: PersonItem) => {
            const c = domainClass()
            return c._tag === "Some"
              ? Class.eligibility(person as unknown as Class.Candidate, c.value, classDate())
              : undefined
          }
          /** The commune the class is held in (the class's own unit when it is one). */
          const communeId = () =>
            pathTo(units.tree(), item.unitId).find((unit) => isCommuneKind(unit.kind))?.id
          /**
           * People matching the search: those of the class's commune first, then the others, each group
           * with the people the class is for first (the domain's order).
           */
          const candidates = async (q: string): Promise<Page<PersonItem>> => {
            const commune = communeId()
            const [near, all] = await Promise.all([
              commune === undefined ? undefined : people.list(api, { q, unitId: commune, pageSize: "8" }),
              people.list(api, { q, pageSize: "8" }),
            ])
            const nearIds = new Set((near?.items ?? []).map((p) => p.id))
            const ordered = (list: ReadonlyArray<PersonItem>) => {
              const c = domainClass()
              return c._tag === "Some"
                ? Class.byEligibility(
                    list as unknown as ReadonlyArray<PersonItem & Class.Candidate>,
                    c.value,
                    classDate(),
                  ).map((entry) => entry.candidate)
                : list
            }
            const items = [
              ...ordered(near?.items ?? []),
              ...ordered(all.items.filter((p) => !nearIds.has(p.id))),
            ]
            return { items, page: null, pageSize: items.length, total: items.length }
          }
          const counts = () => {
            const items = enrolled.data?.items ?? []
            return {
              registered: items.filter((e) => e.status === "registered").length,
              attended: items.filter((e) => e.status === "attended").length,
              completed: items.filter((e) => e.status === "completed").length,
              active: items.filter((e) => e.status !== "no_show").length,
            }
          }
          return (
            <>
              <div class="page-header">
                <h1>{item.title}</h1>
                <span class="badge">{t(`classStatus.${item.status}`)}</span>
              </div>
              <dl class="details card">
                <dt>{t("class.startsAt")}</dt>
                <dd>
                  {dateTime(item.startsAt)} · {t("class.minutes", { count: item.durationMinutes })}
                </dd>
                <dt>{t("class.unit")}</dt>
                <dd>{units.label(item.unitId)}</dd>
                <dt>{t("class.venue")}</dt>
                <dd>
                  {item.venue ?? t("common.none")} · {t(`classMode.${item.mode}`)}
                </dd>
                <dt>{t("class.audience")}</dt>
                <dd>{pick(Class.audienceNames[item.audience])}</dd>
                <dt>{t("class.topics")}</dt>
                <dd>{item.topicIds.map(topicName).join(", ")}</dd>
                <dt>{t("class.seats")}</dt>
                <dd>
                  {number(counts().active)}/{number(item.capacity)}
                </dd>
              </dl>
              <div class="actions section-gap">
                <A href={`/classes/${item.id}/edit`} class="button">
                  {t("common.edit")}
                </A>
                <ConfirmDialog
                  trigger={t("common.delete")}
                  title={t("class.delete")}
                  description={t("common.confirmDelete", { name: item.title })}
                  confirm={t("common.delete")}
                  onConfirm={async () => {
                    await classes.remove(api, item.id, item.version)
                    await queryClient.invalidateQueries({ queryKey: ["classes"] })
                    navigate("/classes", { replace: true })
                  }}
                />
              </div>
              <Show when={actionError() !== undefined}>
                <ErrorState error={actionError()} />
              </Show>
              <Show when={warning()}>
                <p class="notice notice-warning" role="status">
                  ⚠ {warning()}
                </p>
              </Show>

              <Show when={Class.isOpen(item as unknown as Class.Class)}>
                <h2>{t("class.enroll")}</h2>
                <RecordPicker
                  label={t("class.enrollSearchNear")}
                  queryKey={`class-candidates-${item.id}`}
                  multiple
                  exclude={enrolledIds()}
                  search={candidates}
                  itemLabel={(person: PersonItem) => person.fullName}
                  itemDetail={(person: PersonItem) => {
                    const verdict = eligibilityOf(person)
                    return verdict === undefined || verdict._tag === "Eligible"
                      ? units.label(person.unitId)
                      : `${verdict._tag === "Rejected" ? "⛔" : "⚠"} ${pick(verdict.reason)} · ${units.label(person.unitId)}`
                  }}
                  value={null}
                  onChange={(picked) => {
                    if (picked === null) return
                    setWarning(undefined)
                    void act(async () => {
                      const registered = await enroll(api, item.id, picked.id)
                      if (registered.warning !== null) {
                        const text = pick(registered.warning)
                        setWarning(`${registered.fullName}: ${text}`)
                        setWarnings((kept) => new Map([...kept, [registered.personId, text]]))
                      }
                    })
                  }}
                />
              </Show>

              <div class="page-header section-gap">
                <h2>{t("class.attendance")}</h2>
                <Show when={counts().registered > 0}>
                  <button
                    type="button"
                    class="button"
                    onClick={() =>
                      void act(() =>
                        Promise.all(
                          (enrolled.data?.items ?? [])
                            .filter((e) => e.status === "registered")
                            .map((e) => setEnrollmentStatus(api, e, "attended")),
                        ),
                      )
                    }
                  >
                    {t("class.allPresent")}
                  </button>
                </Show>
              </div>
              <QueryView
                query={enrolled}
                isEmpty={(data) => data.total === 0}
                empty={<Empty message={t("class.noEnrollments")} />}
              >
                {(data) => (
                  <ul class="attendance">
                    <For each={data.items}>
                      {(enrollment) => (
                        <AttendanceRow
                          enrollment={enrollment}
                          warning={warnings().get(enrollment.personId)}
                          onSet={(status) => act(() => setEnrollmentStatus(api, enrollment, status))}
                        />
                      )}
                    </For>
                  </ul>
                )}
              </QueryView>

              <Show when={counts().attended > 0}>
                <div class="card section-gap complete-box">
                  <p>{t("class.completeHint", { count: counts().attended, topics: item.topicIds.length })}</p>
                  <ConfirmDialog
                    trigger={t("class.complete")}
                    title={t("class.complete")}
                    description={t("class.completeConfirm", { count: counts().attended })}
                    confirm={t("class.complete")}
                    onConfirm={async () => {
                      await completeClass(api, item as ClassItem)
                      await refresh()
                      await queryClient.invalidateQueries({ queryKey: ["classes", item.id] })
                      await queryClient.invalidateQueries({ queryKey: ["skill-records"] })
                      await queryClient.invalidateQueries({ queryKey: ["indicators"] })
                    }}
                  />
                </div>
              </Show>

              <Gaps enrollments={enrolled.data?.items ?? []} />
            </>
          )
        }}
      </QueryView>
    </section>
  )

  /**
   * A learner's attendance: unmarked until a tap says present or absent (the pressed button shows
   * which), and a mark undone with one more tap until the class is completed.
   */
  function AttendanceRow(props: {
    readonly enrollment: EnrollmentRecord
    readonly warning: string | undefined
    readonly onSet: (status: Enrollment.Status) => Promise<void>
  }) {
    const [busy, setBusy] = createSignal(false)
    const set = async (status: Enrollment.Status) => {
      setBusy(true)
      await props.onSet(status)
      setBusy(false)
    }
    const name = () => props.enrollment.fullName
    const status = () => props.enrollment.status
    const marked = () => status() === "attended" || status() === "no_show"
    return (
      <li class={`attendance-row enrollment-${status()}`}>
        <A href={`/people/${props.enrollment.personId}`} class="attendance-name">
          {name()}
        </A>
        <span
          class="attendance-status small"
          classList={{ "attendance-unmarked": status() === "registered" }}
        >
          {status() === "registered" ? t("class.unmarked") : pick(Enrollment.statusNames[status()])}
        </span>
        <Show when={props.warning}>{(text) => <p class="attendance-warning small">⚠ {text()}</p>}</Show>
        <Show when={status() !== "completed"}>
          <div class="attendance-buttons">
            <button
              type="button"
              class="button attendance-present"
              aria-pressed={status() === "attended"}
              disabled={busy()}
              aria-label={`${t("class.present")}: ${name()}`}
              onClick={() => status() !== "attended" && void set("attended")}
            >
              ✓ {t("class.present")}
            </button>
            <button
              type="button"
              class="button attendance-absent"
              aria-pressed={status() === "no_show"}
              disabled={busy()}
              aria-label={`${t("class.absent")}: ${name()}`}
              onClick={() => status() !== "no_show" && void set("no_show")}
            >
              ✗ {t("class.absent")}
            </button>
            <Show when={marked()}>
              <button
                type="button"
                class="button attendance-undo"
                disabled={busy()}
                aria-label={`${t("class.undoMark")}: ${name()}`}
                onClick={() => void set("registered")}
              >
                ↺ {t("class.undoMark")}
              </button>
            </Show>
          </div>
        </Show>
      </li>
    )
  }

  /** Each learner's missing core topics, from their skill records (loaded when asked for). */
  function Gaps(props: { readonly enrollments: ReadonlyArray<EnrollmentRecord> }) {
    const [shown, setShown] = createSignal(false)
    const records = useQueries(() => ({
      queries: shown()
        ? props.enrollments.map((e) => ({
            queryKey: ["skill-records", { personId: e.personId }],
            queryFn: () => skillRecords.list(api, { personId: e.personId, pageSize: "200" }),
          }))
        : [],
    }))
    return (
      <section class="section-gap" aria-labelledby="gaps-title">
        <div class="page-header">
          <h2 id="gaps-title">{t("class.gaps")}</h2>
          <Show when={!shown() && props.enrollments.length > 0}>
            <button type="button" class="button" onClick={() => setShown(true)}>
              {t("class.showGaps")}
            </button>
          </Show>
        </div>
        <Show when={shown()}>
          <ul class="plain-list card">
            <For each={props.enrollments}>
              {(enrollment, index) => {
                const missing = () => {
                  const data = records[index()]?.data
                  return data === undefined
                    ? undefined
                    : Topic.missingTopics(
                        data.items.map((r) => r.topicId as Topic.TopicId),
                        Topic.defaultCoreTopics,
                      )
                }
                return (
                  <li>
                    <strong>{enrollment.fullName}</strong>:{" "}
                    <Show when={missing()} fallback={<span class="muted">{t("state.loading")}</span>}>
                      {(list) =>
                        list().length === 0 ? t("person.hasBasic") : list().map(topicName).join(", ")
                      }
                    </Show>
                  </li>
                )
              }}
            </For>
          </ul>
        </Show>
      </section>
    )
  }
}
