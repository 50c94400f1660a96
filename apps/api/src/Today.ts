/**
 * The time the API judges "as at today" by, read from Effect's `Clock`: the live clock in the server,
 * `TestClock` in the tests, so an answer that depends on the date can be checked on any date.
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import { Clock, Effect } from "effect"

/** Today's date in Vietnam (UTC+7). */
export const today: Effect.Effect<CalendarDate.CalendarDate> = Effect.map(
  Clock.currentTimeMillis,
  CalendarDate.fromInstant,
)

/** The current instant. */
export const now: Effect.Effect<Date> = Effect.map(Clock.currentTimeMillis, (ms) => new Date(ms))

/** The date a request names, or today when it names none (the default "as at" of the reports). */
export const orToday = (
  date: CalendarDate.CalendarDate | undefined,
): Effect.Effect<CalendarDate.CalendarDate> => (date === undefined ? today : Effect.succeed(date))
