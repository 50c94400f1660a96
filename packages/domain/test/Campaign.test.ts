import { assert, describe, it } from "@effect/vitest"
import { TestSchema } from "effect/testing"
import * as Campaign from "../src/Campaign.js"
import * as Indicator from "../src/Indicator.js"

describe("Campaign", () => {
  it("has the seven task groups of the seed, numbered in its order", () => {
    assert.deepStrictEqual(
      Campaign.taskGroups.map((g) => [g.id, g.name.en]),
      [
        [1, "Party leadership"],
        [2, "Communication"],
        [3, "Civil servants and party members"],
        [4, "Students"],
        [5, "Workers in enterprises and cooperatives"],
        [6, "Citizens"],
        [7, "Models and movements"],
      ],
    )
    for (const group of Campaign.taskGroups) {
      assert.strictEqual(Campaign.taskGroup(group.id), group)
      assert.isAbove(group.name.vi.length, 0)
      assert.isAbove(group.description.vi.length, 0)
      assert.isAbove(group.description.en.length, 0)
    }
  })

  it("lists every indicator under exactly one task group", () => {
    const listed = Campaign.taskGroups.flatMap((g) => g.indicators)
    assert.deepStrictEqual([...listed].sort(), [...Indicator.ids].sort())
    assert.strictEqual(new Set(listed).size, listed.length)
  })

  it("judges the Đại sứ số quota and the Gia đình số movement under the models and movements", () => {
    assert.strictEqual(Campaign.taskGroupOf("guides-quota").id, 7)
    assert.strictEqual(Campaign.taskGroupOf("digital-family").id, 7)
    assert.strictEqual(Campaign.taskGroupOf("weekly-classes").id, 6)
    assert.strictEqual(Campaign.taskGroupOf("party-cells").id, 3)
  })

  it("follows leadership and communication through activities, not ratios", () => {
    assert.deepStrictEqual(Campaign.taskGroup(1).indicators, [])
    assert.deepStrictEqual(Campaign.taskGroup(2).indicators, [])
  })

  it("round-trips task group ids through encode and decode", async () => {
    await new TestSchema.Asserts(Campaign.TaskGroupId).verifyRoundTrip()
  })
})
