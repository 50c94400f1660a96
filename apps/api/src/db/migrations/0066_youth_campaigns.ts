/**
 * 0066 — the youth campaign of task group 7 (the domain's `YouthCampaign`): a youth union base runs
 * campaigns (a theme over a period) that youth volunteers join. An approved volunteer application
 * records what it joined: a campaign or a community team (`campaign_id`, `team_id`).
 */
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"

const statements = [
  `create table youth_campaigns (
    id text primary key,
    organization_id text not null references organizations (id),
    unit_id text not null references units (id),
    theme text not null,
    theme_folded text not null,
    date_from date not null,
    date_to date not null check (date_to >= date_from),
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    deleted_at timestamptz
  )`,
  `create index youth_campaigns_unit on youth_campaigns (unit_id, date_from desc) where deleted_at is null`,
  `create index youth_campaigns_organization on youth_campaigns (organization_id) where deleted_at is null`,
  `create table youth_campaign_volunteers (
    campaign_id text not null references youth_campaigns (id),
    person_id text not null references people (id),
    application_id text references volunteer_applications (id) on delete set null,
    joined_on date not null,
    primary key (campaign_id, person_id)
  )`,
  `create index youth_campaign_volunteers_person on youth_campaign_volunteers (person_id)`,
  `alter table volunteer_applications
    add column campaign_id text references youth_campaigns (id),
    add column team_id text references teams (id)`,
  // The sessions a campaign's volunteers taught: classes by instructor.
  `create index classes_instructors on classes using gin (instructor_ids) where deleted_at is null`,
]

export default Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  for (const statement of statements) yield* sql.unsafe(statement)
})
