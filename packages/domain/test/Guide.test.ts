import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as CalendarDate from "../src/CalendarDate.js"
import * as Guide from "../src/Guide.js"
import { PersonId } from "../src/Person.js"
import { UnitId } from "../src/Unit.js"

const d = (s: string) => Schema.decodeSync(CalendarDate.CalendarDate)(s)
const p = (s: string) => PersonId.make(s)
const guide = Guide.Guide.make({
  id: Guide.GuideId.make("g1"),
  personId: p("lan"),
  unitId: UnitId.make("xa-dong-son"),
  since: d("2025-04-01"),
})
const link = (learner: string, guideId = guide.id) =>
  Guide.GuideLink.make({ guideId, learnerId: p(learner), date: d("2025-05-01") })

const learnerIds = Arbitrary.array(
  Arbitrary.map(Arbitrary.schema(Schema.Literals(["a", "b", "c", "d", "e", "f", "g"])), p),
  {
    maxLength: 12,
  },
)

describe("Guide", () => {
  it("sets the quota at 5 learners", () => {
    assert.strictEqual(Guide.QUOTA, 5)
  })

  it("meets the quota with five distinct learners", () => {
    assert.isTrue(Guide.meetsQuota(["a", "b", "c", "d", "e"].map(p)))
  })

  it("misses the quota with four", () => {
    assert.isFalse(Guide.meetsQuota(["a", "b", "c", "d"].map(p)))
  })

  it("counts the same learner twice once", () => {
    assert.isFalse(Guide.meetsQuota(["a", "b", "c", "d", "d"].map(p)))
    assert.strictEqual(Guide.distinctLearners(["a", "a", "b"].map(p)), 2)
  })

  it("does not count the guide as their own learner", () => {
    const links = ["a", "b", "c", "d", "lan"].map((l) => link(l))
    assert.deepStrictEqual(Guide.learnersOf(guide, links), ["a", "b", "c", "d"].map(p))
    assert.deepStrictEqual(Guide.belowQuota([guide], links), [{ guide, learners: 4 }])
  })

  it("counts only the guide's own links", () => {
    const other = Guide.GuideId.make("g2")
    const links = [...["a", "b", "c", "d"].map((l) => link(l)), link("e", other)]
    assert.strictEqual(Guide.learnersOf(guide, links).length, 4)
    assert.deepStrictEqual(Guide.belowQuota([guide], [...links, link("e")]), [])
  })

  it.prop("never depends on the order or repetition of learners", [learnerIds], ([ids]) => {
    const expected = Guide.meetsQuota(ids)
    assert.strictEqual(Guide.meetsQuota([...ids].reverse()), expected)
    assert.strictEqual(Guide.meetsQuota([...ids, ...ids]), expected)
  })

  it.prop("never loses the quota by adding a learner", [learnerIds, learnerIds], ([ids, more]) => {
    return !Guide.meetsQuota(ids) || Guide.meetsQuota([...ids, ...more])
  })

  it("round-trips guides and links through encode and decode", async () => {
    await new TestSchema.Asserts(Guide.Guide).verifyRoundTrip()
    await new TestSchema.Asserts(Guide.GuideLink).verifyRoundTrip()
  })
})
