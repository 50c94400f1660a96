/**
 * The dashboard of a unit as at a date: every indicator grouped by the campaign's task groups, the
 * communes on a map coloured by a chosen indicator (click to drill down), the violations and the
 * worklists. The unit, date and mapped indicator live in the URL.
 */
import * as Access from "@bdhv/domain/Access"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Campaign from "@bdhv/domain/Campaign"
import * as Indicator from "@bdhv/domain/Indicator"
import * as IndicatorTable from "@bdhv/domain/IndicatorTable"
import * as Unit from "@bdhv/domain/Unit"
import * as Violation from "@bdhv/domain/Violation"
import { A, useSearchParams } from "@solidjs/router"
import { useQuery } from "@tanstack/solid-query"
import { createMemo, For, Show } from "solid-js"
import { useApi } from "../api/client"
import {
  householdWorklist,
  type IndicatorReport,
  identityWorklist,
  indicators,
  unitTree,
  type ViolationFilter,
} from "../api/dashboard"
import { CommuneMap, type CommuneFigure, hasBoundaries } from "../dashboard/CommuneMap"
import { ComparisonPanel } from "../dashboard/ComparisonPanel"
import { IndicatorCard } from "../dashboard/IndicatorCard"
import { ViolationPanel } from "../dashboard/ViolationPanel"
import { isSortKey, RankingTable } from "../dashboard/RankingTable"
import { StatusBadge } from "../dashboard/StatusBadge"
import { pathTo, toTree, UnitPicker } from "../dashboard/UnitPicker"
import { ReportCompleteness } from "../reports/ReportCompleteness"
import { YouthBases } from "../dashboard/YouthBases"
import { useI18n } from "../i18n/I18n"
import { useSession } from "../session/Session"
import { TextField } from "../ui/Field"
import { Empty, QueryView } from "../ui/States"
import { SignUpsWaiting } from "./signUps/SignUpsWaiting"

const today = () => CalendarDate.fromInstant(Date.now())

export default function DashboardPage() {
  const { t, pick, percent, number } = useI18n()
  const api = useApi()
  const session = useSession()
  const [params, setParams] = useSearchParams<{
    unit?: string
    asOf?: string
    map?: string
    cmp?: string
    cmpi?: string
    vcat?: string
    vrule?: string
    vsev?: string
    vlevel?: string
    sort?: string
    order?: string
  }>()
  const asOf = () => (CalendarDate.isCalendarDate(params.asOf) ? params.asOf : today())
  const unitId = () => params.unit ?? session.user()?.unitId ?? undefined
  const mayReadWorklists = () => {
    const role = session.user()?.role
    return role !== undefined && Access.allows(role, "worklists", "read")
  }
  const mapped = (): Indicator.IndicatorId =>
    Indicator.IndicatorId.literals.includes(params.map as Indicator.IndicatorId)
      ? (params.map as Indicator.IndicatorId)
      : "digital-family"

  const violationFilter = (): ViolationFilter => {
    const pickOf = <A extends string>(values: ReadonlyArray<A>, value: string | undefined) =>
      values.includes(value as A) ? (value as A) : undefined
    const filter = {
      category: pickOf(Violation.Category.literals, params.vcat),
      rule: pickOf(Violation.RuleId.literals, params.vrule),
      severity: pickOf(Violation.Severity.literals, params.vsev),
      level: pickOf(Unit.Level.literals, params.vlevel),
    }
    return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as ViolationFilter
  }

  const units = useQuery(() => ({
    queryKey: ["units", "tree", asOf()],
    queryFn: () => unitTree(api, asOf()),
    staleTime: 10 * 60_000,
  }))
  const tree = createMemo(() => toTree(units.data?.units ?? []))
  const report = useQuery(() => ({
    queryKey: ["indicators", unitId(), asOf()],
    queryFn: () => indicators(api, unitId(), asOf()),
  }))
  const hrefFor = (id: string) =>
    `/?${new URLSearchParams({ unit: id, asOf: asOf(), map: mapped() }).toString()}`

  return (
    <section class="page dashboard">
      <div class="page-header">
        <h1>
          {t("nav.dashboard")}
          <Show when={report.data?.unit}>{(unit) => <span class="muted"> — {unit().name}</span>}</Show>
        </h1>
      </div>
      <SignUpsWaiting />
      <div class="toolbar">
        <UnitPicker
          units={units.data?.units ?? []}
          selected={report.data?.unit.id ?? unitId()}
          onSelect={(id) => setParams({ unit: id })}
        />
        <TextField
          label={t("unit.asOf")}
          type="date"
          required
          value={asOf()}
          max="2030-12-31"
          onInput={(value) => {
            if (CalendarDate.isCalendarDate(value)) setParams({ asOf: value })
          }}
        />
      </div>
      <Show when={report.data?.unit}>
        {(unit) => (
          <nav aria-label={t("dashboard.breadcrumb")} class="breadcrumb">
            <ol>
              <For each={pathTo(tree(), unit().id)}>
                {(node, index) => (
                  <li>
                    <Show
                      when={index() < pathTo(tree(), unit().id).length - 1}
                      fallback={<span aria-current="page">{node.name}</span>}
                    >
                      <A href={hrefFor(node.id)}>{node.name}</A>
                    </Show>
                  </li>
                )}
              </For>
            </ol>
          </nav>
        )}
      </Show>
      <ReportCompleteness unitId={report.data?.unit.id ?? unitId()} />
      <QueryView query={report}>
        {(data) => (
          <>
            <StatusSummary report={data} />
            <For each={Campaign.taskGroups.filter((group) => group.indicators.length > 0)}>
              {(group) => (
                <section class="task-group" aria-labelledby={`group-${group.id}`}>
                  <h2 id={`group-${group.id}`}>
                    {group.id}. {pick(group.name)}
                  </h2>
                  <div class="indicator-grid">
                    <For each={data.indicators.filter((figure) => group.indicators.includes(figure.id))}>
                      {(figure) => (
                        <IndicatorCard
                          figure={figure}
                          points={data.trends.find((trend) => trend.id === figure.id)?.points}
                        />
                      )}
                    </For>
                  </div>
                </section>
              )}
            </For>
            <Show when={data.children.length > 0}>
              <Children
                report={data}
                mapped={mapped()}
                onMap={(id) => setParams({ map: id })}
                hrefFor={hrefFor}
              />
              <RankingTable
                report={data}
                sort={isSortKey(params.sort) ? params.sort : "digital-family"}
                order={params.order === "asc" ? "asc" : "desc"}
                onSort={(sort, order) => setParams({ sort, order })}
                hrefFor={hrefFor}
              />
            </Show>
          </>
        )}
      </QueryView>
      <Show when={report.data?.unit.id}>{(id) => <YouthBases unitId={id()} />}</Show>
      <Show when={report.data?.unit.id}>
        {(id) => (
          <ComparisonPanel
            unitId={id()}
            asOf={asOf()}
            period={params.cmp === "quarter" ? "quarter" : "month"}
            indicator={
              Indicator.IndicatorId.literals.includes(params.cmpi as Indicator.IndicatorId)
                ? (params.cmpi as Indicator.IndicatorId)
                : mapped()
            }
            onChange={(period, indicator) => setParams({ cmp: period, cmpi: indicator })}
            hrefFor={hrefFor}
          />
        )}
      </Show>
      <Show when={report.data?.unit.id}>
        {(id) => (
          <div class="dashboard-lists">
            <ViolationPanel
              unitId={id()}
              asOf={asOf()}
              filter={violationFilter()}
              onFilter={(filter) =>
                setParams({
                  vcat: filter.category,
                  vrule: filter.rule,
                  vsev: filter.severity,
                  vlevel: filter.level,
                })
              }
            />
            {/* The households and people to visit are personal data: only for the roles that read them. */}
            <Show when={mayReadWorklists()}>
              <Worklists unitId={id()} asOf={asOf()} />
            </Show>
          </div>
        )}
      </Show>
    </section>
  )

  function StatusSummary(props: { readonly report: IndicatorReport }) {
    const statuses = ["off_track", "at_risk", "on_track", "met"] as const
    return (
      <ul class="status-summary" aria-label={t("dashboard.summary")}>
        <For each={statuses}>
          {(status) => (
            <li>
              <StatusBadge status={status} />
              <strong>
                {number(props.report.indicators.filter((figure) => figure.status === status).length)}
              </strong>
            </li>
          )}
        </For>
      </ul>
    )
  }

  function Children(props: {
    readonly report: IndicatorReport
    readonly mapped: Indicator.IndicatorId
    readonly onMap: (id: Indicator.IndicatorId) => void
    readonly hrefFor: (unitId: string) => string
  }) {
    const figures = createMemo(() => {
      const byCode = new Map<string, CommuneFigure>()
      for (const child of props.report.children) {
        const figure = child.indicators.find((f) => f.id === props.mapped)
        if (child.unit.code !== null && figure !== undefined) {
          byCode.set(child.unit.code, {
            unitId: child.unit.id,
            cell: IndicatorTable.cellOf(figure),
            statusLabel:
              figure.withheld === true ? t("map.withheld") : pick(Indicator.statusNames[figure.status]),
          })
        }
      }
      return byCode
    })
    return (
      <section class="children" aria-labelledby="children-title">
        <h2 id="children-title">{t("dashboard.children")}</h2>
        <div class="field map-indicator">
          <label for="map-indicator">{t("dashboard.mapIndicator")}</label>
          <select
            id="map-indicator"
            value={props.mapped}
            onChange={(event) => props.onMap(event.currentTarget.value as Indicator.IndicatorId)}
          >
            <For each={Indicator.ids}>
              {(id) => <option value={id}>{pick(Indicator.definition(id).name)}</option>}
            </For>
          </select>
        </div>
        <div class="children-layout">
          <Show
            when={hasBoundaries([...figures().keys()])}
            fallback={<p class="muted small">{t("dashboard.noMap")}</p>}
          >
            <CommuneMap
              figures={figures()}
              title={t("dashboard.mapTitle", { name: pick(Indicator.definition(props.mapped).name) })}
              indicatorName={pick(Indicator.definition(props.mapped).name)}
              hrefFor={props.hrefFor}
            />
          </Show>
        </div>
      </section>
    )
  }

  function Worklists(props: { readonly unitId: string; readonly asOf: string }) {
    const households = useQuery(() => ({
      queryKey: ["worklist", "households", props.unitId, props.asOf, 1],
      queryFn: () => householdWorklist(api, props.unitId, props.asOf, 1, 5),
    }))
    const people = useQuery(() => ({
      queryKey: ["worklist", "identity", props.unitId, props.asOf, 1],
      queryFn: () => identityWorklist(api, props.unitId, props.asOf, 1, 5),
    }))
    return (
      <section aria-labelledby="worklists-title" class="card">
        <h2 id="worklists-title">{t("dashboard.worklists")}</h2>
        <h3>{t("worklist.households")}</h3>
        <QueryView
          query={households}
          isEmpty={(data) => data.total === 0}
          empty={<Empty message={t("worklist.householdsEmpty")} />}
        >
          {(data) => (
            <>
              <p class="small">{t("worklist.count", { count: number(data.total) })}</p>
              <ul class="plain-list">
                <For each={data.items}>
                  {(item) => (
                    <li>
                      <A href={`/households/${item.householdId}`}>{item.name}</A>
                      <span class="muted"> {item.address ?? ""}</span>
                    </li>
                  )}
                </For>
              </ul>
            </>
          )}
        </QueryView>
        <h3>{t("worklist.identity")}</h3>
        <QueryView
          query={people}
          isEmpty={(data) => data.total === 0}
          empty={<Empty message={t("worklist.identityEmpty")} />}
        >
          {(data) => (
            <>
              <p class="small">{t("worklist.count", { count: number(data.total) })}</p>
              <ul class="plain-list">
                <For each={data.items}>
                  {(item) => (
                    <li>
                      <A href={`/people/${item.personId}`}>{item.name}</A>
                      <span class="muted"> VNeID {item.vneidLevel}</span>
                    </li>
                  )}
                </For>
              </ul>
            </>
          )}
        </QueryView>
        <A class="button" href={`/visits?unit=${props.unitId}`}>
          {t("worklist.open")}
        </A>
      </section>
    )
  }
}
