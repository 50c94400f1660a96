/**
 * The short sign-up form of one class, checked in the browser with the domain's `Registration`
 * schema (loaded on first use, so the first page load stays small) and again by the API.
 */
import { type Accessor, createSignal, For, Match, Show, Switch } from "solid-js"
import content from "virtual:bdhv-content"
import { postJson, type PublicClass, type PublicUnit } from "../api/publicApi.ts"
import { type RegistrationOutcome, registrationOutcome } from "../api/registrationOutcome.ts"
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
import { formatDateTime } from "../i18n/format.ts"
import { useI18n } from "../i18n/I18n.tsx"

/** What a person typed, carried over when a full class offers the next one. */
export interface SignUpDraft {
  readonly fullName: string
  readonly phone: string
  readonly birthYear: string
  readonly unitId: string
  readonly needs: ReadonlyArray<string>
  readonly consent: boolean
}

export const SignUpForm = (props: {
  cls: PublicClass
  units: Accessor<ReadonlyArray<PublicUnit>>
  draft: SignUpDraft | null
  onClose: () => void
  onOffer: (next: PublicClass, draft: SignUpDraft) => void
}) => {
  const { t, lang } = useI18n()
  const prefix = `signup-${props.cls.id}`
  const guard = startSpamGuard()
  const [fullName, setFullName] = createSignal(props.draft?.fullName ?? "")
  const [phone, setPhone] = createSignal(props.draft?.phone ?? "")
  const [birthYear, setBirthYear] = createSignal(props.draft?.birthYear ?? "")
  const [unitId, setUnitId] = createSignal(props.draft?.unitId ?? "")
  const [needs, setNeeds] = createSignal<ReadonlyArray<string>>(props.draft?.needs ?? [])
  const [consent, setConsent] = createSignal(props.draft?.consent ?? false)
  const [honeypot, setHoneypot] = createSignal("")
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [sending, setSending] = createSignal(false)
  const [outcome, setOutcome] = createSignal<RegistrationOutcome | null>(null)
  // The number as the person typed it, tidied: they recognise it in the message.
  const phoneAsTyped = () => phone().trim().replace(/\s+/g, " ")
  const warning = () => {
    const o = outcome()
    return o?._tag === "Registered" ? o.warning : null
  }
  const labels = {
    fullName: t.signUp.fullName,
    phone: t.signUp.phone,
    birthYear: t.form.birthYear,
    unitId: t.form.unit,
    needs: t.signUp.needs,
    consent: t.form.consentShort,
  }
  // The class's own commune first: most people sign up near home.
  const units = () => {
    const all = props.units()
    const own = all.filter((u) => u.id === props.cls.communeId)
    return [...own, ...all.filter((u) => u.id !== props.cls.communeId)]
  }

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (sending()) return
    const input = {
      fullName: fullName(),
      phone: phone(),
      birthYear: birthYear(),
      // Not chosen is missing, so the schema asks for it rather than judging an empty id.
      ...(unitId() === "" ? {} : { unitId: unitId() }),
      needs: needs(),
      topicIds: [],
      classId: props.cls.id,
      consent: consent(),
    }
    const problems = (await loadCheck()).checkSignUp(input, lang)
    setErrors(problems)
    if (Object.keys(problems).length > 0) return
    setSending(true)
    try {
      const { status, body } = await postJson(
        `/api/public/classes/${encodeURIComponent(props.cls.id)}/registrations`,
        { ...input, ...guard.fields(honeypot()) },
        lang,
      )
      const result = registrationOutcome(status, body)
      if (result._tag === "Invalid") {
        const byField = issuesToErrors(result.issues)
        setErrors(Object.keys(byField).length > 0 ? byField : { "": result.message })
      } else {
        setErrors({})
        setOutcome(result)
      }
    } catch {
      setOutcome({ _tag: "Failed", status: 0 })
    } finally {
      setSending(false)
    }
  }

  return (
    <section class="signup" aria-labelledby={`${prefix}-title`}>
      <h4 id={`${prefix}-title`} tabindex="-1" ref={(el) => queueMicrotask(() => el.focus())}>
        {t.signUp.title(props.cls.title)}
      </h4>
      <Switch>
        <Match when={outcome()?._tag === "Registered" || outcome()?._tag === "Duplicate"}>
          <div class="outcome success" role="status" tabindex="-1" ref={focusWhenShown}>
            <p class="outcome-title">
              {outcome()?._tag === "Registered" ? t.signUp.registered : t.signUp.duplicate}
            </p>
            <p>
              {outcome()?._tag === "Registered"
                ? t.signUp.registeredText(props.cls.title, formatDateTime(props.cls.startsAt, lang))
                : t.signUp.duplicateText}
            </p>
            <Show when={outcome()?._tag === "Registered"}>
              <p class="who-calls">{t.signUp.whoCalls(props.cls.communeName, phoneAsTyped())}</p>
            </Show>
            <Show when={warning()}>{(text) => <p class="outcome-warning">{text()}</p>}</Show>
            <WhatToBring outcome={outcome()} />
          </div>
        </Match>
        <Match when={outcome()?._tag === "Full"}>
          <div class="outcome warning" role="status" tabindex="-1" ref={focusWhenShown}>
            <p class="outcome-title">{t.signUp.full}</p>
            <Show
              when={(outcome() as { nextClass?: PublicClass | null }).nextClass}
              fallback={<p>{t.signUp.fullNone}</p>}
            >
              {(next) => (
                <>
                  <p>{t.signUp.fullNext}</p>
                  <p class="next-class">
                    <strong>{next().title}</strong>
                    <br />
                    {formatDateTime(next().startsAt, lang)} · {next().venue}
                  </p>
                  <button
                    type="button"
                    class="button primary"
                    onClick={() =>
                      props.onOffer(next(), {
                        fullName: fullName(),
                        phone: phone(),
                        birthYear: birthYear(),
                        unitId: unitId(),
                        needs: needs(),
                        consent: consent(),
                      })
                    }
                  >
                    {t.signUp.signUpNext}
                  </button>
                </>
              )}
            </Show>
          </div>
        </Match>
        <Match when={outcome() === null || outcome()?._tag === "Failed"}>
          <form novalidate onSubmit={submit} onFocusIn={() => void loadCheck()}>
            <ErrorSummary idPrefix={prefix} errors={errors()} labels={labels} />
            <Show when={outcome()?._tag === "Failed"}>
              <p class="problem" role="alert" tabindex="-1" ref={focusWhenShown}>
                {t.signUp.failed}
              </p>
            </Show>
            <Field id={`${prefix}-fullName`} label={t.signUp.fullName} error={errors().fullName}>
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
              id={`${prefix}-phone`}
              label={t.signUp.phone}
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
              id={`${prefix}-birthYear`}
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
            <Field id={`${prefix}-unitId`} label={t.form.unit} error={errors().unitId}>
              {(aria) => (
                <UnitSelect
                  aria={aria}
                  units={units()}
                  value={unitId()}
                  onChange={setUnitId}
                  placeholder={t.form.chooseUnit}
                  wholeCommune={t.form.wholeCommune}
                />
              )}
            </Field>
            <CheckboxGroup
              id={`${prefix}-needs`}
              legend={t.signUp.needs}
              choices={content.needs}
              selected={needs()}
              onChange={setNeeds}
              error={errors().needs}
            />
            <Consent
              id={`${prefix}-consent`}
              text={t.form.consent}
              checked={consent()}
              onChange={setConsent}
              error={errors().consent}
            />
            <Honeypot idPrefix={prefix} onInput={setHoneypot} />
            <p class="actions">
              <button type="submit" class="button primary" disabled={sending()}>
                {sending() ? t.signUp.sending : t.signUp.submit}
              </button>
              <button type="button" class="button secondary" onClick={() => props.onClose()}>
                {t.signUp.cancel}
              </button>
            </p>
          </form>
        </Match>
      </Switch>
    </section>
  )
}

const WhatToBring = (props: { outcome: RegistrationOutcome | null }) => {
  const { t } = useI18n()
  const items = () =>
    props.outcome?._tag === "Registered" || props.outcome?._tag === "Duplicate"
      ? props.outcome.whatToBring
      : []
  return (
    <Show when={items().length > 0}>
      <p>{t.signUp.bring}</p>
      <ul class="bring">
        <For each={items()}>{(item) => <li>{item}</li>}</For>
      </ul>
    </Show>
  )
}
