import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Result, Schema } from "effect"
import * as CalendarDate from "../src/CalendarDate.js"
import { PersonId } from "../src/Person.js"
import * as YouthCampaign from "../src/YouthCampaign.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)
const p = (s: string) => PersonId.make(s)

const summer: YouthCampaign.CampaignRecord = {
  campaign: { organizationId: "doan-xa-a", from: d("2025-06-01"), to: d("2025-08-31") },
  volunteerIds: [p("an"), p("binh")],
}
const autumn: YouthCampaign.CampaignRecord = {
  campaign: { organizationId: "doan-xa-a", from: d("2025-09-01"), to: d("2025-10-31") },
  volunteerIds: [p("binh"), p("chi")],
}
const session = (
  classId: string,
  date: string,
  instructors: ReadonlyArray<string>,
  learners: ReadonlyArray<string>,
  held = true,
): YouthCampaign.Session => ({
  classId,
  date: d(date),
  held,
  instructorIds: instructors.map(p),
  learnerIds: learners.map(p),
})

describe("YouthCampaign", () => {
  it("reads a campaign and refuses a period that ends before it starts, naming the field", () => {
    const decoded = Schema.decodeUnknownResult(YouthCampaign.YouthCampaignInput)({
      organizationId: "doan-xa-a",
      theme: "  Mùa hè xanh số ",
      from: "2025-06-01",
      to: "2025-08-31",
    })
    assert.isTrue(Result.isSuccess(decoded) && decoded.success.theme === "Mùa hè xanh số")
    assert.deepStrictEqual(YouthCampaign.problems({ from: d("2025-06-01"), to: d("2025-08-31") }), [])
    const backwards = YouthCampaign.problems({ from: d("2025-06-01"), to: d("2025-05-31") })
    assert.deepStrictEqual(
      backwards.map((problem) => problem.path),
      ["to"],
    )
    assert.isTrue(Result.isFailure(Schema.decodeUnknownResult(YouthCampaign.Theme)("   ")))
  })

  it("counts a base's volunteers, the sessions they held in the period and the people helped, once each", () => {
    const sessions = [
      session("k1", "2025-07-02", ["an"], ["x", "y"]),
      session("k2", "2025-09-15", ["chi", "thay-giao"], ["y", "z"]),
      // Before the campaigns, not held, or taught by nobody of the campaign: not counted.
      session("k3", "2025-05-20", ["an"], ["w"]),
      session("k4", "2025-07-10", ["an"], ["v"], false),
      session("k5", "2025-07-11", ["thay-giao"], ["u"]),
      // Taught by Bình, a volunteer of both campaigns, on a day in the first: one session.
      session("k6", "2025-08-31", ["binh"], ["x"]),
    ]
    assert.deepStrictEqual(YouthCampaign.countsByBase([summer, autumn], sessions), [
      { organizationId: "doan-xa-a", campaigns: 2, volunteers: 3, sessionsHeld: 3, peopleHelped: 3 },
    ])
  })

  it("keeps each base's counts apart", () => {
    const other: YouthCampaign.CampaignRecord = {
      campaign: { organizationId: "doan-xa-b", from: d("2025-06-01"), to: d("2025-08-31") },
      volunteerIds: [p("dung")],
    }
    const counts = YouthCampaign.countsByBase([summer, other], [session("k1", "2025-07-02", ["an"], ["x"])])
    assert.deepStrictEqual(
      counts.map((c) => [c.organizationId, c.sessionsHeld, c.peopleHelped]),
      [
        ["doan-xa-a", 1, 1],
        ["doan-xa-b", 0, 0],
      ],
    )
  })

  const sessionsArbitrary = Arbitrary.array(
    Arbitrary.schema(
      Schema.Struct({
        classId: Schema.Literals(["k1", "k2", "k3", "k4"]),
        day: Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 200 })),
        held: Schema.Boolean,
        instructor: Schema.Literals(["an", "binh", "chi", "thay-giao"]),
        learners: Schema.Array(Schema.Literals(["x", "y", "z", "w"])),
      }),
    ),
    { maxLength: 10 },
  )

  it.prop(
    "never counts more people helped than learners, nor more sessions than classes",
    [sessionsArbitrary],
    ([drawn]) => {
      const sessions = drawn.map((s) =>
        session(s.classId, CalendarDate.addDays(d("2025-05-01"), s.day), [s.instructor], s.learners, s.held),
      )
      const [counts] = YouthCampaign.countsByBase([summer, autumn], sessions)
      const learners = new Set(sessions.flatMap((s) => s.learnerIds))
      const classes = new Set(sessions.map((s) => s.classId))
      assert.isTrue(counts!.peopleHelped <= learners.size)
      assert.isTrue(counts!.sessionsHeld <= classes.size)
      // Adding a campaign never lowers a base's counts.
      const [more] = YouthCampaign.countsByBase(
        [summer, autumn, { ...summer, volunteerIds: [p("thay-giao")] }],
        sessions,
      )
      assert.isTrue(more!.sessionsHeld >= counts!.sessionsHeld && more!.peopleHelped >= counts!.peopleHelped)
    },
  )
})
