/**
 * Events: the next 10/10 "Ngày hội toàn dân học tập số" with a countdown, then the other upcoming
 * events (rendered by the server into the page; their heading only when there are some).
 */
import { nextDigitalLearningDay } from "@bdhv/domain/DigitalLearningDay"
import { createMemo, createSignal, For, onMount, Show } from "solid-js"
import content from "virtual:bdhv-content"
import { getEvents, type PublicEvent } from "../api/publicApi.ts"
import { daysBetween, formatDate, vietnamDate } from "../i18n/format.ts"
import { useI18n } from "../i18n/I18n.tsx"

/** How many other events show before "show all": the next few are what a reader plans for. */
const FIRST_EVENTS = 6

export const EventsSection = (props: { renderedOn: string; initial: ReadonlyArray<PublicEvent> | null }) => {
  const { t, lang, local } = useI18n()
  const kindName = (kind: string) => {
    const choice = content.eventKinds.find((k) => k.id === kind)
    return choice === undefined ? "" : local(choice.name)
  }
  const [events, setEvents] = createSignal<ReadonlyArray<PublicEvent>>(props.initial ?? [])
  const [state, setState] = createSignal<"loading" | "failed" | "ready">(
    props.initial === null ? "loading" : "ready",
  )
  // The prerendered page counts from its build date; the browser recounts from today.
  const [today, setToday] = createSignal(props.renderedOn)
  onMount(() => {
    setToday(vietnamDate(new Date()))
    if (props.initial !== null) return
    getEvents(lang).then(
      (list) => {
        setEvents(list)
        setState("ready")
      },
      () => setState("failed"),
    )
  })
  const upcoming = () =>
    events()
      .filter((e) => e.date >= today())
      .sort((a, b) => a.date.localeCompare(b.date))
  // The API's 10/10 event says where; without one, the day itself still comes every year.
  const learningDay = createMemo(
    () =>
      upcoming().find((e) => e.kind === "digital_learning_day") ?? {
        date: nextDigitalLearningDay(today()),
        venue: null,
      },
  )
  const others = () => upcoming().filter((e) => e.kind !== "digital_learning_day")
  const [showAll, setShowAll] = createSignal(false)
  const shown = () => (showAll() ? others() : others().slice(0, FIRST_EVENTS))

  return (
    <section id="events" class="section" aria-labelledby="events-title">
      <div class="wrap">
        <h2 id="events-title">{t.events.title}</h2>
        <div class="learning-day">
          <h3>{t.events.dayTitle}</h3>
          <p>{t.events.dayText}</p>
          <p class="countdown">
            <span class="countdown-days">{t.events.countdown(daysBetween(today(), learningDay().date))}</span>
            <span class="countdown-date">
              {formatDate(learningDay().date, lang)}
              {learningDay().venue === null ? "" : ` · ${learningDay().venue}`}
            </span>
          </p>
        </div>
        <Show when={state() === "loading"}>
          <p class="needs-js">{t.events.loading}</p>
        </Show>
        <Show when={state() === "failed"}>
          <p class="problem">{t.events.failed}</p>
        </Show>
        <Show when={state() === "ready"}>
          <Show when={others().length > 0} fallback={<p class="empty">{t.events.none}</p>}>
            <h3>{t.events.other}</h3>
            <ul class="events">
              <For each={shown()}>
                {(event) => (
                  <li>
                    <time datetime={event.date}>{formatDate(event.date, lang)}</time>
                    <span>
                      <strong>{event.title}</strong>
                      <span class="event-meta">
                        {kindName(event.kind)}
                        {event.venue === null ? "" : ` · ${event.venue}`}
                      </span>
                    </span>
                  </li>
                )}
              </For>
            </ul>
            <Show when={!showAll() && others().length > FIRST_EVENTS}>
              <button type="button" class="button secondary" onClick={() => setShowAll(true)}>
                {t.events.showAll(others().length)}
              </button>
            </Show>
          </Show>
        </Show>
      </div>
    </section>
  )
}
