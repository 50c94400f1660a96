/**
 * Accounts and roles, for district admins: who may sign in, with which role, over which unit.
 * The password rules are the API's; its messages come back onto the fields.
 */
import * as Access from "@bdhv/domain/Access"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Schema } from "effect"
import { users } from "../api/registries"
import { nullIfBlank, pickedOf, type RegistryContext, type RegistryDef } from "../registry/Registry"
import type { Picked } from "../ui/RecordPicker"
import type { UserItem } from "../registry/schemas"

/** An account without a unit sees the whole of the deployment's scope, which it names. */
const wholeScope = (i18n: RegistryContext["i18n"], name: string): string =>
  name === "" ? i18n.t("user.wholeScope") : i18n.t("user.wholeScopeOf", { name })

const { roles } = Access

const required = (vi: string, en: string) =>
  Schema.String.check(
    Schema.isMinLength(1, ValidationMessage.message({ vi: `Vui lòng nhập ${vi}`, en: `Enter the ${en}` })),
  )

/** What the form checks before sending; everything else is the API's to judge. */
const UserDraft = Schema.Struct({
  email: Schema.optionalKey(required("thư điện tử", "email")),
  fullName: required("họ và tên", "full name"),
  role: Schema.Literals(roles).annotate(ValidationMessage.label({ vi: "Vai trò", en: "Role" })),
  unitId: Schema.NullOr(Schema.String),
  teamId: Schema.NullOr(Schema.String),
  guideId: Schema.NullOr(Schema.String),
  password: Schema.optionalKey(required("mật khẩu", "password")),
  disabled: Schema.optionalKey(Schema.Boolean),
})

const placement = {
  unitId: UserDraft.fields.unitId,
  teamId: UserDraft.fields.teamId,
  guideId: UserDraft.fields.guideId,
}
/** What a new account sends: its email and first password with the rest. */
const NewUser = Schema.Struct({
  email: required("thư điện tử", "email"),
  password: required("mật khẩu", "password"),
  fullName: UserDraft.fields.fullName,
  role: UserDraft.fields.role,
  ...placement,
})
/** What a change to an account sends: its email and password are not changed here. */
const UserChanges = Schema.Struct({
  fullName: UserDraft.fields.fullName,
  role: UserDraft.fields.role,
  ...placement,
  disabled: UserDraft.fields.disabled,
})

export const userRegistry: RegistryDef<UserItem> = {
  resource: users,
  base: "/users",
  labels: {
    title: "nav.users",
    create: "user.new",
    edit: "user.edit",
    remove: "user.delete",
    empty: "user.empty",
    search: "user.search",
  },
  name: (item) => item.fullName,
  deletable: false,
  filters: [
    {
      key: "role",
      label: "user.role",
      options: ({ i18n }) => roles.map((r) => ({ value: r, label: i18n.t(`role.${r}`) })),
    },
  ],
  columns: ({ i18n, unitLabel, scopeName }) => [
    { header: i18n.t("person.fullName"), cell: (row) => row.fullName },
    { header: i18n.t("login.email"), cell: (row) => row.email },
    { header: i18n.t("user.role"), cell: (row) => i18n.t(`role.${row.role}`) },
    {
      header: i18n.t("unit.picker"),
      cell: (row) => (row.unitId === null ? wholeScope(i18n, scopeName()) : unitLabel(row.unitId)),
    },
  ],
  form: {
    schema: UserDraft,
    send: (api, value, item) =>
      item === undefined
        ? users.create(api, Schema.encodeUnknownSync(NewUser)(value))
        : users.update(api, item.id, {
            ...Schema.encodeUnknownSync(UserChanges)(value),
            version: item.version,
          }),
    fields: [
      { kind: "text", key: "fullName", label: "person.fullName", required: true },
      { kind: "email", key: "email", label: "login.email", required: true, when: "create" },
      {
        kind: "select",
        key: "role",
        label: "user.role",
        required: true,
        options: ({ i18n }) => roles.map((r) => ({ value: r, label: i18n.t(`role.${r}`) })),
      },
      { kind: "unit", key: "unitId", label: "user.unit" },
      { kind: "team", key: "team", path: "teamId", label: "user.team" },
      { kind: "guide", key: "guide", path: "guideId", label: "user.guide" },
      { kind: "password", key: "password", label: "login.password", required: true, when: "create" },
      { kind: "checkbox", key: "disabled", label: "user.disabled", when: "edit" },
    ],
    initial: (item) => ({
      fullName: item?.fullName ?? "",
      email: item?.email ?? "",
      role: item?.role ?? "",
      unitId: item?.unitId ?? "",
      team: pickedOf(item?.teamId),
      guide: pickedOf(item?.guideId),
      password: "",
      disabled: item?.disabled ?? false,
    }),
    // Email and password are set when the account is created; a patch changes the rest.
    toInput: (values, item) => ({
      fullName: String(values.fullName).trim(),
      ...(values.role === "" ? {} : { role: values.role }),
      unitId: nullIfBlank(values.unitId),
      teamId: (values.team as Picked | null)?.id ?? null,
      guideId: (values.guide as Picked | null)?.id ?? null,
      ...(item === undefined
        ? { email: String(values.email).trim(), password: values.password }
        : { disabled: values.disabled }),
    }),
  },
  details: (item, { i18n, unitLabel, scopeName }) => [
    [i18n.t("login.email"), item.email],
    [i18n.t("user.role"), i18n.t(`role.${item.role}`)],
    [i18n.t("unit.picker"), item.unitId === null ? wholeScope(i18n, scopeName()) : unitLabel(item.unitId)],
    [i18n.t("user.disabled"), item.disabled ? i18n.t("common.yes") : i18n.t("common.no")],
  ],
}
