/**
 * The API's records as the admin app reads them: the domain's schemas' encoded shapes plus the
 * version the API uses for optimistic locking. Inputs are the domain's schemas minus the id.
 */
import type * as Class from "@bdhv/domain/Class"
import type * as Enrollment from "@bdhv/domain/Enrollment"
import type * as Organization from "@bdhv/domain/Organization"
import type * as Person from "@bdhv/domain/Person"
import type * as SkillRecord from "@bdhv/domain/SkillRecord"
import type * as Team from "@bdhv/domain/Team"
import * as Household from "@bdhv/domain/Household"
import { Schema, Struct } from "effect"

export interface Versioned {
  readonly id: string
  readonly version: number
}

export type HouseholdItem = typeof Household.Household.Encoded & Versioned
export type PersonItem = typeof Person.Person.Encoded & Versioned
export type OrganizationItem = typeof Organization.Organization.Encoded & Versioned

/** What a household form sends: a household without its id. */
export const HouseholdInput = Schema.Struct(Struct.omit(Household.Household.fields, ["id"]))
export type SkillRecordItem = typeof SkillRecord.SkillRecord.Encoded & Versioned
export type ClassItem = typeof Class.Class.Encoded & Versioned & { readonly enrolled?: number }
export type EnrollmentItem = typeof Enrollment.Enrollment.Encoded & Versioned
export type TeamItem = typeof Team.Team.Encoded & Versioned
export type VisitItem = typeof Team.Visit.Encoded & Versioned
