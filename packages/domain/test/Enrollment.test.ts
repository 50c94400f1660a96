import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, DateTime, Result, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as CalendarDate from "../src/CalendarDate.js"
import * as Class from "../src/Class.js"
import * as Enrollment from "../src/Enrollment.js"
import * as Person from "../src/Person.js"
import * as SkillRecord from "../src/SkillRecord.js"
import * as Topic from "../src/Topic.js"
import { UnitId } from "../src/Unit.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)
const p = (s: string) => Person.PersonId.make(s)

const elderlyClass = Class.Class.make({
  id: Class.ClassId.make("lop-nct"),
  unitId: UnitId.make("xa-dong-son"),
  title: "Bình dân học vụ số cho người cao tuổi: dịch vụ công trực tuyến",
  audience: "elderly",
  topicIds: [Topic.ids.onlinePublicServices, Topic.ids.digitalSafety],
  startsAt: DateTime.makeUnsafe("2025-07-10T01:00:00Z"),
  durationMinutes: 90,
  mode: "in_person",
  venue: "Nhà văn hóa thôn Đông",
  capacity: 2,
  instructorIds: [],
  organizationId: null,
  status: "scheduled",
})

const enrollment = (status: Enrollment.Status, id = "e1", person = "ba-tu") =>
  Enrollment.Enrollment.make({
    id: Enrollment.EnrollmentId.make(id),
    classId: elderlyClass.id,
    personId: p(person),
    status,
    registeredOn: d("2025-07-01"),
    updatedOn: d("2025-07-01"),
  })

const statusArbitrary = Arbitrary.schema(Enrollment.Status)

describe("Enrollment", () => {
  describe("the state machine", () => {
    it("moves registered → attended → completed", () => {
      const attended = Enrollment.markAttended(enrollment("registered"), d("2025-07-10"))
      assert.isTrue(Result.isSuccess(attended))
      if (Result.isSuccess(attended)) {
        assert.strictEqual(attended.success.status, "attended")
        assert.strictEqual(attended.success.updatedOn, "2025-07-10")
        const completed = Enrollment.transition(attended.success, "completed", d("2025-07-10"))
        assert.isTrue(Result.isSuccess(completed) && completed.success.status === "completed")
      }
    })

    it("moves registered → no_show", () => {
      const r = Enrollment.markNoShow(enrollment("registered"), d("2025-07-10"))
      assert.isTrue(Result.isSuccess(r) && r.success.status === "no_show")
    })

    it("refuses to complete a no-show, with a typed error in Vietnamese and English", () => {
      const r = Enrollment.transition(enrollment("no_show"), "completed", d("2025-07-10"))
      assert.isTrue(Result.isFailure(r))
      if (Result.isFailure(r)) {
        assert.strictEqual(r.failure._tag, "Enrollment/InvalidTransition")
        assert.deepStrictEqual([r.failure.from, r.failure.to], ["no_show", "completed"])
        assert.deepStrictEqual(r.failure.text, {
          vi: "Không thể chuyển từ “Vắng mặt” sang “Hoàn thành”",
          en: "Cannot change from “No-show” to “Completed”",
        })
      }
    })

    it("refuses to complete straight from registered", () => {
      assert.isTrue(
        Result.isFailure(Enrollment.transition(enrollment("registered"), "completed", d("2025-07-10"))),
      )
    })

    it.prop(
      "allows exactly the transitions of the spec, with attendance correctable until completion",
      [statusArbitrary, statusArbitrary],
      ([from, to]) => {
        const allowed = new Set([
          "registered>attended",
          "registered>no_show",
          "attended>completed",
          // Corrections of attendance before completion: undone, or changed.
          "attended>registered",
          "attended>no_show",
          "no_show>registered",
          "no_show>attended",
        ])
        const r = Enrollment.transition(enrollment(from), to, d("2025-07-10"))
        return Result.isSuccess(r) === allowed.has(`${from}>${to}`)
      },
    )

    it.prop(
      "never changes anything but the status and the date",
      [statusArbitrary, statusArbitrary],
      ([from, to]) => {
        const before = enrollment(from)
        const r = Enrollment.transition(before, to, d("2025-07-10"))
        if (Result.isFailure(r)) return true
        const { status: _s, updatedOn: _u, ...rest } = r.success
        const { status: _s2, updatedOn: _u2, ...restBefore } = before
        assert.deepStrictEqual(rest, restBefore)
      },
    )
  })

  describe("register", () => {
    const elderly: Class.Candidate = { birth: Person.bornIn(1950), groups: [] }
    const input = (overrides: Partial<Parameters<typeof Enrollment.register>[0]> = {}) => ({
      id: Enrollment.EnrollmentId.make("new"),
      personId: p("ong-nam"),
      person: elderly,
      class: elderlyClass,
      enrollments: [],
      date: d("2025-07-02"),
      ...overrides,
    })

    it("registers an elderly person without a warning", () => {
      const r = Enrollment.register(input())
      assert.isTrue(Result.isSuccess(r))
      if (Result.isSuccess(r)) {
        assert.strictEqual(r.success.enrollment.status, "registered")
        assert.strictEqual(r.success.warning, undefined)
      }
    })

    it("registers a 55-year-old with the warning the officer sees", () => {
      const r = Enrollment.register(input({ person: { birth: Person.bornIn(1970), groups: [] } }))
      assert.isTrue(
        Result.isSuccess(r) &&
          r.success.warning?.en === "The class is for the elderly (60 or over); this person is 55",
      )
    })

    it("refuses a full class, but not because of a no-show", () => {
      const full = Enrollment.register(
        input({ enrollments: [enrollment("registered", "a", "a"), enrollment("attended", "b", "b")] }),
      )
      assert.isTrue(Result.isFailure(full) && full.failure._tag === "Class/Full")
      const seatFree = Enrollment.register(
        input({ enrollments: [enrollment("registered", "a", "a"), enrollment("no_show", "b", "b")] }),
      )
      assert.isTrue(Result.isSuccess(seatFree))
    })

    it("counts the seats held by waiting sign-ups as taken", () => {
      const one = [enrollment("registered", "a", "a")]
      assert.isTrue(Result.isSuccess(Enrollment.register(input({ enrollments: one, heldSeats: 0 }))))
      const held = Enrollment.register(input({ enrollments: one, heldSeats: 1 }))
      assert.isTrue(Result.isFailure(held) && held.failure._tag === "Class/Full")
    })

    it("refuses a second registration of the same person", () => {
      const r = Enrollment.register(input({ enrollments: [enrollment("registered", "a", "ong-nam")] }))
      assert.isTrue(Result.isFailure(r) && r.failure._tag === "Enrollment/AlreadyRegistered")
    })

    it("refuses a cancelled class", () => {
      const r = Enrollment.register(
        input({ class: Class.Class.make({ ...elderlyClass, status: "cancelled" }) }),
      )
      assert.isTrue(Result.isFailure(r) && r.failure._tag === "Class/Closed")
      if (Result.isFailure(r)) assert.strictEqual(r.failure.text.vi, "Lớp đã bị hủy")
    })

    it("refuses a person the audience rejects", () => {
      const session = Class.Class.make({
        ...elderlyClass,
        audience: "party_members",
        organizationId: Schema.decodeSync(Schema.String.pipe(Schema.brand("OrganizationId")))(
          "chi-bo-thon-dong",
        ),
      })
      const r = Enrollment.register(input({ class: session }))
      assert.isTrue(Result.isFailure(r) && r.failure._tag === "Class/NotEligible")
    })

    it.prop(
      "never seats more learners than the capacity",
      [Arbitrary.array(statusArbitrary, { maxLength: 6 })],
      ([statuses]) => {
        const enrollments = statuses.map((s, i) => enrollment(s, `e${i}`, `p${i}`))
        const r = Enrollment.register(input({ enrollments }))
        const seated = enrollments.filter(Enrollment.holdsSeat).length
        return Result.isSuccess(r) ? seated + 1 <= elderlyClass.capacity : seated >= elderlyClass.capacity
      },
    )
  })

  describe("undoing a mark", () => {
    it("takes an attended or absent learner back to unmarked, never a completed one", () => {
      for (const from of ["attended", "no_show"] as const) {
        const r = Enrollment.transition(enrollment(from), "registered", d("2025-07-10"))
        assert.isTrue(Result.isSuccess(r) && r.success.status === "registered", from)
      }
      const completed = Enrollment.transition(enrollment("completed"), "registered", d("2025-07-10"))
      assert.isTrue(Result.isFailure(completed))
    })
  })

  describe("recordAttendance", () => {
    const startsAt = DateTime.toEpochMillis(elderlyClass.startsAt)
    it("refuses attendance before the class starts and records it from its start", () => {
      for (const to of ["attended", "no_show"] as const) {
        const early = Enrollment.recordAttendance(
          enrollment("registered"),
          elderlyClass,
          to,
          startsAt - 60_000,
        )
        assert.isTrue(Result.isFailure(early) && early.failure._tag === "Enrollment/NotStarted")
        const onTime = Enrollment.recordAttendance(enrollment("registered"), elderlyClass, to, startsAt)
        assert.isTrue(Result.isSuccess(onTime) && onTime.success.status === to)
      }
      const other = Class.Class.make({ ...elderlyClass, id: Class.ClassId.make("lop-khac") })
      const wrong = Enrollment.recordAttendance(enrollment("registered"), other, "attended", startsAt)
      assert.isTrue(Result.isFailure(wrong) && wrong.failure._tag === "Enrollment/WrongClass")
      const corrected = Enrollment.recordAttendance(enrollment("attended"), elderlyClass, "no_show", startsAt)
      assert.isTrue(Result.isSuccess(corrected) && corrected.success.status === "no_show")
      const afterCompletion = Enrollment.recordAttendance(
        enrollment("completed"),
        elderlyClass,
        "no_show",
        startsAt,
      )
      assert.isTrue(
        Result.isFailure(afterCompletion) && afterCompletion.failure._tag === "Enrollment/InvalidTransition",
      )
    })
  })

  describe("complete", () => {
    it("yields one skill record per topic of the class, dated the class day", () => {
      const r = Enrollment.complete(enrollment("attended"), elderlyClass, d("2025-07-12"), "can-bo-xa")
      assert.isTrue(Result.isSuccess(r))
      if (Result.isSuccess(r)) {
        assert.strictEqual(r.success.enrollment.status, "completed")
        assert.strictEqual(r.success.enrollment.updatedOn, "2025-07-12")
        assert.deepStrictEqual(
          r.success.skillRecords.map((rec) => [
            rec.id,
            rec.personId,
            rec.topicId,
            rec.date,
            rec.source,
            rec.evidenceId,
            rec.recordedBy,
          ]),
          [
            [
              "e1/online-public-services",
              "ba-tu",
              "online-public-services",
              "2025-07-10",
              "class",
              "e1",
              "can-bo-xa",
            ],
            ["e1/digital-safety", "ba-tu", "digital-safety", "2025-07-10", "class", "e1", "can-bo-xa"],
          ],
        )
        assert.deepStrictEqual(
          [...SkillRecord.achievedTopics(r.success.skillRecords, d("2025-07-10"))],
          [Topic.ids.onlinePublicServices, Topic.ids.digitalSafety],
        )
      }
    })

    it("yields the same records when the same completion is recorded twice", () => {
      const once = Enrollment.complete(enrollment("attended"), elderlyClass, d("2025-07-12"), "can-bo-xa")
      const again = Enrollment.complete(enrollment("attended"), elderlyClass, d("2025-07-15"), "can-bo-xa")
      assert.isTrue(Result.isSuccess(once) && Result.isSuccess(again))
      if (Result.isSuccess(once) && Result.isSuccess(again)) {
        assert.deepStrictEqual(once.success.skillRecords, again.success.skillRecords)
      }
    })

    it("completes only from attended", () => {
      for (const status of ["registered", "no_show", "completed"] as const) {
        const r = Enrollment.complete(enrollment(status), elderlyClass, d("2025-07-12"), "can-bo-xa")
        assert.isTrue(Result.isFailure(r) && r.failure._tag === "Enrollment/InvalidTransition", status)
      }
    })

    it("refuses another class and a completion before the class day", () => {
      const other = Class.Class.make({ ...elderlyClass, id: Class.ClassId.make("lop-khac") })
      const wrong = Enrollment.complete(enrollment("attended"), other, d("2025-07-12"), "can-bo-xa")
      assert.isTrue(Result.isFailure(wrong) && wrong.failure._tag === "Enrollment/WrongClass")
      const early = Enrollment.complete(enrollment("attended"), elderlyClass, d("2025-07-09"), "can-bo-xa")
      assert.isTrue(Result.isFailure(early) && early.failure._tag === "Enrollment/BeforeClass")
      if (Result.isFailure(early)) {
        assert.strictEqual(early.failure.text.vi, "Chưa thể ghi nhận hoàn thành trước ngày học (2025-07-10)")
      }
    })
  })

  it("round-trips enrollments and their errors through encode and decode", async () => {
    await new TestSchema.Asserts(Enrollment.Enrollment).verifyRoundTrip()
    await new TestSchema.Asserts(Enrollment.InvalidTransition).verifyRoundTrip()
    await new TestSchema.Asserts(Enrollment.AlreadyRegistered).verifyRoundTrip()
    await new TestSchema.Asserts(Enrollment.WrongClass).verifyRoundTrip()
    await new TestSchema.Asserts(Enrollment.BeforeClass).verifyRoundTrip()
  })
})
