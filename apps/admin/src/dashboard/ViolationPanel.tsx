/**
 * The violations of a unit's subtree as a commune officer acts on them: the breaches of the seed's
 * rules (no support staff, a guide below quota, a week without a community class, a party cell without
 * the pioneer session) apart from the indicators behind schedule, each grouped by rule and then by
 * unit with counts (`Violation.group`, on the server), filtered by rule, severity and unit level. The
 * filter lives in the URL.
 */
import * as Unit from "@bdhv/domain/Unit"
import * as Violation from "@bdhv/domain/Violation"
import { useQuery } from "@tanstack/solid-query"
import { For, Show } from "solid-js"
import { useApi } from "../api/client"
import { type ViolationFilter, violationGroups } from "../api/dashboard"
import { useI18n } from "../i18n/I18n"
import type { MessageKey } from "../i18n/vi"
import { Empty, QueryView } from "../ui/States"

const levelKey = (level: Unit.Level): MessageKey => `level.${level}`

export const ViolationPanel = (props: {
  readonly unitId: string
  readonly asOf: string
  readonly filter: ViolationFilter
  readonly onFilter: (filter: ViolationFilter) => void
}) => {
  const { t, pick, number } = useI18n()
  const api = useApi()
  const category = () => props.filter.category ?? "breach"
  const query = useQuery(() => ({
    queryKey: ["violations", "groups", props.unitId, props.asOf, { ...props.filter, category: category() }],
    queryFn: () => violationGroups(api, props.unitId, props.asOf, { ...props.filter, category: category() }),
    placeholderData: (previous) => previous,
  }))
  const rulesOf = (c: Violation.Category) =>
    Violation.RuleId.literals.filter((rule) => Violation.categoryOf(rule) === c)
  const set = (patch: Partial<Record<keyof ViolationFilter, string | undefined>>) =>
    props.onFilter({ ...props.filter, ...patch } as ViolationFilter)
  return (
    <section aria-labelledby="violations-title" class="card violations-panel">
      <h2 id="violations-title">{t("dashboard.violations")}</h2>
      <fieldset class="category-switch">
        <legend class="visually-hidden">{t("dashboard.violations")}</legend>
        <For each={Violation.Category.literals}>
          {(c) => (
            <button
              type="button"
              class="button"
              aria-pressed={category() === c}
              onClick={() => props.onFilter({ category: c })}
            >
              {t(c === "breach" ? "violations.breaches" : "violations.progress")}{" "}
              <span class="count">{number(query.data?.counts.categories[c] ?? 0)}</span>
            </button>
          )}
        </For>
      </fieldset>
      <div class="toolbar violation-filters">
        <div class="field">
          <label for="violation-rule">{t("violations.rule")}</label>
          <select
            id="violation-rule"
            value={props.filter.rule ?? ""}
            onChange={(event) => set({ rule: event.currentTarget.value || undefined })}
          >
            <option value="">{t("violations.all")}</option>
            <For each={rulesOf(category())}>
              {(rule) => (
                <option value={rule}>
                  {pick(Violation.catalogue[rule].title)} ({number(query.data?.counts.rules[rule] ?? 0)})
                </option>
              )}
            </For>
          </select>
        </div>
        <div class="field">
          <label for="violation-severity">{t("violations.severity")}</label>
          <select
            id="violation-severity"
            value={props.filter.severity ?? ""}
            onChange={(event) => set({ severity: event.currentTarget.value || undefined })}
          >
            <option value="">{t("violations.all")}</option>
            <For each={Violation.Severity.literals}>
              {(severity) => (
                <option value={severity}>
                  {t(`severity.${severity}`)} ({number(query.data?.counts.severities[severity] ?? 0)})
                </option>
              )}
            </For>
          </select>
        </div>
        <div class="field">
          <label for="violation-level">{t("violations.level")}</label>
          <select
            id="violation-level"
            value={props.filter.level ?? ""}
            onChange={(event) => set({ level: event.currentTarget.value || undefined })}
          >
            <option value="">{t("violations.all")}</option>
            <For each={Unit.levels.filter((level) => level === "commune" || level === "village")}>
              {(level) => (
                <option value={level}>
                  {t(levelKey(level))} ({number(query.data?.counts.levels[level] ?? 0)})
                </option>
              )}
            </For>
          </select>
        </div>
      </div>
      <QueryView
        query={query}
        isEmpty={(data) => data.shown === 0}
        empty={
          <Empty
            message={query.data?.counts.total === 0 ? t("dashboard.noViolations") : t("violations.none")}
          />
        }
      >
        {(data) => (
          <>
            <p class="small muted" aria-live="polite">
              {t("violations.shown", { shown: number(data.shown), total: number(data.counts.total) })}
            </p>
            <ul class="violation-groups">
              <For each={data.groups}>
                {(group) => (
                  <li class={`violation-group severity-${group.severity}`}>
                    <h3>
                      <span class="badge">{t(`severity.${group.severity}`)}</span> {pick(group.title)}{" "}
                      <span class="count">{t("violations.count", { count: number(group.count) })}</span>
                      <span class="muted small">
                        {" "}
                        · {t("violations.units", { count: number(group.units.length) })}
                      </span>
                    </h3>
                    <ul class="violation-units">
                      <For each={group.units}>
                        {(unit) => (
                          <li>
                            <strong>{unit.unitName ?? unit.unitId}</strong>
                            <Show when={unit.count > 1}>
                              <span class="muted">
                                {" "}
                                · {t("violations.count", { count: number(unit.count) })}
                              </span>
                            </Show>
                            <ul class="small">
                              <For each={unit.items}>{(item) => <li>{pick(item.message)}</li>}</For>
                              <Show when={unit.count > unit.items.length}>
                                <li class="muted">
                                  {t("violations.more", { count: number(unit.count - unit.items.length) })}
                                </li>
                              </Show>
                            </ul>
                          </li>
                        )}
                      </For>
                    </ul>
                  </li>
                )}
              </For>
            </ul>
          </>
        )}
      </QueryView>
    </section>
  )
}
