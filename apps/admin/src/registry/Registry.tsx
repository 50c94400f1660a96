/**
 * The registries that are plain records (organizations, support staff, posts, events, targets,
 * teams, guides, users) described once each — columns, filters, form fields, domain schema — and
 * turned into a list page, a detail page and a create/edit form that behave like the others:
 * search, filters, pagination, validation with the domain's messages, delete with confirmation.
 */
import * as Topic from "@bdhv/domain/Topic"
import { A, useNavigate, useParams } from "@solidjs/router"
import { useQuery, useQueryClient } from "@tanstack/solid-query"
import type { Schema } from "effect"
import { For, type JSX, Match, Show, Switch } from "solid-js"
import { type Api, useApi } from "../api/client"
import { guides, organizations, people, teams } from "../api/registries"
import type { Resource } from "../api/rest"
import { createForm } from "../forms/createForm"
import { type I18n, useI18n } from "../i18n/I18n"
import type { MessageKey } from "../i18n/vi"
import { ConfirmDialog } from "../ui/ConfirmDialog"
import { CsvLink } from "../ui/CsvLink"
import { type Column, DataTable } from "../ui/DataTable"
import { CheckboxField, CheckboxGroup, SelectField, TextField } from "../ui/Field"
import { ListPagination } from "../ui/Pagination"
import { type Picked, RecordPicker } from "../ui/RecordPicker"
import { SearchBox } from "../ui/SearchBox"
import { Empty, QueryView } from "../ui/States"
import { toApiQuery, useListQuery } from "./listParams"
import type { Versioned } from "./schemas"
import { UnitSelect } from "./UnitSelect"
import { useUnits } from "./units"

/** What a registry's columns, details and options may use. */
export interface RegistryContext {
  readonly i18n: I18n
  readonly unitLabel: (unitId: string | null | undefined) => string
  /** The name of the unit the deployment serves (an account without a unit sees all of it). */
  readonly scopeName: () => string
}

type Option = { readonly value: string; readonly label: string }

/** Shown only when creating, or only when editing (an account's password, its lock). */
type FieldWhen = { readonly when?: "create" | "edit" }

/** One form field; `key` is the form value, `path` the schema path its errors come back on. */
export type FieldDef = FieldWhen &
  (
    | {
        readonly kind: "text" | "date" | "number" | "url" | "email" | "password"
        readonly key: string
        readonly label: MessageKey
        readonly path?: string
        readonly required?: boolean
        readonly hint?: MessageKey
      }
    | {
        readonly kind: "select"
        readonly key: string
        readonly label: MessageKey
        readonly path?: string
        readonly required?: boolean
        readonly options: (context: RegistryContext) => ReadonlyArray<Option>
      }
    | {
        readonly kind: "unit"
        readonly key: string
        readonly label: MessageKey
        readonly path?: string
        readonly required?: boolean
        readonly leavesOnly?: boolean
      }
    | { readonly kind: "checkbox"; readonly key: string; readonly label: MessageKey; readonly path?: string }
    | {
        readonly kind: "person" | "organization" | "team" | "guide"
        readonly key: string
        readonly label: MessageKey
        readonly path?: string
        readonly required?: boolean
      }
    | { readonly kind: "topics"; readonly key: string; readonly label: MessageKey; readonly path?: string }
  )

export type FormValues = Record<string, string | boolean | Picked | null | ReadonlyArray<string>>

export interface RegistryDef<Item extends Versioned> {
  readonly resource: Resource<Item>
  /** The app path of the list, e.g. `/organizations`. */
  readonly base: string
  readonly labels: {
    readonly title: MessageKey
    readonly create: MessageKey
    readonly edit: MessageKey
    readonly remove: MessageKey
    readonly empty: MessageKey
    readonly search: MessageKey
  }
  readonly name: (item: Item, context: RegistryContext) => string
  readonly columns: (context: RegistryContext) => ReadonlyArray<Column<Item>>
  readonly filters?: ReadonlyArray<{
    readonly key: string
    readonly label: MessageKey
    readonly options: (context: RegistryContext) => ReadonlyArray<Option>
  }>
  /** Filter by unit (most registries). */
  readonly unitFilter?: boolean
  /** Records that are never deleted (accounts are locked instead). */
  readonly deletable?: false
  /** Sibling lists shown as tabs above the list (posts and events). */
  readonly related?: ReadonlyArray<{ readonly href: string; readonly label: MessageKey }>
  readonly form?: {
    readonly schema: Schema.ConstraintDecoder<unknown>
    readonly fields: ReadonlyArray<FieldDef>
    readonly initial: (item: Item | undefined) => FormValues
    /** The input the schema decodes. */
    readonly toInput: (values: FormValues, item: Item | undefined) => Record<string, unknown>
    /** Sends the validated value, created or changed from `item` (`typed.ts`'s `sender`). */
    readonly send: (api: Api, value: unknown, item: Item | undefined) => Promise<{ readonly id: string }>
  }
  readonly details: (item: Item, context: RegistryContext) => ReadonlyArray<readonly [string, JSX.Element]>
  /** More sections of the detail page (a guide's learners, a team's visits). */
  readonly more?: (item: Item) => JSX.Element
}

const useContextOf = (): RegistryContext => {
  const i18n = useI18n()
  const units = useUnits()
  return { i18n, unitLabel: units.label, scopeName: units.scopeName }
}

/** The list page of a registry. */
export const RegistryList = <Item extends Versioned>(props: { readonly def: RegistryDef<Item> }) => {
  const context = useContextOf()
  const { t } = context.i18n
  const api = useApi()
  const list = useListQuery()
  const query = useQuery(() => ({
    queryKey: [props.def.resource.key, toApiQuery(list.query())],
    queryFn: () => props.def.resource.list(api, toApiQuery(list.query())),
    placeholderData: (previous) => previous,
  }))
  return (
    <section class="page">
      <div class="page-header">
        <h1>{t(props.def.labels.title)}</h1>
        <div class="actions">
          <CsvLink list={props.def.resource.key} query={toApiQuery(list.query())} />
          <Show when={props.def.form !== undefined}>
            <A href={`${props.def.base}/new`} class="button button-primary">
              {t(props.def.labels.create)}
            </A>
          </Show>
        </div>
      </div>
      <Show when={props.def.related}>
        {(related) => (
          <nav class="tabs" aria-label={t(props.def.labels.title)}>
            <For each={related()}>
              {(link) => (
                <A href={link.href} activeClass="active" end>
                  {t(link.label)}
                </A>
              )}
            </For>
          </nav>
        )}
      </Show>
      <div class="toolbar">
        <SearchBox label={t(props.def.labels.search)} value={list.query().q} onSearch={list.setSearch} />
        <Show when={props.def.unitFilter === true}>
          <UnitSelect
            label={t("unit.picker")}
            value={list.query().filters.unitId ?? ""}
            onChange={(v) => list.setFilter("unitId", v)}
          />
        </Show>
        <For each={props.def.filters ?? []}>
          {(filter) => (
            <SelectField
              label={t(filter.label)}
              value={list.query().filters[filter.key] ?? ""}
              onChange={(v) => list.setFilter(filter.key, v)}
              placeholder={t("common.all")}
              options={filter.options(context)}
            />
          )}
        </For>
      </div>
      <QueryView
        query={query}
        isEmpty={(data) => data.total === 0}
        empty={<Empty message={list.query().q === "" ? t(props.def.labels.empty) : t("common.noMatch")} />}
      >
        {(data) => (
          <>
            <DataTable
              caption={t(props.def.labels.title)}
              rows={data.items}
              href={(row) => `${props.def.base}/${row.id}`}
              columns={props.def.columns(context)}
            />
            <ListPagination data={data} onPage={list.setPage} onCursor={list.setCursor} />
          </>
        )}
      </QueryView>
    </section>
  )
}

/** The detail page of a registry: details, edit, delete with confirmation, more sections. */
export const RegistryDetail = <Item extends Versioned>(props: { readonly def: RegistryDef<Item> }) => {
  const context = useContextOf()
  const { t } = context.i18n
  const api = useApi()
  const params = useParams<{ id: string }>()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const query = useQuery(() => ({
    queryKey: [props.def.resource.key, params.id],
    queryFn: () => props.def.resource.get(api, params.id),
  }))
  return (
    <section class="page narrow">
      <QueryView query={query}>
        {(item) => (
          <>
            <div class="page-header">
              <h1>{props.def.name(item, context)}</h1>
              <Show when={props.def.form !== undefined}>
                <div class="actions">
                  <A href={`${props.def.base}/${item.id}/edit`} class="button">
                    {t("common.edit")}
                  </A>
                  <Show when={props.def.deletable !== false}>
                    <ConfirmDialog
                      trigger={t("common.delete")}
                      title={t(props.def.labels.remove)}
                      description={t("common.confirmDelete", { name: props.def.name(item, context) })}
                      confirm={t("common.delete")}
                      onConfirm={async () => {
                        await props.def.resource.remove(api, item.id, item.version)
                        await queryClient.invalidateQueries({ queryKey: [props.def.resource.key] })
                        navigate(props.def.base, { replace: true })
                      }}
                    />
                  </Show>
                </div>
              </Show>
            </div>
            <dl class="details card">
              <For each={props.def.details(item, context)}>
                {([label, value]) => (
                  <>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </>
                )}
              </For>
            </dl>
            {props.def.more?.(item)}
          </>
        )}
      </QueryView>
    </section>
  )
}

const FormBody = <Item extends Versioned>(props: {
  readonly def: RegistryDef<Item>
  readonly existing?: Item
}) => {
  const context = useContextOf()
  const { t, pick } = context.i18n
  const api = useApi()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const spec = props.def.form!
  const mode = props.existing === undefined ? "create" : "edit"
  const fields = spec.fields.filter((field) => field.when === undefined || field.when === mode)
  const form = createForm({
    initial: spec.initial(props.existing),
    schema: spec.schema,
    fields: fields.map((field) => field.path ?? field.key),
    toInput: (values) => spec.toInput(values, props.existing),
  })
  const save = form.submit(async (value) => {
    const saved = await spec.send(api, value, props.existing)
    await queryClient.invalidateQueries({ queryKey: [props.def.resource.key] })
    navigate(`${props.def.base}/${saved.id}`, { replace: props.existing !== undefined })
  })
  const value = <T,>(key: string) => (form.values as Record<string, unknown>)[key] as T
  const setValue = (key: string, next: unknown) => (form.set as (k: string, v: unknown) => void)(key, next)
  return (
    <form class="card form" onSubmit={save} novalidate>
      <For each={fields}>
        {(field) => {
          const error = () => form.error(field.path ?? field.key)
          return (
            <Switch>
              <Match when={field.kind === "select" && field}>
                {(select) => (
                  <SelectField
                    label={t(select().label)}
                    required={select().required === true}
                    value={value<string>(select().key)}
                    onChange={(v) => setValue(select().key, v)}
                    placeholder={t("person.choose")}
                    options={select().options(context)}
                    error={error()}
                  />
                )}
              </Match>
              <Match when={field.kind === "unit" && field}>
                {(unit) => (
                  <UnitSelect
                    label={t(unit().label)}
                    required={unit().required === true}
                    leavesOnly={unit().leavesOnly === true}
                    value={value<string>(unit().key)}
                    onChange={(v) => setValue(unit().key, v)}
                    error={error()}
                  />
                )}
              </Match>
              <Match when={field.kind === "checkbox" && field}>
                {(box) => (
                  <CheckboxField
                    label={t(box().label)}
                    checked={value<boolean>(box().key)}
                    onChange={(v) => setValue(box().key, v)}
                  />
                )}
              </Match>
              <Match when={field.kind === "person" && field}>
                {(picker) => (
                  <RecordPicker
                    label={t(picker().label)}
                    queryKey="people"
                    search={(q) => people.list(api, { q, pageSize: "8" })}
                    itemLabel={(person) => person.fullName}
                    itemDetail={(person) => context.unitLabel(person.unitId)}
                    value={value<Picked | null>(picker().key)}
                    onChange={(picked) => setValue(picker().key, picked)}
                    error={error()}
                  />
                )}
              </Match>
              <Match when={field.kind === "organization" && field}>
                {(picker) => (
                  <RecordPicker
                    label={t(picker().label)}
                    queryKey="organizations"
                    search={(q) => organizations.list(api, { q, pageSize: "8" })}
                    itemLabel={(organization) => organization.name}
                    value={value<Picked | null>(picker().key)}
                    onChange={(picked) => setValue(picker().key, picked)}
                    error={error()}
                  />
                )}
              </Match>
              <Match when={field.kind === "team" && field}>
                {(picker) => (
                  <RecordPicker
                    label={t(picker().label)}
                    queryKey="teams"
                    search={(q) => teams.list(api, { q, pageSize: "8" })}
                    itemLabel={(team) => team.name}
                    itemDetail={(team) => context.unitLabel(team.unitId)}
                    value={value<Picked | null>(picker().key)}
                    onChange={(picked) => setValue(picker().key, picked)}
                    error={error()}
                  />
                )}
              </Match>
              <Match when={field.kind === "guide" && field}>
                {(picker) => (
                  <RecordPicker
                    label={t(picker().label)}
                    queryKey="guides"
                    search={(q) => guides.list(api, { q, pageSize: "8" })}
                    itemLabel={(guide) => guide.fullName}
                    itemDetail={(guide) => context.unitLabel(guide.unitId)}
                    value={value<Picked | null>(picker().key)}
                    onChange={(picked) => setValue(picker().key, picked)}
                    error={error()}
                  />
                )}
              </Match>
              <Match when={field.kind === "topics" && field}>
                {(topics) => (
                  <CheckboxGroup
                    legend={t(topics().label)}
                    options={Topic.catalogue.map((topic) => ({
                      value: topic.id as string,
                      label: pick(topic.name),
                    }))}
                    values={value<ReadonlyArray<string>>(topics().key)}
                    onChange={(v) => setValue(topics().key, v)}
                    error={error()}
                  />
                )}
              </Match>
              <Match
                when={
                  (field.kind === "text" ||
                    field.kind === "date" ||
                    field.kind === "number" ||
                    field.kind === "url" ||
                    field.kind === "email" ||
                    field.kind === "password") &&
                  field
                }
              >
                {(text) => (
                  <TextField
                    label={t(text().label)}
                    type={
                      text().kind === "date"
                        ? "date"
                        : text().kind === "email"
                          ? "email"
                          : text().kind === "password"
                            ? "password"
                            : "text"
                    }
                    inputMode={text().kind === "number" ? "numeric" : "text"}
                    required={text().required === true}
                    value={value<string>(text().key)}
                    onInput={(v) => setValue(text().key, v)}
                    hint={text().hint === undefined ? undefined : t(text().hint!)}
                    error={error()}
                  />
                )}
              </Match>
            </Switch>
          )
        }}
      </For>
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

/** The create and edit page of a registry. */
export const RegistryForm = <Item extends Versioned>(props: { readonly def: RegistryDef<Item> }) => {
  const { t } = useI18n()
  const api = useApi()
  const params = useParams<{ id?: string }>()
  const existing = useQuery(() => ({
    queryKey: [props.def.resource.key, params.id],
    queryFn: () => props.def.resource.get(api, params.id!),
    enabled: params.id !== undefined,
  }))
  return (
    <section class="page narrow">
      <h1>{params.id === undefined ? t(props.def.labels.create) : t(props.def.labels.edit)}</h1>
      <Show when={params.id !== undefined} fallback={<FormBody def={props.def} />}>
        <QueryView query={existing}>{(item) => <FormBody def={props.def} existing={item} />}</QueryView>
      </Show>
    </section>
  )
}

/** A person's name, looked up once and cached, for records that only hold a person id. */
export const PersonName = (props: { readonly id: string | null | undefined }) => {
  const api = useApi()
  const { t } = useI18n()
  const person = useQuery(() => ({
    queryKey: ["people", props.id],
    queryFn: () => people.get(api, props.id!),
    enabled: props.id != null,
    staleTime: 5 * 60_000,
  }))
  return <>{props.id == null ? t("common.none") : (person.data?.fullName ?? "…")}</>
}

/** A picked record from an id (a form's initial value), labelled by the id until the name is known. */
export const pickedOf = (id: string | null | undefined): Picked | null =>
  id == null ? null : { id, label: id }

/** A number field's text as the number the schema decodes (NaN for a blank, so "required" shows). */
export const numberOf = (text: unknown): number =>
  typeof text === "string" && text.trim() !== "" ? Number(text) : Number.NaN

/** A blank text as `null` (optional fields the domain models as nullable). */
export const nullIfBlank = (text: unknown): string | null =>
  typeof text === "string" && text.trim() !== "" ? text.trim() : null
