/**
 * 0085 — finding people by phone number: the people and households lists search `people.phone` (stored
 * in E.164) when the query is a phone number, so it is indexed, like the names.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql.unsafe(`create index if not exists people_phone on people (phone) where phone is not null`)
})
