/**
 * 0042 — the head of a household (chủ hộ): one of its members, named in lists so households that share
 * an address are told apart. No foreign key: a backup restores households before people, and an erased
 * person simply leaves the household without a named head.
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql.unsafe(`alter table households add column head_person_id text`)
})
