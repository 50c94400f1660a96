/**
 * Topics: the skills catalogue (the national framework's areas, the campaign's practical topics, the 4T
 * modules). The domain's catalogue is stored at start; district admins may add topics. `core` marks the
 * configured core set that "basic digital skills" requires (the domain's default core set at first).
 */
import * as Text from "@bdhv/domain/Text"
import * as Topic from "@bdhv/domain/Topic"
import { Array as Arr, Effect, Schema, Struct } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import { Conflict } from "../ServiceError.js"
import type * as Crud from "./Crud.js"
import * as Entity from "./Entity.js"
import * as ListQuery from "./ListQuery.js"
import * as Resource from "./Resource.js"

/** A topic as the API returns it: the domain's topic, whether it is in the core set, and metadata. */
export const Item = Schema.Struct({ ...Topic.Topic.fields, core: Schema.Boolean, ...Entity.Meta }).annotate({
  identifier: "Topic",
})
/** A topic as the API returns it. */
export type Item = typeof Item.Encoded

/** A new topic, with its id (a short slug such as `online-healthcare`). */
export const Input = Schema.Struct(Topic.Topic.fields).annotate({ identifier: "TopicInput" })
/** Changes to a topic. */
export const Patch = Entity.patchOf(Struct.omit(Topic.Topic.fields, ["id"])).annotate({
  identifier: "TopicPatch",
})

const sortKeys = ["order", "name", "kind"] as const

/** List parameters: search by name, a kind. */
export const ListParams = Schema.Struct({
  ...ListQuery.fields(sortKeys),
  kind: Schema.optionalKey(Topic.TopicKind),
}).annotate({ identifier: "TopicListParams" })

/** The topics' table (not scoped: the catalogue is the same for every unit). */
export const table: Crud.Table<Item> = {
  entity: "topic",
  table: "topics",
  unitOf: null,
  softDelete: true,
  searchColumn: "t.name_folded",
  sorts: { order: "t.sort_order", name: "t.name_folded", kind: "t.kind" },
  toItem: (row) => ({
    id: String(row.id),
    kind: row.kind as Topic.TopicKind,
    name: { vi: String(row.nameVi), en: String(row.nameEn) },
    implies: (row.implies as ReadonlyArray<string> | null) ?? [],
    core: row.core === true,
    ...Entity.metaOf(row),
  }),
}

const toRow = (topic: Topic.Topic) => ({
  kind: topic.kind,
  nameVi: topic.name.vi,
  nameEn: topic.name.en,
  nameFolded: Text.searchKey(`${topic.name.vi} ${topic.name.en}`),
  implies: topic.implies,
})

/** The topics service (district admins change the catalogue). */
export const service = Resource.make({
  table,
  schema: Topic.Topic,
  Input,
  Patch,
  toRow,
  check: (_actor: Actor, topic: Topic.Topic) => Entity.requireTopics("implies", topic.implies),
  beforeDelete: (_actor: Actor, id: string) =>
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const [used] = yield* sql<{ n: number }>`
        select count(*)::int as n from skill_records where topic_id = ${id} and deleted_at is null`
      if ((used?.n ?? 0) > 0) {
        return yield* new Conflict({
          message: {
            vi: "Đã có kết quả học ghi nhận chủ đề này; không thể xoá",
            en: "Skill records use this topic; it cannot be deleted",
          },
        })
      }
    }),
  filters: (sql: SqlClient.SqlClient, params: typeof ListParams.Type) => [
    params.kind === undefined ? undefined : sql`t.kind = ${params.kind}`,
  ],
  unique: { topics_pkey: { vi: "Mã chủ đề đã có", en: "This topic id is taken" } },
})

/** Stores the domain's catalogue (topics already stored are left as they are). */
export const ensureCatalogue = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const core = new Set<string>(Topic.defaultCoreTopics)
  const rows: ReadonlyArray<Record<string, unknown>> = Topic.catalogue.map((topic, index) => ({
    id: topic.id,
    ...toRow(topic),
    core: core.has(topic.id),
    sortOrder: index,
  }))
  if (Arr.isReadonlyArrayNonEmpty(rows)) {
    yield* sql`insert into topics ${sql.insert(rows)} on conflict (id) do nothing`
  }
}).pipe(Effect.withSpan("Topics.ensureCatalogue"))
