/** Teams (Tổ chuyển đổi số cộng đồng, youth teams, student volunteers) and their visits. */
import * as Team from "@bdhv/domain/Team"
import { A } from "@solidjs/router"
import { useQuery } from "@tanstack/solid-query"
import { Schema, Struct } from "effect"
import { For } from "solid-js"
import { useApi } from "../api/client"
import { teams, visits } from "../api/registries"
import { sender } from "../api/typed"
import { useI18n } from "../i18n/I18n"
import { PersonName, type RegistryDef } from "../registry/Registry"
import type { TeamItem } from "../registry/schemas"
import { Empty, QueryView } from "../ui/States"

const TeamVisits = (props: { readonly team: TeamItem }) => {
  const { t, date } = useI18n()
  const api = useApi()
  const list = useQuery(() => ({
    queryKey: ["visits", { teamId: props.team.id, pageSize: "20" }],
    queryFn: () => visits.list(api, { teamId: props.team.id, pageSize: "20", sort: "date", order: "desc" }),
  }))
  return (
    <>
      <div class="page-header section-gap">
        <h2>{t("visit.recent")}</h2>
        <A class="button button-primary" href={`/visits?team=${props.team.id}`}>
          {t("worklist.open")}
        </A>
      </div>
      <QueryView
        query={list}
        isEmpty={(data) => data.total === 0}
        empty={<Empty message={t("visit.none")} />}
      >
        {(data) => (
          <ul class="plain-list card">
            <For each={data.items}>
              {(visit) => (
                <li>
                  {date(visit.date)} · <A href={`/households/${visit.householdId}`}>{t("household.title")}</A>{" "}
                  · {t("visit.helpedCount", { count: visit.helpedIds.length })}
                </li>
              )}
            </For>
          </ul>
        )}
      </QueryView>
    </>
  )
}

/** What the form sends for a team: its fields without the draft id it is validated with. */
const TeamBody = Schema.Struct(Struct.omit(Team.Team.fields, ["id"]))

export const teamRegistry: RegistryDef<TeamItem> = {
  resource: teams,
  base: "/teams",
  labels: {
    title: "nav.teams",
    create: "team.new",
    edit: "team.edit",
    remove: "team.delete",
    empty: "team.empty",
    search: "team.search",
  },
  name: (item) => item.name,
  unitFilter: true,
  filters: [
    {
      key: "kind",
      label: "team.kind",
      options: ({ i18n }) =>
        Team.TeamKind.literals.map((k) => ({ value: k, label: i18n.pick(Team.teamKindNames[k]) })),
    },
  ],
  columns: ({ i18n, unitLabel }) => [
    { header: i18n.t("team.name"), cell: (row) => row.name },
    { header: i18n.t("team.kind"), cell: (row) => i18n.pick(Team.teamKindNames[row.kind]) },
    { header: i18n.t("unit.picker"), cell: (row) => unitLabel(row.unitId) },
    { header: i18n.t("team.members"), numeric: true, cell: (row) => i18n.number(row.memberIds.length) },
  ],
  form: {
    schema: Team.Team,
    send: sender(teams, TeamBody),
    fields: [
      { kind: "text", key: "name", label: "team.name", required: true },
      {
        kind: "select",
        key: "kind",
        label: "team.kind",
        required: true,
        options: ({ i18n }) =>
          Team.TeamKind.literals.map((k) => ({ value: k, label: i18n.pick(Team.teamKindNames[k]) })),
      },
      { kind: "unit", key: "unitId", label: "unit.picker", required: true },
    ],
    initial: (item) => ({ name: item?.name ?? "", kind: item?.kind ?? "", unitId: item?.unitId ?? "" }),
    toInput: (values, item) => ({
      id: item?.id ?? "draft",
      name: String(values.name).trim(),
      ...(values.kind === "" ? {} : { kind: values.kind }),
      ...(values.unitId === "" ? {} : { unitId: values.unitId }),
      memberIds: item?.memberIds ?? [],
      leaderId: item?.leaderId ?? null,
    }),
  },
  details: (item, { i18n, unitLabel }) => [
    [i18n.t("team.kind"), i18n.pick(Team.teamKindNames[item.kind])],
    [i18n.t("unit.picker"), unitLabel(item.unitId)],
    [i18n.t("team.leader"), <PersonName id={item.leaderId} />],
    [
      i18n.t("team.members"),
      <For each={item.memberIds}>
        {(id, index) => (
          <>
            {index() > 0 ? ", " : ""}
            <A href={`/people/${id}`}>
              <PersonName id={id} />
            </A>
          </>
        )}
      </For>,
    ],
  ],
  more: (item) => <TeamVisits team={item} />,
}
