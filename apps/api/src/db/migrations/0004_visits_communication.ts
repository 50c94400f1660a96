/**
 * 0004 — door-to-door visits and communication as the domain records them:
 * - visits: the household members helped, and among them those whose VNeID reached level 2 and those who
 *   opened a digital bank account during the visit (`helped_ids`, `vneid_level2_ids`, `digital_bank_ids`);
 *   topics stay in `visit_topics`;
 * - events: a title, a mode and a venue (`name` becomes `title`);
 * - posts: reach may be unknown (null).
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `alter table visits add column helped_ids text[] not null default '{}'`,
  `alter table visits add column vneid_level2_ids text[] not null default '{}'`,
  `alter table visits add column digital_bank_ids text[] not null default '{}'`,
  `alter table visits drop column people_helped`,
  `alter table visits drop column notes`,
  `create index visits_helped on visits using gin (helped_ids)`,

  `alter table events rename column name to title`,
  `alter table events rename column name_folded to title_folded`,
  `alter table events add column mode text not null default 'in_person'`,
  `alter table events add column venue text`,

  `alter table posts alter column reach drop not null`,
  `alter table posts alter column reach drop default`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
