/**
 * The rows the demo generator writes, one interface per table, with each table's columns and their SQL
 * types for the bulk writer. Field names are the columns in camelCase. People are written by their row
 * codec's columns (`db/rows/Person.ts`).
 */
import type { TableSpec } from "../db/TableWriter.js"

export interface UnitRow {
  readonly id: string
  readonly code: string | null
  readonly name: string
  readonly nameFolded: string
  readonly kind: string
  readonly validFrom: string
  readonly validTo: string | null
  readonly successors: ReadonlyArray<string>
}

export interface UnitLinkRow {
  readonly childId: string
  readonly parentId: string
  readonly validFrom: string
  readonly validTo: string | null
}

export interface TopicRow {
  readonly id: string
  readonly nameVi: string
  readonly nameEn: string
  readonly nameFolded: string
  readonly kind: string
  readonly core: boolean
  readonly sortOrder: number
  readonly implies: ReadonlyArray<string>
}

export interface OrganizationRow {
  readonly id: string
  readonly unitId: string
  readonly name: string
  readonly nameFolded: string
  readonly kind: string
}

export interface HouseholdRow {
  readonly id: string
  readonly unitId: string
  readonly code: string
  readonly address: string | null
  readonly searchFolded: string
  readonly remote: boolean
}

export interface ClassRow {
  readonly id: string
  readonly unitId: string
  readonly title: string
  readonly titleFolded: string
  readonly audience: string
  readonly mode: string
  readonly startsAt: string
  readonly durationMinutes: number
  readonly venue: string | null
  readonly capacity: number
  readonly instructorIds: ReadonlyArray<string>
  readonly organizationId: string | null
  readonly status: string
}

export interface ClassTopicRow {
  readonly classId: string
  readonly topicId: string
}

export interface EnrollmentRow {
  readonly id: string
  readonly classId: string
  readonly personId: string
  readonly status: string
}

export interface SkillRecordRow {
  readonly id: string
  readonly personId: string
  readonly topicId: string
  readonly achievedOn: string
  readonly source: string
  readonly evidenceId: string | null
  readonly recordedBy: string | null
}

export interface GuideRow {
  readonly id: string
  readonly personId: string
  readonly unitId: string
  readonly since: string
}

export interface GuideLearnerRow {
  readonly id: string
  readonly guideId: string
  readonly personId: string
  readonly taughtOn: string
}

export interface SupportStaffRow {
  readonly id: string
  readonly unitId: string
  readonly personId: string
  readonly validFrom: string
  readonly validTo: string | null
  readonly active: boolean
}

export interface TeamRow {
  readonly id: string
  readonly unitId: string
  readonly name: string
  readonly nameFolded: string
  readonly kind: string
  readonly leaderPersonId: string | null
}

export interface TeamMemberRow {
  readonly teamId: string
  readonly personId: string
  readonly role: string | null
  readonly joinedOn: string | null
}

export interface VisitRow {
  readonly id: string
  readonly teamId: string
  readonly householdId: string
  readonly visitedOn: string
  readonly helpedIds: ReadonlyArray<string>
  readonly vneidLevel2Ids: ReadonlyArray<string>
  readonly digitalBankIds: ReadonlyArray<string>
  readonly recordedBy: string | null
}

export interface VisitTopicRow {
  readonly visitId: string
  readonly topicId: string
}

export interface PostRow {
  readonly id: string
  readonly unitId: string
  readonly channel: string
  readonly title: string
  readonly titleFolded: string
  readonly url: string | null
  readonly publishedOn: string
  readonly reach: number | null
}

export interface EventRow {
  readonly id: string
  readonly unitId: string
  readonly kind: string
  readonly title: string
  readonly titleFolded: string
  readonly heldOn: string
  readonly mode: string
  readonly venue: string | null
  readonly participants: number
}

export interface TargetRow {
  readonly id: string
  readonly indicatorId: string
  readonly unitId: string
  readonly value: number
  readonly deadline: string
}

export const units: TableSpec<UnitRow> = {
  table: "units",
  columns: [
    ["id", "text"],
    ["code", "text"],
    ["name", "text"],
    ["nameFolded", "text"],
    ["kind", "text"],
    ["validFrom", "date"],
    ["validTo", "date"],
    ["successors", "text[]"],
  ],
  onConflict: "on conflict (id) do nothing",
}

export const unitLinks: TableSpec<UnitLinkRow> = {
  table: "unit_links",
  columns: [
    ["childId", "text"],
    ["parentId", "text"],
    ["validFrom", "date"],
    ["validTo", "date"],
  ],
  onConflict: "on conflict do nothing",
}

export const topics: TableSpec<TopicRow> = {
  table: "topics",
  columns: [
    ["id", "text"],
    ["nameVi", "text"],
    ["nameEn", "text"],
    ["nameFolded", "text"],
    ["kind", "text"],
    ["core", "boolean"],
    ["sortOrder", "integer"],
    ["implies", "text[]"],
  ],
  onConflict: "on conflict (id) do nothing",
}

export const organizations: TableSpec<OrganizationRow> = {
  table: "organizations",
  columns: [
    ["id", "text"],
    ["unitId", "text"],
    ["name", "text"],
    ["nameFolded", "text"],
    ["kind", "text"],
  ],
}

export const households: TableSpec<HouseholdRow> = {
  table: "households",
  columns: [
    ["id", "text"],
    ["unitId", "text"],
    ["code", "text"],
    ["address", "text"],
    ["searchFolded", "text"],
    ["remote", "boolean"],
  ],
}

export const classes: TableSpec<ClassRow> = {
  table: "classes",
  columns: [
    ["id", "text"],
    ["unitId", "text"],
    ["title", "text"],
    ["titleFolded", "text"],
    ["audience", "text"],
    ["mode", "text"],
    ["startsAt", "timestamptz"],
    ["durationMinutes", "integer"],
    ["venue", "text"],
    ["capacity", "integer"],
    ["instructorIds", "text[]"],
    ["organizationId", "text"],
    ["status", "text"],
  ],
}

export const classTopics: TableSpec<ClassTopicRow> = {
  table: "class_topics",
  columns: [
    ["classId", "text"],
    ["topicId", "text"],
  ],
}

export const enrollments: TableSpec<EnrollmentRow> = {
  table: "enrollments",
  columns: [
    ["id", "text"],
    ["classId", "text"],
    ["personId", "text"],
    ["status", "text"],
  ],
}

export const skillRecords: TableSpec<SkillRecordRow> = {
  table: "skill_records",
  columns: [
    ["id", "text"],
    ["personId", "text"],
    ["topicId", "text"],
    ["achievedOn", "date"],
    ["source", "text"],
    ["evidenceId", "text"],
    ["recordedBy", "text"],
  ],
}

export const guides: TableSpec<GuideRow> = {
  table: "guides",
  columns: [
    ["id", "text"],
    ["personId", "text"],
    ["unitId", "text"],
    ["since", "date"],
  ],
}

export const guideLearners: TableSpec<GuideLearnerRow> = {
  table: "guide_learners",
  columns: [
    ["id", "text"],
    ["guideId", "text"],
    ["personId", "text"],
    ["taughtOn", "date"],
  ],
}

export const supportStaff: TableSpec<SupportStaffRow> = {
  table: "support_staff",
  columns: [
    ["id", "text"],
    ["unitId", "text"],
    ["personId", "text"],
    ["validFrom", "date"],
    ["validTo", "date"],
    ["active", "boolean"],
  ],
}

export const teams: TableSpec<TeamRow> = {
  table: "teams",
  columns: [
    ["id", "text"],
    ["unitId", "text"],
    ["name", "text"],
    ["nameFolded", "text"],
    ["kind", "text"],
    ["leaderPersonId", "text"],
  ],
}

export const teamMembers: TableSpec<TeamMemberRow> = {
  table: "team_members",
  columns: [
    ["teamId", "text"],
    ["personId", "text"],
    ["role", "text"],
    ["joinedOn", "date"],
  ],
}

export const visits: TableSpec<VisitRow> = {
  table: "visits",
  columns: [
    ["id", "text"],
    ["teamId", "text"],
    ["householdId", "text"],
    ["visitedOn", "date"],
    ["helpedIds", "text[]"],
    ["vneidLevel2Ids", "text[]"],
    ["digitalBankIds", "text[]"],
    ["recordedBy", "text"],
  ],
}

export const visitTopics: TableSpec<VisitTopicRow> = {
  table: "visit_topics",
  columns: [
    ["visitId", "text"],
    ["topicId", "text"],
  ],
}

export const posts: TableSpec<PostRow> = {
  table: "posts",
  columns: [
    ["id", "text"],
    ["unitId", "text"],
    ["channel", "text"],
    ["title", "text"],
    ["titleFolded", "text"],
    ["url", "text"],
    ["publishedOn", "date"],
    ["reach", "integer"],
  ],
}

export const events: TableSpec<EventRow> = {
  table: "events",
  columns: [
    ["id", "text"],
    ["unitId", "text"],
    ["kind", "text"],
    ["title", "text"],
    ["titleFolded", "text"],
    ["heldOn", "date"],
    ["mode", "text"],
    ["venue", "text"],
    ["participants", "integer"],
  ],
}

export const targets: TableSpec<TargetRow> = {
  table: "targets",
  columns: [
    ["id", "text"],
    ["indicatorId", "text"],
    ["unitId", "text"],
    ["value", "double precision"],
    ["deadline", "date"],
  ],
}
