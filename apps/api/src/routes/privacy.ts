/**
 * `/api/privacy`: data-subject requests under Decree 13/2023/NĐ-CP, for district admins (the role gate
 * lets no one else in).
 * - `GET /api/privacy/people/:id` — everything held on a person, as a JSON download; the export itself is
 *   recorded in the audit log (who obtained whose data), without the data.
 * - `POST /api/privacy/people/:id/erasure` `{ reference }` — erases the person's personal data, keeping
 *   the anonymous facts the totals count (see `privacy/Erasure.ts`).
 * - `GET /api/privacy/volunteer-applications/:id` and `POST …/:id/erasure` — the same for an applicant
 *   from the public site who has no person record.
 */
import { Effect, Schema } from "effect"
import { type Context, Hono } from "hono"
import * as AuditLog from "../audit/AuditLog.js"
import { actorOf } from "../auth/Session.js"
import type { Env } from "../http/Env.js"
import * as Validate from "../http/Validate.js"
import * as Erasure from "../privacy/Erasure.js"
import * as PersonalData from "../privacy/PersonalData.js"

const IdParam = Schema.Struct({ id: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(100)) })

const download = (c: Context<Env>, id: string) => {
  c.header("content-disposition", `attachment; filename="du-lieu-ca-nhan-${encodeURIComponent(id)}.json"`)
  c.header("cache-control", "no-store")
}

/** The privacy routes. */
export const privacyRoutes = new Hono<Env>()
  .get("/people/:id", Validate.param(IdParam), async (c) => {
    const actor = actorOf(c)
    const id = c.req.valid("param").id
    const document = await c.var.run(
      PersonalData.exportPerson(actor, id).pipe(
        Effect.tap(() => AuditLog.append({ actor, entity: "person", entityId: id, action: "export" })),
      ),
    )
    download(c, id)
    return c.json(document, 200)
  })
  .get("/volunteer-applications/:id", Validate.param(IdParam), async (c) => {
    const actor = actorOf(c)
    const id = c.req.valid("param").id
    const document = await c.var.run(
      PersonalData.exportApplication(actor, id).pipe(
        Effect.tap(() =>
          AuditLog.append({ actor, entity: "volunteer_application", entityId: id, action: "export" }),
        ),
      ),
    )
    download(c, id)
    return c.json(document, 200)
  })
  .post(
    "/volunteer-applications/:id/erasure",
    Validate.param(IdParam),
    Validate.requireJson,
    Validate.json(Erasure.Request),
    async (c) => {
      const actor = actorOf(c)
      const outcome = await c.var.run(
        Erasure.eraseApplication(actor, c.req.valid("param").id, c.req.valid("json")),
      )
      return c.json(outcome, 200)
    },
  )
  .post(
    "/people/:id/erasure",
    Validate.param(IdParam),
    Validate.requireJson,
    Validate.json(Erasure.Request),
    async (c) => {
      const actor = actorOf(c)
      return c.json(await c.var.run(Erasure.erase(actor, c.req.valid("param").id, c.req.valid("json"))), 200)
    },
  )
