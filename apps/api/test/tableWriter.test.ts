import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import { describe, expect, it } from "vitest"
import { insertRows, type TableSpec } from "../src/db/TableWriter.js"
import { forEachDatabase } from "./harness.js"

interface Row {
  readonly id: number
  readonly name: string | null
  readonly born: string | null
  readonly level: number | null
  readonly active: boolean | null
  readonly tags: ReadonlyArray<string> | null
}

const spec: TableSpec<Row> = {
  table: "table_writer_probe",
  columns: [
    ["id", "integer"],
    ["name", "text"],
    ["born", "date"],
    ["level", "smallint"],
    ["active", "boolean"],
    ["tags", "text[]"],
  ],
}

forEachDatabase((db) => {
  describe("bulk inserts", () => {
    it("write a batch whose columns are empty in every row, and texts that need quoting", async () => {
      const rows = await db.run(
        Effect.gen(function* () {
          const sql = yield* SqlClient.SqlClient
          yield* sql.unsafe(
            "create table table_writer_probe (id integer, name text, born date, level smallint, active boolean, tags text[])",
          )
          yield* insertRows(spec, [
            { id: 1, name: null, born: null, level: null, active: null, tags: null },
            { id: 2, name: null, born: null, level: null, active: null, tags: null },
          ])
          yield* insertRows(spec, [
            {
              id: 3,
              name: 'Ngô "Bé" \\ {x}, NULL',
              born: "1958-03-12",
              level: 2,
              active: false,
              tags: ["a,b", '"q"', ""],
            },
            { id: 4, name: "NULL", born: null, level: 0, active: true, tags: [] },
          ])
          return yield* sql<{
            id: number
            name: string | null
            born: string | null
            level: number | null
            active: boolean | null
            tags: Array<string> | null
          }>`
            select id, name, born::text as born, level, active, tags from table_writer_probe order by id`
        }),
      )
      expect(rows).toEqual([
        { id: 1, name: null, born: null, level: null, active: null, tags: null },
        { id: 2, name: null, born: null, level: null, active: null, tags: null },
        {
          id: 3,
          name: 'Ngô "Bé" \\ {x}, NULL',
          born: "1958-03-12",
          level: 2,
          active: false,
          tags: ["a,b", '"q"', ""],
        },
        { id: 4, name: "NULL", born: null, level: 0, active: true, tags: [] },
      ])
    })
  })
})
