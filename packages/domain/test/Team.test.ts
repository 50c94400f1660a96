import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Result, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as CalendarDate from "../src/CalendarDate.js"
import { HouseholdId } from "../src/Household.js"
import { PersonId } from "../src/Person.js"
import * as Team from "../src/Team.js"
import * as Topic from "../src/Topic.js"
import * as ValidationMessage from "../src/ValidationMessage.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)
const p = (s: string) => PersonId.make(s)
const h = (s: string) => HouseholdId.make(s)

const visit = (id: string, household: string, date: string, helped: ReadonlyArray<string> = ["ba-tu"]) =>
  Team.Visit.make({
    id: Team.VisitId.make(id),
    teamId: Team.TeamId.make("to-cds-thon-1"),
    householdId: h(household),
    date: d(date),
    helpedIds: helped.map(p),
    topicIds: [Topic.ids.vneid],
    vneidLevel2Ids: [],
    digitalBankIds: [],
  })

describe("Team", () => {
  it("names the three kinds of team of the seed", () => {
    assert.deepStrictEqual(
      Team.TeamKind.literals.map((k) => Team.teamKindNames[k].vi),
      ["Tổ chuyển đổi số cộng đồng", "Tổ thanh niên chuyển đổi số", "Học sinh tình nguyện"],
    )
  })

  it("records who got a level-2 VNeID account during a visit", () => {
    const v = Team.Visit.make({
      ...visit("v1", "h1", "2025-06-01", ["ba-tu", "ong-nam"]),
      vneidLevel2Ids: [p("ba-tu")],
      digitalBankIds: [p("ong-nam")],
    })
    assert.deepStrictEqual(v.vneidLevel2Ids, [p("ba-tu")])
  })

  it("rejects an update for someone who was not helped, in Vietnamese and English", () => {
    const input = Schema.encodeSync(Team.Visit)(visit("v1", "h1", "2025-06-01"))
    const result = ValidationMessage.decodeWithMessages(Team.Visit, { ...input, vneidLevel2Ids: ["ong-nam"] })
    assert.isTrue(Result.isFailure(result))
    if (Result.isFailure(result)) {
      assert.deepStrictEqual(result.failure, [
        {
          path: "vneidLevel2Ids",
          message: {
            vi: "Người được cập nhật phải có trong danh sách người được hướng dẫn",
            en: "Everyone updated must be among the people helped",
          },
        },
      ])
    }
  })

  it("counts a household visited twice once", () => {
    const visits = [
      visit("v1", "h2", "2025-06-01"),
      visit("v2", "h1", "2025-06-03"),
      visit("v3", "h2", "2025-06-20"),
    ]
    assert.deepStrictEqual(
      Team.householdsVisited(visits, d("2025-06-01"), d("2025-06-30")),
      ["h1", "h2"].map(h),
    )
    assert.deepStrictEqual(Team.householdsVisited(visits, d("2025-06-02"), d("2025-06-19")), [h("h1")])
    assert.strictEqual(Team.lastVisitByHousehold(visits).get(h("h2")), "2025-06-20")
  })

  it("yields a door-to-door skill record for each person helped and each topic", () => {
    const v = Team.Visit.make({
      ...visit("v1", "h1", "2025-06-01", ["ba-tu", "ong-nam"]),
      topicIds: [Topic.ids.vneid, Topic.ids.digitalPayment],
    })
    const records = Team.skillRecordsOf(v, "to-truong")
    assert.deepStrictEqual(
      records.map((r) => [r.id, r.personId, r.topicId, r.source, r.evidenceId, r.date]),
      [
        ["v1/ba-tu/vneid", "ba-tu", "vneid", "door_to_door", "v1", "2025-06-01"],
        ["v1/ba-tu/digital-payment", "ba-tu", "digital-payment", "door_to_door", "v1", "2025-06-01"],
        ["v1/ong-nam/vneid", "ong-nam", "vneid", "door_to_door", "v1", "2025-06-01"],
        ["v1/ong-nam/digital-payment", "ong-nam", "digital-payment", "door_to_door", "v1", "2025-06-01"],
      ],
    )
  })

  it("knows its members", () => {
    const team = Team.Team.make({
      id: Team.TeamId.make("t1"),
      kind: "youth",
      name: "Tổ thanh niên xã Đông Sơn",
      unitId: Schema.decodeSync(Schema.String.pipe(Schema.brand("UnitId")))("xa-dong-son"),
      memberIds: [p("an"), p("binh")],
      leaderId: p("an"),
    })
    assert.isTrue(Team.isMember(team, p("binh")))
    assert.isFalse(Team.isMember(team, p("chi")))
  })

  const visitsArbitrary = Arbitrary.array(
    Arbitrary.map(
      Arbitrary.all([
        Arbitrary.schema(Schema.Literals(["h1", "h2", "h3"])),
        Arbitrary.schema(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 60 }))),
      ]),
      ([household, day]) =>
        visit(`${household}-${day}`, household, CalendarDate.addDays(d("2025-06-01"), day)),
    ),
    { maxLength: 8 },
  )

  it.prop(
    "never counts fewer households visited after another visit",
    [visitsArbitrary, visitsArbitrary],
    ([a, b]) => {
      const from = d("2025-06-01")
      const to = d("2025-07-31")
      return (
        Team.householdsVisited([...a, ...b], from, to).length >= Team.householdsVisited(a, from, to).length
      )
    },
  )

  it.prop("never depends on the order of the visits", [visitsArbitrary], ([visits]) => {
    const from = d("2025-06-10")
    const to = d("2025-07-10")
    assert.deepStrictEqual(
      Team.householdsVisited([...visits].reverse(), from, to),
      Team.householdsVisited(visits, from, to),
    )
    assert.deepStrictEqual(
      Team.lastVisitByHousehold([...visits].reverse()),
      Team.lastVisitByHousehold(visits),
    )
  })

  it("round-trips teams through encode and decode", async () => {
    await new TestSchema.Asserts(Team.Team).verifyRoundTrip()
  })

  // Updated people must be among those helped, which random ids almost never are: draw them from the helped.
  const validVisit = Arbitrary.map(Arbitrary.schema(Schema.Struct(Team.Visit.fields)), (v) =>
    Team.Visit.make({
      ...v,
      vneidLevel2Ids: v.helpedIds.slice(0, v.vneidLevel2Ids.length),
      digitalBankIds: v.helpedIds.slice(Math.max(0, v.helpedIds.length - v.digitalBankIds.length)),
    }),
  )

  it.prop("round-trips visits through encode and decode", [validVisit], ([v]) => {
    const decoded = Schema.decodeUnknownSync(Team.Visit)(Schema.encodeSync(Team.Visit)(v))
    assert.isTrue(Schema.toEquivalence(Team.Visit)(decoded, v))
  })
})
