/**
 * `/api/public`: what the landing site reads and sends, without an account. Reads are aggregates or
 * public listings, cached briefly in process and cacheable by browsers (`Cache-Control`, `ETag`); the
 * progress figures go through small-cell suppression. The two forms check the site's spam fields
 * (`website` must stay empty; `elapsedMs`, the time the form was open, must be humanly long) and are
 * rate-limited per address by the security layer.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Class from "@bdhv/domain/Class"
import * as Registration from "@bdhv/domain/Registration"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Schema } from "effect"
import { Hono } from "hono"
import { createMiddleware } from "hono/factory"
import type { Env } from "../http/Env.js"
import { HttpFailure } from "../http/ErrorResponse.js"
import * as Validate from "../http/Validate.js"
import * as Directory from "../public/Directory.js"
import * as Progress from "../public/Progress.js"
import * as PublicClasses from "../public/PublicClasses.js"
import { ResponseCache } from "../public/ResponseCache.js"
import * as Volunteers from "../public/Volunteers.js"
import { ReportParams } from "./indicators.js"

const label = ValidationMessage.label

/** The least time a person takes to fill in a form, in milliseconds. */
export const minimumFormMs = 2_000

const PositiveInt = Schema.NumberFromString.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(1))

const ClassParams = Schema.Struct({
  communeId: Schema.optionalKey(Schema.NonEmptyString.annotate(label({ vi: "Xã, phường", en: "Commune" }))),
  audience: Schema.optionalKey(Class.Audience.annotate(label({ vi: "Đối tượng", en: "Audience" }))),
  topicId: Schema.optionalKey(Schema.NonEmptyString.annotate(label({ vi: "Nội dung", en: "Topic" }))),
  from: Schema.optionalKey(CalendarDate.CalendarDate.annotate(label({ vi: "Từ ngày", en: "From" }))),
  to: Schema.optionalKey(CalendarDate.CalendarDate.annotate(label({ vi: "Đến ngày", en: "To" }))),
  q: Schema.optionalKey(
    Schema.String.check(Schema.isMaxLength(200)).annotate(label({ vi: "Tìm", en: "Search" })),
  ),
  page: Schema.optionalKey(PositiveInt.annotate(label({ vi: "Trang", en: "Page" }))),
  pageSize: Schema.optionalKey(
    PositiveInt.check(Schema.isLessThanOrEqualTo(50)).annotate(
      label({ vi: "Số dòng mỗi trang", en: "Page size" }),
    ),
  ),
})

const ClassIdParam = Schema.Struct({ id: Schema.NonEmptyString })

const today = (): CalendarDate.CalendarDate => CalendarDate.fromInstant(Date.now())

const tooFast = new HttpFailure(400, "form_too_fast", {
  vi: "Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại thông tin rồi gửi lại.",
  en: "The form was sent too quickly. Please check the details and send it again.",
})

/**
 * The spam check of a public form. A filled honeypot is a bot: the request is answered as if accepted
 * (`accepted` builds that answer) and nothing is stored, so the bot learns nothing. A form sent faster
 * than a person can fill it in is refused with a message a person can act on.
 */
const spamGuard = (accepted: () => Response) =>
  createMiddleware<Env>(async (c, next) => {
    const body = (await c.req.json().catch(() => ({}))) as { website?: unknown; elapsedMs?: unknown }
    if (typeof body.website === "string" && body.website.trim() !== "") {
      c.var.log.warn("public form: honeypot filled", { requestId: c.var.requestId, path: c.req.path })
      return accepted()
    }
    if (typeof body.elapsedMs !== "number" || body.elapsedMs < minimumFormMs) throw tooFast
    await next()
  })

/** The public routes, with a response cache of their own. */
export const makePublicRoutes = (cache = new ResponseCache()) =>
  new Hono<Env>()
    .get(
      "/progress",
      cache.cached(60_000, Object.keys(ReportParams.fields)),
      Validate.query(ReportParams),
      async (c) => {
        const { unitId, asOf } = c.req.valid("query")
        return c.json(await c.var.run(Progress.progress(unitId, asOf ?? today())), 200)
      },
    )
    .get("/units", cache.cached(300_000), async (c) => c.json(await c.var.run(Directory.units()), 200))
    .get("/events", cache.cached(300_000), async (c) => c.json(await c.var.run(Directory.events()), 200))
    .get(
      "/classes",
      cache.cached(30_000, Object.keys(ClassParams.fields)),
      Validate.query(ClassParams),
      async (c) => {
        const query = c.req.valid("query")
        return c.json(
          await c.var.run(
            PublicClasses.list({
              communeId: query.communeId,
              audience: query.audience,
              topicId: query.topicId,
              from: query.from,
              to: query.to,
              q: query.q,
              page: query.page ?? 1,
              pageSize: query.pageSize ?? 20,
            }),
          ),
          200,
        )
      },
    )
    .post(
      "/classes/:id/registrations",
      Validate.param(ClassIdParam),
      Validate.requireJson,
      spamGuard(() => Response.json({ status: "registered", whatToBring: [] }, { status: 201 })),
      Validate.json(Registration.PublicSignUp),
      async (c) => {
        const language = c.var.language
        const outcome = await c.var.run(
          PublicClasses.signUp(c.req.valid("param").id, c.req.valid("json"), language),
        )
        switch (outcome._tag) {
          case "Registered":
            cache.invalidate("/api/public/classes")
            return c.json(
              {
                status: "registered" as const,
                enrollmentId: outcome.enrollmentId,
                class: outcome.class,
                whatToBring: outcome.whatToBring,
                warning: outcome.warning,
              },
              201,
            )
          case "AlreadyRegistered":
            return c.json(
              {
                status: "already_registered" as const,
                class: outcome.class,
                whatToBring: outcome.whatToBring,
              },
              200,
            )
          case "Full":
          case "Closed": {
            const failure =
              outcome._tag === "Full"
                ? new HttpFailure(409, "class_full", {
                    vi: "Lớp đã đủ chỗ. Mời bạn đăng ký lớp kế tiếp.",
                    en: "The class is full. You are welcome to sign up for the next one.",
                  })
                : new HttpFailure(409, "class_closed", {
                    vi: "Lớp không còn nhận đăng ký. Mời bạn đăng ký lớp kế tiếp.",
                    en: "The class no longer takes sign-ups. You are welcome to sign up for the next one.",
                  })
            return c.json({ ...failure.body(language), nextClass: outcome.nextClass }, 409)
          }
          case "NotEligible": {
            const failure = new HttpFailure(400, "not_eligible", { vi: outcome.reason, en: outcome.reason }, [
              { path: "classId", message: { vi: outcome.reason, en: outcome.reason } },
            ])
            return c.json(failure.body(language), 400)
          }
        }
      },
    )
    .post(
      "/volunteers",
      Validate.requireJson,
      spamGuard(() => Response.json({ status: "pending" }, { status: 201 })),
      Validate.json(Registration.VolunteerSignUp),
      async (c) => {
        const applied = await c.var.run(Volunteers.apply(c.req.valid("json")))
        return c.json({ id: applied.id, status: applied.status, repeat: applied.repeat }, 201)
      },
    )
