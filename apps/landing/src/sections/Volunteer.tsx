/**
 * Volunteer sign-up: a Đại sứ số guide or a youth volunteer, with what they can teach; checked with the
 * domain's `Registration.VolunteerSignUp` and sent to the commune for approval.
 */
import { type Accessor, createSignal, For, Show } from "solid-js"
import content from "virtual:bdhv-content"
import { postJson, type PublicUnit } from "../api/publicApi.ts"
import {
  CheckboxGroup,
  Consent,
  focusWhenShown,
  ErrorSummary,
  Field,
  type FieldErrors,
  Honeypot,
  issuesToErrors,
  UnitSelect,
} from "../forms/FormParts.tsx"
import { loadCheck } from "../forms/loadCheck.ts"
import { startSpamGuard } from "../forms/spamGuard.ts"
import { useI18n } from "../i18n/I18n.tsx"

// The topics a volunteer is most likely to teach are the campaign's practical ones; all are offered.
const teachable = content.topics

export const VolunteerSection = (props: {
  units: Accessor<ReadonlyArray<PublicUnit>>
  phone: string | undefined
}) => {
  const { t, lang, local } = useI18n()
  let guard = startSpamGuard()
  const [role, setRole] = createSignal(content.volunteerRoles[0]?.id ?? "")
  const [fullName, setFullName] = createSignal("")
  const [phone, setPhone] = createSignal("")
  const [birthYear, setBirthYear] = createSignal("")
  const [unitId, setUnitId] = createSignal("")
  const [topicIds, setTopicIds] = createSignal<ReadonlyArray<string>>([])
  const [availability, setAvailability] = createSignal("")
  const [consent, setConsent] = createSignal(false)
  const [honeypot, setHoneypot] = createSignal("")
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [state, setState] = createSignal<"editing" | "sending" | "sent" | "failed">("editing")
  const labels = {
    role: t.volunteer.role,
    fullName: t.volunteer.fullName,
    phone: t.volunteer.phone,
    birthYear: t.form.birthYear,
    unitId: t.form.unit,
    topicIds: t.volunteer.topics,
    availability: t.volunteer.availability,
    consent: t.form.consentShort,
  }

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (state() === "sending") return
    const input = {
      role: role(),
      fullName: fullName(),
      phone: phone(),
      birthYear: birthYear(),
      ...(unitId() === "" ? {} : { unitId: unitId() }),
      topicIds: topicIds(),
      ...(availability().trim() === "" ? {} : { availability: availability().trim() }),
      consent: consent(),
    }
    const problems = (await loadCheck()).checkVolunteer(input, lang)
    setErrors(problems)
    if (Object.keys(problems).length > 0) return
    setState("sending")
    try {
      const { status, body } = await postJson(
        "/api/public/volunteers",
        { ...input, ...guard.fields(honeypot()) },
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
    setBirthYear("")
    setTopicIds([])
    setAvailability("")
    setConsent(false)
    guard = startSpamGuard()
    setState("editing")
  }

  return (
    <section id="volunteer" class="section alt" aria-labelledby="volunteer-title">
      <div class="wrap narrow">
        <h2 id="volunteer-title">{t.volunteer.title}</h2>
        <p>{t.volunteer.intro}</p>
        <noscript>
          <p class="note no-script">{t.volunteer.noScript(props.phone)}</p>
        </noscript>
        <Show
          when={state() !== "sent"}
          fallback={
            <div class="outcome success" role="status" tabindex="-1" ref={focusWhenShown}>
              <p class="outcome-title">{t.volunteer.thanks}</p>
              <p>{t.volunteer.pending}</p>
              <button type="button" class="button secondary" onClick={again}>
                {t.volunteer.again}
              </button>
            </div>
          }
        >
          <form class="needs-js" novalidate onSubmit={submit} onFocusIn={() => void loadCheck()}>
            <ErrorSummary idPrefix="volunteer" errors={errors()} labels={labels} />
            <Show when={state() === "failed"}>
              <p class="problem" role="alert" tabindex="-1" ref={focusWhenShown}>
                {t.volunteer.failed}
              </p>
            </Show>
            <fieldset class="roles" id="volunteer-role">
              <legend>{t.volunteer.role}</legend>
              <For each={content.volunteerRoles}>
                {(r) => (
                  <label class="role">
                    <input
                      type="radio"
                      name="role"
                      value={r.id}
                      checked={role() === r.id}
                      onChange={() => setRole(r.id)}
                    />
                    <span>
                      <strong>{local(r.name)}</strong>
                      <span class="role-text">{t.volunteer.roleText[r.id]}</span>
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
                  value={phone()}
                  onInput={(e) => setPhone(e.currentTarget.value)}
                />
              )}
            </Field>
            <Field
              id="volunteer-birthYear"
              label={t.form.birthYear}
              hint={t.form.birthYearHint}
              error={errors().birthYear}
            >
              {(aria) => (
                <input
                  {...aria}
                  name="birthYear"
                  type="text"
                  inputmode="numeric"
                  maxlength="4"
                  autocomplete="bday-year"
                  class="short"
                  value={birthYear()}
                  onInput={(e) => setBirthYear(e.currentTarget.value)}
                />
              )}
            </Field>
            <Field id="volunteer-unitId" label={t.form.unit} error={errors().unitId}>
              {(aria) => (
                <UnitSelect
                  aria={aria}
                  units={props.units()}
                  value={unitId()}
                  onChange={setUnitId}
                  placeholder={t.form.chooseUnit}
                  wholeCommune={t.form.wholeCommune}
                />
              )}
            </Field>
            <CheckboxGroup
              id="volunteer-topicIds"
              legend={t.volunteer.topics}
              choices={teachable}
              selected={topicIds()}
              onChange={setTopicIds}
              error={errors().topicIds}
            />
            <Field
              id="volunteer-availability"
              label={t.volunteer.availability}
              hint={t.volunteer.availabilityHint}
              error={errors().availability}
            >
              {(aria) => (
                <input
                  {...aria}
                  name="availability"
                  type="text"
                  value={availability()}
                  onInput={(e) => setAvailability(e.currentTarget.value)}
                />
              )}
            </Field>
            <Consent
              id="volunteer-consent"
              text={t.volunteer.consent}
              checked={consent()}
              onChange={setConsent}
              error={errors().consent}
            />
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
