import { assert, describe, it } from "@effect/vitest"
import { Result, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as CalendarDate from "../src/CalendarDate.js"
import * as ValidationMessage from "../src/ValidationMessage.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)
const w = (s: string) => Schema.decodeSync(CalendarDate.IsoWeek)(s)

describe("CalendarDate", () => {
  describe("the CalendarDate schema", () => {
    it("accepts a real date written YYYY-MM-DD", () => {
      assert.strictEqual(d("2025-07-01"), "2025-07-01")
      assert.strictEqual(d("2024-02-29"), "2024-02-29")
    })

    it("rejects a day that is not on the calendar, saying so in Vietnamese and English", () => {
      const result = ValidationMessage.decodeWithMessages(CalendarDate.CalendarDate, "2025-02-29")
      assert.isTrue(Result.isFailure(result))
      if (Result.isFailure(result)) {
        assert.deepStrictEqual(result.failure, [
          {
            path: "",
            message: { vi: "Ngày này không có trên lịch", en: "This date does not exist on the calendar" },
          },
        ])
      }
    })

    it("rejects other spellings of a date", () => {
      for (const s of ["2025-7-1", "01/07/2025", "2025-07-01T00:00:00Z", "2025-13-01", "2025-04-31", ""]) {
        assert.isFalse(CalendarDate.isCalendarDate(s), s)
      }
    })

    it("round-trips every date through encode and decode", async () => {
      await new TestSchema.Asserts(CalendarDate.CalendarDate).verifyRoundTrip()
    })

    it("round-trips every ISO week through encode and decode", async () => {
      await new TestSchema.Asserts(CalendarDate.IsoWeek).verifyRoundTrip()
    })
  })

  describe("fromInstant", () => {
    it("gives the date in Vietnam, seven hours ahead of UTC", () => {
      assert.strictEqual(CalendarDate.fromInstant(Date.parse("2025-06-30T16:59:59.999Z")), "2025-06-30")
      assert.strictEqual(CalendarDate.fromInstant(Date.parse("2025-06-30T17:00:00Z")), "2025-07-01")
      assert.strictEqual(CalendarDate.fromInstant(new Date("2025-07-01T12:00:00+07:00")), "2025-07-01")
    })

    it("puts a class at 23:30 UTC on a Sunday in Monday's week", () => {
      const sundayUtc = Date.parse("2025-07-06T23:30:00Z")
      assert.strictEqual(new Date(sundayUtc).getUTCDay(), 0)
      const date = CalendarDate.fromInstant(sundayUtc)
      assert.strictEqual(date, "2025-07-07")
      assert.strictEqual(CalendarDate.dayOfWeek(date), 1)
      assert.strictEqual(CalendarDate.isoWeek(date), "2025-W28")
      assert.strictEqual(CalendarDate.isoWeek(d("2025-07-06")), "2025-W27")
    })

    it.prop(
      "is the inverse of startInstant for every instant of the day",
      [CalendarDate.CalendarDate],
      ([date]) => {
        const start = CalendarDate.startInstant(date)
        assert.strictEqual(CalendarDate.fromInstant(start), date)
        assert.strictEqual(CalendarDate.fromInstant(start + 86_399_999), date)
        assert.strictEqual(CalendarDate.fromInstant(start - 1), CalendarDate.addDays(date, -1))
      },
    )
  })

  describe("arithmetic", () => {
    it("adds days across months, years and leap days", () => {
      assert.strictEqual(CalendarDate.addDays(d("2025-06-30"), 1), "2025-07-01")
      assert.strictEqual(CalendarDate.addDays(d("2024-12-31"), 1), "2025-01-01")
      assert.strictEqual(CalendarDate.addDays(d("2024-02-28"), 1), "2024-02-29")
      assert.strictEqual(CalendarDate.addDays(d("2100-02-28"), 1), "2100-03-01")
      assert.strictEqual(CalendarDate.addDays(d("2000-02-28"), 1), "2000-02-29")
      assert.strictEqual(CalendarDate.addDays(d("2025-01-01"), -1), "2024-12-31")
    })

    it("counts the days between two dates", () => {
      assert.strictEqual(CalendarDate.daysBetween(d("2025-01-01"), d("2025-12-31")), 364)
      assert.strictEqual(CalendarDate.daysBetween(d("2025-07-01"), d("2025-06-30")), -1)
    })

    it.prop(
      "addDays and daysBetween agree",
      [CalendarDate.CalendarDate, Schema.Int.check(Schema.isBetween({ minimum: -3000, maximum: 3000 }))],
      ([date, n]) => {
        const later = CalendarDate.addDays(date, n)
        if (!CalendarDate.isCalendarDate(later)) return // left the years 0000–9999
        assert.strictEqual(CalendarDate.daysBetween(date, later), n)
        assert.strictEqual(CalendarDate.compare(date, later), n === 0 ? 0 : n > 0 ? -1 : 1)
      },
    )

    it.prop("day numbers agree with JavaScript's own calendar", [CalendarDate.CalendarDate], ([date]) => {
      const js = new Date(0)
      const { year, month, day } = CalendarDate.toParts(date)
      js.setUTCFullYear(year, month - 1, day)
      assert.strictEqual(CalendarDate.toDayNumber(date), Math.floor(js.getTime() / 86_400_000))
      assert.strictEqual(CalendarDate.fromDayNumber(CalendarDate.toDayNumber(date)), date)
      assert.strictEqual(CalendarDate.dayOfWeek(date), js.getUTCDay() === 0 ? 7 : js.getUTCDay())
    })

    it("orders dates as strings", () => {
      const sorted = [d("2025-07-01"), d("2024-12-31"), d("2025-06-30")].sort(CalendarDate.Order)
      assert.deepStrictEqual(sorted, ["2024-12-31", "2025-06-30", "2025-07-01"])
    })

    it("builds a date from its parts only when the day exists", () => {
      assert.strictEqual(CalendarDate.fromParts({ year: 2025, month: 7, day: 1 }), "2025-07-01")
      assert.isUndefined(CalendarDate.fromParts({ year: 2025, month: 2, day: 29 }))
      assert.isUndefined(CalendarDate.fromParts({ year: 2025, month: 0, day: 1 }))
      assert.isUndefined(CalendarDate.fromParts({ year: 2025.5, month: 1, day: 1 }))
    })
  })

  describe("ISO weeks", () => {
    it("start on Monday", () => {
      assert.strictEqual(CalendarDate.mondayOf(d("2025-07-06")), "2025-06-30")
      assert.strictEqual(CalendarDate.mondayOf(d("2025-06-30")), "2025-06-30")
      assert.strictEqual(CalendarDate.weekStart(w("2025-W27")), "2025-06-30")
      assert.strictEqual(CalendarDate.weekEnd(w("2025-W27")), "2025-07-06")
    })

    it("belong to the year of their Thursday", () => {
      assert.deepStrictEqual(CalendarDate.isoWeekOf(d("2024-12-30")), { year: 2025, week: 1 })
      assert.deepStrictEqual(CalendarDate.isoWeekOf(d("2021-01-03")), { year: 2020, week: 53 })
      assert.deepStrictEqual(CalendarDate.isoWeekOf(d("2026-12-31")), { year: 2026, week: 53 })
      assert.strictEqual(CalendarDate.weeksInIsoYear(2026), 53)
      assert.strictEqual(CalendarDate.weeksInIsoYear(2025), 52)
    })

    it("accept week 53 only in years that have one", () => {
      assert.isTrue(Schema.is(CalendarDate.IsoWeek)("2026-W53"))
      assert.isFalse(Schema.is(CalendarDate.IsoWeek)("2025-W53"))
      assert.isFalse(Schema.is(CalendarDate.IsoWeek)("2025-W00"))
      assert.isFalse(Schema.is(CalendarDate.IsoWeek)("2025-27"))
    })

    it.prop("contain the seven days from their Monday", [CalendarDate.CalendarDate], ([date]) => {
      if (date < "0002-01-01" || date > "9998-12-20") return // weeks are defined for years 0001–9998
      const week = CalendarDate.isoWeek(date)
      const start = CalendarDate.weekStart(week)
      const offset = CalendarDate.daysBetween(start, date)
      assert.isTrue(offset >= 0 && offset <= 6)
      assert.strictEqual(CalendarDate.dayOfWeek(start), 1)
      assert.strictEqual(CalendarDate.formatWeek(CalendarDate.weekParts(week)), week)
    })

    it("list the weeks of a period, counting a partial week at each end", () => {
      assert.deepStrictEqual<ReadonlyArray<string>>(
        CalendarDate.weeksInPeriod(d("2025-07-02"), d("2025-07-08")),
        ["2025-W27", "2025-W28"],
      )
      assert.deepStrictEqual<ReadonlyArray<string>>(
        CalendarDate.weeksInPeriod(d("2025-12-29"), d("2026-01-04")),
        ["2026-W01"],
      )
      assert.deepStrictEqual<ReadonlyArray<string>>(
        CalendarDate.weeksInPeriod(d("2025-07-08"), d("2025-07-02")),
        [],
      )
      assert.strictEqual(CalendarDate.weeksInPeriod(d("2025-01-01"), d("2025-12-31")).length, 53)
    })

    it.prop(
      "of a period are consecutive and cover every day of it",
      [CalendarDate.CalendarDate, Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 120 }))],
      ([from, length]) => {
        if (from < "0002-01-01" || from > "9998-06-01") return
        const to = CalendarDate.addDays(from, length)
        const weeks = CalendarDate.weeksInPeriod(from, to)
        weeks.forEach((week, i) => {
          if (i > 0) assert.strictEqual(CalendarDate.addWeeks(weeks[i - 1]!, 1), week)
        })
        for (const day of CalendarDate.datesInPeriod(from, to)) {
          assert.include(weeks, CalendarDate.isoWeek(day))
        }
      },
    )
  })
})
