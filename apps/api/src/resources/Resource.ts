/**
 * A resource's service from a short description: its table, the domain schema its records must satisfy,
 * how a record maps to columns, and its extra checks and child rows. Creating decodes the input with the
 * domain schema (once: the route's decoded body, when the record is the body and an id); updating merges the patch into the current record and decodes the whole again, so the
 * domain's cross-field rules hold after every change. Each write is one transaction with its audit entry.
 */
import { Effect, Schema } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { isSqlError, type SqlError } from "effect/sql/SqlError"
import type { Fragment } from "effect/sql/Statement"
import type { Actor } from "../auth/Actor.js"
import * as Access from "../security/Access.js"
import * as AccessTable from "@bdhv/domain/Access"
import { Conflict, type Message, type ServiceError } from "../ServiceError.js"
import * as Crud from "./Crud.js"
import * as Entity from "./Entity.js"
import type * as ListQuery from "./ListQuery.js"

type Encoder = Schema.Top & Schema.ConstraintEncoder<unknown>
type Decoder = Schema.Top & Schema.ConstraintDecoder<unknown>

/** What a resource is made of. */
export interface Spec<
  Item extends { readonly id: string },
  Value,
  Params extends ListQuery.Params,
  I extends Encoder,
  P extends Encoder,
> {
  readonly table: Crud.Table<Item>
  /** The domain schema of a whole record (with its id). */
  readonly schema: Decoder & { readonly Type: Value }
  /** The create body's schema (to re-encode the validated body). */
  readonly Input: I
  /** The patch body's schema. */
  readonly Patch: P
  /** The columns of a record (without id, version and timestamps). */
  readonly toRow: (value: Value) => Crud.Row
  /**
   * The record of a create from its body, which the route has decoded already: for a resource whose
   * record is its body and an id, so a create decodes its input once. Without it the body is encoded
   * back and decoded with `schema`, with the server's fields.
   */
  readonly fromInput?: (input: I["Type"], id: string) => Value
  /** Fields the server sets on a new record (who recorded it), added before decoding. */
  readonly serverFields?: (actor: Actor) => Readonly<Record<string, unknown>>
  /** References and scope checks before a write. */
  readonly check?: (
    actor: Actor,
    value: Value,
  ) => Effect.Effect<void, ServiceError | SqlError, SqlClient.SqlClient>
  /** Child rows after a write (topics of a class, members of a team…). */
  readonly afterWrite?: (
    actor: Actor,
    value: Value,
    created: boolean,
  ) => Effect.Effect<void, ServiceError | SqlError, SqlClient.SqlClient>
  /** Refuses a delete that would break other records. */
  readonly beforeDelete?: (
    actor: Actor,
    id: string,
  ) => Effect.Effect<void, ServiceError | SqlError, SqlClient.SqlClient>
  /** Conditions for the list's filter parameters. */
  readonly filters?: (
    sql: SqlClient.SqlClient,
    params: Params,
    today: string,
  ) => ReadonlyArray<Fragment | undefined>
  /** Messages for unique constraints, by constraint name. */
  readonly unique?: Readonly<Record<string, Message>>
}

const withoutMeta = (item: Readonly<Record<string, unknown>>): Record<string, unknown> => {
  const { version: _v, createdAt: _c, updatedAt: _u, ...fields } = item
  return fields
}

const uniqueConflicts =
  (messages: Readonly<Record<string, Message>> | undefined) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E | Conflict, R> =>
    Effect.mapError(effect, (error): E | Conflict => {
      if (!isSqlError(error) || error.reason._tag !== "UniqueViolation") return error
      const message = messages?.[error.reason.constraint]
      return message === undefined ? error : new Conflict({ message, issues: [{ path: "", message }] })
    })

/** The service of a resource. */
export const make = <
  Item extends { readonly id: string },
  Value,
  Params extends ListQuery.Params,
  I extends Encoder,
  P extends Encoder,
>(
  spec: Spec<Item, Value, Params, I, P>,
) => {
  const { table } = spec
  // The resource of the access table is the table's name, as its routes spell it (`skill_records` → `skill-records`).
  const resource = table.table.replaceAll("_", "-")
  if (!AccessTable.isResource(resource)) throw new Error(`no access rule for the table ${table.table}`)
  const decodeValue = Entity.decode(spec.schema)
  const encodeInput = Schema.encodeSync(spec.Input)
  const encodePatch = Schema.encodeSync(spec.Patch)
  const check = spec.check ?? (() => Effect.void)
  const afterWrite = spec.afterWrite ?? (() => Effect.void)

  const list = (actor: Actor, params: Params) =>
    Crud.list(table, actor, params, (sql, today) => spec.filters?.(sql, params, today) ?? [])

  const create = (actor: Actor, input: I["Type"]) =>
    Effect.gen(function* () {
      yield* Access.require(actor, resource, "write")
      const sql = yield* SqlClient.SqlClient
      const { fromInput } = spec
      let id: string
      let value: Value
      if (fromInput === undefined) {
        const encoded = encodeInput(input) as { readonly id?: unknown }
        // Records named by their creator (topics) bring their id; others get a new one.
        id = typeof encoded.id === "string" ? encoded.id : Crud.newId()
        value = yield* decodeValue({ ...encoded, ...spec.serverFields?.(actor), id })
      } else {
        id = Crud.newId()
        value = fromInput(input, id)
      }
      yield* check(actor, value)
      return yield* sql.withTransaction(
        Effect.gen(function* () {
          const item = yield* Crud.insert(table, actor, { id, ...spec.toRow(value) })
          yield* afterWrite(actor, value, true)
          return spec.afterWrite === undefined ? item : yield* Crud.get(table, actor, id)
        }),
      )
    }).pipe(uniqueConflicts(spec.unique), Effect.withSpan(`${table.entity}.create`))

  const update = (actor: Actor, id: string, patch: P["Type"]) =>
    Effect.gen(function* () {
      yield* Access.require(actor, resource, "write")
      const sql = yield* SqlClient.SqlClient
      const { version, ...changes } = encodePatch(patch) as { version: number } & Record<string, unknown>
      return yield* sql.withTransaction(
        Effect.gen(function* () {
          const current = table.toItem(yield* Crud.findRow(table, actor, id, { lock: true }))
          const value = yield* decodeValue({ ...withoutMeta(current), ...changes, id })
          yield* check(actor, value)
          const item = yield* Crud.update(table, actor, id, version, spec.toRow(value))
          yield* afterWrite(actor, value, false)
          return spec.afterWrite === undefined ? item : yield* Crud.get(table, actor, id)
        }),
      )
    }).pipe(uniqueConflicts(spec.unique), Effect.withSpan(`${table.entity}.update`))

  const remove = (actor: Actor, id: string, version: number | undefined) =>
    Effect.gen(function* () {
      yield* Access.require(actor, resource, "write")
      const sql = yield* SqlClient.SqlClient
      yield* sql.withTransaction(
        Effect.gen(function* () {
          if (spec.beforeDelete !== undefined) {
            yield* Crud.findRow(table, actor, id)
            yield* spec.beforeDelete(actor, id)
          }
          yield* Crud.remove(table, actor, id, version)
        }),
      )
    }).pipe(Effect.withSpan(`${table.entity}.remove`))

  return { list, get: (actor: Actor, id: string) => Crud.get(table, actor, id), create, update, remove }
}
