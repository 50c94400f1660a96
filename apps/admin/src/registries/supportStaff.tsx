/** Support staff at each commune's public-service desk (at least one per commune, the seed says). */
import * as SupportStaff from "@bdhv/domain/SupportStaff"
import { Schema, Struct } from "effect"
import { supportStaff } from "../api/registries"
import { sender } from "../api/typed"
import { nullIfBlank, pickedOf, type RegistryDef } from "../registry/Registry"
import type { SupportStaffItem } from "../registry/schemas"
import type { Picked } from "../ui/RecordPicker"

/** What the form sends for a desk support person: its fields without the id. */
const SupportStaffBody = Schema.Struct(Struct.omit(SupportStaff.SupportStaff.fields, ["id"]))

export const supportStaffRegistry: RegistryDef<SupportStaffItem> = {
  resource: supportStaff,
  base: "/support-staff",
  labels: {
    title: "nav.supportStaff",
    create: "supportStaff.new",
    edit: "supportStaff.edit",
    remove: "supportStaff.delete",
    empty: "supportStaff.empty",
    search: "supportStaff.search",
  },
  name: (item) => item.fullName,
  unitFilter: true,
  columns: ({ i18n, unitLabel }) => [
    { header: i18n.t("person.fullName"), cell: (row) => row.fullName },
    { header: i18n.t("supportStaff.desk"), cell: (row) => unitLabel(row.unitId) },
    { header: i18n.t("supportStaff.from"), cell: (row) => i18n.date(row.validFrom) },
    {
      header: i18n.t("supportStaff.to"),
      cell: (row) => (row.validTo === null ? i18n.t("common.none") : i18n.date(row.validTo)),
    },
    {
      header: i18n.t("supportStaff.active"),
      cell: (row) => (row.active ? i18n.t("common.yes") : i18n.t("common.no")),
    },
  ],
  form: {
    schema: SupportStaffBody,
    send: sender(supportStaff, SupportStaffBody),
    fields: [
      { kind: "person", key: "person", path: "personId", label: "supportStaff.person", required: true },
      { kind: "unit", key: "unitId", label: "supportStaff.desk", required: true },
      { kind: "date", key: "validFrom", label: "supportStaff.from", required: true },
      { kind: "date", key: "validTo", label: "supportStaff.to" },
      { kind: "checkbox", key: "active", label: "supportStaff.active" },
    ],
    initial: (item) => ({
      person: pickedOf(item?.personId),
      unitId: item?.unitId ?? "",
      validFrom: item?.validFrom ?? "",
      validTo: item?.validTo ?? "",
      active: item?.active ?? true,
    }),
    toInput: (values) => ({
      ...(values.person === null ? {} : { personId: (values.person as Picked).id }),
      ...(values.unitId === "" ? {} : { unitId: values.unitId }),
      validFrom: values.validFrom,
      validTo: nullIfBlank(values.validTo),
      active: values.active,
    }),
  },
  details: (item, { i18n, unitLabel }) => [
    [i18n.t("supportStaff.desk"), unitLabel(item.unitId)],
    [i18n.t("supportStaff.from"), i18n.date(item.validFrom)],
    [i18n.t("supportStaff.to"), item.validTo === null ? i18n.t("common.none") : i18n.date(item.validTo)],
    [i18n.t("supportStaff.active"), item.active ? i18n.t("common.yes") : i18n.t("common.no")],
  ],
}
