/**
 * Versioned schema migrations, run at start. Each file in `migrations/` is `NNNN_name.ts` exporting an
 * Effect; add a file and a line here, and never edit a migration that has been applied.
 */
import { Effect } from "effect"
import * as Migrator from "effect/sql/Migrator"
import m0001 from "./migrations/0001_schema.js"
import m0002 from "./migrations/0002_domain_shapes.js"
import m0003 from "./migrations/0003_security.js"
import m0004 from "./migrations/0004_visits_communication.js"
import m0005 from "./migrations/0005_unit_closure_cycles.js"
import m0006 from "./migrations/0006_enrollment_dates.js"
import m0007 from "./migrations/0007_user_search.js"
import m0008 from "./migrations/0008_skill_record_versions.js"
import m0009 from "./migrations/0009_person_skill_dates.js"
import m0010 from "./migrations/0010_volunteer_applications.js"
import m0011 from "./migrations/0011_topic_change_triggers.js"
import m0012 from "./migrations/0012_volunteer_decisions.js"
import m0013 from "./migrations/0013_household_dates.js"
import m0014 from "./migrations/0014_indicator_rollups.js"
import m0020 from "./migrations/0020_list_keyset_indexes.js"
import m0025 from "./migrations/0025_login_attempts.js"
import m0026 from "./migrations/0026_import_jobs.js"
import m0040 from "./migrations/0040_reference_units_scope.js"
import m0041 from "./migrations/0041_household_commune_code.js"
import m0042 from "./migrations/0042_household_head.js"
import m0050 from "./migrations/0050_offline_writes.js"
import m0100 from "./migrations/0100_guide_facts_series_entries.js"
import m0101 from "./migrations/0101_rollup_by_parent.js"
import m0103 from "./migrations/0103_birth_months_days.js"
import m0060 from "./migrations/0060_reports.js"
import m0065 from "./migrations/0065_sign_ups.js"
import m0066 from "./migrations/0066_youth_campaigns.js"
import m0085 from "./migrations/0085_people_phone_search.js"
import m0090 from "./migrations/0090_import_reports_certificates.js"

const migrations = {
  "0001_schema": m0001,
  "0002_domain_shapes": m0002,
  "0003_security": m0003,
  "0004_visits_communication": m0004,
  "0005_unit_closure_cycles": m0005,
  "0006_enrollment_dates": m0006,
  "0007_user_search": m0007,
  "0008_skill_record_versions": m0008,
  "0009_person_skill_dates": m0009,
  "0010_volunteer_applications": m0010,
  "0011_topic_change_triggers": m0011,
  "0012_volunteer_decisions": m0012,
  "0013_household_dates": m0013,
  "0014_indicator_rollups": m0014,
  "0020_list_keyset_indexes": m0020,
  "0025_login_attempts": m0025,
  "0026_import_jobs": m0026,
  "0040_reference_units_scope": m0040,
  "0041_household_commune_code": m0041,
  "0042_household_head": m0042,
  "0050_offline_writes": m0050,
  "0100_guide_facts_series_entries": m0100,
  "0101_rollup_by_parent": m0101,
  "0103_birth_months_days": m0103,
  "0060_reports": m0060,
  "0065_sign_ups": m0065,
  "0066_youth_campaigns": m0066,
  "0085_people_phone_search": m0085,
  "0090_import_reports_certificates": m0090,
}

const migrate = Migrator.make({})

/** Applies the pending migrations; returns the ones applied as `[id, name]`. */
export const run = migrate({ loader: Migrator.fromRecord(migrations), table: "schema_migrations" }).pipe(
  Effect.withSpan("Migrations.run"),
)
