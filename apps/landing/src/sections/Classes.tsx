/**
 * Find a class: filters by commune, audience, topic, dates and words (a title, a venue, a village or a
 * commune); a page of upcoming classes with the seats left, rendered into the page by the server so it
 * shows without JavaScript (with a number to call, since signing up needs it); the sign-up form opens
 * under the chosen class.
 */
import { type Accessor, createSignal, For, onMount, Show } from "solid-js"
import content from "virtual:bdhv-content"
import {
  type ClassPage,
  type ClassQuery,
  getClasses,
  type PublicClass,
  type PublicUnit,
} from "../api/publicApi.ts"
import { formatDateTime } from "../i18n/format.ts"
import { useI18n } from "../i18n/I18n.tsx"
import { type SignUpDraft, SignUpForm } from "./SignUpForm.tsx"

export const ClassesSection = (props: {
  units: Accessor<ReadonlyArray<PublicUnit>>
  /** The first page as the server rendered it; null when the page was prerendered without it. */
  initial: ClassPage | null
  phone: string | undefined
}) => {
  const { t, lang, local } = useI18n()
  const [communeId, setCommuneId] = createSignal("")
  const [audience, setAudience] = createSignal("")
  const [topicId, setTopicId] = createSignal("")
  const [from, setFrom] = createSignal("")
  const [to, setTo] = createSignal("")
  const [q, setQ] = createSignal("")
  const [result, setResult] = createSignal<ClassPage | null>(props.initial)
  const [state, setState] = createSignal<"idle" | "loading" | "failed" | "ready">(
    props.initial === null ? "idle" : "ready",
  )
  const [chosen, setChosen] = createSignal<PublicClass | null>(null)
  const [draft, setDraft] = createSignal<SignUpDraft | null>(null)
  const choose = (cls: PublicClass | null, carried: SignUpDraft | null = null) => {
    setDraft(carried)
    setChosen(cls)
  }

  let found: HTMLParagraphElement | undefined
  const search = (page: number, moveFocus = false) => {
    const query: ClassQuery = {
      communeId: communeId(),
      audience: audience(),
      topicId: topicId(),
      from: from(),
      to: to(),
      q: q().trim(),
      page,
    }
    setState("loading")
    getClasses(query, lang).then(
      (page) => {
        setResult(page)
        setState("ready")
        // After "next page", the reader continues from the top of the new list, not from the pager.
        if (moveFocus) queueMicrotask(() => found?.focus())
      },
      () => setState("failed"),
    )
  }
  onMount(() => {
    if (props.initial === null) search(1)
  })

  const pages = () => {
    const r = result()
    return r === null ? 1 : Math.max(1, Math.ceil(r.total / r.pageSize))
  }
  const topicName = (id: string) => {
    const topic = content.topics.find((x) => x.id === id)
    return topic === undefined ? id : local(topic.name)
  }
  const audienceName = (id: string) => {
    const a = content.audiences.find((x) => x.id === id)
    return a === undefined ? id : local(a.name)
  }
  const chosenOutsideList = () => {
    const c = chosen()
    return c !== null && !(result()?.items ?? []).some((item) => item.id === c.id) ? c : null
  }

  const signUpFor = (cls: PublicClass) => (
    <SignUpForm
      cls={cls}
      units={props.units}
      draft={draft()}
      onClose={() => choose(null)}
      onOffer={(next, carried) => choose(next, carried)}
    />
  )

  return (
    <section id="classes" class="section" aria-labelledby="classes-title">
      <div class="wrap">
        <h2 id="classes-title">{t.classes.title}</h2>
        <p>
          {t.classes.intro} <span class="needs-js">{t.classes.introHow}</span>
        </p>
        <noscript>
          <p class="note no-script">{t.classes.noScript(props.phone)}</p>
        </noscript>
        <form
          class="filters needs-js"
          aria-label={t.classes.title}
          onSubmit={(e) => {
            e.preventDefault()
            search(1)
          }}
        >
          <div class="field">
            <label for="class-commune">{t.classes.commune}</label>
            <select
              id="class-commune"
              value={communeId()}
              onChange={(e) => setCommuneId(e.currentTarget.value)}
            >
              <option value="">{t.classes.any}</option>
              <For each={props.units()}>{(u) => <option value={u.id}>{u.name}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="class-audience">{t.classes.audience}</label>
            <select
              id="class-audience"
              value={audience()}
              onChange={(e) => setAudience(e.currentTarget.value)}
            >
              <option value="">{t.classes.any}</option>
              <For each={content.audiences}>{(a) => <option value={a.id}>{local(a.name)}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="class-topic">{t.classes.topic}</label>
            <select id="class-topic" value={topicId()} onChange={(e) => setTopicId(e.currentTarget.value)}>
              <option value="">{t.classes.any}</option>
              <For each={content.topics}>{(x) => <option value={x.id}>{local(x.name)}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="class-from">{t.classes.from}</label>
            <input
              id="class-from"
              type="date"
              value={from()}
              onInput={(e) => setFrom(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="class-to">{t.classes.to}</label>
            <input id="class-to" type="date" value={to()} onInput={(e) => setTo(e.currentTarget.value)} />
          </div>
          <div class="field wide">
            <label for="class-q">{t.classes.query}</label>
            <input id="class-q" type="search" value={q()} onInput={(e) => setQ(e.currentTarget.value)} />
          </div>
          <div class="field submit">
            <button type="submit" class="button primary">
              {t.classes.search}
            </button>
          </div>
        </form>

        <div class="results" aria-live="polite" aria-busy={state() === "loading"}>
          <Show when={state() === "loading"}>
            <p class="needs-js">{t.classes.loading}</p>
          </Show>
          <Show when={state() === "failed"}>
            <p class="problem">{t.classes.failed}</p>
          </Show>
          <Show when={state() === "ready" && result()}>
            {(r) => (
              <>
                <p class="found" tabindex="-1" ref={found}>
                  {t.classes.found(r().total)}
                </p>
                <Show when={r().total === 0}>
                  <p class="empty">{t.classes.empty}</p>
                </Show>
              </>
            )}
          </Show>
        </div>

        <Show when={chosenOutsideList()}>
          {(c) => (
            <div class="class-list">
              <ClassCard
                cls={c()}
                topicName={topicName}
                audienceName={audienceName}
                onSignUp={() => undefined}
              />
              {signUpFor(c())}
            </div>
          )}
        </Show>

        <Show when={state() === "ready" && result()}>
          {(r) => (
            <>
              <ul class="class-list">
                <For each={r().items}>
                  {(cls) => (
                    <li>
                      <ClassCard
                        cls={cls}
                        topicName={topicName}
                        audienceName={audienceName}
                        onSignUp={() => choose(cls)}
                      />
                      <Show when={chosen()?.id === cls.id}>{signUpFor(cls)}</Show>
                    </li>
                  )}
                </For>
              </ul>
              <Show when={pages() > 1}>
                <nav class="pager" aria-label={t.classes.page(r().page, pages())}>
                  <button
                    type="button"
                    class="button secondary"
                    disabled={r().page <= 1}
                    onClick={() => search(r().page - 1, true)}
                  >
                    {t.classes.previous}
                  </button>
                  <span>{t.classes.page(r().page, pages())}</span>
                  <button
                    type="button"
                    class="button secondary"
                    disabled={r().page >= pages()}
                    onClick={() => search(r().page + 1, true)}
                  >
                    {t.classes.next}
                  </button>
                </nav>
              </Show>
            </>
          )}
        </Show>
      </div>
    </section>
  )
}

const ClassCard = (props: {
  cls: PublicClass
  topicName: (id: string) => string
  audienceName: (id: string) => string
  /** Absent when the card heads its own open sign-up form. */
  onSignUp?: () => void
}) => {
  const { t, lang } = useI18n()
  const full = () => props.cls.seatsLeft <= 0
  return (
    <article class="class-card" data-class-id={props.cls.id}>
      <h3>{props.cls.title}</h3>
      <dl>
        <dt>{t.classes.when}</dt>
        <dd>{formatDateTime(props.cls.startsAt, lang)}</dd>
        <dt>{t.classes.venue}</dt>
        <dd>
          {props.cls.venue}, {props.cls.communeName}
        </dd>
        <dt>{t.classes.audience}</dt>
        <dd>{props.audienceName(props.cls.audience)}</dd>
        <dt>{t.classes.topic}</dt>
        <dd>{props.cls.topics.map(props.topicName).join(", ")}</dd>
      </dl>
      <p class="card-foot">
        <span class={full() ? "seats full" : "seats"}>
          {full() ? t.classes.full : t.classes.seatsLeft(props.cls.seatsLeft)} ·{" "}
          {t.classes.mode[props.cls.mode]}
        </span>
        <Show when={props.onSignUp}>
          {(signUp) => (
            <button
              type="button"
              class="button primary needs-js"
              aria-label={`${t.classes.signUp}: ${props.cls.title}`}
              onClick={() => signUp()()}
            >
              {t.classes.signUp}
            </button>
          )}
        </Show>
      </p>
    </article>
  )
}
