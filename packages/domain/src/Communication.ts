/**
 * Communication (task group 2): posts on the district's channels — "Cổng thông tin điện tử huyện, Zalo OA,
 * Facebook, Tài liệu Thông tin nội bộ", and the village loudspeakers — with their reach, and events: the
 * workshops, talks, conferences and hands-on days of the seed, and the yearly "Ngày hội toàn dân học tập
 * số" on 10 October, National Digital Transformation Day (Ngày Chuyển đổi số quốc gia).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import * as DigitalLearningDay from "./DigitalLearningDay.js"
import { Mode } from "./Class.js"
import { UnitId } from "./Unit.js"
import * as ValidationMessage from "./ValidationMessage.js"

/** Identifies a communication post. */
export const PostId = Schema.String.pipe(Schema.brand("PostId"))
/** Identifies a communication post. */
export type PostId = typeof PostId.Type

/** Identifies a communication event. */
export const EventId = Schema.String.pipe(Schema.brand("EventId"))
/** Identifies a communication event. */
export type EventId = typeof EventId.Type

/** A channel the campaign communicates on. */
export const Channel = Schema.Literals([
  "district_portal",
  "zalo_oa",
  "facebook",
  "internal_bulletin",
  "loudspeaker",
])
/** A channel the campaign communicates on. */
export type Channel = typeof Channel.Type

/** The name of each channel. */
export const channelNames: { readonly [K in Channel]: ValidationMessage.Bilingual } = {
  district_portal: { vi: "Cổng thông tin điện tử", en: "District web portal" },
  zalo_oa: { vi: "Zalo OA", en: "Zalo Official Account" },
  facebook: { vi: "Facebook", en: "Facebook" },
  internal_bulletin: { vi: "Tài liệu Thông tin nội bộ", en: "Internal bulletin" },
  loudspeaker: { vi: "Loa truyền thanh cơ sở", en: "Village loudspeaker" },
}

const nonEmptyTitle = Schema.String.check(
  Schema.isMinLength(1, ValidationMessage.message({ vi: "Vui lòng nhập tiêu đề", en: "Enter the title" })),
)

/** A post on a channel, with its reach. */
export class Post extends Schema.Class<Post>("@bdhv/domain/Post")({
  id: PostId,
  channel: Channel,
  /** The unit that published it. */
  unitId: UnitId,
  date: CalendarDate.CalendarDate,
  title: nonEmptyTitle,
  /** Link to the post, when it is online. */
  url: Schema.NullOr(Schema.String),
  /** People reached (views, listeners) as the channel reports it; `null` when unknown. */
  reach: Schema.NullOr(Schema.Natural),
}) {}

/**
 * The kind of an event: `digital_learning_day` — "Ngày hội toàn dân học tập số" (10/10); `workshop` —
 * hội thảo; `talk` — tọa đàm; `conference` — hội nghị; `hands_on` — trải nghiệm và hướng dẫn sử dụng các
 * nền tảng, dịch vụ số.
 */
export const EventKind = Schema.Literals([
  "digital_learning_day",
  "workshop",
  "talk",
  "conference",
  "hands_on",
])
/** The kind of an event. */
export type EventKind = typeof EventKind.Type

/** The name of each kind of event. */
export const eventKindNames: { readonly [K in EventKind]: ValidationMessage.Bilingual } = {
  digital_learning_day: { vi: "Ngày hội toàn dân học tập số", en: "Digital Learning Day for All" },
  workshop: { vi: "Hội thảo", en: "Workshop" },
  talk: { vi: "Tọa đàm", en: "Talk" },
  conference: { vi: "Hội nghị", en: "Conference" },
  hands_on: { vi: "Trải nghiệm nền tảng, dịch vụ số", en: "Hands-on day" },
}

/** An event held by a unit on a date, with how many took part. */
export class Event extends Schema.Class<Event>("@bdhv/domain/Event")({
  id: EventId,
  kind: EventKind,
  unitId: UnitId,
  title: nonEmptyTitle,
  date: CalendarDate.CalendarDate,
  mode: Mode,
  venue: Schema.NullOr(Schema.String),
  /** Participants counted at the event (a head count: events are not enrollments). */
  participants: Schema.Natural,
}) {}

/** The month and day of "Ngày hội toàn dân học tập số": 10 October, every year. */
export const DIGITAL_LEARNING_DAY = DigitalLearningDay.DIGITAL_LEARNING_DAY

/** Whether a date is the yearly "Ngày hội toàn dân học tập số" (10/10). */
export const isDigitalLearningDay = (date: CalendarDate.CalendarDate): boolean =>
  DigitalLearningDay.isDigitalLearningDay(date)

/** The next "Ngày hội toàn dân học tập số" on or after a date: 10 October of this year or the next. */
export const nextDigitalLearningDay = (date: CalendarDate.CalendarDate): CalendarDate.CalendarDate =>
  CalendarDate.CalendarDate.make(DigitalLearningDay.nextDigitalLearningDay(date))

/** The total known reach of some posts, by channel; posts of unknown reach add nothing. */
export const reachByChannel = (posts: ReadonlyArray<Post>): { readonly [K in Channel]: number } => {
  const totals = { district_portal: 0, zalo_oa: 0, facebook: 0, internal_bulletin: 0, loudspeaker: 0 }
  for (const post of posts) totals[post.channel] += post.reach ?? 0
  return totals
}
