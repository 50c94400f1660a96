import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as CalendarDate from "../src/CalendarDate.js"
import { PersonId } from "../src/Person.js"
import * as SkillRecord from "../src/SkillRecord.js"
import * as Topic from "../src/Topic.js"
import { dateBetween } from "./arbitraries/DateBetween.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)
const { ids } = Topic
const at = (topicId: Topic.TopicId, date: string) => ({ topicId, date: d(date) })

const campaignDate = dateBetween("2025-01-01", "2026-12-31")
const records = Arbitrary.array(
  Arbitrary.all({
    topicId: Arbitrary.schema(Schema.Literals(Topic.defaultCoreTopics)),
    date: campaignDate,
  }),
  { maxLength: 12 },
)

describe("SkillRecord", () => {
  it("round-trips every record through encode and decode", async () => {
    await new TestSchema.Asserts(SkillRecord.SkillRecord).verifyRoundTrip()
  })

  it("names each source in Vietnamese and English", () => {
    assert.strictEqual(SkillRecord.sourceNames.door_to_door.vi, "Tổ chuyển đổi số cộng đồng đến tận nhà")
    assert.strictEqual(SkillRecord.sourceNames.guide.en, "Digital ambassador")
  })

  describe("achievedTopics", () => {
    const history = [
      at(ids.vneid, "2025-05-21"),
      at(ids.internetUse, "2025-06-02"),
      at(ids.vneid, "2025-07-01"),
    ]

    it("counts the records up to and including the date", () => {
      assert.deepStrictEqual([...SkillRecord.achievedTopics(history, d("2025-05-20"))], [])
      assert.deepStrictEqual([...SkillRecord.achievedTopics(history, d("2025-05-21"))], [ids.vneid])
      assert.deepStrictEqual(
        [...SkillRecord.achievedTopics(history, d("2025-12-31"))].sort(),
        [ids.internetUse, ids.vneid].sort(),
      )
    })

    it.prop("only grows as the date moves on", [records, campaignDate, campaignDate], ([rs, x, y]) => {
      const [early, late] = x <= y ? [x, y] : [y, x]
      const lateTopics = SkillRecord.achievedTopics(rs, late)
      for (const t of SkillRecord.achievedTopics(rs, early)) assert.isTrue(lateTopics.has(t))
    })

    it("groups the records of many people by person", () => {
      const byPerson = SkillRecord.achievedTopicsByPerson(
        [
          { personId: PersonId.make("p1"), ...at(ids.vneid, "2025-05-21") },
          { personId: PersonId.make("p2"), ...at(ids.digitalPayment, "2025-05-21") },
          { personId: PersonId.make("p1"), ...at(ids.digitalSafety, "2026-01-01") },
        ],
        d("2025-12-31"),
      )
      assert.deepStrictEqual(
        [...byPerson].map(([p, topics]) => [p, [...topics]]),
        [
          ["p1", [ids.vneid]],
          ["p2", [ids.digitalPayment]],
        ],
      )
    })
  })

  describe("basic skills over time", () => {
    const complete = Topic.defaultCoreTopics.map((t, i) => at(t, `2025-0${i + 1}-15`))

    it("counts a person from the day the last core topic is achieved", () => {
      assert.strictEqual(SkillRecord.dateCompleted(complete), "2025-06-15")
      assert.isFalse(SkillRecord.hasBasicSkillsAt(complete, d("2025-06-14")))
      assert.isTrue(SkillRecord.hasBasicSkillsAt(complete, d("2025-06-15")))
      assert.isUndefined(SkillRecord.dateCompleted(complete.slice(1)))
    })

    it("takes the 4T modules as the required set", () => {
      const fourT = Topic.fourTModules.map((t) => at(t, "2025-10-10"))
      assert.strictEqual(SkillRecord.dateCompleted(fourT, Topic.fourTModules), "2025-10-10")
    })

    it.prop(
      "agrees with hasBasicSkillsAt on every date, whatever the order of records",
      [records, campaignDate],
      ([rs, date]) => {
        const completed = SkillRecord.dateCompleted([...rs].reverse())
        assert.strictEqual(SkillRecord.dateCompleted(rs), completed)
        assert.strictEqual(
          SkillRecord.hasBasicSkillsAt(rs, date),
          completed !== undefined && completed <= date,
        )
      },
    )
  })
})
