/**
 * Units: the versioned administrative tree. A list or tree is always "as at" a date (today by default):
 * the units valid then, each with its parent then. A unit's page shows its whole history (parent links
 * and successors). Changes are checked against the whole history with the domain's `Unit.problemsOf`
 * (a code used by one unit at a time, a parent over every unit's whole life, no overlapping parents, a
 * parent above its child, no cycles, links within their units' validity, successors valid the day after
 * their predecessor ended) and refused with the problem's field; a change of parent is a new link from
 * a date (`POST /api/units/:id/links`), never an edit of a past link.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Unit from "@bdhv/domain/Unit"
import { Effect, Schema, Struct } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Fragment } from "effect/sql/Statement"
import * as AuditLog from "../audit/AuditLog.js"
import { type Actor, seesEverything } from "../auth/Actor.js"
import * as Access from "../security/Access.js"
import { Conflict, NotFound, StaleVersion } from "../ServiceError.js"
import * as Crud from "./Crud.js"
import * as Entity from "./Entity.js"
import * as ListQuery from "./ListQuery.js"
import { subtree } from "./Scope.js"
import * as Today from "../Today.js"
import * as Text from "@bdhv/domain/Text"
import * as DeploymentScope from "../units/DeploymentScope.js"
import * as UnitHistory from "../units/UnitHistory.js"

/** A unit's parent link, as the API shows it. */
export const Link = Schema.Struct({
  parentId: Schema.String,
  validFrom: Schema.String,
  validTo: Schema.NullOr(Schema.String),
})

/** A unit as at a date: its fields, its parent at that date, and the record's metadata. */
export const Item = Schema.Struct({
  ...Unit.Unit.fields,
  nameEn: Schema.NullOr(Schema.String),
  parentId: Schema.NullOr(Schema.String),
  ...Entity.Meta,
}).annotate({ identifier: "Unit" })
/** A unit as at a date. */
export type Item = typeof Item.Encoded

/** A unit with its history: every parent link and its successors. */
export const Detail = Schema.Struct({
  ...Unit.Unit.fields,
  nameEn: Schema.NullOr(Schema.String),
  ...Entity.Meta,
  links: Schema.Array(Link),
}).annotate({ identifier: "UnitDetail" })
/** A unit with its history. */
export type Detail = typeof Detail.Encoded

const inputFields = Struct.omit(Unit.Unit.fields, ["id"])

/** A parent link given with a new unit (a village that moves to a new commune on a reform date). */
export const InputLink = Schema.Struct({
  parentId: Unit.UnitId,
  validFrom: Unit.UnitLink.fields.validFrom,
  validTo: Unit.UnitLink.fields.validTo,
}).annotate({ identifier: "UnitInputLink" })

/**
 * A new unit: under `parentId` from its first day (for as long as both last), or with its parent links
 * over its life in `links`. Every unit but a province needs a parent over its whole life.
 */
export const Input = Schema.Struct({
  ...inputFields,
  parentId: Schema.optionalKey(Schema.NullOr(Unit.UnitId)),
  links: Schema.optionalKey(Schema.Array(InputLink)),
}).annotate({ identifier: "UnitInput" })

/**
 * Changes to a unit's own fields. Its place in the tree changes with a new link from a date, never by
 * editing it: a `parentId` here is refused with a message saying so.
 */
export const Patch = Entity.patchOf(inputFields)
  .mapFields((fields) => ({ ...fields, parentId: Schema.optionalKey(Schema.Unknown) }))
  .annotate({ identifier: "UnitPatch" })

/** A new parent from a date: the current link ends the day before. */
export const LinkInput = Schema.Struct({
  parentId: Unit.UnitId,
  validFrom: Unit.UnitLink.fields.validFrom,
  validTo: Schema.optionalKey(Unit.UnitLink.fields.validTo),
}).annotate({ identifier: "UnitLinkInput" })

const sortKeys = ["name", "code", "kind", "validFrom"] as const

/** List parameters: the date, a parent, a kind or a level, a GSO code, search, paging. */
export const ListParams = Schema.Struct({
  ...ListQuery.fields(sortKeys),
  asOf: Schema.optionalKey(ListQuery.DateParam),
  parentId: Schema.optionalKey(Schema.String),
  kind: Schema.optionalKey(Unit.UnitKind),
  /** `province`, `district`, `commune` (xã, phường, thị trấn, đặc khu) or `village`. */
  level: Schema.optionalKey(Unit.Level),
  code: Schema.optionalKey(Schema.String),
}).annotate({ identifier: "UnitListParams" })

/** Tree parameters: the date and an optional root (the deployment's scope when none is named). */
export const TreeParams = Schema.Struct({
  asOf: Schema.optionalKey(ListQuery.DateParam),
  rootId: Schema.optionalKey(Schema.String),
})

/** The tree as at a date: every unit in scope with its parent. */
export const Tree = Schema.Struct({
  asOf: Schema.String,
  units: Schema.Array(
    Schema.Struct({
      id: Schema.String,
      code: Schema.NullOr(Schema.String),
      name: Schema.String,
      kind: Unit.UnitKind,
      parentId: Schema.NullOr(Schema.String),
    }),
  ),
}).annotate({ identifier: "UnitTree" })

const fieldsOf = (row: Crud.Row) => ({
  id: String(row.id),
  code: (row.code as string | null) ?? null,
  name: String(row.name),
  kind: row.kind as Unit.UnitKind,
  nameEn: (row.nameEn as string | null) ?? null,
  validFrom: String(row.validFrom),
  validTo: (row.validTo as string | null) ?? null,
  successorIds: (row.successors as ReadonlyArray<string> | null) ?? [],
})

const toItem = (row: Crud.Row): Item => ({
  ...fieldsOf(row),
  parentId: (row.parentId as string | null) ?? null,
  ...Entity.metaOf(row),
})

const validAt = (sql: SqlClient.SqlClient, alias: string, date: string): Fragment =>
  sql`${sql.unsafe(alias)}.valid_from <= ${date}::date and (${sql.unsafe(alias)}.valid_to is null or ${sql.unsafe(alias)}.valid_to >= ${date}::date)`

/** Units valid at `date` in the actor's subtree at that date. */
const scopeAt = (sql: SqlClient.SqlClient, actor: Actor, date: string): Fragment =>
  seesEverything(actor)
    ? sql`true`
    : actor.unitId === null
      ? sql`false`
      : sql`t.id in ${subtree(sql, actor.unitId, date)}`

const parentAt = (date: string) =>
  `(select l.parent_id from unit_links l where l.child_id = t.id and l.valid_from <= '${date}'::date
     and (l.valid_to is null or l.valid_to >= '${date}'::date) order by l.valid_from desc limit 1) as parent_id`

const sorts: Record<(typeof sortKeys)[number], string> = {
  name: "t.name_folded",
  code: "t.code",
  kind: "t.kind",
  validFrom: "t.valid_from",
}

const kindsOf = (level: Unit.Level): Array<Unit.UnitKind> =>
  (Object.keys(Unit.kindNames) as Array<Unit.UnitKind>).filter((kind) => Unit.level(kind) === level)

/** A page of the units valid at a date (today by default) in the actor's scope. */
export const list = Effect.fn("Units.list")(function* (actor: Actor, params: typeof ListParams.Type) {
  const sql = yield* SqlClient.SqlClient
  const date = params.asOf ?? (yield* Today.today)
  const page = params.page ?? 1
  const pageSize = params.pageSize ?? ListQuery.defaultPageSize
  const search = ListQuery.searchCondition(sql, "t.name_folded", params.q)
  const where = sql.and([
    sql`t.deleted_at is null`,
    validAt(sql, "t", date),
    scopeAt(sql, actor, date),
    ...(search === undefined ? [] : [search]),
    ...(params.kind === undefined ? [] : [sql`t.kind = ${params.kind}`]),
    ...(params.level === undefined ? [] : [sql`t.kind in ${sql.in(kindsOf(params.level))}`]),
    ...(params.code === undefined ? [] : [sql`t.code = ${params.code}`]),
    ...(params.parentId === undefined
      ? []
      : [
          sql`exists (select 1 from unit_links l where l.child_id = t.id and l.parent_id = ${params.parentId}
                and ${validAt(sql, "l", date)})`,
        ]),
  ])
  const sort = sorts[params.sort ?? "name"]
  const rows = yield* sql<Crud.Row>`
    select t.*, ${sql.unsafe(parentAt(date))} from units t where ${where}
    order by ${sql.unsafe(`${sort} ${params.order === "desc" ? "desc" : "asc"}`)}, t.id
    limit ${pageSize} offset ${(page - 1) * pageSize}`
  const [count] = yield* sql<{ total: number }>`select count(*)::int as total from units t where ${where}`
  return { items: rows.map(toItem), page, pageSize, total: count?.total ?? 0 }
})

/**
 * The tree at a date within the actor's scope: a root's subtree, or, for an actor over the whole
 * database, the deployment's scope (the whole tree when none is configured).
 */
export const tree = Effect.fn("Units.tree")(function* (actor: Actor, params: typeof TreeParams.Type) {
  const sql = yield* SqlClient.SqlClient
  const date = params.asOf ?? (yield* Today.today)
  const rootId =
    params.rootId ?? (actor.unitId === null ? (yield* DeploymentScope.unitAt(date))?.id : undefined)
  const rows = yield* sql<Crud.Row>`
    select t.id, t.code, t.name, t.kind, ${sql.unsafe(parentAt(date))} from units t
    where t.deleted_at is null and ${validAt(sql, "t", date)} and ${scopeAt(sql, actor, date)}
      ${rootId === undefined ? sql`` : sql`and t.id in ${subtree(sql, rootId, date)}`}
    order by t.name_folded, t.id`
  const units = rows.map((row) => ({
    id: String(row.id),
    code: (row.code as string | null) ?? null,
    name: String(row.name),
    kind: row.kind as Unit.UnitKind,
    parentId: (row.parentId as string | null) ?? null,
  }))
  if (rootId === undefined) return { asOf: date, units }
  // A subtree is a tree of its own: its root has no parent. An ended root still serving its area (a
  // former district, see DeploymentScope) heads the units its communes became.
  const ids = new Set(units.map((u) => u.id))
  let root = units.find((u) => u.id === rootId)
  if (root === undefined && units.length > 0) {
    const [row] =
      yield* sql<Crud.Row>`select t.id, t.code, t.name, t.kind from units t where t.id = ${rootId}`
    if (row !== undefined) {
      root = {
        id: String(row.id),
        code: (row.code as string | null) ?? null,
        name: String(row.name),
        kind: row.kind as Unit.UnitKind,
        parentId: null,
      }
      units.unshift(root)
      ids.add(root.id)
    }
  }
  return {
    asOf: date,
    units: units.map((u) =>
      u.id === rootId
        ? { ...u, parentId: null }
        : u.parentId === null || !ids.has(u.parentId)
          ? { ...u, parentId: root?.id ?? null }
          : u,
    ),
  }
})

/** Whether a unit was ever in the actor's subtree (history pages stay reachable after a reform). */
const everInScope = (sql: SqlClient.SqlClient, actor: Actor): Fragment =>
  seesEverything(actor)
    ? sql`true`
    : actor.unitId === null
      ? sql`false`
      : sql`t.id in (select c.descendant_id from unit_closure c where c.ancestor_id = ${actor.unitId})`

const findRow = (actor: Actor, id: string, lock = false) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const [row] = yield* sql<Crud.Row>`
      select t.* from units t where t.id = ${id} and t.deleted_at is null and ${everInScope(sql, actor)}
      ${lock ? sql`for update of t` : sql``}`
    if (row === undefined) return yield* new NotFound({ entity: "unit", id })
    return row
  })

const linksOf = (id: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* sql<{ parentId: string; validFrom: string; validTo: string | null }>`
      select parent_id, valid_from, valid_to from unit_links where child_id = ${id} order by valid_from`
    return rows.map((row) => ({ parentId: row.parentId, validFrom: row.validFrom, validTo: row.validTo }))
  })

/** A unit with its history. */
export const get = Effect.fn("Units.get")(function* (actor: Actor, id: string) {
  const row = yield* findRow(actor, id)
  return { ...fieldsOf(row), ...Entity.metaOf(row), links: yield* linksOf(id) } satisfies Detail
})

/**
 * Fails with 409 when the stored history would have a problem involving one of `ids`: the first
 * problem's words, and every problem in `issues` with the field it is about.
 */
const requireConsistent = (ids: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const problems = Unit.problemsOf(yield* UnitHistory.load).filter((problem) =>
      problem.ids.some((id) => ids.includes(id)),
    )
    const first = problems[0]
    if (first !== undefined) {
      return yield* new Conflict({
        message: first.message,
        issues: problems.map((problem) => ({ path: problem.field, message: problem.message })),
      })
    }
  })

const requireParentInScope = (actor: Actor, parentId: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const [row] = yield* sql`
      select 1 as ok from units t where t.id = ${parentId} and t.deleted_at is null and ${everInScope(sql, actor)}`
    if (row === undefined) {
      return yield* Entity.invalidField("parentId", {
        vi: `Không tìm thấy đơn vị cấp trên ${parentId}`,
        en: `No such parent unit ${parentId}`,
      })
    }
  })

/** Creates a unit (district admins), optionally under a parent from its first day. */
export const create = Effect.fn("Units.create")(function* (actor: Actor, input: typeof Input.Type) {
  yield* Access.require(actor, "units", "write")
  const sql = yield* SqlClient.SqlClient
  const id = Crud.newId()
  const unit = yield* Entity.decode(Unit.Unit)({ ...Entity.encode(Schema.Struct(inputFields))(input), id })
  const parentId = input.parentId ?? null
  const links = input.links ?? []
  if (parentId !== null && links.length > 0) {
    return yield* Entity.invalidField("links", {
      vi: "Chọn đơn vị cấp trên hoặc nhập các liên kết, không cả hai",
      en: "Give either a parent unit or the links, not both",
    })
  }
  if (parentId !== null) yield* requireParentInScope(actor, parentId)
  for (const l of links) yield* requireParentInScope(actor, l.parentId)
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      yield* sql`insert into units ${sql.insert({
        id,
        code: unit.code,
        name: unit.name,
        nameFolded: Text.searchKey(unit.name),
        nameEn: unit.nameEn ?? null,
        kind: unit.kind,
        validFrom: unit.validFrom,
        validTo: unit.validTo,
        successors: unit.successorIds,
      })}`
      for (const l of links) {
        yield* sql`insert into unit_links ${sql.insert({
          childId: id,
          parentId: l.parentId,
          validFrom: l.validFrom,
          validTo: l.validTo,
        })}`.pipe(
          Effect.catchTag("SqlError", () =>
            Entity.invalidField("links", {
              vi: "Hai liên kết bắt đầu cùng một ngày",
              en: "Two links start on the same day",
            }),
          ),
        )
      }
      if (parentId !== null) {
        // The first link lasts while both the unit and its parent exist.
        yield* sql`
          insert into unit_links (child_id, parent_id, valid_from, valid_to)
          select ${id}, p.id, ${unit.validFrom}::date, least(${unit.validTo}::date, p.valid_to)
          from units p where p.id = ${parentId}`
      }
      yield* requireConsistent([id])
      yield* DeploymentScope.refreshArea
      const detail = yield* get(actor, id)
      yield* AuditLog.append({ actor, entity: "unit", entityId: id, action: "create", after: detail })
      return detail
    }),
  )
})

/** Changes a unit's own fields (district admins). */
export const update = Effect.fn("Units.update")(function* (
  actor: Actor,
  id: string,
  patch: typeof Patch.Type,
) {
  yield* Access.require(actor, "units", "write")
  const sql = yield* SqlClient.SqlClient
  if (patch.parentId !== undefined) {
    return yield* Entity.invalidField("parentId", {
      vi: "Không sửa đơn vị cấp trên: thêm liên kết mới với đơn vị cấp trên từ một ngày",
      en: "The parent is not edited: add a new link to the parent from a date",
    })
  }
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      const row = yield* findRow(actor, id, true)
      const actual = Number(row.version)
      if (actual !== patch.version) {
        return yield* new StaleVersion({ entity: "unit", id, expected: patch.version, actual })
      }
      const before = yield* get(actor, id)
      const { version: _, parentId: __, ...changes } = patch
      const unit = yield* Entity.decode(Unit.Unit)({ ...fieldsOf(row), ...changes, id })
      yield* sql`update units set ${sql.update({
        code: unit.code,
        name: unit.name,
        nameFolded: Text.searchKey(unit.name),
        nameEn: unit.nameEn ?? null,
        kind: unit.kind,
        validFrom: unit.validFrom,
        validTo: unit.validTo,
        successors: unit.successorIds,
      })}, version = version + 1, updated_at = now() where id = ${id}`
      yield* requireConsistent([id])
      yield* DeploymentScope.refreshArea
      const after = yield* get(actor, id)
      yield* AuditLog.append({ actor, entity: "unit", entityId: id, action: "update", before, after })
      return after
    }),
  )
})

/**
 * Places a unit under a new parent from a date (district admins): the link open on that date ends the
 * day before, so the unit keeps its identity and its data follows it.
 */
export const link = Effect.fn("Units.link")(function* (
  actor: Actor,
  id: string,
  input: typeof LinkInput.Type,
) {
  yield* Access.require(actor, "units", "write")
  const sql = yield* SqlClient.SqlClient
  yield* requireParentInScope(actor, input.parentId)
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      yield* findRow(actor, id, true)
      const before = yield* get(actor, id)
      // A new parent starts after the last link began: the past is kept as it was recorded.
      const [latest] = yield* sql<{ validFrom: string }>`
        select max(valid_from)::text as valid_from from unit_links where child_id = ${id}`
      if (latest?.validFrom != null && input.validFrom <= latest.validFrom) {
        return yield* new Conflict({
          message: {
            vi: `Liên kết mới phải bắt đầu sau ngày ${latest.validFrom}, ngày bắt đầu của liên kết gần nhất: không sửa lịch sử`,
            en: `A new link must start after ${latest.validFrom}, when the latest link began: history is not edited`,
          },
          issues: [
            {
              path: "validFrom",
              message: {
                vi: `Phải sau ngày ${latest.validFrom}`,
                en: `Must be after ${latest.validFrom}`,
              },
            },
          ],
        })
      }
      const dayBefore = CalendarDate.addDays(input.validFrom, -1)
      yield* sql`
        update unit_links set valid_to = ${dayBefore}::date
        where child_id = ${id} and valid_from < ${input.validFrom}::date
          and (valid_to is null or valid_to >= ${input.validFrom}::date)`
      yield* sql`insert into unit_links ${sql.insert({
        childId: id,
        parentId: input.parentId,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
      })}`
      yield* sql`update units set version = version + 1, updated_at = now() where id = ${id}`
      yield* requireConsistent([id, input.parentId])
      yield* DeploymentScope.refreshArea
      const after = yield* get(actor, id)
      yield* AuditLog.append({ actor, entity: "unit", entityId: id, action: "link", before, after })
      return after
    }),
  )
})

/** Removes a unit entered by mistake (district admins); a unit with records under it cannot go. */
export const remove = Effect.fn("Units.remove")(function* (
  actor: Actor,
  id: string,
  version: number | undefined,
) {
  yield* Access.require(actor, "units", "write")
  const sql = yield* SqlClient.SqlClient
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      const row = yield* findRow(actor, id, true)
      const actual = Number(row.version)
      if (version !== undefined && actual !== version) {
        return yield* new StaleVersion({ entity: "unit", id, expected: version, actual })
      }
      const [used] = yield* sql<{ n: number }>`
        select (select count(*) from unit_links where parent_id = ${id})
             + (select count(*) from households where unit_id = ${id} and deleted_at is null)
             + (select count(*) from people where unit_id = ${id} and deleted_at is null) as n`
      if (Number(used?.n ?? 0) > 0) {
        return yield* new Conflict({
          message: {
            vi: "Đơn vị còn đơn vị cấp dưới hoặc dữ liệu; hãy đặt ngày kết thúc thay vì xoá",
            en: "The unit still has units or records under it; give it an end date instead",
          },
        })
      }
      const before = yield* get(actor, id)
      yield* sql`update units set deleted_at = now(), version = version + 1, updated_at = now() where id = ${id}`
      yield* AuditLog.append({ actor, entity: "unit", entityId: id, action: "delete", before })
    }),
  )
})
