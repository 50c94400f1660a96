import { assert, describe, it } from "@effect/vitest"
import { Result, Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as Household from "../src/Household.js"
import * as ValidationMessage from "../src/ValidationMessage.js"

describe("Household", () => {
  it("lives in a leaf unit and is known by the commune's household code", () => {
    const household = Schema.decodeUnknownSync(Household.Household)({
      id: "hh-1",
      code: "CS-0001",
      unitId: "vn:10015:thon-1",
      isRemote: true,
    })
    assert.strictEqual(household.code, "CS-0001")
    assert.isTrue(household.isRemote)
    assert.isFalse("address" in household)
  })

  it("asks for a household code without stray spaces", () => {
    const result = ValidationMessage.decodeWithMessages(Household.Household, {
      id: "hh-1",
      code: " CS-0001",
      unitId: "u",
      isRemote: false,
    })
    assert.deepStrictEqual(Result.isFailure(result) ? result.failure : [], [
      {
        path: "code",
        message: {
          vi: "Mã hộ không được có dấu cách ở đầu hoặc cuối",
          en: "Remove the spaces around the household code",
        },
      },
    ])
  })

  it("round-trips every household through encode and decode", async () => {
    await new TestSchema.Asserts(Household.Household).verifyRoundTrip()
  })
})
