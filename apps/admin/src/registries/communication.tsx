/** Communication: posts on the campaign's channels, and events (the 10/10 digital learning day…). */
import * as Communication from "@bdhv/domain/Communication"
import * as Class from "@bdhv/domain/Class"
import { Schema, Struct } from "effect"
import { events, posts } from "../api/registries"
import { sender } from "../api/typed"
import { nullIfBlank, numberOf, type RegistryDef } from "../registry/Registry"
import type { EventItem, PostItem } from "../registry/schemas"

const related = [
  { href: "/posts", label: "communication.posts" },
  { href: "/events", label: "communication.events" },
] as const

/** What the form sends for a post: its fields without the id. */
const PostBody = Schema.Struct(Struct.omit(Communication.Post.fields, ["id"]))

/** What the form sends for an event: its fields without the id. */
const EventBody = Schema.Struct(Struct.omit(Communication.Event.fields, ["id"]))

export const postRegistry: RegistryDef<PostItem> = {
  related,
  resource: posts,
  base: "/posts",
  labels: {
    title: "communication.posts",
    create: "post.new",
    edit: "post.edit",
    remove: "post.delete",
    empty: "post.empty",
    search: "post.search",
  },
  name: (item) => item.title,
  unitFilter: true,
  filters: [
    {
      key: "channel",
      label: "post.channel",
      options: ({ i18n }) =>
        Communication.Channel.literals.map((c) => ({
          value: c,
          label: i18n.pick(Communication.channelNames[c]),
        })),
    },
  ],
  columns: ({ i18n, unitLabel }) => [
    { header: i18n.t("post.title"), cell: (row) => row.title },
    { header: i18n.t("post.channel"), cell: (row) => i18n.pick(Communication.channelNames[row.channel]) },
    { header: i18n.t("post.date"), cell: (row) => i18n.date(row.date) },
    { header: i18n.t("unit.picker"), cell: (row) => unitLabel(row.unitId) },
    {
      header: i18n.t("post.reach"),
      numeric: true,
      cell: (row) => (row.reach === null ? i18n.t("common.none") : i18n.number(row.reach)),
    },
  ],
  form: {
    schema: PostBody,
    send: sender(posts, PostBody),
    fields: [
      { kind: "text", key: "title", label: "post.title", required: true },
      {
        kind: "select",
        key: "channel",
        label: "post.channel",
        required: true,
        options: ({ i18n }) =>
          Communication.Channel.literals.map((c) => ({
            value: c,
            label: i18n.pick(Communication.channelNames[c]),
          })),
      },
      { kind: "unit", key: "unitId", label: "unit.picker", required: true },
      { kind: "date", key: "date", label: "post.date", required: true },
      { kind: "url", key: "url", label: "post.url" },
      { kind: "number", key: "reach", label: "post.reach" },
    ],
    initial: (item) => ({
      title: item?.title ?? "",
      channel: item?.channel ?? "",
      unitId: item?.unitId ?? "",
      date: item?.date ?? "",
      url: item?.url ?? "",
      reach: item?.reach == null ? "" : String(item.reach),
    }),
    toInput: (values) => ({
      title: String(values.title).trim(),
      ...(values.channel === "" ? {} : { channel: values.channel }),
      ...(values.unitId === "" ? {} : { unitId: values.unitId }),
      date: values.date,
      url: nullIfBlank(values.url),
      reach: String(values.reach).trim() === "" ? null : numberOf(values.reach),
    }),
  },
  details: (item, { i18n, unitLabel }) => [
    [i18n.t("post.channel"), i18n.pick(Communication.channelNames[item.channel])],
    [i18n.t("post.date"), i18n.date(item.date)],
    [i18n.t("unit.picker"), unitLabel(item.unitId)],
    [i18n.t("post.url"), item.url === null ? i18n.t("common.none") : <a href={item.url}>{item.url}</a>],
    [i18n.t("post.reach"), item.reach === null ? i18n.t("common.none") : i18n.number(item.reach)],
  ],
}

export const eventRegistry: RegistryDef<EventItem> = {
  related,
  resource: events,
  base: "/events",
  labels: {
    title: "communication.events",
    create: "event.new",
    edit: "event.edit",
    remove: "event.delete",
    empty: "event.empty",
    search: "event.search",
  },
  name: (item) => item.title,
  unitFilter: true,
  filters: [
    {
      key: "kind",
      label: "event.kind",
      options: ({ i18n }) =>
        Communication.EventKind.literals.map((k) => ({
          value: k,
          label: i18n.pick(Communication.eventKindNames[k]),
        })),
    },
  ],
  columns: ({ i18n, unitLabel }) => [
    { header: i18n.t("event.title"), cell: (row) => row.title },
    { header: i18n.t("event.kind"), cell: (row) => i18n.pick(Communication.eventKindNames[row.kind]) },
    { header: i18n.t("post.date"), cell: (row) => i18n.date(row.date) },
    { header: i18n.t("unit.picker"), cell: (row) => unitLabel(row.unitId) },
    { header: i18n.t("event.participants"), numeric: true, cell: (row) => i18n.number(row.participants) },
  ],
  form: {
    schema: EventBody,
    send: sender(events, EventBody),
    fields: [
      { kind: "text", key: "title", label: "event.title", required: true },
      {
        kind: "select",
        key: "kind",
        label: "event.kind",
        required: true,
        options: ({ i18n }) =>
          Communication.EventKind.literals.map((k) => ({
            value: k,
            label: i18n.pick(Communication.eventKindNames[k]),
          })),
      },
      { kind: "unit", key: "unitId", label: "unit.picker", required: true },
      { kind: "date", key: "date", label: "post.date", required: true },
      {
        kind: "select",
        key: "mode",
        label: "class.mode",
        required: true,
        options: ({ i18n }) =>
          Class.Mode.literals.map((m) => ({ value: m, label: i18n.t(`classMode.${m}`) })),
      },
      { kind: "text", key: "venue", label: "class.venue" },
      { kind: "number", key: "participants", label: "event.participants", required: true },
    ],
    initial: (item) => ({
      title: item?.title ?? "",
      kind: item?.kind ?? "",
      unitId: item?.unitId ?? "",
      date: item?.date ?? "",
      mode: item?.mode ?? "in_person",
      venue: item?.venue ?? "",
      participants: item === undefined ? "" : String(item.participants),
    }),
    toInput: (values) => ({
      title: String(values.title).trim(),
      ...(values.kind === "" ? {} : { kind: values.kind }),
      ...(values.unitId === "" ? {} : { unitId: values.unitId }),
      date: values.date,
      ...(values.mode === "" ? {} : { mode: values.mode }),
      venue: nullIfBlank(values.venue),
      participants: numberOf(values.participants),
    }),
  },
  details: (item, { i18n, unitLabel }) => [
    [i18n.t("event.kind"), i18n.pick(Communication.eventKindNames[item.kind])],
    [i18n.t("post.date"), i18n.date(item.date)],
    [i18n.t("unit.picker"), unitLabel(item.unitId)],
    [i18n.t("class.mode"), i18n.t(`classMode.${item.mode}`)],
    [i18n.t("class.venue"), item.venue ?? i18n.t("common.none")],
    [i18n.t("event.participants"), i18n.number(item.participants)],
  ],
}
