/**
 * A person as the `people` table stores them: the schema of the columns (camelCase), and the codec
 * between those columns and the domain's `Person.PersonInput`. The groups are stored both as the domain
 * writes them and as the columns the indicator queries filter on (`groups` tags, `school_level`,
 * `school_id`, `employer_ids`), with the folded name for accent-insensitive search.
 *
 * Every writer of people goes through it: the CRUD (`resources/People.ts`), the import (the end of
 * `import/RowDecoder.ts` and the staging columns of `import/ImportJobs.ts`), the demo generator and the
 * privacy export.
 */
import * as Person from "@bdhv/domain/Person"
import * as Text from "@bdhv/domain/Text"
import { Schema, SchemaTransformation } from "effect"
import type { TableSpec } from "../TableWriter.js"

const isGroupTag = (tag: string): tag is Person.GroupTag => Object.hasOwn(Person.groupNames, tag)

/** The columns of a person (without id, version and timestamps). */
export const Columns = Schema.Struct({
  unitId: Schema.String,
  householdId: Schema.NullOr(Schema.String),
  fullName: Schema.String,
  nameFolded: Schema.String,
  birthDate: Schema.NullOr(Schema.String),
  birthYear: Schema.Number,
  sex: Person.Sex,
  phone: Schema.NullOr(Schema.String),
  groups: Schema.Array(Schema.String.pipe(Schema.refine(isGroupTag))),
  schoolLevel: Schema.NullOr(Person.SchoolLevel),
  schoolId: Schema.NullOr(Schema.String),
  employerIds: Schema.Array(Schema.String),
  vneidLevel: Person.VneidLevel,
  digitalBank: Schema.Boolean,
})
/** The columns of a person. */
export type Columns = typeof Columns.Type
/** The columns of a person as the database receives them. */
export type RowColumns = typeof Columns.Encoded

/** A stored person with their id, as the bulk writers insert them. */
export interface Row extends RowColumns {
  readonly id: string
}

type Input = typeof Person.PersonInput.Encoded
type Group = Input["groups"][number]
/** The JSON form of a stored person: a phone is there or absent, never blank. */
type StoredInput = Omit<Input, "phone"> & { readonly phone?: string }

/** The domain's (JSON) form of the stored columns: one group per tag, the student's school, employers in order. */
export const inputOf = (row: Columns): StoredInput => {
  let nextEmployer = 0
  return {
    fullName: row.fullName,
    birth: row.birthDate === null ? { year: row.birthYear } : { date: row.birthDate },
    sex: row.sex,
    householdId: row.householdId,
    unitId: row.unitId,
    groups: row.groups.map((tag): Group => {
      switch (tag) {
        case "student":
          return {
            _tag: "student",
            schoolLevel: row.schoolLevel ?? "primary",
            ...(row.schoolId === null ? {} : { schoolId: row.schoolId }),
          }
        case "worker":
          return { _tag: "worker", organizationId: row.employerIds[nextEmployer++] ?? "" }
        default:
          return { _tag: tag }
      }
    }),
    vneidLevel: row.vneidLevel,
    hasDigitalBankAccount: row.digitalBank,
    ...(row.phone === null ? {} : { phone: row.phone }),
  }
}

/** The columns of a person in the domain's (JSON) form. */
export const columnsOf = (p: Input): Columns => {
  const student = p.groups.find((g) => g._tag === "student")
  return {
    unitId: p.unitId,
    householdId: p.householdId,
    fullName: p.fullName,
    nameFolded: Text.searchKey(p.fullName),
    birthDate: "date" in p.birth ? p.birth.date : null,
    birthYear: "date" in p.birth ? Number(p.birth.date.slice(0, 4)) : p.birth.year,
    sex: p.sex,
    phone: p.phone === undefined || p.phone === null || p.phone === "" ? null : p.phone,
    groups: p.groups.map((g) => g._tag),
    schoolLevel: student?._tag === "student" ? student.schoolLevel : null,
    schoolId: student?._tag === "student" ? (student.schoolId ?? null) : null,
    employerIds: p.groups.flatMap((g) => (g._tag === "worker" ? [g.organizationId] : [])),
    vneidLevel: p.vneidLevel,
    digitalBank: p.hasDigitalBankAccount,
  }
}

/**
 * The row codec: decodes the stored columns to the domain's `PersonInput` (every rule of the domain
 * checked) and encodes a `PersonInput` to its columns.
 */
export const PersonRow = Columns.pipe(
  Schema.decodeTo(
    Person.PersonInput,
    SchemaTransformation.transform<Input, Columns>({ decode: inputOf, encode: columnsOf }),
  ),
)

/** The columns of a decoded person (`PersonRow` encoding). */
export const toColumns: (person: Person.PersonInput) => RowColumns = Schema.encodeSync(PersonRow)

/** Reads a row of the `people` table (camelCase keys; other columns ignored) as its columns. */
export const readColumns: (row: unknown) => Columns = Schema.decodeUnknownSync(Columns)

/** The table and the SQL type of each column, for the bulk writers (`db/TableWriter.ts`). */
export const table: TableSpec<Row> = {
  table: "people",
  columns: [
    ["id", "text"],
    ["unitId", "text"],
    ["householdId", "text"],
    ["fullName", "text"],
    ["nameFolded", "text"],
    ["birthDate", "date"],
    ["birthYear", "integer"],
    ["sex", "text"],
    ["phone", "text"],
    ["groups", "text[]"],
    ["schoolLevel", "text"],
    ["schoolId", "text"],
    ["employerIds", "text[]"],
    ["vneidLevel", "smallint"],
    ["digitalBank", "boolean"],
  ],
}
