/**
 * Volunteer applications from the public site (Đại sứ số guides and youth volunteers), for the admins
 * of the applicant's commune: the pending ones first, each approved or rejected once, after a
 * confirmation. Approving a guide's application creates their guide record (the API does it); approving
 * a youth volunteer is a join: the officer names the youth campaign or community team they join (the
 * domain's `Registration.decisionProblems`), and the dialog says which.
 */
import * as Registration from "@bdhv/domain/Registration"
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import { createSignal, For, Show } from "solid-js"
import { useApi } from "../api/client"
import { communityTeams, youthCampaigns } from "../api/youthCampaigns"
import {
  type ApplicationStatus,
  decideApplication,
  type Joins,
  type VolunteerApplication,
  volunteerApplications,
} from "../api/volunteers"
import { useI18n } from "../i18n/I18n"
import { useListQuery } from "../registry/listParams"
import { ConfirmDialog } from "../ui/ConfirmDialog"
import { SelectField } from "../ui/Field"
import { ListPagination } from "../ui/Pagination"
import { SearchBox } from "../ui/SearchBox"
import { Empty, QueryView } from "../ui/States"

const statuses: ReadonlyArray<ApplicationStatus> = ["pending", "approved", "rejected"]

const isStatus = (value: string | undefined): value is ApplicationStatus =>
  statuses.some((status) => status === value)

export default function VolunteersPage() {
  const { t, pick, date, dateTime } = useI18n()
  const api = useApi()
  const queryClient = useQueryClient()
  const list = useListQuery()
  const [notice, setNotice] = createSignal("")
  const status = (): ApplicationStatus => {
    const chosen = list.query().filters.status
    return isStatus(chosen) ? chosen : "pending"
  }
  const apiQuery = () => {
    const { q, page, pageSize } = list.query()
    return {
      status: status(),
      page: String(page),
      pageSize: String(pageSize),
      ...(q.trim() === "" ? {} : { q: q.trim() }),
    }
  }
  const query = useQuery(() => ({
    queryKey: ["volunteers", apiQuery()],
    queryFn: () => volunteerApplications(api, apiQuery()),
    placeholderData: (previous) => previous,
  }))
  // What a youth volunteer joins on approval: "campaign:<id>", "team:<id>", or nothing yet.
  const [joining, setJoining] = createSignal<Record<string, string>>({})
  // The applications whose approval was tried without naming what they join.
  const [asked, setAsked] = createSignal<ReadonlySet<string>>(new Set())
  const joinable = useQuery(() => ({
    queryKey: ["youth-campaigns", "joinable"],
    queryFn: async () => {
      const [campaigns, teams] = await Promise.all([
        youthCampaigns(api, { page: "1", pageSize: "50" }),
        communityTeams(api),
      ])
      return [
        ...campaigns.items.map((c) => ({
          value: `campaign:${c.id}`,
          label: t("volunteer.joinsCampaign", { name: c.theme }),
        })),
        ...teams.items.map((team) => ({
          value: `team:${team.id}`,
          label: t("volunteer.joinsTeam", { name: team.name }),
        })),
      ]
    },
    enabled: status() === "pending",
  }))
  const joinsOf = (application: VolunteerApplication): Joins | undefined => {
    const [kind, id] = (joining()[application.id] ?? "").split(":")
    if (id === undefined || id === "") return undefined
    return kind === "campaign" ? { campaignId: id } : { teamId: id }
  }
  /** What is missing before approving (the domain's rule), in the reader's language; nothing when ready. */
  const missingJoins = (application: VolunteerApplication): string | undefined => {
    const [problem] = Registration.decisionProblems(application, {
      decision: "approved",
      joins: joinsOf(application),
    })
    return problem === undefined ? undefined : pick(problem.message)
  }
  const joinsLabel = (application: VolunteerApplication) =>
    joinable.data?.find((option) => option.value === joining()[application.id])?.label ?? ""
  const decide = async (application: VolunteerApplication, decision: "approved" | "rejected") => {
    await decideApplication(
      api,
      application,
      decision,
      decision === "approved" ? joinsOf(application) : undefined,
    )
    setNotice(
      t(decision === "approved" ? "volunteer.approvedNotice" : "volunteer.rejectedNotice", {
        name: application.fullName,
      }),
    )
    await Promise.all(
      ["volunteers", "guides", "people", "youth-campaigns", "teams"].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    )
  }
  return (
    <section class="page">
      <h1>{t("nav.volunteers")}</h1>
      <p class="muted">{t("volunteer.intro")}</p>
      <div class="toolbar">
        <SearchBox label={t("volunteer.search")} value={list.query().q} onSearch={list.setSearch} />
        <SelectField
          label={t("volunteer.status")}
          value={status()}
          onChange={(value) => list.setFilter("status", value === "pending" ? "" : value)}
          options={statuses.map((value) => ({ value, label: t(`volunteer.status.${value}`) }))}
        />
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {notice()}
      </p>
      <QueryView
        query={query}
        isEmpty={(data) => data.total === 0}
        empty={
          <Empty
            message={
              list.query().q.trim() !== ""
                ? t("common.noMatch")
                : t(status() === "pending" ? "volunteer.empty" : "volunteer.emptyDecided")
            }
          />
        }
      >
        {(data) => (
          <>
            <div class="table-wrap">
              <table class="data-table">
                <caption class="visually-hidden">{t("nav.volunteers")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("person.fullName")}</th>
                    <th scope="col">{t("volunteer.role")}</th>
                    <th scope="col">{t("volunteer.place")}</th>
                    <th scope="col">{t("volunteer.contact")}</th>
                    <th scope="col">{t("volunteer.availability")}</th>
                    <th scope="col">{t("volunteer.appliedOn")}</th>
                    <th scope="col">{t("common.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={data.items}>
                    {(application) => (
                      <tr>
                        <td data-label={t("person.fullName")}>{application.fullName}</td>
                        <td data-label={t("volunteer.role")}>
                          {pick(Registration.volunteerRoleNames[application.role])}
                        </td>
                        <td data-label={t("volunteer.place")}>{application.unitName}</td>
                        <td data-label={t("volunteer.contact")}>
                          {application.phone}
                          <span class="muted small">
                            {" · "}
                            {t("volunteer.born", { year: application.birthYear })}
                          </span>
                        </td>
                        <td data-label={t("volunteer.availability")}>
                          {application.availability ?? t("common.none")}
                        </td>
                        <td data-label={t("volunteer.appliedOn")}>{dateTime(application.createdAt)}</td>
                        <td data-label={t("common.actions")} class="decision-cell">
                          <Show
                            when={application.status === "pending"}
                            fallback={
                              <span>
                                {t(`volunteer.status.${application.status}`)}
                                <Show when={application.decidedAt}>
                                  {(at) => <span class="muted small"> · {date(at().slice(0, 10))}</span>}
                                </Show>
                              </span>
                            }
                          >
                            <Show when={application.role === "youth_volunteer"}>
                              <SelectField
                                label={t("volunteer.joins")}
                                required
                                value={joining()[application.id] ?? ""}
                                onChange={(value) => setJoining({ ...joining(), [application.id]: value })}
                                placeholder={t("volunteer.joinsNone")}
                                options={joinable.data ?? []}
                                error={asked().has(application.id) ? missingJoins(application) : undefined}
                                hint={
                                  joinable.data !== undefined && joinable.data.length === 0
                                    ? t("volunteer.joinsNothing")
                                    : undefined
                                }
                              />
                            </Show>
                            <div class="actions">
                              <ConfirmDialog
                                tone="primary"
                                trigger={t("volunteer.approve")}
                                title={t("volunteer.approveTitle")}
                                description={t(
                                  application.role === "guide"
                                    ? "volunteer.approveGuide"
                                    : "volunteer.approveYouth",
                                  { name: application.fullName, joins: joinsLabel(application) },
                                )}
                                ready={() => {
                                  setAsked(new Set([...asked(), application.id]))
                                  return missingJoins(application) === undefined
                                }}
                                confirm={t("volunteer.approve")}
                                pending={t("volunteer.deciding")}
                                onConfirm={() => decide(application, "approved")}
                              />
                              <ConfirmDialog
                                trigger={t("volunteer.reject")}
                                title={t("volunteer.rejectTitle")}
                                description={t("volunteer.rejectConfirm", { name: application.fullName })}
                                confirm={t("volunteer.reject")}
                                pending={t("volunteer.deciding")}
                                onConfirm={() => decide(application, "rejected")}
                              />
                            </div>
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
            <ListPagination data={data} onPage={list.setPage} onCursor={list.setCursor} />
          </>
        )}
      </QueryView>
    </section>
  )
}
