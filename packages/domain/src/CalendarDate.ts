/**
 * Calendar dates and ISO weeks as lived in Vietnam (Asia/Ho_Chi_Minh: UTC+7, no daylight saving).
 *
 * The campaign counts by day and by week in local time: a class that starts at 23:30 UTC on a Sunday
 * is held at 06:30 on Monday in Chương Mỹ and belongs to Monday's week. Dates are ISO strings
 * (`2025-07-01`), so they sort, compare and store as text; weeks start on Monday (ISO 8601).
 * Nothing here reads the clock: callers pass the reference date.
 *
 * @since 0.1.0
 */
import { Order as Ord, Schema } from "effect"
import * as ValidationMessage from "./ValidationMessage.js"

/** Vietnam's offset from UTC, in milliseconds (UTC+7 all year: Vietnam has no daylight saving). */
export const vietnamOffsetMs = 7 * 60 * 60 * 1000

const msPerDay = 24 * 60 * 60 * 1000

/** Year, month (1–12) and day (1–31) of a calendar date. */
export interface Parts {
  readonly year: number
  readonly month: number
  readonly day: number
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm): exact for every
// year 0000–9999, without the two-digit-year quirks of `Date.UTC`.
const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

const civilFromDays = (days: number): Parts => {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day }
}

/** Whether `year` is a leap year of the Gregorian calendar. */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0

/** The number of days in a month (1–12) of a year. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/

const partsOfString = (s: string): Parts | undefined => {
  const match = datePattern.exec(s)
  if (match === null) return undefined
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return { year, month, day }
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0")

/**
 * A calendar date in Vietnam, as an ISO string `YYYY-MM-DD` that must exist on the calendar
 * (`2025-02-29` is rejected). Years 0000–9999.
 */
export const CalendarDate = Schema.String.check(
  Schema.makeFilter<string>(
    (s) =>
      datePattern.test(s)
        ? partsOfString(s) === undefined
          ? ValidationMessage.invalid(
              { vi: "Ngày này không có trên lịch", en: "This date does not exist on the calendar" },
              s,
            )
          : undefined
        : ValidationMessage.invalid(
            {
              vi: "Ngày phải có dạng năm-tháng-ngày, ví dụ 2025-07-01",
              en: "Write the date as YYYY-MM-DD, e.g. 2025-07-01",
            },
            s,
          ),
    {
      expected: "a calendar date YYYY-MM-DD",
      toJsonSchema: () => [{ format: "date", pattern: datePattern.source }, true],
      arbitraryConstraint: {
        patterns: [{ source: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\\d|2\\d|3[01])$", flags: "" }],
      },
    },
  ),
).pipe(Schema.brand("CalendarDate"))
/** A calendar date in Vietnam, as an ISO string `YYYY-MM-DD`. */
export type CalendarDate = typeof CalendarDate.Type

// The one place a string becomes a CalendarDate without a decode: every caller passes a string
// that is a real date by construction, and decoding each computed date would only repeat that.
const trusted = (s: string): CalendarDate => s as CalendarDate

/** Whether a value is a valid {@link CalendarDate}. */
export const isCalendarDate: (u: unknown) => u is CalendarDate = Schema.is(CalendarDate)

/** Parses `YYYY-MM-DD`; `undefined` when it is not a real date. */
export const parse = (s: string): CalendarDate | undefined =>
  partsOfString(s) === undefined ? undefined : trusted(s)

/**
 * The date with these parts; `undefined` when there is no such day (month 13, 31 April, 29 February
 * of a common year).
 */
export const fromParts = (parts: Parts): CalendarDate | undefined =>
  Number.isInteger(parts.year) &&
  Number.isInteger(parts.month) &&
  Number.isInteger(parts.day) &&
  parts.year >= 0 &&
  parts.year <= 9999
    ? parse(`${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`)
    : undefined

/** Year, month and day of a date. */
export const toParts = (date: CalendarDate): Parts => {
  const parts = partsOfString(date)
  if (parts === undefined) throw new TypeError(`Not a calendar date: ${date}`)
  return parts
}

/** The year of a date. */
export const yearOf = (date: CalendarDate): number => Number(date.slice(0, 4))

/** Days since 1970-01-01 (negative before): a number that dates can be subtracted with. */
export const toDayNumber = (date: CalendarDate): number => {
  const { year, month, day } = toParts(date)
  return daysFromCivil(year, month, day)
}

/** The date `dayNumber` days after 1970-01-01. */
export const fromDayNumber = (dayNumber: number): CalendarDate => {
  const { year, month, day } = civilFromDays(Math.floor(dayNumber))
  return trusted(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`)
}

/**
 * The date in Vietnam at an instant (a `Date` or milliseconds since the epoch).
 *
 * @example
 * ```ts
 * CalendarDate.fromInstant(Date.parse("2025-07-06T23:30:00Z")) // "2025-07-07", a Monday in Vietnam
 * ```
 */
export const fromInstant = (instant: Date | number): CalendarDate => {
  const ms = typeof instant === "number" ? instant : instant.getTime()
  return fromDayNumber(Math.floor((ms + vietnamOffsetMs) / msPerDay))
}

/** The instant (milliseconds since the epoch) when `date` begins in Vietnam: 00:00 UTC+7. */
export const startInstant = (date: CalendarDate): number => toDayNumber(date) * msPerDay - vietnamOffsetMs

/** The date `days` days after `date` (before it when negative). */
export const addDays = (date: CalendarDate, days: number): CalendarDate =>
  fromDayNumber(toDayNumber(date) + days)

/** The number of days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number =>
  toDayNumber(to) - toDayNumber(from)

/** Orders dates from the earliest. ISO strings sort as dates, so this is string order. */
export const Order: Ord.Order<CalendarDate> = Ord.String

/** -1, 0 or 1 as `a` is before, the same day as, or after `b`. */
export const compare = (a: CalendarDate, b: CalendarDate): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0)

/** Whether `a` is strictly before `b`. */
export const isBefore = (a: CalendarDate, b: CalendarDate): boolean => a < b

/** Whether `a` is strictly after `b`. */
export const isAfter = (a: CalendarDate, b: CalendarDate): boolean => a > b

/** The earlier of two dates. */
export const min = (a: CalendarDate, b: CalendarDate): CalendarDate => (a <= b ? a : b)

/** The later of two dates. */
export const max = (a: CalendarDate, b: CalendarDate): CalendarDate => (a >= b ? a : b)

/** Whether `date` lies in `[from, to]`, both ends included; `to: null` means no end. */
export const isWithin = (date: CalendarDate, from: CalendarDate, to: CalendarDate | null): boolean =>
  date >= from && (to === null || date <= to)

/** A day of the week, ISO numbering: 1 = Monday … 7 = Sunday. */
export type DayOfWeek = 1 | 2 | 3 | 4 | 5 | 6 | 7

const isoDays: ReadonlyArray<DayOfWeek> = [1, 2, 3, 4, 5, 6, 7]

/** The day of the week, ISO numbering: 1 = Monday … 7 = Sunday. */
export const dayOfWeek = (date: CalendarDate): DayOfWeek =>
  // 1970-01-01 (day 0) was a Thursday, index 3.
  isoDays[(((toDayNumber(date) + 3) % 7) + 7) % 7]!

/** The Monday that starts the ISO week of `date`. */
export const mondayOf = (date: CalendarDate): CalendarDate => addDays(date, 1 - dayOfWeek(date))

const weekPattern = /^(\d{4})-W(\d{2})$/

/** The number of ISO weeks in an ISO week-numbering year: 53 when the year starts or ends on a Thursday. */
export const weeksInIsoYear = (year: number): 52 | 53 => {
  const jan1 = dayOfWeek(trusted(`${pad(year, 4)}-01-01`))
  return jan1 === 4 || (jan1 === 3 && isLeapYear(year)) ? 53 : 52
}

/** An ISO week as numbers: the ISO week-numbering year and the week 1–53. */
export interface WeekParts {
  readonly year: number
  readonly week: number
}

const weekPartsOfString = (s: string): WeekParts | undefined => {
  const match = weekPattern.exec(s)
  if (match === null) return undefined
  const year = Number(match[1])
  const week = Number(match[2])
  if (week < 1 || year < 1 || year > 9998 || week > weeksInIsoYear(year)) return undefined
  return { year, week }
}

/**
 * An ISO week, `YYYY-Www` (`2025-W27`): Monday to Sunday, numbered within the ISO week-numbering year
 * (whose week 1 holds the year's first Thursday). Years 0001–9998.
 */
export const IsoWeek = Schema.String.check(
  Schema.makeFilter<string>(
    (s) =>
      weekPartsOfString(s) === undefined
        ? ValidationMessage.invalid(
            {
              vi: "Tuần phải có dạng năm-Wsố tuần, ví dụ 2025-W27",
              en: "Write the week as YYYY-Www, e.g. 2025-W27",
            },
            s,
          )
        : undefined,
    {
      expected: "an ISO week YYYY-Www",
      toJsonSchema: () => [{ pattern: weekPattern.source }, true],
      arbitraryConstraint: {
        patterns: [{ source: "^(1\\d{3}|2\\d{3})-W(0[1-9]|[1-4]\\d|5[0-2])$", flags: "" }],
      },
    },
  ),
).pipe(Schema.brand("IsoWeek"))
/** An ISO week, `YYYY-Www`. */
export type IsoWeek = typeof IsoWeek.Type

// Weeks computed from real dates are real weeks (see `trusted`).
const trustedWeek = (s: string): IsoWeek => s as IsoWeek

/** The ISO week-numbering year and week number of `date`. */
export const isoWeekOf = (date: CalendarDate): WeekParts => {
  // The week belongs to the year of its Thursday.
  const thursday = addDays(date, 4 - dayOfWeek(date))
  const year = yearOf(thursday)
  const week = Math.floor(daysBetween(trusted(`${pad(year, 4)}-01-01`), thursday) / 7) + 1
  return { year, week }
}

/** The ISO week of `date` as a string, `2025-W27`. */
export const isoWeek = (date: CalendarDate): IsoWeek => formatWeek(isoWeekOf(date))

/** Writes week parts as `YYYY-Www`. */
export const formatWeek = (week: WeekParts): IsoWeek =>
  trustedWeek(`${pad(week.year, 4)}-W${pad(week.week, 2)}`)

/** The year and number of an ISO week string. */
export const weekParts = (week: IsoWeek): WeekParts => {
  const parts = weekPartsOfString(week)
  if (parts === undefined) throw new TypeError(`Not an ISO week: ${week}`)
  return parts
}

/** The Monday that starts an ISO week. */
export const weekStart = (week: IsoWeek): CalendarDate => {
  const { year, week: n } = weekParts(week)
  // 4 January is always in week 1.
  return addDays(mondayOf(trusted(`${pad(year, 4)}-01-04`)), (n - 1) * 7)
}

/** The Sunday that ends an ISO week. */
export const weekEnd = (week: IsoWeek): CalendarDate => addDays(weekStart(week), 6)

/** The ISO week that starts `weeks` weeks after the week of `week`. */
export const addWeeks = (week: IsoWeek, weeks: number): IsoWeek =>
  isoWeek(addDays(weekStart(week), weeks * 7))

/**
 * Every ISO week that has at least one day in `[from, to]` (both included), in order; empty when
 * `to` is before `from`. A period from a Wednesday to the next Tuesday spans two weeks.
 */
export const weeksInPeriod = (from: CalendarDate, to: CalendarDate): ReadonlyArray<IsoWeek> => {
  const weeks: Array<IsoWeek> = []
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) weeks.push(isoWeek(monday))
  return weeks
}

/**
 * Every date in `[from, to]`, both included, in order; empty when `to` is before `from`.
 */
export const datesInPeriod = (from: CalendarDate, to: CalendarDate): ReadonlyArray<CalendarDate> => {
  const dates: Array<CalendarDate> = []
  for (let day = from; day <= to; day = addDays(day, 1)) dates.push(day)
  return dates
}
