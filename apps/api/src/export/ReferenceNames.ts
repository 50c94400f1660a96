/**
 * The names an export writes next to the ids in a list: a unit's name, a household's code, a person's
 * name, an organization's, a team's, a class's title, a topic's name. Looked up once per page of the
 * export, for the ids that page holds (every id came from a row the actor may read).
 */
import * as Topic from "@bdhv/domain/Topic"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import type { Language } from "../http/Language.js"

/** What an id names. */
export type Kind = "unit" | "household" | "person" | "organization" | "team" | "class" | "guide" | "topic"

/** The kind each reference field of the lists names (`unitId`, `memberIds`…). */
export const referenceKinds: Readonly<Record<string, Kind>> = {
  unitId: "unit",
  parentId: "unit",
  successorIds: "unit",
  householdId: "household",
  personId: "person",
  learnerId: "person",
  leaderId: "person",
  memberIds: "person",
  instructorIds: "person",
  helpedIds: "person",
  vneidLevel2Ids: "person",
  digitalBankIds: "person",
  organizationId: "organization",
  schoolId: "organization",
  teamId: "team",
  classId: "class",
  guideId: "guide",
  topicId: "topic",
  topicIds: "topic",
  implies: "topic",
}

/** Names by kind and id. */
export type Names = ReadonlyMap<Kind, ReadonlyMap<string, string>>

/** The ids of every kind that the items' reference fields hold (groups' schools and employers too). */
export const idsOf = (items: ReadonlyArray<Readonly<Record<string, unknown>>>): Map<Kind, Set<string>> => {
  const ids = new Map<Kind, Set<string>>()
  const add = (kind: Kind, id: unknown) => {
    if (typeof id !== "string" || id === "") return
    const set = ids.get(kind) ?? new Set<string>()
    ids.set(kind, set.add(id))
  }
  for (const item of items) {
    for (const [key, value] of Object.entries(item)) {
      const kind = referenceKinds[key]
      if (kind !== undefined) for (const id of Array.isArray(value) ? value : [value]) add(kind, id)
      if (key === "groups" && Array.isArray(value))
        for (const group of value as ReadonlyArray<Record<string, unknown>>) {
          add("organization", group.organizationId)
          add("organization", group.schoolId)
        }
    }
  }
  return ids
}

/** The names of the ids the items refer to, in a language (topics have a name in each). */
export const namesOf = Effect.fn("ReferenceNames.namesOf")(function* (
  items: ReadonlyArray<Readonly<Record<string, unknown>>>,
  language: Language,
) {
  const sql = yield* SqlClient.SqlClient
  const names = new Map<Kind, Map<string, string>>()
  for (const [kind, set] of idsOf(items)) {
    const byId = new Map<string, string>()
    names.set(kind, byId)
    if (kind === "topic") {
      for (const id of set) {
        const known = Topic.topicsById.get(id as Topic.TopicId)
        if (known !== undefined) byId.set(id, known.name[language])
      }
      const unknown = [...set].filter((id) => !byId.has(id))
      if (unknown.length === 0) continue
      const rows = yield* sql<{ id: string; name: string }>`
        select id, ${sql(language === "vi" ? "name_vi" : "name_en")} as name
        from topics where id in ${sql.in(unknown)}`
      for (const row of rows) byId.set(row.id, row.name)
      continue
    }
    const list = [...set]
    const rows = yield* (() => {
      switch (kind) {
        case "unit":
          return sql<{ id: string; name: string }>`select id, name from units where id in ${sql.in(list)}`
        case "household":
          return sql<{
            id: string
            name: string
          }>`select id, code as name from households where id in ${sql.in(list)}`
        case "person":
          return sql<{
            id: string
            name: string
          }>`select id, full_name as name from people where id in ${sql.in(list)}`
        case "organization":
          return sql<{
            id: string
            name: string
          }>`select id, name from organizations where id in ${sql.in(list)}`
        case "team":
          return sql<{ id: string; name: string }>`select id, name from teams where id in ${sql.in(list)}`
        case "class":
          return sql<{
            id: string
            name: string
          }>`select id, title as name from classes where id in ${sql.in(list)}`
        case "guide":
          return sql<{ id: string; name: string }>`
            select g.id, p.full_name as name from guides g join people p on p.id = g.person_id
            where g.id in ${sql.in(list)}`
      }
    })()
    for (const row of rows) byId.set(row.id, row.name)
  }
  return names as Names
})
