/**
 * One public sign-up, as the commune officer reviews it: what the form said and the class it holds a
 * seat in; the registered people it may be (the domain's ranking, each with what they share) to match
 * it to; the form that registers the person with their household, asking what the public form did not
 * (sex, the village, the household); or a rejection with its reason. Each is final, after a
 * confirmation or a filled form; a decided sign-up shows what was decided.
 */
import * as Person from "@bdhv/domain/Person"
import * as Registration from "@bdhv/domain/Registration"
import * as SignUp from "@bdhv/domain/SignUp"
import { A, useParams } from "@solidjs/router"
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import { createSignal, For, Match, Show, Switch } from "solid-js"
import { ApiError } from "../../api/ApiError"
import { useApi } from "../../api/client"
import {
  decideSignUp,
  type SignUpDecision,
  type SignUpItem,
  signUp,
  signUpCandidates,
  villageHouseholds,
} from "../../api/signUps"
import { useI18n } from "../../i18n/I18n"
import type { MessageKey } from "../../i18n/vi"
import { UnitSelect } from "../../registry/UnitSelect"
import { isLeafKind, useUnits } from "../../registry/units"
import { ConfirmDialog } from "../../ui/ConfirmDialog"
import { CheckboxField, SelectField, TextField } from "../../ui/Field"
import { ErrorState, QueryView } from "../../ui/States"

const evidenceKey: Record<string, MessageKey> = {
  name: "signUp.evidence.name",
  phone: "signUp.evidence.phone",
  birthYear: "signUp.evidence.birthYear",
  nearBirthYear: "signUp.evidence.nearBirthYear",
  commune: "signUp.evidence.commune",
}

export default function SignUpPage() {
  const { t, pick, dateTime } = useI18n()
  const api = useApi()
  const params = useParams<{ id: string }>()
  const queryClient = useQueryClient()
  const item = useQuery(() => ({ queryKey: ["sign-ups", params.id], queryFn: () => signUp(api, params.id) }))
  const units = useUnits()
  const [notice, setNotice] = createSignal("")
  const decide = async (current: SignUpItem, decision: SignUpDecision) => {
    const decided = await decideSignUp(api, current.id, decision)
    queryClient.setQueryData(["sign-ups", params.id], decided)
    setNotice(
      t(decided.status === "accepted" ? "signUp.acceptedNotice" : "signUp.rejectedNotice", {
        name: current.fullName,
      }),
    )
    await Promise.all(
      ["sign-ups", "people", "households", "classes", "indicators"].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    )
  }
  return (
    <section class="page">
      <p>
        <A href="/sign-ups">← {t("nav.signUps")}</A>
      </p>
      <p class="visually-hidden" role="status" aria-live="polite">
        {notice()}
      </p>
      <QueryView query={item}>
        {(current) => (
          <>
            <h1>{current.fullName}</h1>
            <dl class="details">
              <dt>{t("signUp.class")}</dt>
              <dd>
                {current.classTitle}
                <Show when={current.classStartsAt !== ""}>
                  <span class="muted"> · {dateTime(current.classStartsAt)}</span>
                </Show>
              </dd>
              <dt>{t("signUp.place")}</dt>
              <dd>
                {current.unitName}
                <Show when={current.unitName !== current.communeName}>
                  <span class="muted"> · {current.communeName}</span>
                </Show>
              </dd>
              <dt>{t("signUp.contact")}</dt>
              <dd>
                {current.phone} · {t("volunteer.born", { year: current.birthYear })}
              </dd>
              <dt>{t("signUp.needs")}</dt>
              <dd>
                {current.needs.length === 0
                  ? t("common.none")
                  : current.needs.map((need) => pick(Registration.needNames[need])).join("; ")}
              </dd>
              <dt>{t("signUp.receivedOn")}</dt>
              <dd>{dateTime(current.createdAt)}</dd>
              <dt>{t("signUp.status")}</dt>
              <dd>
                <strong>{pick(SignUp.statusNames[current.status])}</strong>
                <Show when={current.decidedAt}>{(at) => <span class="muted"> · {dateTime(at())}</span>}</Show>
              </dd>
              <Show when={current.reason}>
                {(reason) => (
                  <>
                    <dt>{t("signUp.reason")}</dt>
                    <dd>{reason()}</dd>
                  </>
                )}
              </Show>
            </dl>
            <Switch>
              <Match when={current.status === "accepted" && current.personId}>
                {(personId) => (
                  <p>
                    <A href={`/people/${personId()}`} class="button">
                      {t("signUp.openPerson")}
                    </A>
                  </p>
                )}
              </Match>
              <Match when={current.status === "pending"}>
                <p class="muted">{t("signUp.seatHeld")}</p>
                <div class="sign-up-review">
                  <Candidates current={current} onDecide={decide} />
                  {/* The village select is drawn once the tree is there, so it shows the sign-up's village. */}
                  <Show when={units.query.data}>
                    <NewPerson current={current} onDecide={decide} />
                  </Show>
                  <Reject current={current} onDecide={decide} />
                </div>
              </Match>
            </Switch>
          </>
        )}
      </QueryView>
    </section>
  )
}

type Decide = (current: SignUpItem, decision: SignUpDecision) => Promise<void>

const Candidates = (props: { readonly current: SignUpItem; readonly onDecide: Decide }) => {
  const { t } = useI18n()
  const api = useApi()
  const candidates = useQuery(() => ({
    queryKey: ["sign-ups", props.current.id, "candidates"],
    queryFn: () => signUpCandidates(api, props.current.id),
  }))
  return (
    <section class="card" aria-labelledby="candidates-title">
      <h2 id="candidates-title">{t("signUp.candidatesTitle")}</h2>
      <p class="muted">{t("signUp.candidatesIntro")}</p>
      <QueryView
        query={candidates}
        isEmpty={(list) => list.length === 0}
        empty={<p>{t("signUp.noCandidates")}</p>}
      >
        {(list) => (
          <ul class="plain-list">
            <For each={list}>
              {(candidate) => (
                <li class="candidate">
                  <div>
                    <A href={`/people/${candidate.id}`}>{candidate.fullName}</A>
                    <span class="muted small">
                      {" · "}
                      {t("volunteer.born", { year: candidate.birthYear })} · {candidate.unitName}
                      <Show when={candidate.phone}>{(phone) => <> · {phone()}</>}</Show>
                    </span>
                    <p class="small">
                      {t("signUp.shares")}{" "}
                      {candidate.evidence.map((part) => t(evidenceKey[part] ?? "common.none")).join(", ")}
                    </p>
                  </div>
                  <ConfirmDialog
                    tone="primary"
                    trigger={t("signUp.match")}
                    title={t("signUp.matchTitle")}
                    description={t("signUp.matchConfirm", {
                      name: props.current.fullName,
                      person: candidate.fullName,
                    })}
                    confirm={t("signUp.match")}
                    pending={t("volunteer.deciding")}
                    onConfirm={() =>
                      props.onDecide(props.current, {
                        decision: "match",
                        version: props.current.version,
                        personId: candidate.id,
                      })
                    }
                  />
                </li>
              )}
            </For>
          </ul>
        )}
      </QueryView>
    </section>
  )
}

const NewPerson = (props: { readonly current: SignUpItem; readonly onDecide: Decide }) => {
  const { t, pick } = useI18n()
  const api = useApi()
  const units = useUnits()
  const startVillage = () => {
    const unit = units.tree().byId.get(props.current.unitId)
    return unit !== undefined && isLeafKind(unit.kind) ? unit.id : ""
  }
  const [fullName, setFullName] = createSignal(props.current.fullName)
  const [sex, setSex] = createSignal<Person.Sex | "">("")
  const [birthYear, setBirthYear] = createSignal(String(props.current.birthYear))
  const [birthDate, setBirthDate] = createSignal("")
  const [village, setVillage] = createSignal("")
  const chosenVillage = () => village() || startVillage()
  const [householdMode, setHouseholdMode] = createSignal<"existing" | "new">("new")
  const [householdId, setHouseholdId] = createSignal("")
  const [code, setCode] = createSignal("")
  const [address, setAddress] = createSignal("")
  const [vneidLevel, setVneidLevel] = createSignal<"0" | "1" | "2">("0")
  const [bank, setBank] = createSignal(false)
  const [disability, setDisability] = createSignal(props.current.needs.includes("disability"))
  const [errors, setErrors] = createSignal<Record<string, string>>({})
  const [failure, setFailure] = createSignal<unknown>()
  const [saving, setSaving] = createSignal(false)
  const households = useQuery(() => ({
    queryKey: ["households", "village", chosenVillage()],
    queryFn: () => villageHouseholds(api, chosenVillage()),
    enabled: chosenVillage() !== "" && householdMode() === "existing",
  }))
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const local: Record<string, string> = {}
    if (sex() === "") local["person.sex"] = t("signUp.chooseSex")
    if (chosenVillage() === "") local["person.unitId"] = t("unit.chooseVillage")
    if (householdMode() === "existing" && householdId() === "")
      local["person.householdId"] = t("signUp.chooseHousehold")
    if (householdMode() === "new" && code().trim() === "") local["household.code"] = t("signUp.enterCode")
    setErrors(local)
    setFailure(undefined)
    if (Object.keys(local).length > 0) return
    setSaving(true)
    try {
      await props.onDecide(props.current, {
        decision: "create",
        version: props.current.version,
        person: {
          fullName: fullName(),
          birth: birthDate() === "" ? { year: Number(birthYear()) } : { date: birthDate() },
          sex: sex() as Person.Sex,
          householdId: householdMode() === "existing" ? householdId() : null,
          unitId: chosenVillage(),
          groups: disability() ? [{ _tag: "disability" }] : [],
          vneidLevel: Number(vneidLevel()) as 0 | 1 | 2,
          hasDigitalBankAccount: bank(),
          phone: props.current.phone,
        },
        ...(householdMode() === "new"
          ? {
              household: {
                code: code().trim(),
                unitId: chosenVillage(),
                isRemote: false,
                ...(address().trim() === "" ? {} : { address: address().trim() }),
              },
            }
          : {}),
      })
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) setErrors(error.fieldMessages())
      setFailure(error)
    } finally {
      setSaving(false)
    }
  }
  return (
    <section class="card" aria-labelledby="new-person-title">
      <h2 id="new-person-title">{t("signUp.newPersonTitle")}</h2>
      <p class="muted">{t("signUp.newPersonIntro")}</p>
      <form class="form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t("person.fullName")}
          required
          value={fullName()}
          onInput={setFullName}
          error={errors()["person.fullName"]}
        />
        <SelectField
          label={t("person.sex")}
          required
          value={sex()}
          onChange={setSex}
          placeholder={t("person.choose")}
          options={Person.Sex.literals.map((value) => ({ value, label: pick(Person.sexNames[value]) }))}
          error={errors()["person.sex"]}
        />
        <TextField
          label={t("person.birthYear")}
          required
          type="number"
          inputMode="numeric"
          value={birthYear()}
          onInput={setBirthYear}
          error={errors()["person.birth.year"] ?? errors()["person.birth"]}
        />
        <TextField
          label={t("person.birthDate")}
          type="date"
          value={birthDate()}
          onInput={setBirthDate}
          hint={t("signUp.birthDateHint")}
          error={errors()["person.birth.date"]}
        />
        <UnitSelect
          label={t("person.unit")}
          leavesOnly
          required
          value={chosenVillage()}
          onChange={setVillage}
          error={errors()["person.unitId"]}
        />
        <SelectField
          label={t("person.household")}
          required
          value={householdMode()}
          onChange={(value) => setHouseholdMode(value === "existing" ? "existing" : "new")}
          options={[
            { value: "new", label: t("signUp.householdNew") },
            { value: "existing", label: t("signUp.householdExisting") },
          ]}
        />
        <Show
          when={householdMode() === "existing"}
          fallback={
            <>
              <TextField
                label={t("household.code")}
                required
                value={code()}
                onInput={setCode}
                hint={t("household.codeHint")}
                error={errors()["household.code"]}
              />
              <TextField
                label={t("household.address")}
                value={address()}
                onInput={setAddress}
                error={errors()["household.address"]}
              />
            </>
          }
        >
          <SelectField
            label={t("signUp.whichHousehold")}
            required
            value={householdId()}
            onChange={setHouseholdId}
            placeholder={t("person.choose")}
            options={(households.data?.items ?? []).map((h) => ({
              value: h.id,
              label: h.headName === null ? h.code : `${h.code} — ${h.headName}`,
            }))}
            error={errors()["person.householdId"]}
          />
        </Show>
        <SelectField
          label={t("person.vneid")}
          required
          value={vneidLevel()}
          onChange={(value) => setVneidLevel(value === "" ? "0" : value)}
          options={(["0", "1", "2"] as const).map((value) => ({ value, label: t(`signUp.vneid.${value}`) }))}
        />
        <CheckboxField label={t("signUp.digitalBank")} checked={bank()} onChange={setBank} />
        <CheckboxField label={t("signUp.disability")} checked={disability()} onChange={setDisability} />
        <Show when={failure() !== undefined}>
          <ErrorState error={failure()} />
        </Show>
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={saving()}>
            {saving() ? t("volunteer.deciding") : t("signUp.accept")}
          </button>
        </div>
      </form>
    </section>
  )
}

const Reject = (props: { readonly current: SignUpItem; readonly onDecide: Decide }) => {
  const { t } = useI18n()
  const [reason, setReason] = createSignal("")
  const [error, setError] = createSignal<string>()
  return (
    <section class="card" aria-labelledby="reject-title">
      <h2 id="reject-title">{t("signUp.rejectTitle")}</h2>
      <TextField
        label={t("signUp.reason")}
        required
        value={reason()}
        onInput={(value) => {
          setReason(value)
          setError(undefined)
        }}
        hint={t("signUp.reasonHint")}
        error={error()}
      />
      <Show
        when={reason().trim() !== ""}
        fallback={
          <button
            type="button"
            class="button button-danger"
            onClick={() => setError(t("signUp.reasonNeeded"))}
          >
            {t("signUp.reject")}
          </button>
        }
      >
        <ConfirmDialog
          trigger={t("signUp.reject")}
          title={t("signUp.rejectTitle")}
          description={t("signUp.rejectConfirm", { name: props.current.fullName })}
          confirm={t("signUp.reject")}
          pending={t("volunteer.deciding")}
          onConfirm={() =>
            props.onDecide(props.current, {
              decision: "reject",
              version: props.current.version,
              reason: reason(),
            })
          }
        />
      </Show>
    </section>
  )
}
