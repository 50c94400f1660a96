/**
 * Create or edit a person: validated by the domain's PersonInput (the same messages as the API).
 * Birth is a date or just a year; groups come from the domain's list, with the school level for a
 * student and the employer for a worker.
 */
import * as Household from "@bdhv/domain/Household"
import * as Person from "@bdhv/domain/Person"
import { useNavigate, useParams, useSearchParams } from "@solidjs/router"
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import { createEffect, For, Show } from "solid-js"
import { useApi } from "../../api/client"
import { sender } from "../../api/typed"
import { households, organizations, people } from "../../api/registries"
import { createForm } from "../../forms/createForm"
import { useI18n } from "../../i18n/I18n"
import type { PersonItem } from "../../registry/schemas"
import { UnitSelect } from "../../registry/UnitSelect"
import { useUnits } from "../../registry/units"
import { CheckboxField, SelectField, TextField } from "../../ui/Field"
import { RecordPicker } from "../../ui/RecordPicker"
import { QueryView } from "../../ui/States"

type GroupTag = Person.GroupTag
const groupTags = Object.keys(Person.groupNames) as ReadonlyArray<GroupTag>

interface Values {
  fullName: string
  birthMode: "date" | "year"
  birthDate: string
  birthYear: string
  sex: "" | "male" | "female"
  household: { id: string; label: string } | null
  unitId: string
  groups: Array<GroupTag>
  schoolLevel: "" | Person.SchoolLevel
  employer: { id: string; label: string } | null
  vneidLevel: "0" | "1" | "2"
  hasDigitalBankAccount: boolean
  phone: string
}

const initialValues = (person: PersonItem | undefined, householdId?: string, unitId?: string): Values => {
  const student = person?.groups.find((g) => g._tag === "student")
  const worker = person?.groups.find((g) => g._tag === "worker")
  return {
    fullName: person?.fullName ?? "",
    birthMode: person !== undefined && "year" in person.birth ? "year" : "date",
    birthDate: person !== undefined && "date" in person.birth ? person.birth.date : "",
    birthYear: person !== undefined && "year" in person.birth ? String(person.birth.year) : "",
    sex: person?.sex ?? "",
    household:
      person?.householdId != null
        ? { id: person.householdId, label: person.householdId }
        : householdId !== undefined
          ? { id: householdId, label: householdId }
          : null,
    unitId: person?.unitId ?? unitId ?? "",
    groups: (person?.groups.map((g) => g._tag) ?? []) as Array<GroupTag>,
    schoolLevel: student?._tag === "student" ? student.schoolLevel : "",
    employer: worker?._tag === "worker" ? { id: worker.organizationId, label: worker.organizationId } : null,
    vneidLevel: String(person?.vneidLevel ?? 0) as Values["vneidLevel"],
    hasDigitalBankAccount: person?.hasDigitalBankAccount ?? false,
    phone: person?.phone ?? "",
  }
}

/** The form's strings as the input PersonInput decodes. */
export const personInputOf = (values: Values) => ({
  fullName: values.fullName,
  birth:
    values.birthMode === "date"
      ? { date: values.birthDate }
      : { year: values.birthYear.trim() === "" ? Number.NaN : Number(values.birthYear) },
  ...(values.sex === "" ? {} : { sex: values.sex }),
  householdId: values.household?.id ?? null,
  ...(values.unitId === "" ? {} : { unitId: values.unitId }),
  groups: values.groups.map((tag) =>
    tag === "student"
      ? { _tag: tag, ...(values.schoolLevel === "" ? {} : { schoolLevel: values.schoolLevel }) }
      : tag === "worker"
        ? { _tag: tag, ...(values.employer === null ? {} : { organizationId: values.employer.id }) }
        : { _tag: tag },
  ),
  vneidLevel: Number(values.vneidLevel),
  hasDigitalBankAccount: values.hasDigitalBankAccount,
  phone: values.phone,
})

const sendPerson = sender(people, Person.PersonInput)

const PersonForm = (props: {
  readonly existing?: PersonItem
  readonly householdId?: string
  readonly unitId?: string
}) => {
  const { t, pick } = useI18n()
  const api = useApi()
  const units = useUnits()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const form = createForm({
    initial: initialValues(props.existing, props.householdId, props.unitId),
    schema: Person.PersonInput,
    fields: [
      "fullName",
      "birth",
      "birth.date",
      "birth.year",
      "sex",
      "householdId",
      "unitId",
      "groups",
      "vneidLevel",
      "hasDigitalBankAccount",
      "phone",
      ...groupTags.map((_, i) => `groups.${i}.schoolLevel`),
      ...groupTags.map((_, i) => `groups.${i}.organizationId`),
    ],
    toInput: personInputOf,
  })
  // Show the household's code rather than its id once it is known.
  const household = useQuery(() => ({
    queryKey: ["households", form.values.household?.id],
    queryFn: () => households.get(api, form.values.household!.id),
    enabled: form.values.household !== null && form.values.household.label === form.values.household.id,
  }))
  const householdPicked = () => {
    const picked = form.values.household
    if (picked === null) return null
    return household.data !== undefined && household.data.id === picked.id
      ? { id: picked.id, label: `${household.data.code} — ${units.label(household.data.unitId)}` }
      : picked
  }
  // A person's unit is their household's (the domain's rule, checked again by the API).
  const pickedHousehold = useQuery(() => ({
    queryKey: ["households", form.values.household?.id],
    queryFn: () => households.get(api, form.values.household!.id),
    enabled: form.values.household !== null,
  }))
  createEffect(() => {
    const unitId = pickedHousehold.data?.unitId
    if (unitId !== undefined && form.values.household !== null && form.values.unitId === "")
      form.set("unitId", unitId)
  })
  const memberUnitError = () => {
    const picked = form.values.household
    const problem = Household.memberUnitProblem(
      { unitId: form.values.unitId, householdId: picked?.id ?? null },
      picked === null || pickedHousehold.data?.id !== picked.id ? undefined : pickedHousehold.data,
    )
    return problem === undefined ? undefined : pick(problem.message)
  }
  const groupError = (tag: GroupTag, field: string) => {
    const index = form.values.groups.indexOf(tag)
    return index < 0 ? undefined : form.error(`groups.${index}.${field}`)
  }
  const save = form.submit(async (input) => {
    if (memberUnitError() !== undefined) return
    const saved = await sendPerson(api, input, props.existing)
    await queryClient.invalidateQueries({ queryKey: ["people"] })
    queryClient.setQueryData(["people", saved.id], saved)
    navigate(`/people/${saved.id}`, { replace: props.existing !== undefined })
  })
  return (
    <form class="card form" onSubmit={save} novalidate>
      <TextField
        label={t("person.fullName")}
        required
        autocomplete="off"
        value={form.values.fullName}
        onInput={(v) => form.set("fullName", v)}
        error={form.error("fullName")}
      />
      <fieldset class="field">
        <legend>{t("person.birth")}</legend>
        <div class="segmented">
          <label class="check">
            <input
              type="radio"
              name="birthMode"
              checked={form.values.birthMode === "date"}
              onChange={() => form.set("birthMode", "date")}
            />
            {t("person.birthDate")}
          </label>
          <label class="check">
            <input
              type="radio"
              name="birthMode"
              checked={form.values.birthMode === "year"}
              onChange={() => form.set("birthMode", "year")}
            />
            {t("person.birthYearOnly")}
          </label>
        </div>
        <Show
          when={form.values.birthMode === "date"}
          fallback={
            <TextField
              label={t("person.birthYear")}
              required
              inputMode="numeric"
              value={form.values.birthYear}
              onInput={(v) => form.set("birthYear", v)}
              error={form.error("birth.year") ?? form.error("birth")}
            />
          }
        >
          <TextField
            label={t("person.birthDate")}
            type="date"
            required
            value={form.values.birthDate}
            onInput={(v) => form.set("birthDate", v)}
            error={form.error("birth.date") ?? form.error("birth")}
          />
        </Show>
      </fieldset>
      <SelectField
        label={t("person.sex")}
        required
        value={form.values.sex}
        onChange={(v) => form.set("sex", v)}
        placeholder={t("person.choose")}
        options={[
          { value: "female", label: t("person.female") },
          { value: "male", label: t("person.male") },
        ]}
        error={form.error("sex")}
      />
      <RecordPicker
        label={t("person.household")}
        queryKey="households"
        search={(q) => households.list(api, { q, pageSize: "8" })}
        itemLabel={(item) => `${item.code} — ${units.label(item.unitId)}`}
        itemDetail={(item) => item.address ?? ""}
        value={householdPicked()}
        onChange={(picked) => {
          form.set("household", picked)
          const unitId =
            picked === null
              ? undefined
              : queryClient.getQueryData<{ unitId: string }>(["households", picked.id])?.unitId
          if (unitId !== undefined && form.values.unitId === "") form.set("unitId", unitId)
        }}
        error={form.error("householdId")}
      />
      <UnitSelect
        label={t("person.unit")}
        leavesOnly
        required
        value={form.values.unitId}
        onChange={(v) => form.set("unitId", v)}
        error={form.error("unitId") ?? memberUnitError()}
      />
      <fieldset class="field checks">
        <legend>{t("person.groups")}</legend>
        <div class="check-grid">
          <For each={groupTags}>
            {(tag) => (
              <CheckboxField
                label={pick(Person.groupNames[tag])}
                checked={form.values.groups.includes(tag)}
                onChange={(checked) =>
                  form.set(
                    "groups",
                    checked ? [...form.values.groups, tag] : form.values.groups.filter((g) => g !== tag),
                  )
                }
              />
            )}
          </For>
        </div>
      </fieldset>
      <Show when={form.values.groups.includes("student")}>
        <SelectField
          label={t("person.schoolLevel")}
          required
          value={form.values.schoolLevel}
          onChange={(v) => form.set("schoolLevel", v)}
          placeholder={t("person.choose")}
          options={Person.SchoolLevel.literals.map((level) => ({
            value: level,
            label: pick(Person.schoolLevelNames[level]),
          }))}
          error={groupError("student", "schoolLevel")}
        />
      </Show>
      <Show when={form.values.groups.includes("worker")}>
        <RecordPicker
          label={t("person.employer")}
          queryKey="organizations"
          search={(q) => organizations.list(api, { q, pageSize: "8" })}
          itemLabel={(item) => item.name}
          value={form.values.employer}
          onChange={(picked) => form.set("employer", picked)}
          error={groupError("worker", "organizationId")}
        />
      </Show>
      <fieldset class="field">
        <legend>{t("person.vneid")}</legend>
        <div class="segmented">
          <For each={["0", "1", "2"] as const}>
            {(level) => (
              <label class="check">
                <input
                  type="radio"
                  name="vneidLevel"
                  checked={form.values.vneidLevel === level}
                  onChange={() => form.set("vneidLevel", level)}
                />
                {level === "2" ? t("person.vneid2") : level === "1" ? t("person.vneid1") : t("person.vneid0")}
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <CheckboxField
        label={t("person.bank")}
        checked={form.values.hasDigitalBankAccount}
        onChange={(v) => form.set("hasDigitalBankAccount", v)}
      />
      <TextField
        label={t("person.phone")}
        type="tel"
        inputMode="tel"
        autocomplete="off"
        value={form.values.phone}
        onInput={(v) => form.set("phone", v)}
        error={form.error("phone")}
      />
      <Show when={form.formError()}>
        <p class="form-error" role="alert">
          {form.formError()}
        </p>
      </Show>
      <div class="form-actions">
        <button type="button" class="button" onClick={() => history.back()}>
          {t("common.cancel")}
        </button>
        <button type="submit" class="button button-primary" disabled={form.pending()}>
          {form.pending() ? t("common.saving") : t("common.save")}
        </button>
      </div>
    </form>
  )
}

export default function PersonFormPage() {
  const { t } = useI18n()
  const api = useApi()
  const params = useParams<{ id?: string }>()
  const [search] = useSearchParams<{ householdId?: string; unitId?: string }>()
  const existing = useQuery(() => ({
    queryKey: ["people", params.id],
    queryFn: () => people.get(api, params.id!),
    enabled: params.id !== undefined,
  }))
  return (
    <section class="page narrow">
      <h1>{params.id === undefined ? t("person.new") : t("person.edit")}</h1>
      <Show
        when={params.id !== undefined}
        fallback={
          <PersonForm
            {...(search.householdId ? { householdId: search.householdId } : {})}
            {...(search.unitId ? { unitId: search.unitId } : {})}
          />
        }
      >
        <QueryView query={existing}>{(item) => <PersonForm existing={item} />}</QueryView>
      </Show>
    </section>
  )
}
