/**
 * Schedule or edit a class, validated by the domain's Class schema (topics from the catalogue,
 * venue for in-person classes, the organization for party-cell and workplace classes).
 */
import * as Class from "@bdhv/domain/Class"
import * as Topic from "@bdhv/domain/Topic"
import { useNavigate, useParams } from "@solidjs/router"
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import { Schema, Struct } from "effect"
import { Show } from "solid-js"
import { useApi } from "../../api/client"
import { sender } from "../../api/typed"
import { classes, organizations } from "../../api/registries"
import { createForm } from "../../forms/createForm"
import { instantToLocal, localToInstant } from "../../forms/vietnamTime"
import { useI18n } from "../../i18n/I18n"
import type { ClassItem } from "../../registry/schemas"
import { UnitSelect } from "../../registry/UnitSelect"
import { CheckboxGroup, SelectField, TextField } from "../../ui/Field"
import { RecordPicker } from "../../ui/RecordPicker"
import { QueryView } from "../../ui/States"

interface Values {
  title: string
  unitId: string
  audience: Class.Audience | ""
  topicIds: ReadonlyArray<string>
  startsAt: string
  durationMinutes: string
  mode: Class.Mode
  venue: string
  capacity: string
  organization: { id: string; label: string } | null
}

/** The form's values as the input the domain's Class decodes (a draft id stands in for the new one). */
export const classInputOf = (values: Values, existing?: ClassItem) => ({
  id: existing?.id ?? "draft",
  title: values.title,
  ...(values.unitId === "" ? {} : { unitId: values.unitId }),
  ...(values.audience === "" ? {} : { audience: values.audience }),
  topicIds: values.topicIds,
  startsAt: localToInstant(values.startsAt),
  durationMinutes: values.durationMinutes.trim() === "" ? Number.NaN : Number(values.durationMinutes),
  mode: values.mode,
  venue: values.venue.trim() === "" ? null : values.venue.trim(),
  capacity: values.capacity.trim() === "" ? Number.NaN : Number(values.capacity),
  instructorIds: existing?.instructorIds ?? [],
  organizationId: values.organization?.id ?? null,
  status: existing?.status ?? "scheduled",
})

/** The body of a class: its fields without the draft id the form validates with. */
const sendClass = sender(classes, Schema.Struct(Struct.omit(Class.Class.fields, ["id"])))

const ClassForm = (props: { readonly existing?: ClassItem }) => {
  const { t, pick } = useI18n()
  const api = useApi()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const e = props.existing
  const form = createForm({
    initial: {
      title: e?.title ?? "",
      unitId: e?.unitId ?? "",
      audience: e?.audience ?? "",
      topicIds: e?.topicIds ?? [],
      startsAt: e === undefined ? "" : instantToLocal(e.startsAt),
      durationMinutes: String(e?.durationMinutes ?? 90),
      mode: e?.mode ?? "in_person",
      venue: e?.venue ?? "",
      capacity: String(e?.capacity ?? 30),
      organization: e?.organizationId == null ? null : { id: e.organizationId, label: e.organizationId },
    } as Values,
    schema: Class.Class,
    fields: [
      "title",
      "unitId",
      "audience",
      "topicIds",
      "startsAt",
      "durationMinutes",
      "mode",
      "venue",
      "capacity",
      "organizationId",
    ],
    toInput: (values) => classInputOf(values, props.existing),
  })
  const save = form.submit(async (value) => {
    const saved = await sendClass(api, value, props.existing)
    await queryClient.invalidateQueries({ queryKey: ["classes"] })
    navigate(`/classes/${saved.id}`, { replace: props.existing !== undefined })
  })
  const needsOrganization = () =>
    form.values.audience !== "" && Class.organizationAudiences.includes(form.values.audience)
  return (
    <form class="card form" onSubmit={save} novalidate>
      <TextField
        label={t("class.title")}
        required
        value={form.values.title}
        onInput={(v) => form.set("title", v)}
        error={form.error("title")}
      />
      <UnitSelect
        label={t("class.unit")}
        required
        value={form.values.unitId}
        onChange={(v) => form.set("unitId", v)}
        error={form.error("unitId")}
      />
      <SelectField
        label={t("class.audience")}
        required
        value={form.values.audience}
        onChange={(v) => form.set("audience", v)}
        placeholder={t("person.choose")}
        options={Class.Audience.literals.map((a) => ({ value: a, label: pick(Class.audienceNames[a]) }))}
        error={form.error("audience")}
      />
      <Show when={needsOrganization()}>
        <RecordPicker
          label={form.values.audience === "party_members" ? t("class.partyCell") : t("class.organization")}
          queryKey="organizations"
          search={(q) =>
            organizations.list(api, {
              q,
              pageSize: "8",
              ...(form.values.audience === "party_members" ? { kind: "party_cell" } : {}),
            })
          }
          itemLabel={(item) => item.name}
          value={form.values.organization}
          onChange={(picked) => form.set("organization", picked)}
          error={form.error("organizationId")}
        />
      </Show>
      <CheckboxGroup
        legend={t("class.topics")}
        options={Topic.catalogue.map((topic) => ({ value: topic.id as string, label: pick(topic.name) }))}
        values={form.values.topicIds}
        onChange={(v) => form.set("topicIds", v)}
        error={form.error("topicIds")}
      />
      <div class="form-row">
        <TextField
          label={t("class.startsAt")}
          type="datetime-local"
          required
          value={form.values.startsAt}
          onInput={(v) => form.set("startsAt", v)}
          error={form.error("startsAt")}
        />
        <TextField
          label={t("class.duration")}
          type="number"
          inputMode="numeric"
          required
          min="1"
          max={String(Class.MAX_DURATION_MINUTES)}
          value={form.values.durationMinutes}
          onInput={(v) => form.set("durationMinutes", v)}
          error={form.error("durationMinutes")}
        />
      </div>
      <SelectField
        label={t("class.mode")}
        required
        value={form.values.mode}
        onChange={(v) => form.set("mode", v === "" ? "in_person" : v)}
        options={Class.Mode.literals.map((m) => ({ value: m, label: t(`classMode.${m}`) }))}
        error={form.error("mode")}
      />
      <Show when={form.values.mode !== "online"}>
        <TextField
          label={t("class.venue")}
          required
          value={form.values.venue}
          onInput={(v) => form.set("venue", v)}
          error={form.error("venue")}
        />
      </Show>
      <TextField
        label={t("class.capacity")}
        type="number"
        inputMode="numeric"
        required
        min="1"
        value={form.values.capacity}
        onInput={(v) => form.set("capacity", v)}
        error={form.error("capacity")}
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

export default function ClassFormPage() {
  const { t } = useI18n()
  const api = useApi()
  const params = useParams<{ id?: string }>()
  const existing = useQuery(() => ({
    queryKey: ["classes", params.id],
    queryFn: () => classes.get(api, params.id!),
    enabled: params.id !== undefined,
  }))
  return (
    <section class="page narrow">
      <h1>{params.id === undefined ? t("class.new") : t("class.edit")}</h1>
      <Show when={params.id !== undefined} fallback={<ClassForm />}>
        <QueryView query={existing}>{(item) => <ClassForm existing={item} />}</QueryView>
      </Show>
    </section>
  )
}
