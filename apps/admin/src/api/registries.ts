/** The registries' REST resources. */
import type {
  HouseholdItem,
  OrganizationItem,
  PersonItem,
  SkillRecordItem,
  TeamItem,
  VisitItem,
} from "../registry/schemas"
import { resource } from "./rest"

export const households = resource<HouseholdItem>("households")
export const people = resource<PersonItem>("people")
export const organizations = resource<OrganizationItem>("organizations")
export const skillRecords = resource<SkillRecordItem>("skill-records")
export const teams = resource<TeamItem>("teams")
export const visits = resource<VisitItem>("visits")
