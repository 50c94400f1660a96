/**
 * How a domain aggregate becomes an API resource: the record's metadata (`version`, timestamps), the
 * create and patch bodies derived from the domain schema, decoding with the domain's bilingual
 * messages, and checks that referenced records exist in the caller's scope.
 */
import * as Unit from "@bdhv/domain/Unit"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Effect, Result, Schema, Struct } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import { InvalidInput, type Message } from "../ServiceError.js"
import { inScope } from "./Scope.js"
import * as Today from "../Today.js"

/** What every stored record carries besides its fields. */
export const Meta = {
  /** Increases with every change; send it back with an update (a stale one gets 409). */
  version: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)),
  createdAt: Schema.String.annotate({ format: "date-time" }),
  updatedAt: Schema.String.annotate({ format: "date-time" }),
}

/** The version an update or delete was based on. */
export const Version = Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)).annotate(
  ValidationMessage.label({ vi: "Phiên bản", en: "Version" }),
)

/** The metadata of a row. */
export const metaOf = (row: Readonly<Record<string, unknown>>) => ({
  version: Number(row.version),
  createdAt: isoOf(row.createdAt),
  updatedAt: isoOf(row.updatedAt),
})

/** An instant from the database as an ISO string. */
export const isoOf = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()

/** The fields of a patch: any subset of the input's fields, and the version it is based on. */
export const patchOf = <const Fields extends Schema.Struct.Fields>(fields: Fields) =>
  Schema.Struct(fields)
    .mapFields(Struct.map(Schema.optionalKey))
    .mapFields(Struct.assign({ version: Version }))

/** Decodes with a domain schema; a failure is `InvalidInput` with the domain's messages per field. */
export const decode =
  <S extends Schema.ConstraintDecoder<unknown>>(schema: S) =>
  (input: unknown): Effect.Effect<S["Type"], InvalidInput> => {
    const result = ValidationMessage.decodeWithMessages(schema, input)
    return Result.isSuccess(result)
      ? Effect.succeed(result.success)
      : Effect.fail(new InvalidInput({ issues: result.failure }))
  }

/** Encodes a domain value to its JSON form. */
export const encode =
  <S extends Schema.ConstraintEncoder<unknown>>(schema: S) =>
  (value: S["Type"]): S["Encoded"] =>
    Schema.encodeSync(schema)(value)

/** An `InvalidInput` for one field. */
export const invalidField = (path: string, message: Message): InvalidInput =>
  new InvalidInput({ issues: [{ path, message }] })

/** A reference to check: the table, the SQL for the unit of its rows, and how to name it in a message. */
export interface Reference {
  readonly table: string
  readonly unitOf: string
  readonly softDelete: boolean
  readonly name: Message
}

/**
 * Fails with a 400 on `path` unless every id refers to a live record in the actor's scope (a record
 * out of scope is reported as not found, never as "forbidden"); without an actor, anywhere.
 */
export const requireReferences = (
  actor: Actor | undefined,
  reference: Reference,
  path: string,
  ids: ReadonlyArray<string>,
) =>
  Effect.gen(function* () {
    const unique = [...new Set(ids)]
    if (unique.length === 0) return
    const sql = yield* SqlClient.SqlClient
    const today = yield* Today.today
    const found = yield* sql<{ id: string }>`
      select t.id from ${sql.unsafe(reference.table)} t
      where t.id in ${sql.in(unique)}
        ${reference.softDelete ? sql`and t.deleted_at is null` : sql``}
        and ${actor === undefined ? sql`true` : inScope(sql, actor, reference.unitOf, today)}`
    const known = new Set(found.map((row) => row.id))
    const missing = unique.filter((id) => !known.has(id))
    if (missing.length > 0) {
      return yield* invalidField(path, {
        vi: `Không tìm thấy ${reference.name.vi}: ${missing.join(", ")}`,
        en: `No such ${reference.name.en}: ${missing.join(", ")}`,
      })
    }
  })

/** The references the resources make to each other. */
export const references = {
  unit: {
    table: "units",
    unitOf: "t.id",
    softDelete: true,
    name: { vi: "đơn vị", en: "unit" },
  },
  household: {
    table: "households",
    unitOf: "t.unit_id",
    softDelete: true,
    name: { vi: "hộ gia đình", en: "household" },
  },
  person: { table: "people", unitOf: "t.unit_id", softDelete: true, name: { vi: "người", en: "person" } },
  organization: {
    table: "organizations",
    unitOf: "t.unit_id",
    softDelete: true,
    name: { vi: "tổ chức", en: "organization" },
  },
  team: { table: "teams", unitOf: "t.unit_id", softDelete: true, name: { vi: "tổ", en: "team" } },
  guide: {
    table: "guides",
    unitOf: "t.unit_id",
    softDelete: true,
    name: { vi: "người hướng dẫn", en: "guide" },
  },
  class: { table: "classes", unitOf: "t.unit_id", softDelete: true, name: { vi: "lớp học", en: "class" } },
} as const satisfies Record<string, Reference>

/** Fails with a 400 on `path` unless every topic id is in the catalogue (topics are not scoped). */
export const requireTopics = (path: string, ids: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const unique = [...new Set(ids)]
    if (unique.length === 0) return
    const sql = yield* SqlClient.SqlClient
    const found = yield* sql<{ id: string }>`
      select id from topics where id in ${sql.in(unique)} and deleted_at is null`
    const known = new Set(found.map((row) => row.id))
    const missing = unique.filter((id) => !known.has(id))
    if (missing.length > 0) {
      return yield* invalidField(path, {
        vi: `Không có chủ đề: ${missing.join(", ")}`,
        en: `No such topic: ${missing.join(", ")}`,
      })
    }
  })

/**
 * Fails with a 400 on `path` unless the unit is in the actor's scope and, with `villageOnly`, a village
 * or residential group (where households and people live — the domain's `Unit.isVillageLevel`), or with
 * `communeOnly`, a commune-level unit (`Unit.isCommuneLevel`).
 */
export const requireUnit = (
  actor: Actor,
  unitId: string,
  path: string,
  options?: { villageOnly?: boolean; communeOnly?: boolean },
) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const today = yield* Today.today
    const [unit] = yield* sql<{ kind: Unit.UnitKind }>`
      select t.kind from units t where t.id = ${unitId} and t.deleted_at is null and ${inScope(sql, actor, "t.id", today)}`
    if (unit === undefined) {
      return yield* invalidField(path, {
        vi: `Không tìm thấy đơn vị ${unitId}`,
        en: `No such unit ${unitId}`,
      })
    }
    if (options?.villageOnly === true && !Unit.isVillageLevel(unit.kind)) {
      return yield* invalidField(path, {
        vi: "Hãy chọn một thôn hoặc tổ dân phố",
        en: "Choose a village or residential group",
      })
    }
    if (options?.communeOnly === true && !Unit.isCommuneLevel(unit.kind)) {
      return yield* invalidField(path, {
        vi: "Hãy chọn một xã, phường, thị trấn hoặc đặc khu",
        en: "Choose a commune-level unit",
      })
    }
  })
