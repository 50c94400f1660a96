/** Targets: an indicator's value to reach in a unit by a deadline (overriding the national defaults). */
import * as Indicator from "@bdhv/domain/Indicator"
import * as Target from "@bdhv/domain/Target"
import { Schema, Struct } from "effect"
import { targets } from "../api/registries"
import { sender } from "../api/typed"
import type { RegistryDef } from "../registry/Registry"
import type { TargetItem } from "../registry/schemas"

const indicatorOptions = (pick: (text: { vi: string; en: string }) => string) =>
  Indicator.ids.map((id) => ({ value: id, label: pick(Indicator.definition(id).name) }))

/** A percentage typed by a person (80) as the ratio the domain keeps (0.8); NaN when blank. */
const ratioOf = (text: unknown) =>
  typeof text === "string" && text.trim() !== "" ? Number(text.replace(",", ".")) / 100 : Number.NaN

/** What the form sends for a target: its fields without the id. */
const TargetBody = Schema.Struct(Struct.omit(Target.Target.fields, ["id"]))

export const targetRegistry: RegistryDef<TargetItem> = {
  resource: targets,
  base: "/targets",
  labels: {
    title: "nav.targets",
    create: "target.new",
    edit: "target.edit",
    remove: "target.delete",
    empty: "target.empty",
    search: "target.search",
  },
  name: (item, { i18n }) =>
    `${i18n.pick(Indicator.definition(item.indicator).name)} — ${i18n.percent(item.value)}`,
  unitFilter: true,
  filters: [
    { key: "indicator", label: "target.indicator", options: ({ i18n }) => indicatorOptions(i18n.pick) },
  ],
  columns: ({ i18n, unitLabel }) => [
    {
      header: i18n.t("target.indicator"),
      cell: (row) => i18n.pick(Indicator.definition(row.indicator).name),
    },
    { header: i18n.t("unit.picker"), cell: (row) => unitLabel(row.unitId) },
    { header: i18n.t("target.value"), numeric: true, cell: (row) => i18n.percent(row.value) },
    { header: i18n.t("target.deadline"), cell: (row) => i18n.date(row.deadline) },
  ],
  form: {
    schema: TargetBody,
    send: sender(targets, TargetBody),
    fields: [
      {
        kind: "select",
        key: "indicator",
        label: "target.indicator",
        required: true,
        options: ({ i18n }) => indicatorOptions(i18n.pick),
      },
      { kind: "unit", key: "unitId", label: "unit.picker", required: true },
      { kind: "number", key: "percent", path: "value", label: "target.valuePercent", required: true },
      { kind: "date", key: "deadline", label: "target.deadline", required: true },
    ],
    initial: (item) => ({
      indicator: item?.indicator ?? "",
      unitId: item?.unitId ?? "",
      percent: item === undefined ? "" : String(Math.round(item.value * 1000) / 10),
      deadline: item?.deadline ?? "",
    }),
    toInput: (values) => ({
      ...(values.indicator === "" ? {} : { indicator: values.indicator }),
      ...(values.unitId === "" ? {} : { unitId: values.unitId }),
      value: ratioOf(values.percent),
      deadline: values.deadline,
    }),
  },
  details: (item, { i18n, unitLabel }) => [
    [i18n.t("target.indicator"), i18n.pick(Indicator.definition(item.indicator).name)],
    [i18n.t("unit.picker"), unitLabel(item.unitId)],
    [i18n.t("target.value"), i18n.percent(item.value)],
    [i18n.t("target.deadline"), i18n.date(item.deadline)],
  ],
}
