/**
 * The API's records as the admin app reads them: the domain's schemas' encoded shapes plus the
 * version the API uses for optimistic locking. Inputs are the domain's schemas minus the id.
 */
import type * as Organization from "@bdhv/domain/Organization"
import type * as Person from "@bdhv/domain/Person"
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

/** A skill record as listed (the domain's SkillRecord is still being written). */
export interface SkillRecordItem extends Versioned {
  readonly personId: string
  readonly topicId: string
  readonly achievedOn: string
  readonly source: string
}
