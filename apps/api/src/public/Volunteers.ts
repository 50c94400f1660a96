/**
 * Volunteer applications from the public site: a resident offers to be a Đại sứ số guide or a youth
 * volunteer. The application waits, `pending`, for an admin of the commune. The same person applying
 * again for the same role (the domain's `Registration.dedupeKey`) updates the pending application.
 */
import { randomUUID } from "node:crypto"
import * as Registration from "@bdhv/domain/Registration"
import * as Text from "@bdhv/domain/Text"
import { Effect } from "effect"
import * as SqlClient from "effect/sql/SqlClient"
import * as AuditLog from "../audit/AuditLog.js"
import * as Entity from "../resources/Entity.js"
import { InvalidInput } from "../ServiceError.js"
import * as Today from "../Today.js"

/** What became of an application. */
export interface Applied {
  readonly id: string
  readonly status: "pending"
  /** Whether an earlier pending application of the same person for the same role was updated. */
  readonly repeat: boolean
}

/** Records an application (or updates the same person's pending one). */
export const apply = Effect.fn("Volunteers.apply")(function* (input: Registration.VolunteerSignUp) {
  const sql = yield* SqlClient.SqlClient
  const today = yield* Today.today
  const problems = Registration.volunteerProblems(input, today)
  if (problems.length > 0) return yield* new InvalidInput({ issues: problems })
  yield* Entity.requireTopics("topicIds", input.topicIds)
  return yield* sql.withTransaction(
    Effect.gen(function* () {
      const [place] = yield* sql<{ id: string }>`
        select u.id from units u where u.id = ${input.unitId} and u.deleted_at is null
          and u.valid_from <= ${today}::date and (u.valid_to is null or u.valid_to >= ${today}::date)`
      if (place === undefined) {
        return yield* new InvalidInput({
          issues: [
            { path: "unitId", message: { vi: "Không có xã, thôn này", en: "No such commune or village" } },
          ],
        })
      }
      const key = Registration.dedupeKey(input)
      const fields = {
        fullName: input.fullName,
        nameFolded: Text.searchKey(input.fullName),
        phone: input.phone,
        birthYear: input.birthYear,
        unitId: input.unitId,
        topicIds: input.topicIds,
        availability: input.availability ?? null,
      }
      const [pending] = yield* sql<{ id: string }>`
        select id from volunteer_applications
        where dedupe_key = ${key} and role = ${input.role} and status = 'pending' for update`
      if (pending !== undefined) {
        yield* sql`update volunteer_applications set ${sql.update(fields)}, version = version + 1,
          updated_at = now() where id = ${pending.id}`
        yield* AuditLog.append({
          actor: undefined,
          entity: "volunteer_application",
          entityId: pending.id,
          action: "update",
          after: fields,
        })
        return { id: pending.id, status: "pending", repeat: true } satisfies Applied
      }
      const id = randomUUID()
      yield* sql`insert into volunteer_applications ${sql.insert({ id, dedupeKey: key, role: input.role, ...fields })}`
      yield* AuditLog.append({
        actor: undefined,
        entity: "volunteer_application",
        entityId: id,
        action: "create",
        after: { role: input.role, ...fields },
      })
      return { id, status: "pending", repeat: false } satisfies Applied
    }),
  )
})
