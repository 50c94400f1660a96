/**
 * 0007 — accounts searchable by name and email without accents ("nguyen" finds "Nguyễn"), like every
 * other list: `users.search_folded` holds the domain's search key of the full name and the email.
 */
import * as Text from "@bdhv/domain/Text"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  yield* sql`alter table users add column search_folded text not null default ''`
  const users = yield* sql<{
    id: string
    fullName: string
    email: string
  }>`select id, full_name, email from users`
  for (const user of users) {
    yield* sql`update users set search_folded = ${Text.searchKey(`${user.fullName} ${user.email}`)} where id = ${user.id}`
  }
})
