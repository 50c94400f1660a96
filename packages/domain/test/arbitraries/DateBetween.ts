/** Arbitrary calendar dates within a range, spread evenly over its days. */
import { Arbitrary, Schema } from "effect"
import * as CalendarDate from "../../src/CalendarDate.js"

/** A date from `from` to `to`, both included. */
export const dateBetween = (from: string, to: string): Arbitrary.Arbitrary<CalendarDate.CalendarDate> => {
  const first = CalendarDate.toDayNumber(Schema.decodeSync(CalendarDate.CalendarDate)(from))
  const last = CalendarDate.toDayNumber(Schema.decodeSync(CalendarDate.CalendarDate)(to))
  return Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: first, maximum: last }))).pipe(
    Arbitrary.map(CalendarDate.fromDayNumber),
  )
}

/** A date of the years people now alive were born in or will be counted at, 1900–2100. */
export const lifetimeDate = dateBetween("1900-01-01", "2100-12-31")
