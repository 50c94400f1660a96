/**
 * CSV of any list of the API, as a commune officer opens it in Excel: the same list queries as the list
 * endpoints (`resources/`), with their filters, search, sort and scope, read page after page and
 * written while the next page is read. Headings in the reader's language (the domain's field labels),
 * a name next to every id, dates and times in Vietnam time, one value per cell (lists in words, never
 * JSON), UTF-8 with a byte order mark so Excel reads Vietnamese, and no cell that a spreadsheet would
 * run as a formula.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Class from "@bdhv/domain/Class"
import * as Communication from "@bdhv/domain/Communication"
import * as Indicator from "@bdhv/domain/Indicator"
import * as Organization from "@bdhv/domain/Organization"
import * as Person from "@bdhv/domain/Person"
import * as Phone from "@bdhv/domain/Phone"
import * as SkillRecord from "@bdhv/domain/SkillRecord"
import * as Team from "@bdhv/domain/Team"
import * as Topic from "@bdhv/domain/Topic"
import * as Unit from "@bdhv/domain/Unit"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { type Effect, Schema } from "effect"
import type * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import type { Language } from "../http/Language.js"
import * as Classes from "../resources/Classes.js"
import * as CommunicationResources from "../resources/Communication.js"
import * as Guides from "../resources/Guides.js"
import * as Households from "../resources/Households.js"
import type * as ListQuery from "../resources/ListQuery.js"
import * as Organizations from "../resources/Organizations.js"
import * as People from "../resources/People.js"
import * as SkillRecords from "../resources/SkillRecords.js"
import * as SupportStaff from "../resources/SupportStaff.js"
import * as Targets from "../resources/Targets.js"
import * as Teams from "../resources/Teams.js"
import * as Topics from "../resources/Topics.js"
import * as Units from "../resources/Units.js"
import type { Resource } from "../security/Access.js"
import * as Cell from "./Cell.js"
import * as ColumnLabels from "./ColumnLabels.js"
import * as ReferenceNames from "./ReferenceNames.js"

type Names = Readonly<Record<string, ValidationMessage.Bilingual>>

/** A list that can be exported: its query parameters and its list query. */
export interface ExportableList {
  /** The resource whose read access the export needs. */
  readonly resource: Resource
  readonly params: Schema.Top & Schema.ConstraintDecoder<unknown>
  /** The items' schema: its fields are the columns, in order, and its labels their headings. */
  readonly item: Schema.Struct<Schema.Struct.Fields>
  /** The names of the values of enumerated fields (`sex`, `kind`, `status`…). */
  readonly valueNames?: Readonly<Record<string, Names>>
  /** Fields holding a ratio (0–1), written as a percentage. */
  readonly percentFields?: ReadonlyArray<string>
  /** Fields left out: the name the list adds that the reference's name column already gives. */
  readonly omit?: ReadonlyArray<string>
  readonly list: (
    actor: Actor,
    params: never,
  ) => Effect.Effect<ListQuery.AnyPage<Readonly<Record<string, unknown>>>, unknown, SqlClient.SqlClient>
}

const exportable = <P>(
  resource: Resource,
  params: Schema.Top & Schema.ConstraintDecoder<unknown> & { readonly Type: P },
  list: (actor: Actor, params: P) => Effect.Effect<ListQuery.AnyPage<object>, unknown, SqlClient.SqlClient>,
  item: Schema.Struct<Schema.Struct.Fields>,
  options: Pick<ExportableList, "valueNames" | "percentFields" | "omit"> = {},
): ExportableList => ({ resource, params, item, ...options, list: list as ExportableList["list"] })

/** The lists, by the name in the export's path (`/api/exports/people.csv`). */
export const lists: Readonly<Record<string, ExportableList>> = {
  units: exportable("units", Units.ListParams, Units.list, Units.Item, {
    valueNames: { kind: Unit.kindNames },
  }),
  // The member a search matched is the list's highlight, not a column of the household.
  households: exportable("households", Households.ListParams, Households.service.list, Households.Item, {
    omit: ["matchedMember"],
  }),
  people: exportable("people", People.ListParams, People.service.list, People.Item, {
    valueNames: { sex: Person.sexNames },
  }),
  organizations: exportable(
    "organizations",
    Organizations.ListParams,
    Organizations.service.list,
    Organizations.Item,
    {
      valueNames: { kind: Organization.kindNames },
    },
  ),
  topics: exportable("topics", Topics.ListParams, Topics.service.list, Topics.Item, {
    valueNames: { kind: Topic.kindNames },
  }),
  classes: exportable("classes", Classes.ListParams, Classes.service.list, Classes.Item, {
    valueNames: { audience: Class.audienceNames, mode: Class.modeNames, status: Class.statusNames },
  }),
  "skill-records": exportable(
    "skill-records",
    SkillRecords.ListParams,
    SkillRecords.service.list,
    SkillRecords.Item,
    {
      valueNames: { source: SkillRecord.sourceNames },
    },
  ),
  guides: exportable("guides", Guides.ListParams, Guides.service.list, Guides.Item, { omit: ["fullName"] }),
  "support-staff": exportable(
    "support-staff",
    SupportStaff.ListParams,
    SupportStaff.service.list,
    SupportStaff.Item,
    {
      omit: ["fullName"],
    },
  ),
  teams: exportable("teams", Teams.Teams.ListParams, Teams.teamsService.list, Teams.TeamItem, {
    valueNames: { kind: Team.teamKindNames },
  }),
  visits: exportable("visits", Teams.Visits.ListParams, Teams.visitsService.list, Teams.VisitItem),
  posts: exportable(
    "posts",
    CommunicationResources.Posts.ListParams,
    CommunicationResources.postsService.list,
    CommunicationResources.PostItem,
    {
      valueNames: { channel: Communication.channelNames },
    },
  ),
  events: exportable(
    "events",
    CommunicationResources.Events.ListParams,
    CommunicationResources.eventsService.list,
    CommunicationResources.EventItem,
    {
      valueNames: { kind: Communication.eventKindNames, mode: Class.modeNames },
    },
  ),
  targets: exportable("targets", Targets.ListParams, Targets.service.list, Targets.Item, {
    percentFields: ["value"],
  }),
}

/** Rows read per page while exporting. */
export const exportPageSize = 500

const quote = (value: string): string =>
  /[",\r\n;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value

/** A cell of CSV, made inert (a text that would start a formula gets a leading `'`). */
export const csvCell = (cell: Cell.Cell): string => {
  if (cell === null) return ""
  if (typeof cell === "number") return String(cell)
  return quote(Cell.inert(cell))
}

/** One CSV line of cells. */
export const lineOf = (cells: ReadonlyArray<Cell.Cell>): string => `${cells.map(csvCell).join(",")}\r\n`

/** A column of an export: its heading and how an item's cell reads. */
export interface Column {
  readonly header: string
  readonly cell: (item: Readonly<Record<string, unknown>>, names: ReferenceNames.Names) => Cell.Cell
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
const yes: ValidationMessage.Bilingual = { vi: "Có", en: "Yes" }
const no: ValidationMessage.Bilingual = { vi: "Không", en: "No" }

/** The columns of a list's export, in a language: every field of its items, names next to ids. */
export const columnsOf = (exportable: ExportableList, language: Language): ReadonlyArray<Column> => {
  const labelOf = (key: string): string =>
    (ValidationMessage.fieldLabel(exportable.item, key) ?? ColumnLabels.labels[key] ?? { vi: key, en: key })[
      language
    ]
  const text = (value: unknown, key: string, names: ReferenceNames.Names): Cell.Cell => {
    if (value === null || value === undefined) return null
    const valueNames = exportable.valueNames?.[key]
    if (valueNames !== undefined && typeof value !== "object")
      return valueNames[String(value)]?.[language] ?? String(value)
    if (Array.isArray(value)) {
      const parts = value.map((v) => text(v, key, names)).filter((v) => v !== null && v !== "")
      return parts.length === 0 ? null : parts.join(", ")
    }
    const kind = ReferenceNames.referenceKinds[key]
    if (kind !== undefined && typeof value === "string") return names.get(kind)?.get(value) ?? value
    if (key === "groups" && typeof value === "object") {
      const group = value as {
        readonly _tag: Person.GroupTag
        readonly organizationId?: string
        readonly schoolId?: string
      }
      const name = Person.groupNames[group._tag]?.[language] ?? group._tag
      const place = group.organizationId ?? group.schoolId
      const placeName = place === undefined ? undefined : names.get("organization")?.get(place)
      return placeName === undefined ? name : `${name} (${placeName})`
    }
    if (key === "birth" && typeof value === "object") {
      const birth = value as { readonly date?: CalendarDate.CalendarDate; readonly year?: number }
      return birth.date !== undefined ? Cell.dateText(birth.date) : (birth.year ?? null)
    }
    if (key === "indicator" && typeof value === "string" && Schema.is(Indicator.IndicatorId)(value))
      return Indicator.definition(value).name[language]
    // As written in Vietnam, "0912 345 678": Excel would read "+84912345678" as a number.
    if (key === "phone" && typeof value === "string" && Schema.is(Phone.E164)(value))
      return Phone.format(value)
    if (typeof value === "boolean") return (value ? yes : no)[language]
    if (typeof value === "number")
      return exportable.percentFields?.includes(key) ? Math.round(value * 1000) / 10 : value
    if (typeof value === "string") {
      if (isoInstant.test(value)) return Cell.instantText(Date.parse(value))
      if (CalendarDate.isCalendarDate(value)) return Cell.dateText(value)
      return value
    }
    if (Schema.is(ValidationMessage.Bilingual)(value)) return value[language]
    // Any other record: its values in words, never JSON.
    const parts = Object.values(value as object)
      .map((v) => text(v, key, names))
      .filter((v) => v !== null)
    return parts.length === 0 ? null : parts.join(", ")
  }
  const columns: Array<Column> = []
  for (const key of Object.keys(exportable.item.fields)) {
    if (key === "version" || exportable.omit?.includes(key)) continue
    const header = labelOf(key)
    const kind = ReferenceNames.referenceKinds[key]
    const isList =
      kind !== undefined &&
      Schema.isSchema(exportable.item.fields[key]) &&
      exportable.item.fields[key]!.ast._tag === "Arrays"
    if (kind !== undefined && !isList) {
      // One reference: its id, for re-import and matching, then the name a person reads.
      columns.push({
        header: `${header} (${ColumnLabels.idSuffix[language]})`,
        cell: (item) => (typeof item[key] === "string" ? (item[key] as string) : null),
      })
    }
    columns.push({ header, cell: (item, names) => text(item[key], key, names) })
  }
  return columns
}
