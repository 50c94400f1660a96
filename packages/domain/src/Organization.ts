/**
 * Organization: where people work, study or meet — enterprises and cooperatives (whose workers the
 * campaign trains), schools (students), state agencies (civil servants), party cells ("Đảng viên tiên
 * phong học tập kỹ năng số") and youth union bases (youth volunteers).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as ValidationMessage from "./ValidationMessage.js"
import { UnitId } from "./Unit.js"

/** Identifies an organization: enterprise, cooperative, school, agency, party cell, youth union base. */
export const OrganizationId = Schema.String.pipe(Schema.brand("OrganizationId"))
/** Identifies an organization: enterprise, cooperative, school, agency, party cell, youth union base. */
export type OrganizationId = typeof OrganizationId.Type

/**
 * The kind of an organization: doanh nghiệp (enterprise), hợp tác xã (cooperative), trường học
 * (school), cơ quan nhà nước (state agency), chi bộ (party cell), cơ sở đoàn (youth union base).
 */
export const OrganizationKind = Schema.Literals([
  "enterprise",
  "cooperative",
  "school",
  "state_agency",
  "party_cell",
  "youth_union_base",
]).annotate(ValidationMessage.label({ vi: "Loại tổ chức", en: "Kind of organization" }))
/** The kind of an organization. */
export type OrganizationKind = typeof OrganizationKind.Type

/** Vietnamese and English names of each kind of organization. */
export const kindNames: { readonly [K in OrganizationKind]: ValidationMessage.Bilingual } = {
  enterprise: { vi: "Doanh nghiệp", en: "Enterprise" },
  cooperative: { vi: "Hợp tác xã", en: "Cooperative" },
  school: { vi: "Trường học", en: "School" },
  state_agency: { vi: "Cơ quan nhà nước", en: "State agency" },
  party_cell: { vi: "Chi bộ", en: "Party cell" },
  youth_union_base: { vi: "Cơ sở đoàn", en: "Youth union base" },
}

/** An organization, in the unit where it is based. */
export class Organization extends Schema.Class<Organization>("@bdhv/domain/Organization")({
  id: OrganizationId,
  name: Schema.String.check(
    Schema.isMinLength(
      1,
      ValidationMessage.message({ vi: "Vui lòng nhập tên tổ chức", en: "Enter the organization's name" }),
    ),
    Schema.isMaxLength(
      200,
      ValidationMessage.message({
        vi: "Tên tổ chức dài quá 200 ký tự",
        en: "The name is longer than 200 characters",
      }),
    ),
  ).annotate(ValidationMessage.label({ vi: "Tên tổ chức", en: "Name" })),
  kind: OrganizationKind,
  /** The unit (commune-level unit or village) where the organization is based. */
  unitId: UnitId,
}) {}

/** Whether the organization's workers count for the "workers in enterprises and cooperatives" indicator. */
export const employsCountedWorkers = (organization: Organization): boolean =>
  organization.kind === "enterprise" || organization.kind === "cooperative"
