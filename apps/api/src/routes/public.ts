/**
 * `/api/public`: what the landing site reads and sends, without an account. Reads are aggregates or
 * public listings, cached briefly in process and cacheable by browsers (`Cache-Control`, `ETag`); the
 * progress figures go through small-cell suppression. The two forms check the site's spam fields
 * (`website` must stay empty; `elapsedMs`, the time the form was open, must be humanly long) and are
 * rate-limited per address by the security layer.
 */
import * as Campaign from "@bdhv/domain/Campaign"
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Class from "@bdhv/domain/Class"
import * as Disclosure from "@bdhv/domain/Disclosure"
import * as Indicator from "@bdhv/domain/Indicator"
import * as Registration from "@bdhv/domain/Registration"
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Effect, Schema } from "effect"
import * as Today from "../Today.js"
import { createMiddleware } from "hono/factory"
import type { Env } from "../http/Env.js"
import { HttpFailure } from "../http/ErrorResponse.js"
import * as Validate from "../http/Validate.js"
import * as Route from "../http/Route.js"
import { PageOf } from "../resources/ListQuery.js"
import * as Directory from "../public/Directory.js"
import * as Progress from "../public/Progress.js"
import * as PublicClasses from "../public/PublicClasses.js"
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

/** The spam fields the site's forms send besides the form's own (checked by {@link spamGuard}). */
const spamFields = {
  /** The honeypot: empty when a person sent the form. */
  website: Schema.optionalKey(Schema.String),
  /** How long the form was open, in milliseconds. */
  elapsedMs: Schema.optionalKey(Schema.Number),
}

/** The class sign-up as the site sends it. */
const SignUpBody = Schema.Struct({ ...Registration.PublicSignUp.fields, ...spamFields }).annotate({
  identifier: "PublicSignUp",
})

/** The volunteer application as the site sends it. */
const VolunteerBody = Schema.Struct({ ...Registration.VolunteerSignUp.fields, ...spamFields }).annotate({
  identifier: "VolunteerSignUp",
})

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

const Bilingual = ValidationMessage.Bilingual

/** One unit's published figures, each count suppressed below five. */
const UnitFigures = Schema.Struct({
  unitId: Schema.String,
  code: Schema.NullOr(Schema.String),
  name: Schema.String,
  kind: Schema.String,
  indicators: Schema.Array(
    Schema.Struct({
      id: Indicator.IndicatorId,
      numerator: Disclosure.PublicCount,
      denominator: Disclosure.PublicCount,
      value: Disclosure.PublicShare,
      target: Indicator.Ratio,
      deadline: CalendarDate.CalendarDate,
      status: Indicator.Status,
    }).annotate({ identifier: "PublicFigure" }),
  ),
}).annotate({ identifier: "PublicUnitFigures" })

/** The published progress of a unit and its children, with the indicators' definitions. */
export const PublicProgress = Schema.Struct({
  asOf: CalendarDate.CalendarDate,
  district: UnitFigures,
  communes: Schema.Array(UnitFigures),
  definitions: Schema.Array(
    Schema.Struct({
      id: Indicator.IndicatorId,
      name: Bilingual,
      numerator: Bilingual,
      denominator: Bilingual,
      taskGroup: Campaign.TaskGroupId,
      milestones: Schema.Array(Indicator.Milestone),
    }).annotate({ identifier: "IndicatorDefinition" }),
  ),
}).annotate({ identifier: "PublicProgress" })

const PublicUnit = Schema.Struct({
  id: Schema.String,
  code: Schema.NullOr(Schema.String),
  name: Schema.String,
  kind: Schema.String,
  villages: Schema.Array(Schema.Struct({ id: Schema.String, name: Schema.String, kind: Schema.String })),
}).annotate({ identifier: "PublicUnit" })

const PublicEvent = Schema.Struct({
  id: Schema.String,
  kind: Schema.String,
  title: Schema.String,
  date: Schema.String.annotate({ format: "date" }),
  mode: Schema.String,
  venue: Schema.NullOr(Schema.String),
  unitId: Schema.String,
  unitName: Schema.String,
  participants: Schema.Int,
}).annotate({ identifier: "PublicEvent" })

const Instant = Schema.String.annotate({
  format: "date-time",
  description: "ISO date-time in Vietnam's offset (+07:00)",
})

const PublicClass = Schema.Struct({
  id: Schema.String,
  title: Schema.String,
  communeId: Schema.String,
  communeName: Schema.String,
  unitId: Schema.String,
  venue: Schema.NullOr(Schema.String),
  startsAt: Instant,
  endsAt: Instant,
  audience: Class.Audience,
  topics: Schema.Array(Schema.String),
  mode: Class.Mode,
  capacity: Schema.Int,
  seatsLeft: Schema.Int,
}).annotate({ identifier: "PublicClass" })

/**
 * A sign-up received: it waits for the commune officer (who calls to confirm), with a seat held. The
 * status stays `registered` for the site; `signUpId` names the request in the commune's queue.
 */
const Registered = Schema.Struct({
  status: Schema.Literal("registered"),
  signUpId: Schema.optionalKey(Schema.String),
  class: Schema.optionalKey(PublicClass),
  whatToBring: Schema.Array(Schema.String),
  warning: Schema.optionalKey(Schema.NullOr(Schema.String)),
}).annotate({ identifier: "PublicRegistered" })

const AlreadyRegistered = Schema.Struct({
  status: Schema.Literal("already_registered"),
  class: PublicClass,
  whatToBring: Schema.Array(Schema.String),
}).annotate({ identifier: "PublicAlreadyRegistered" })

const Applied = Schema.Struct({
  id: Schema.optionalKey(Schema.String),
  status: Schema.Literal("pending"),
  repeat: Schema.optionalKey(Schema.Boolean),
}).annotate({ identifier: "VolunteerApplied" })

const tag = "Public"
const publicNote = (seconds: number) => ({
  vi: `Không cần đăng nhập. Câu trả lời được lưu đệm ${seconds} giây theo từng URL (Cache-Control, ETag).`,
  en: `No account needed. The answer is cached for ${seconds} s per URL (Cache-Control, ETag).`,
})
const formNote = {
  vi: "Không cần đăng nhập, không cần CSRF. `elapsedMs` (thời gian mở biểu mẫu) phải từ 2000 trở lên; `website` phải để trống. Giới hạn số lần gửi theo địa chỉ (429).",
  en: "No account and no CSRF token needed. `elapsedMs` (how long the form was open) must be at least 2000; `website` must stay empty. Limited per address (429).",
}

/** The public routes. */
export const publicRoutes = [
  Route.define({
    method: "get",
    path: "/api/public/progress",
    resource: "open",
    tag,
    summary: {
      vi: "Tiến độ công khai của huyện và từng xã (số dưới 5 được che)",
      en: "The public progress of the district and each commune (counts under 5 suppressed)",
    },
    description: publicNote(60),
    cachedSeconds: 60,
    query: ReportParams,
    responses: { 200: PublicProgress },
    handler: ({ query }, c) =>
      c.var.run(Effect.flatMap(Today.orToday(query.asOf), (asOf) => Progress.progress(query.unitId, asOf))),
  }),
  Route.define({
    method: "get",
    path: "/api/public/units",
    resource: "open",
    tag,
    summary: { vi: "Các xã, phường và thôn, tổ dân phố", en: "The communes and their villages" },
    description: publicNote(300),
    cachedSeconds: 300,
    responses: { 200: Schema.Array(PublicUnit) },
    handler: (_input, c) => c.var.run(Directory.units()),
  }),
  Route.define({
    method: "get",
    path: "/api/public/events",
    resource: "open",
    tag,
    summary: { vi: "Sự kiện sắp tới và vừa diễn ra", en: "Coming and recent events" },
    description: publicNote(300),
    cachedSeconds: 300,
    responses: { 200: Schema.Array(PublicEvent) },
    handler: (_input, c) => c.var.run(Directory.events()),
  }),
  Route.define({
    method: "get",
    path: "/api/public/classes",
    resource: "open",
    tag,
    summary: { vi: "Tìm lớp học gần nhà", en: "Find a class near home" },
    description: publicNote(30),
    cachedSeconds: 30,
    query: ClassParams,
    responses: { 200: PageOf(PublicClass) },
    handler: ({ query }, c) =>
      c.var.run(
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
  }),
  Route.define({
    method: "post",
    path: "/api/public/classes/:id/registrations",
    resource: "open",
    tag,
    summary: {
      vi: "Đăng ký học một lớp (chờ cán bộ xã xác nhận; giữ chỗ trong lớp)",
      en: "Sign up for a class (waits for the commune officer's review; a seat is held)",
    },
    description: formNote,
    params: ClassIdParam,
    before: [
      Validate.requireJson,
      spamGuard(() => Response.json({ status: "registered", whatToBring: [] }, { status: 201 })),
    ],
    body: SignUpBody,
    responses: { 201: Registered, 200: AlreadyRegistered },
    handler: async ({ param, body: { website: _website, elapsedMs: _elapsedMs, ...signUp } }, c) => {
      const language = c.var.language
      const outcome = await c.var.run(PublicClasses.signUp(param.id, signUp, language))
      switch (outcome._tag) {
        case "Received":
          c.var.responseCache.invalidate("/api/public/classes")
          return Route.reply(201, {
            status: "registered" as const,
            signUpId: outcome.signUpId,
            class: outcome.class,
            whatToBring: outcome.whatToBring,
            warning: outcome.warning,
          })
        case "AlreadyRegistered":
          return Route.reply(200, {
            status: "already_registered" as const,
            class: outcome.class,
            whatToBring: outcome.whatToBring,
          })
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
  }),
  Route.define({
    method: "post",
    path: "/api/public/volunteers",
    resource: "open",
    tag,
    summary: {
      vi: "Đăng ký làm Đại sứ số hoặc tình nguyện viên",
      en: "Apply to be a digital ambassador or a youth volunteer",
    },
    description: formNote,
    before: [Validate.requireJson, spamGuard(() => Response.json({ status: "pending" }, { status: 201 }))],
    body: VolunteerBody,
    responses: { 201: Applied },
    handler: async ({ body: { website: _website, elapsedMs: _elapsedMs, ...application } }, c) => {
      const applied = await c.var.run(Volunteers.apply(application))
      return { id: applied.id, status: applied.status, repeat: applied.repeat }
    },
  }),
] as const
