/**
 * The API's records as the admin app reads them (the typed client's response types: the domain's
 * encoded shapes plus the version the API uses for optimistic locking and a few joined names).
 * Inputs are the domain's schemas minus the id.
 */
import * as Household from "@bdhv/domain/Household"
import { Schema, Struct } from "effect"
import type {
  ClassRecord,
  EnrollmentRecord,
  EventRecord,
  GuideRecord,
  HouseholdRecord,
  OrganizationRecord,
  PersonRecord,
  PostRecord,
  SkillRecordRecord,
  SupportStaffRecord,
  TargetRecord,
  TeamRecord,
  UserRecord,
  VisitRecord,
} from "../api/typed"

export interface Versioned {
  readonly id: string
  readonly version: number
}

/** The records the API's typed routes return. */
export type HouseholdItem = HouseholdRecord
export type PersonItem = PersonRecord
export type OrganizationItem = OrganizationRecord
export type SkillRecordItem = SkillRecordRecord
export type ClassItem = ClassRecord
export type EnrollmentItem = EnrollmentRecord
export type TeamItem = TeamRecord
export type VisitItem = VisitRecord
export type SupportStaffItem = SupportStaffRecord
export type GuideItem = GuideRecord
export type PostItem = PostRecord
export type EventItem = EventRecord
export type TargetItem = TargetRecord

export type UserItem = UserRecord

/** What a household form sends: a household without its id. */
export const HouseholdInput = Schema.Struct(Struct.omit(Household.Household.fields, ["id"]))
