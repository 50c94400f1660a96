/**
 * Targets: a value an indicator must reach by a deadline in a unit's scope, set by that unit's plan
 * (district admins). Which target applies where is the domain's `Target.effectiveTarget`.
 */
import * as Indicator from "@bdhv/domain/Indicator"
import * as Target from "@bdhv/domain/Target"
import { Schema, Struct } from "effect"
import type * as SqlClient from "effect/sql/SqlClient"
import type { Actor } from "../auth/Actor.js"
import type * as Crud from "./Crud.js"
import * as Entity from "./Entity.js"
import * as ListQuery from "./ListQuery.js"
import * as Resource from "./Resource.js"

const fields = Struct.omit(Target.Target.fields, ["id"])

/** A target as the API returns it. */
export const Item = Schema.Struct({ ...Target.Target.fields, ...Entity.Meta }).annotate({
  identifier: "Target",
})
/** A target as the API returns it. */
export type Item = typeof Item.Encoded

/** A new target. */
export const Input = Schema.Struct(fields).annotate({ identifier: "TargetInput" })
/** Changes to a target. */
export const Patch = Entity.patchOf(fields).annotate({ identifier: "TargetPatch" })

const sortKeys = ["deadline", "indicator", "value"] as const

/** List parameters: a unit (its own targets), an indicator. */
export const ListParams = Schema.Struct({
  ...ListQuery.fields(sortKeys),
  unitId: Schema.optionalKey(Schema.String),
  indicator: Schema.optionalKey(Indicator.IndicatorId),
}).annotate({ identifier: "TargetListParams" })

/** The targets' table. */
export const table: Crud.Table<Item> = {
  entity: "target",
  table: "targets",
  unitOf: "t.unit_id",
  softDelete: true,
  sorts: { deadline: "t.deadline", indicator: "t.indicator_id", value: "t.value" },
  toItem: (row) => ({
    id: String(row.id),
    indicator: row.indicatorId as Indicator.IndicatorId,
    unitId: String(row.unitId),
    value: Number(row.value),
    deadline: String(row.deadline),
    ...Entity.metaOf(row),
  }),
}

/** The targets service (district admins). */
export const service = Resource.make({
  table,
  schema: Target.Target,
  Input,
  Patch,
  toRow: (t: Target.Target) => ({
    indicatorId: t.indicator,
    unitId: t.unitId,
    value: t.value,
    deadline: t.deadline,
  }),
  check: (actor: Actor, t: Target.Target) => Entity.requireUnit(actor, t.unitId, "unitId"),
  filters: (sql: SqlClient.SqlClient, params: typeof ListParams.Type) => [
    params.unitId === undefined ? undefined : sql`t.unit_id = ${params.unitId}`,
    params.indicator === undefined ? undefined : sql`t.indicator_id = ${params.indicator}`,
  ],
  unique: {
    targets_indicator_unit_deadline: {
      vi: "Đơn vị đã có chỉ tiêu cho chỉ số này với hạn này",
      en: "The unit already has a target for this indicator and deadline",
    },
  },
})
