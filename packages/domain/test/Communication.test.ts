import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as CalendarDate from "../src/CalendarDate.js"
import * as Communication from "../src/Communication.js"
import { UnitId } from "../src/Unit.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)

describe("Communication", () => {
  it("has the district's channels and the village loudspeaker", () => {
    assert.deepStrictEqual(
      Communication.Channel.literals.map((c) => Communication.channelNames[c].vi),
      [
        "Cổng thông tin điện tử",
        "Zalo OA",
        "Facebook",
        "Tài liệu Thông tin nội bộ",
        "Loa truyền thanh cơ sở",
      ],
    )
  })

  describe("nextDigitalLearningDay", () => {
    it("is 10 October of this year until that day", () => {
      assert.strictEqual(Communication.nextDigitalLearningDay(d("2025-05-21")), "2025-10-10")
      assert.strictEqual(Communication.nextDigitalLearningDay(d("2025-10-10")), "2025-10-10")
    })

    it("is 10 October of next year after it", () => {
      assert.strictEqual(Communication.nextDigitalLearningDay(d("2025-10-11")), "2026-10-10")
      assert.strictEqual(Communication.nextDigitalLearningDay(d("2025-12-31")), "2026-10-10")
    })

    it.prop(
      "is a digital learning day, on or after the date, within a year",
      [Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 3650 }))],
      ([days]) => {
        const date = CalendarDate.addDays(d("2025-01-01"), days)
        const next = Communication.nextDigitalLearningDay(date)
        return (
          Communication.isDigitalLearningDay(next) &&
          next >= date &&
          CalendarDate.daysBetween(date, next) < 366
        )
      },
    )
  })

  it("sums the known reach by channel", () => {
    const post = (id: string, channel: Communication.Channel, reach: number | null) =>
      Communication.Post.make({
        id: Communication.PostId.make(id),
        channel,
        unitId: UnitId.make("huyen-chuong-my"),
        date: d("2025-05-21"),
        title: "Chương Mỹ: 7 nhiệm vụ giải pháp triển khai phong trào “Bình dân học vụ số”",
        url: null,
        reach,
      })
    const totals = Communication.reachByChannel([
      post("1", "district_portal", 18),
      post("2", "zalo_oa", 1200),
      post("3", "zalo_oa", null),
      post("4", "zalo_oa", 300),
    ])
    assert.deepStrictEqual(totals, {
      district_portal: 18,
      zalo_oa: 1500,
      facebook: 0,
      internal_bulletin: 0,
      loudspeaker: 0,
    })
  })

  it.prop(
    "never lowers a channel's reach when a post is added",
    [Arbitrary.array(Arbitrary.schema(Communication.Post), { maxLength: 5 }), Communication.Post],
    ([posts, more]) => {
      const before = Communication.reachByChannel(posts)
      const after = Communication.reachByChannel([...posts, more])
      return Communication.Channel.literals.every((c) => after[c] >= before[c])
    },
  )

  it("round-trips posts and events through encode and decode", async () => {
    await new TestSchema.Asserts(Communication.Post).verifyRoundTrip()
    await new TestSchema.Asserts(Communication.Event).verifyRoundTrip()
  })
})
