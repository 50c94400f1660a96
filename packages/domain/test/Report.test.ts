import { assert, describe, it } from "@effect/vitest"
import { Result, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as fc from "fast-check"
import * as Access from "../src/Access.js"
import * as CalendarDate from "../src/CalendarDate.js"
import * as Report from "../src/Report.js"
import * as ValidationMessage from "../src/ValidationMessage.js"

const period = (key: string) => Report.Period.make(key)
const date = (s: string) => CalendarDate.CalendarDate.make(s)

const messagesOf = (schema: Schema.Decoder<unknown>, input: unknown) => {
  const result = ValidationMessage.decodeWithMessages(schema, input)
  return Result.isFailure(result) ? result.failure : []
}

describe("Report", () => {
  describe("Period", () => {
    it("reads months, quarters and years, and refuses anything else in words", () => {
      assert.deepStrictEqual(Report.partsOf(period("2026-11")), { type: "month", year: 2026, index: 11 })
      assert.deepStrictEqual(Report.partsOf(period("2026-Q4")), { type: "quarter", year: 2026, index: 4 })
      assert.deepStrictEqual(Report.partsOf(period("2026")), { type: "year", year: 2026, index: 1 })
      for (const bad of ["2026-13", "2026-Q5", "26-11", "2026-1", "tháng 11"]) {
        const [issue] = messagesOf(Report.Period, bad)
        assert.include(issue?.message.vi ?? "", "2026-11", bad)
      }
    })

    it("starts and ends on the calendar's days, leap Februaries and quarters included", () => {
      assert.strictEqual(Report.startOf(period("2028-02")), "2028-02-01")
      assert.strictEqual(Report.endOf(period("2028-02")), "2028-02-29")
      assert.strictEqual(Report.endOf(period("2027-02")), "2027-02-28")
      assert.strictEqual(Report.startOf(period("2026-Q3")), "2026-07-01")
      assert.strictEqual(Report.endOf(period("2026-Q3")), "2026-09-30")
      assert.strictEqual(Report.endOf(period("2026")), "2026-12-31")
    })

    it("a period contains every day from its start to its end, and the day after is in the next period", () => {
      const types = fc.constantFrom(...Report.PeriodType.literals)
      const day = fc.integer({ min: 20_000, max: 24_000 }).map(CalendarDate.fromDayNumber)
      fc.assert(
        fc.property(types, day, (type, d) => {
          const p = Report.periodContaining(type, d)
          assert.isTrue(Report.startOf(p) <= d && d <= Report.endOf(p))
          const next = Report.periodContaining(type, CalendarDate.addDays(Report.endOf(p), 1))
          assert.strictEqual(Report.previous(next), p)
          assert.strictEqual(Report.periodOf(Report.partsOf(p)), p)
        }),
      )
    })

    it("reports on the last period that has ended", () => {
      assert.strictEqual(Report.lastEnded("month", date("2026-11-03")), "2026-10")
      assert.strictEqual(Report.lastEnded("month", date("2026-01-03")), "2025-12")
      assert.strictEqual(Report.lastEnded("quarter", date("2026-01-03")), "2025-Q4")
      assert.strictEqual(Report.lastEnded("year", date("2026-01-03")), "2025")
    })

    it("names periods in Vietnamese and English", () => {
      assert.deepStrictEqual(Report.periodName(period("2026-11")), {
        vi: "Tháng 11/2026",
        en: "November 2026",
      })
      assert.deepStrictEqual(Report.periodName(period("2026-Q4")), { vi: "Quý IV/2026", en: "Q4 2026" })
      assert.deepStrictEqual(Report.periodName(period("2026")), { vi: "Năm 2026", en: "2026" })
    })
  })

  describe("deadlines", () => {
    it("is due the 5th day after a month, the 10th after a quarter, the 15th after a year", () => {
      assert.strictEqual(Report.deadlineOf(period("2026-10")), "2026-11-05")
      assert.strictEqual(Report.deadlineOf(period("2026-12")), "2027-01-05")
      assert.strictEqual(Report.deadlineOf(period("2026-Q4")), "2027-01-10")
      assert.strictEqual(Report.deadlineOf(period("2026")), "2027-01-15")
    })

    it("takes a deployment's own rule per period type", () => {
      const rule = { month: 3, quarter: 7, year: 30 }
      assert.strictEqual(Report.deadlineOf(period("2026-10"), rule), "2026-11-03")
      assert.isTrue(Report.isOnTime(period("2026-10"), date("2026-11-05")))
      assert.isFalse(Report.isOnTime(period("2026-10"), date("2026-11-05"), rule))
      assert.isTrue(Schema.is(Report.DeadlineRule)(rule))
      assert.isFalse(Schema.is(Report.DeadlineRule)({ ...rule, month: -1 }))
    })

    it("is on time on the deadline itself and late the day after", () => {
      assert.isTrue(Report.isOnTime(period("2026-10"), date("2026-11-05")))
      assert.isFalse(Report.isOnTime(period("2026-10"), date("2026-11-06")))
    })
  })

  describe("transition", () => {
    it("runs draft → submitted → returned → submitted → approved", () => {
      let status: Report.Status = "not_started"
      for (const [action, expected] of [
        ["save", "draft"],
        ["submit", "submitted"],
        ["return", "returned"],
        ["save", "returned"],
        ["submit", "submitted"],
        ["approve", "approved"],
      ] as const) {
        const next = Report.transition(status, action)
        assert.isTrue(Result.isSuccess(next), `${status} --${action}`)
        status = Result.getOrThrow(next)
        assert.strictEqual(status, expected)
      }
    })

    it("refuses what the status does not allow, saying why", () => {
      const refused = Report.transition("draft", "approve")
      assert.isTrue(Result.isFailure(refused))
      if (Result.isFailure(refused)) {
        assert.strictEqual(refused.failure._tag, "Report/InvalidTransition")
        assert.include(refused.failure.text.en, "not been submitted")
      }
      const again = Report.transition("approved", "submit")
      assert.isTrue(Result.isFailure(again))
      if (Result.isFailure(again)) assert.include(again.failure.text.vi, "đã được duyệt")
      assert.isTrue(Result.isFailure(Report.transition("submitted", "save")))
    })

    it("an approved report accepts no action at all", () => {
      assert.deepStrictEqual(Report.allowedActions("approved"), [])
      assert.isFalse(Report.isEditable("approved"))
      assert.isFalse(Report.isEditable("submitted"))
      assert.isTrue(Report.isEditable("returned"))
    })

    it("every reachable status is reached from not started, and approval is only after a submission", () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...Report.Action.literals), { maxLength: 12 }), (actions) => {
          let status: Report.Status = "not_started"
          let submitted = false
          for (const action of actions) {
            const next = Report.transition(status, action)
            if (Result.isFailure(next)) continue
            if (next.success === "approved") assert.strictEqual(status, "submitted")
            if (action === "submit") submitted = true
            status = next.success
          }
          if (status === "approved" || status === "returned") assert.isTrue(submitted)
        }),
      )
    })

    it("the access table lets the level above approve and never a commune officer", () => {
      for (const action of Report.Action.literals) {
        const resource = Report.actorOfAction[action] === "approver" ? "report-approvals" : "reports"
        assert.strictEqual(
          Access.allows("commune_officer", resource, "write"),
          Report.actorOfAction[action] === "commune",
        )
      }
      assert.isTrue(Access.allows("district_admin", "report-approvals", "write"))
      assert.isFalse(Access.allows("district_admin", "reports", "write"))
      assert.isFalse(Access.allows("viewer", "report-approvals", "write"))
    })
  })

  describe("Narrative and comment", () => {
    it("cannot be submitted without saying what was done", () => {
      assert.deepStrictEqual(
        Report.submissionProblems({ ...Report.emptyNarrative, done: "   " }).map((p) => p.path),
        ["done"],
      )
      assert.deepStrictEqual(Report.submissionProblems({ ...Report.emptyNarrative, done: "Mở 4 lớp" }), [])
    })

    it("a return must say why, in a bounded comment", () => {
      const [empty] = messagesOf(Report.ReturnComment, "  ")
      assert.include(empty?.message.en ?? "", "Say why")
      const [long] = messagesOf(Report.ReturnComment, "x".repeat(1001))
      assert.include(long?.message.vi ?? "", "1000")
      assert.strictEqual(Schema.decodeUnknownSync(Report.ReturnComment)("  Thiếu số liệu  "), "Thiếu số liệu")
    })

    it("names the field of a narrative that is too long", () => {
      const [issue] = messagesOf(Report.Narrative, {
        done: "ok",
        difficulties: "x".repeat(4001),
        proposals: "",
      })
      assert.strictEqual(issue?.path, "difficulties")
      assert.include(issue?.message.vi ?? "", "Khó khăn")
    })

    it("round-trips its schemas", async () => {
      await new TestSchema.Asserts(Report.Narrative).verifyRoundTrip()
      await new TestSchema.Asserts(Report.Figure).verifyRoundTrip()
    })

    it("is submitted only once the period has ended, and only for the campaign's periods", () => {
      assert.deepStrictEqual(Report.submitDateProblems(period("2026-10"), date("2026-11-01")), [])
      const [early] = Report.submitDateProblems(period("2026-11"), date("2026-11-30"))
      assert.strictEqual(early?.path, "period")
      assert.include(early?.message.en ?? "", "2026-12-01")
      const [before] = Report.submitDateProblems(period("2024-12"), date("2026-11-30"))
      assert.include(before?.message.en ?? "", "before the campaign")
    })
  })

  describe("compare", () => {
    it("shows the approved figure, the live one and the difference after a back-dated write", () => {
      const approved = [{ id: "adults-basic" as const, numerator: 40, denominator: 100, value: 0.4 }]
      const live = [{ id: "adults-basic" as const, numerator: 45, denominator: 100, value: 0.45 }]
      const [row] = Report.compare(live, approved)
      assert.strictEqual(row?.approved?.numerator, 40)
      assert.strictEqual(row?.live.numerator, 45)
      assert.strictEqual(row?.numeratorDifference, 5)
      assert.closeTo(row?.difference ?? 0, 0.05, 1e-12)
    })

    it("has no difference before an approval, or when there is nothing to measure", () => {
      const live = [{ id: "adults-basic" as const, numerator: 0, denominator: 0, value: null }]
      assert.strictEqual(Report.compare(live, null)[0]?.difference, null)
      assert.strictEqual(Report.compare(live, null)[0]?.numeratorDifference, null)
      assert.strictEqual(Report.compare(live, [{ ...live[0]!, numerator: 0 }])[0]?.difference, null)
    })
  })

  describe("completeness", () => {
    const p = period("2026-10")
    it("counts who submitted, and on time by the first submission", () => {
      const c = Report.completeness(p, [
        { status: "approved", firstSubmittedOn: date("2026-11-02") },
        // Submitted on time, returned, resubmitted late: still on time.
        { status: "submitted", firstSubmittedOn: date("2026-11-05") },
        { status: "returned", firstSubmittedOn: date("2026-11-09") },
        { status: "draft", firstSubmittedOn: null },
        { status: "not_started", firstSubmittedOn: null },
      ])
      assert.deepStrictEqual(c, {
        expected: 5,
        submitted: 3,
        onTime: 2,
        late: 1,
        approved: 1,
        returned: 1,
        waiting: 1,
        missing: 2,
        completeness: 0.6,
        timeliness: 0.4,
      })
    })

    it("has nothing to measure when no commune is expected", () => {
      const c = Report.completeness(p, [])
      assert.strictEqual(c.completeness, null)
      assert.strictEqual(c.timeliness, null)
    })

    it("on time never exceeds submitted, which never exceeds expected", () => {
      const entry = fc.record({
        status: fc.constantFrom(...Report.Status.literals),
        firstSubmittedOn: fc.option(
          fc.integer({ min: 20_750, max: 20_800 }).map(CalendarDate.fromDayNumber),
          {
            nil: null,
          },
        ),
      })
      fc.assert(
        fc.property(fc.array(entry), (entries) => {
          const c = Report.completeness(p, entries)
          assert.isTrue(c.onTime <= c.submitted && c.submitted <= c.expected)
          assert.strictEqual(c.onTime + c.late + c.missing, c.expected)
        }),
      )
    })
  })
})
