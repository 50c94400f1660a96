/**
 * The API's records as the admin app reads them: the domain's schemas' encoded shapes plus the
 * version the API uses for optimistic locking. Inputs are the domain's schemas minus the id.
 */
import type * as Class from "@bdhv/domain/Class"
import type * as Communication from "@bdhv/domain/Communication"
import type * as Enrollment from "@bdhv/domain/Enrollment"
import type * as Guide from "@bdhv/domain/Guide"
import type * as SkillRecord from "@bdhv/domain/SkillRecord"
import type * as SupportStaff from "@bdhv/domain/SupportStaff"
import type * as Target from "@bdhv/domain/Target"
import type * as Team from "@bdhv/domain/Team"
import * as Household from "@bdhv/domain/Household"
import { Schema, Struct } from "effect"
import type { HouseholdRecord, OrganizationRecord, PersonRecord, UserRecord } from "../api/typed"

export interface Versioned {
  readonly id: string
  readonly version: number
}

/** The records the API's typed routes return. */
export type HouseholdItem = HouseholdRecord
export type PersonItem = PersonRecord
export type OrganizationItem = OrganizationRecord

/** What a household form sends: a household without its id. */
export const HouseholdInput = Schema.Struct(Struct.omit(Household.Household.fields, ["id"]))
export type SkillRecordItem = typeof SkillRecord.SkillRecord.Encoded & Versioned
export type ClassItem = typeof Class.Class.Encoded & Versioned & { readonly enrolled?: number }
export type EnrollmentItem = typeof Enrollment.Enrollment.Encoded & Versioned
export type TeamItem = typeof Team.Team.Encoded & Versioned
export type VisitItem = typeof Team.Visit.Encoded & Versioned
export type SupportStaffItem = typeof SupportStaff.SupportStaff.Encoded &
  Versioned & { readonly fullName?: string }
export type GuideItem = typeof Guide.Guide.Encoded &
  Versioned & { readonly fullName?: string; readonly learners?: number }
export type GuideLinkItem = typeof Guide.GuideLink.Encoded
export type PostItem = typeof Communication.Post.Encoded & Versioned
export type EventItem = typeof Communication.Event.Encoded & Versioned
export type TargetItem = typeof Target.Target.Encoded & Versioned

export type UserItem = UserRecord
