import { assert, describe, it } from "@effect/vitest"
import { Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as Topic from "../src/Topic.js"

const { ids } = Topic
const knownTopic = Schema.Literals(Topic.catalogue.map((t) => t.id))
const achievedSets = Schema.Array(knownTopic)

describe("Topic", () => {
  describe("the catalogue", () => {
    it("has the seven areas of the national basic-skills framework", () => {
      const framework = Topic.catalogue.filter((t) => t.kind === "framework").map((t) => t.name.en)
      assert.deepStrictEqual(framework, [
        "Using digital devices and software",
        "Finding and judging information",
        "Communicating and working together online",
        "Creating digital content",
        "Digital safety",
        "Solving problems with digital technology",
        "Using artificial intelligence (AI)",
      ])
    })

    it("has the campaign's practical topics named in the seed", () => {
      const practical = Topic.catalogue.filter((t) => t.kind === "practical").map((t) => t.name.vi)
      assert.deepStrictEqual(practical, [
        "Sử dụng Internet",
        "Dịch vụ công trực tuyến",
        "Định danh điện tử VNeID",
        "Thanh toán số",
        "Chăm sóc sức khỏe trực tuyến",
        "Thương mại điện tử",
        "Phần mềm quản lý sản xuất",
        "Tiết kiệm số",
      ])
    })

    it("has unique ids, each with a Vietnamese and an English name", () => {
      assert.strictEqual(Topic.topicsById.size, Topic.catalogue.length)
      for (const t of Topic.catalogue) {
        assert.isTrue(t.name.vi.length > 0 && t.name.en.length > 0, t.id)
        for (const more of t.implies) assert.isTrue(Topic.isKnown(more), `${t.id} implies ${more}`)
      }
      assert.deepStrictEqual(Object.values(ids).sort(), Topic.catalogue.map((t) => t.id).sort())
    })

    it("round-trips every topic through encode and decode", async () => {
      await new TestSchema.Asserts(Topic.Topic).verifyRoundTrip()
    })

    it("round-trips every configured core set through encode and decode", async () => {
      await new TestSchema.Asserts(Topic.CoreTopics).verifyRoundTrip()
    })

    it("accepts a core set only of known topics, each once", () => {
      assert.isTrue(Schema.is(Topic.CoreTopics)(["vneid", "internet-use"]))
      assert.isFalse(Schema.is(Topic.CoreTopics)([]))
      assert.isFalse(Schema.is(Topic.CoreTopics)(["vneid", "vneid"]))
      assert.isFalse(Schema.is(Topic.CoreTopics)(["cooking"]))
    })
  })

  describe("hasBasicSkills", () => {
    it("needs every topic of the default core set", () => {
      assert.isTrue(Topic.hasBasicSkills(Topic.defaultCoreTopics))
      assert.isFalse(Topic.hasBasicSkills(Topic.defaultCoreTopics.filter((id) => id !== ids.vneid)))
      assert.isFalse(Topic.hasBasicSkills([]))
    })

    it("takes a configured core set", () => {
      assert.isTrue(Topic.hasBasicSkills([ids.vneid], [ids.vneid]))
      assert.isFalse(Topic.hasBasicSkills([ids.vneid], [ids.vneid, ids.usingAi]))
    })

    it("counts a 4T module as the practical topic it covers", () => {
      const viaFourT = Topic.defaultCoreTopics.filter((id) => id !== ids.digitalPayment)
      assert.isTrue(Topic.hasBasicSkills([...viaFourT, ids.fourTCashlessPayment]))
    })

    it.prop(
      "never loses basic skills when another topic is learnt",
      [achievedSets, knownTopic],
      ([achieved, more]) => {
        if (Topic.hasBasicSkills(achieved)) assert.isTrue(Topic.hasBasicSkills([...achieved, more]))
      },
    )

    it.prop("does not depend on the order or repetition of topics", [achievedSets], ([achieved]) => {
      const shuffled = [...achieved].reverse().concat(achieved)
      assert.strictEqual(Topic.hasBasicSkills(shuffled), Topic.hasBasicSkills(achieved))
    })
  })

  describe("isFourTComplete", () => {
    it("needs all four 4T modules: Tiểu thương, Thương mại điện tử, Thanh toán không dùng tiền mặt, Tiết kiệm số", () => {
      assert.deepStrictEqual(
        Topic.fourTModules.map((id) => Topic.topicsById.get(id)?.name.vi),
        [
          "4T – Tiểu thương: kinh doanh trên nền tảng số",
          "4T – Thương mại điện tử",
          "4T – Thanh toán không dùng tiền mặt",
          "4T – Tiết kiệm số",
        ],
      )
      assert.isTrue(Topic.isFourTComplete(Topic.fourTModules))
      assert.isFalse(Topic.isFourTComplete(Topic.fourTModules.slice(1)))
    })

    it("is not reached by the practical topics alone", () => {
      assert.isFalse(Topic.isFourTComplete([ids.eCommerce, ids.digitalPayment, ids.digitalSavings]))
    })
  })

  describe("missingTopics", () => {
    it("lists what is still to learn, in the order required", () => {
      assert.deepStrictEqual(
        Topic.missingTopics([ids.internetUse], [ids.vneid, ids.internetUse, ids.digitalPayment]),
        [ids.vneid, ids.digitalPayment],
      )
    })

    it.prop(
      "is exactly the required topics not achieved",
      [achievedSets, achievedSets],
      ([achieved, required]) => {
        const missing = Topic.missingTopics(achieved, required)
        const have = Topic.implied(achieved)
        for (const id of required) assert.strictEqual(missing.includes(id), !have.has(id))
        assert.strictEqual(new Set(missing).size, missing.length)
      },
    )
  })
})
