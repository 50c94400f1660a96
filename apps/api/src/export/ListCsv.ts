/**
 * CSV of any list of the API: the same list queries as the list endpoints (`resources/`), with their
 * filters, search, sort and scope, read page after page and written as CSV (UTF-8 with BOM, so Excel
 * reads Vietnamese correctly) while the next page is read.
 */
import type { Effect } from "effect"
import type { Schema } from "effect"
import type * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import * as Classes from "../resources/Classes.js"
import * as Communication from "../resources/Communication.js"
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

/** A list that can be exported: its query parameters and its list query. */
export interface ExportableList {
  /** The resource whose read access the export needs. */
  readonly resource: Resource
  readonly params: Schema.Top & Schema.ConstraintDecoder<unknown>
  readonly list: (
    actor: Actor,
    params: never,
  ) => Effect.Effect<ListQuery.AnyPage<Readonly<Record<string, unknown>>>, unknown, SqlClient.SqlClient>
}

const exportable = <P>(
  resource: Resource,
  params: Schema.Top & Schema.ConstraintDecoder<unknown> & { readonly Type: P },
  list: (actor: Actor, params: P) => Effect.Effect<ListQuery.AnyPage<object>, unknown, SqlClient.SqlClient>,
): ExportableList => ({ resource, params, list: list as ExportableList["list"] })

/** The lists, by the name in the export's path (`/api/exports/people.csv`). */
export const lists: Readonly<Record<string, ExportableList>> = {
  units: exportable("units", Units.ListParams, Units.list),
  households: exportable("households", Households.ListParams, Households.service.list),
  people: exportable("people", People.ListParams, People.service.list),
  organizations: exportable("organizations", Organizations.ListParams, Organizations.service.list),
  topics: exportable("topics", Topics.ListParams, Topics.service.list),
  classes: exportable("classes", Classes.ListParams, Classes.service.list),
  "skill-records": exportable("skill-records", SkillRecords.ListParams, SkillRecords.service.list),
  guides: exportable("guides", Guides.ListParams, Guides.service.list),
  "support-staff": exportable("support-staff", SupportStaff.ListParams, SupportStaff.service.list),
  teams: exportable("teams", Teams.Teams.ListParams, Teams.teamsService.list),
  visits: exportable("visits", Teams.Visits.ListParams, Teams.visitsService.list),
  posts: exportable("posts", Communication.Posts.ListParams, Communication.postsService.list),
  events: exportable("events", Communication.Events.ListParams, Communication.eventsService.list),
  targets: exportable("targets", Targets.ListParams, Targets.service.list),
}

/** Rows read per page while exporting. */
export const exportPageSize = 500

const quote = (value: string): string =>
  /[",\r\n;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value

/** A cell of CSV: lists joined with "; ", records as JSON, nothing for null. */
export const cellOf = (value: unknown): string => {
  if (value === null || value === undefined) return ""
  if (Array.isArray(value))
    return quote(value.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join("; "))
  if (typeof value === "object") return quote(JSON.stringify(value))
  return quote(String(value))
}

/** One CSV line of values. */
export const lineOf = (values: ReadonlyArray<unknown>): string => `${values.map(cellOf).join(",")}\r\n`

/** The columns of a list: the fields of its first item, in order. */
export const columnsOf = (items: ReadonlyArray<Readonly<Record<string, unknown>>>): ReadonlyArray<string> =>
  items.length === 0 ? ["id"] : Object.keys(items[0]!)
