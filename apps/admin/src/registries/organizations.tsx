/** Organizations: enterprises, cooperatives, schools, state agencies, party cells, youth union bases. */
import * as Organization from "@bdhv/domain/Organization"
import { Schema, Struct } from "effect"
import { organizations } from "../api/registries"
import { sender } from "../api/typed"
import type { RegistryDef } from "../registry/Registry"
import type { OrganizationItem } from "../registry/schemas"

const kindOptions = (pick: (text: { vi: string; en: string }) => string) =>
  Organization.OrganizationKind.literals.map((kind) => ({
    value: kind,
    label: pick(Organization.kindNames[kind]),
  }))

/** What the form sends for an organization: its fields without the id. */
const OrganizationBody = Schema.Struct(Struct.omit(Organization.Organization.fields, ["id"]))

export const organizationRegistry: RegistryDef<OrganizationItem> = {
  resource: organizations,
  base: "/organizations",
  labels: {
    title: "nav.organizations",
    create: "organization.new",
    edit: "organization.edit",
    remove: "organization.delete",
    empty: "organization.empty",
    search: "organization.search",
  },
  name: (item) => item.name,
  unitFilter: true,
  filters: [{ key: "kind", label: "organization.kind", options: ({ i18n }) => kindOptions(i18n.pick) }],
  columns: ({ i18n, unitLabel }) => [
    { header: i18n.t("organization.name"), cell: (row) => row.name },
    { header: i18n.t("organization.kind"), cell: (row) => i18n.pick(Organization.kindNames[row.kind]) },
    { header: i18n.t("unit.picker"), cell: (row) => unitLabel(row.unitId) },
  ],
  form: {
    schema: OrganizationBody,
    send: sender(organizations, OrganizationBody),
    fields: [
      { kind: "text", key: "name", label: "organization.name", required: true },
      {
        kind: "select",
        key: "kind",
        label: "organization.kind",
        required: true,
        options: ({ i18n }) => kindOptions(i18n.pick),
      },
      { kind: "unit", key: "unitId", label: "unit.picker", required: true },
    ],
    initial: (item) => ({ name: item?.name ?? "", kind: item?.kind ?? "", unitId: item?.unitId ?? "" }),
    toInput: (values) => ({
      name: String(values.name).trim(),
      ...(values.kind === "" ? {} : { kind: values.kind }),
      ...(values.unitId === "" ? {} : { unitId: values.unitId }),
    }),
  },
  details: (item, { i18n, unitLabel }) => [
    [i18n.t("organization.kind"), i18n.pick(Organization.kindNames[item.kind])],
    [i18n.t("unit.picker"), unitLabel(item.unitId)],
  ],
}
