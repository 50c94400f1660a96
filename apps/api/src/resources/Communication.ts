/**
 * Communication (task group 2): posts on the district's channels and events such as the yearly 10/10
 * "Ngày hội toàn dân học tập số".
 */
import * as Communication from "@bdhv/domain/Communication"
import * as Text from "@bdhv/domain/Text"
import { Schema, Struct } from "effect"
import type * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import type * as Crud from "./Crud.js"
import * as Entity from "./Entity.js"
import * as ListQuery from "./ListQuery.js"
import * as Resource from "./Resource.js"
import { subtree } from "./Scope.js"

const postFields = Struct.omit(Communication.Post.fields, ["id"])
const eventFields = Struct.omit(Communication.Event.fields, ["id"])

/** A post as the API returns it. */
export const PostItem = Schema.Struct({ ...Communication.Post.fields, ...Entity.Meta }).annotate({
  identifier: "Post",
})
/** A post as the API returns it. */
export type PostItem = typeof PostItem.Encoded
/** An event as the API returns it. */
export const EventItem = Schema.Struct({ ...Communication.Event.fields, ...Entity.Meta }).annotate({
  identifier: "Event",
})
/** An event as the API returns it. */
export type EventItem = typeof EventItem.Encoded

const dateRange = {
  from: Schema.optionalKey(ListQuery.DateParam),
  to: Schema.optionalKey(ListQuery.DateParam),
}

/** Posts: schemas of the requests. */
export const Posts = {
  Input: Schema.Struct(postFields).annotate({ identifier: "PostInput" }),
  Patch: Entity.patchOf(postFields).annotate({ identifier: "PostPatch" }),
  ListParams: Schema.Struct({
    ...ListQuery.fields(["date", "reach", "title"] as const),
    unitId: Schema.optionalKey(Schema.String),
    channel: Schema.optionalKey(Communication.Channel),
    ...dateRange,
  }).annotate({ identifier: "PostListParams" }),
}

/** Events: schemas of the requests. */
export const Events = {
  Input: Schema.Struct(eventFields).annotate({ identifier: "EventInput" }),
  Patch: Entity.patchOf(eventFields).annotate({ identifier: "EventPatch" }),
  ListParams: Schema.Struct({
    ...ListQuery.fields(["date", "participants", "title"] as const),
    unitId: Schema.optionalKey(Schema.String),
    kind: Schema.optionalKey(Communication.EventKind),
    ...dateRange,
  }).annotate({ identifier: "EventListParams" }),
}

const postsTable: Crud.Table<PostItem> = {
  entity: "post",
  table: "posts",
  unitOf: "t.unit_id",
  softDelete: true,
  searchColumn: "t.title_folded",
  // A post whose reach is unknown sorts as reaching nobody (a cursor needs a value to compare).
  sorts: { date: "t.published_on", reach: "coalesce(t.reach, 0)", title: "t.title_folded" },
  toItem: (row) => ({
    id: String(row.id),
    channel: row.channel as Communication.Channel,
    unitId: String(row.unitId),
    date: String(row.publishedOn),
    title: String(row.title),
    url: (row.url as string | null) ?? null,
    reach: row.reach === null || row.reach === undefined ? null : Number(row.reach),
    ...Entity.metaOf(row),
  }),
}

const eventsTable: Crud.Table<EventItem> = {
  entity: "event",
  table: "events",
  unitOf: "t.unit_id",
  softDelete: true,
  searchColumn: "t.title_folded",
  sorts: { date: "t.held_on", participants: "t.participants", title: "t.title_folded" },
  toItem: (row) => ({
    id: String(row.id),
    kind: row.kind as Communication.EventKind,
    unitId: String(row.unitId),
    title: String(row.title),
    date: String(row.heldOn),
    mode: row.mode as Communication.Event["mode"],
    venue: (row.venue as string | null) ?? null,
    participants: Number(row.participants),
    ...Entity.metaOf(row),
  }),
}

const inPeriod = (
  sql: SqlClient.SqlClient,
  column: string,
  params: { readonly from?: string; readonly to?: string },
) => [
  params.from === undefined ? undefined : sql`${sql.unsafe(column)} >= ${params.from}::date`,
  params.to === undefined ? undefined : sql`${sql.unsafe(column)} <= ${params.to}::date`,
]

/** The posts service. */
export const postsService = Resource.make({
  table: postsTable,
  schema: Communication.Post,
  ...Posts,
  toRow: (p: Communication.Post) => ({
    channel: p.channel,
    unitId: p.unitId,
    publishedOn: p.date,
    title: p.title,
    titleFolded: Text.searchKey(p.title),
    url: p.url,
    reach: p.reach,
  }),
  check: (actor: Actor, p: Communication.Post) => Entity.requireUnit(actor, p.unitId, "unitId"),
  filters: (sql: SqlClient.SqlClient, params: typeof Posts.ListParams.Type, today: string) => [
    params.unitId === undefined ? undefined : sql`t.unit_id in ${subtree(sql, params.unitId, today)}`,
    params.channel === undefined ? undefined : sql`t.channel = ${params.channel}`,
    ...inPeriod(sql, "t.published_on", params),
  ],
})

/** The events service. */
export const eventsService = Resource.make({
  table: eventsTable,
  schema: Communication.Event,
  ...Events,
  toRow: (e: Communication.Event) => ({
    kind: e.kind,
    unitId: e.unitId,
    title: e.title,
    titleFolded: Text.searchKey(e.title),
    heldOn: e.date,
    mode: e.mode,
    venue: e.venue,
    participants: e.participants,
  }),
  check: (actor: Actor, e: Communication.Event) => Entity.requireUnit(actor, e.unitId, "unitId"),
  filters: (sql: SqlClient.SqlClient, params: typeof Events.ListParams.Type, today: string) => [
    params.unitId === undefined ? undefined : sql`t.unit_id in ${subtree(sql, params.unitId, today)}`,
    params.kind === undefined ? undefined : sql`t.kind = ${params.kind}`,
    ...inPeriod(sql, "t.held_on", params),
  ],
})
