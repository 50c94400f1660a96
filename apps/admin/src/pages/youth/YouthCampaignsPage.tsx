/**
 * The youth campaign of task group 7: per youth union base, the volunteers, the sessions they held and
 * the people they helped (the domain's `YouthCampaign.countsByBase`, computed by the API); the
 * campaigns, latest first; and a form for a new campaign (a base, a theme, a period). Volunteers join
 * a campaign when their application is approved on the volunteers page.
 */
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import { createSignal, For, Show } from "solid-js"
import { ApiError } from "../../api/ApiError"
import { useApi } from "../../api/client"
import { createYouthCampaign, youthBases, youthCampaigns, youthCounts } from "../../api/youthCampaigns"
import { useI18n } from "../../i18n/I18n"
import { useListQuery } from "../../registry/listParams"
import { SelectField, TextField } from "../../ui/Field"
import { ListPagination } from "../../ui/Pagination"
import { Empty, ErrorState, QueryView } from "../../ui/States"

export default function YouthCampaignsPage() {
  const { t, number, date } = useI18n()
  const api = useApi()
  const list = useListQuery()
  const counts = useQuery(() => ({
    queryKey: ["youth-campaigns", "counts"],
    queryFn: () => youthCounts(api),
  }))
  const apiQuery = () => ({ page: String(list.query().page), pageSize: String(list.query().pageSize) })
  const campaigns = useQuery(() => ({
    queryKey: ["youth-campaigns", apiQuery()],
    queryFn: () => youthCampaigns(api, apiQuery()),
    placeholderData: (previous) => previous,
  }))
  return (
    <section class="page youth-campaigns">
      <h1>{t("nav.youthCampaigns")}</h1>
      <p class="muted">{t("youth.intro")}</p>
      <section class="card" aria-labelledby="youth-counts-title">
        <h2 id="youth-counts-title">{t("youth.countsTitle")}</h2>
        <QueryView
          query={counts}
          isEmpty={(data) => data.length === 0}
          empty={<Empty message={t("youth.noBases")} />}
        >
          {(data) => (
            <div class="table-wrap">
              <table class="data-table">
                <caption class="visually-hidden">{t("youth.countsTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("youth.base")}</th>
                    <th scope="col">{t("youth.campaigns")}</th>
                    <th scope="col">{t("youth.volunteers")}</th>
                    <th scope="col">{t("youth.sessionsHeld")}</th>
                    <th scope="col">{t("youth.peopleHelped")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={data}>
                    {(base) => (
                      <tr>
                        <td data-label={t("youth.base")}>{base.organizationName}</td>
                        <td data-label={t("youth.campaigns")}>{number(base.campaigns)}</td>
                        <td data-label={t("youth.volunteers")}>{number(base.volunteers)}</td>
                        <td data-label={t("youth.sessionsHeld")}>{number(base.sessionsHeld)}</td>
                        <td data-label={t("youth.peopleHelped")}>{number(base.peopleHelped)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          )}
        </QueryView>
        <p class="muted small">{t("youth.definitions")}</p>
      </section>
      <NewCampaign />
      <h2>{t("youth.campaignsTitle")}</h2>
      <QueryView
        query={campaigns}
        isEmpty={(data) => data.total === 0}
        empty={<Empty message={t("youth.empty")} />}
      >
        {(data) => (
          <>
            <ul class="plain-list">
              <For each={data.items}>
                {(campaign) => (
                  <li>
                    <strong>{campaign.theme}</strong>
                    <span class="muted small">
                      {" · "}
                      {campaign.organizationName} · {date(campaign.from)} – {date(campaign.to)} ·{" "}
                      {t("youth.volunteerCount", { count: campaign.volunteers })}
                    </span>
                  </li>
                )}
              </For>
            </ul>
            <ListPagination data={data} onPage={list.setPage} onCursor={list.setCursor} />
          </>
        )}
      </QueryView>
    </section>
  )
}

const NewCampaign = () => {
  const { t } = useI18n()
  const api = useApi()
  const queryClient = useQueryClient()
  const bases = useQuery(() => ({
    queryKey: ["organizations", "youth-bases"],
    queryFn: () => youthBases(api),
  }))
  const [organizationId, setOrganizationId] = createSignal("")
  const [theme, setTheme] = createSignal("")
  const [from, setFrom] = createSignal("")
  const [to, setTo] = createSignal("")
  const [errors, setErrors] = createSignal<Record<string, string>>({})
  const [failure, setFailure] = createSignal<unknown>()
  const [saved, setSaved] = createSignal("")
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    setErrors({})
    setFailure(undefined)
    try {
      const created = await createYouthCampaign(api, {
        organizationId: organizationId(),
        theme: theme(),
        from: from(),
        to: to(),
      })
      setSaved(t("youth.saved", { theme: created.theme }))
      setTheme("")
      await queryClient.invalidateQueries({ queryKey: ["youth-campaigns"] })
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) setErrors(error.fieldMessages())
      setFailure(error)
    }
  }
  return (
    <form
      class="card form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="youth-new-title"
    >
      <h2 id="youth-new-title">{t("youth.newTitle")}</h2>
      <SelectField
        label={t("youth.base")}
        required
        value={organizationId()}
        onChange={setOrganizationId}
        placeholder={t("person.choose")}
        options={(bases.data?.items ?? []).map((base) => ({ value: base.id, label: base.name }))}
        error={errors().organizationId}
      />
      <TextField
        label={t("youth.theme")}
        required
        value={theme()}
        onInput={setTheme}
        error={errors().theme}
      />
      <div class="form-row">
        <TextField
          label={t("youth.from")}
          required
          type="date"
          value={from()}
          onInput={setFrom}
          error={errors().from}
        />
        <TextField
          label={t("youth.to")}
          required
          type="date"
          value={to()}
          onInput={setTo}
          error={errors().to}
        />
      </div>
      <Show when={failure() !== undefined && Object.keys(errors()).length === 0}>
        <ErrorState error={failure()} />
      </Show>
      <p class="visually-hidden" role="status" aria-live="polite">
        {saved()}
      </p>
      <div class="form-actions">
        <button type="submit" class="button button-primary">
          {t("youth.create")}
        </button>
      </div>
    </form>
  )
}
