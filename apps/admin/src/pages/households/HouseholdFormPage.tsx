/** Create or edit a household; validated by the domain's Household schema before it is sent. */
import { useNavigate, useParams, useSearchParams } from "@solidjs/router"
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import { Show } from "solid-js"
import { useApi } from "../../api/client"
import { sender } from "../../api/typed"
import { households, people } from "../../api/registries"
import { createForm } from "../../forms/createForm"
import { useI18n } from "../../i18n/I18n"
import { type HouseholdItem, HouseholdInput } from "../../registry/schemas"
import { UnitSelect } from "../../registry/UnitSelect"
import { CheckboxField, SelectField, TextField } from "../../ui/Field"
import { QueryView } from "../../ui/States"

const sendHousehold = sender(households, HouseholdInput)

const HouseholdForm = (props: { readonly existing?: HouseholdItem; readonly unitId?: string }) => {
  const { t } = useI18n()
  const api = useApi()
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const form = createForm({
    initial: {
      code: props.existing?.code ?? "",
      unitId: props.existing?.unitId ?? props.unitId ?? "",
      address: props.existing?.address ?? "",
      isRemote: props.existing?.isRemote ?? false,
      headId: props.existing?.headId ?? "",
    },
    schema: HouseholdInput,
    fields: ["code", "unitId", "address", "isRemote", "headId"],
    toInput: (values) => ({
      code: values.code.trim(),
      ...(values.unitId === "" ? {} : { unitId: values.unitId }),
      ...(values.address.trim() === "" ? {} : { address: values.address.trim() }),
      isRemote: values.isRemote,
      ...(props.existing === undefined ? {} : { headId: values.headId === "" ? null : values.headId }),
    }),
  })
  // The head is chosen among the members, so only once the household exists.
  const members = useQuery(() => ({
    queryKey: ["people", { householdId: props.existing?.id }],
    queryFn: () => people.list(api, { householdId: props.existing!.id, pageSize: "100" }),
    enabled: props.existing !== undefined,
  }))
  const save = form.submit(async (input) => {
    const saved = await sendHousehold(api, input, props.existing)
    await queryClient.invalidateQueries({ queryKey: ["households"] })
    queryClient.setQueryData(["households", saved.id], saved)
    navigate(`/households/${saved.id}`, { replace: props.existing !== undefined })
  })
  return (
    <form class="card form" onSubmit={save} novalidate>
      <TextField
        label={t("household.code")}
        required
        value={form.values.code}
        onInput={(v) => form.set("code", v)}
        error={form.error("code")}
        hint={t("household.codeHint")}
      />
      <Show when={props.existing !== undefined}>
        <SelectField
          label={t("household.head")}
          value={form.values.headId}
          onChange={(v) => form.set("headId", v)}
          options={(members.data?.items ?? []).map((m) => ({ value: m.id, label: m.fullName }))}
          placeholder={t("common.none")}
          error={form.error("headId")}
        />
      </Show>
      <UnitSelect
        label={t("household.unit")}
        leavesOnly
        required
        value={form.values.unitId}
        onChange={(v) => form.set("unitId", v)}
        error={form.error("unitId")}
      />
      <TextField
        label={t("household.address")}
        value={form.values.address}
        onInput={(v) => form.set("address", v)}
        error={form.error("address")}
      />
      <CheckboxField
        label={t("household.remoteLong")}
        checked={form.values.isRemote}
        onChange={(v) => form.set("isRemote", v)}
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

export default function HouseholdFormPage() {
  const { t } = useI18n()
  const api = useApi()
  const params = useParams<{ id?: string }>()
  const [search] = useSearchParams<{ unitId?: string }>()
  const existing = useQuery(() => ({
    queryKey: ["households", params.id],
    queryFn: () => households.get(api, params.id!),
    enabled: params.id !== undefined,
  }))
  return (
    <section class="page narrow">
      <h1>{params.id === undefined ? t("household.new") : t("household.edit")}</h1>
      <Show
        when={params.id !== undefined}
        fallback={<HouseholdForm {...(search.unitId ? { unitId: search.unitId } : {})} />}
      >
        <QueryView query={existing}>{(item) => <HouseholdForm existing={item} />}</QueryView>
      </Show>
    </section>
  )
}
