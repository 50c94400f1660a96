/** Volunteer sign-up: digital ambassador (Đại sứ số) or youth volunteer; the commune approves it. */
import { type Accessor, createSignal, For, Show } from "solid-js"
import { postJson, type PublicUnit } from "../api/publicApi.ts"
import { ErrorSummary, Field, type FieldErrors, Honeypot, issuesToErrors } from "../forms/FormParts.tsx"
import { startSpamGuard } from "../forms/spamGuard.ts"
import { useI18n } from "../i18n/I18n.tsx"

type Role = "digital-ambassador" | "youth-volunteer"
const roles: ReadonlyArray<Role> = ["digital-ambassador", "youth-volunteer"]

export const VolunteerSection = (props: { units: Accessor<ReadonlyArray<PublicUnit>> }) => {
  const { t, lang } = useI18n()
  let guard = startSpamGuard()
  const [role, setRole] = createSignal<Role>("digital-ambassador")
  const [fullName, setFullName] = createSignal("")
  const [phone, setPhone] = createSignal("")
  const [communeId, setCommuneId] = createSignal("")
  const [note, setNote] = createSignal("")
  const [honeypot, setHoneypot] = createSignal("")
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [state, setState] = createSignal<"editing" | "sending" | "sent" | "failed">("editing")
  const labels = {
    role: t.volunteer.role,
    fullName: t.volunteer.fullName,
    phone: t.volunteer.phone,
    communeId: t.volunteer.commune,
    note: t.volunteer.note,
  }

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (state() === "sending") return
    setState("sending")
    try {
      const { status, body } = await postJson(
        "/api/public/volunteers",
        {
          role: role(),
          fullName: fullName(),
          phone: phone(),
          communeId: communeId(),
          ...(note().trim() === "" ? {} : { note: note().trim() }),
          ...guard.fields(honeypot()),
        },
        lang,
      )
      if (status === 201) {
        setErrors({})
        setState("sent")
      } else if (status === 400) {
        const b = (body ?? {}) as {
          message?: string
          issues?: ReadonlyArray<{ path: string; message: string }>
        }
        const byField = issuesToErrors(b.issues ?? [])
        setErrors(Object.keys(byField).length > 0 ? byField : { "": b.message ?? t.volunteer.failed })
        setState("editing")
      } else setState("failed")
    } catch {
      setState("failed")
    }
  }

  const again = () => {
    setFullName("")
    setPhone("")
    setNote("")
    guard = startSpamGuard()
    setState("editing")
  }

  return (
    <section id="volunteer" class="section alt" aria-labelledby="volunteer-title">
      <div class="wrap narrow">
        <h2 id="volunteer-title">{t.volunteer.title}</h2>
        <p>{t.volunteer.intro}</p>
        <noscript>
          <p class="note">{t.volunteer.noScript}</p>
        </noscript>
        <Show
          when={state() !== "sent"}
          fallback={
            <div class="outcome success" role="status">
              <p class="outcome-title">{t.volunteer.thanks}</p>
              <p>{t.volunteer.pending}</p>
              <button type="button" class="button secondary" onClick={again}>
                {t.volunteer.again}
              </button>
            </div>
          }
        >
          <form class="needs-js" novalidate onSubmit={submit}>
            <ErrorSummary idPrefix="volunteer" errors={errors()} labels={labels} />
            <Show when={state() === "failed"}>
              <p class="problem" role="alert">
                {t.volunteer.failed}
              </p>
            </Show>
            <fieldset class="roles">
              <legend>{t.volunteer.role}</legend>
              <For each={roles}>
                {(r) => (
                  <label class="role">
                    <input
                      type="radio"
                      name="role"
                      value={r}
                      checked={role() === r}
                      onChange={() => setRole(r)}
                    />
                    <span>
                      <strong>{t.volunteer.roles[r].name}</strong>
                      <span class="role-text">{t.volunteer.roles[r].text}</span>
                    </span>
                  </label>
                )}
              </For>
            </fieldset>
            <Field id="volunteer-fullName" label={t.volunteer.fullName} error={errors().fullName}>
              {(aria) => (
                <input
                  {...aria}
                  name="fullName"
                  type="text"
                  autocomplete="name"
                  required
                  value={fullName()}
                  onInput={(e) => setFullName(e.currentTarget.value)}
                />
              )}
            </Field>
            <Field
              id="volunteer-phone"
              label={t.volunteer.phone}
              hint={t.signUp.phoneHint}
              error={errors().phone}
            >
              {(aria) => (
                <input
                  {...aria}
                  name="phone"
                  type="tel"
                  inputmode="tel"
                  autocomplete="tel"
                  required
                  value={phone()}
                  onInput={(e) => setPhone(e.currentTarget.value)}
                />
              )}
            </Field>
            <Field id="volunteer-communeId" label={t.volunteer.commune} error={errors().communeId}>
              {(aria) => (
                <select
                  {...aria}
                  name="communeId"
                  required
                  value={communeId()}
                  onChange={(e) => setCommuneId(e.currentTarget.value)}
                >
                  <option value="">{t.volunteer.chooseCommune}</option>
                  <For each={props.units()}>{(u) => <option value={u.id}>{u.name}</option>}</For>
                </select>
              )}
            </Field>
            <Field id="volunteer-note" label={t.volunteer.note} error={errors().note}>
              {(aria) => (
                <textarea
                  {...aria}
                  name="note"
                  rows="3"
                  value={note()}
                  onInput={(e) => setNote(e.currentTarget.value)}
                />
              )}
            </Field>
            <Honeypot idPrefix="volunteer" onInput={setHoneypot} />
            <p class="actions">
              <button type="submit" class="button primary" disabled={state() === "sending"}>
                {state() === "sending" ? t.volunteer.sending : t.volunteer.submit}
              </button>
            </p>
          </form>
        </Show>
      </div>
    </section>
  )
}
