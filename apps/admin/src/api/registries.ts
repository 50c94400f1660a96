/** The registries' REST resources. */
import type { HouseholdItem, OrganizationItem, PersonItem, SkillRecordItem } from "../registry/schemas"
import { resource } from "./rest"

export const households = resource<HouseholdItem>("households")
export const people = resource<PersonItem>("people")
export const organizations = resource<OrganizationItem>("organizations")
export const skillRecords = resource<SkillRecordItem>("skill-records")
