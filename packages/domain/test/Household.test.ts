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

describe("memberUnitProblem", () => {
  it("asks a person's unit to be their household's", () => {
    assert.strictEqual(
      Household.memberUnitProblem({ unitId: "a", householdId: "h" }, { unitId: "a" }),
      undefined,
    )
    assert.strictEqual(
      Household.memberUnitProblem({ unitId: "a", householdId: null }, { unitId: "b" }),
      undefined,
    )
    const problem = Household.memberUnitProblem({ unitId: "a", householdId: "h" }, { unitId: "b" })
    assert.strictEqual(problem?.path, "unitId")
    assert.include(problem?.message.en ?? "", "household's village")
  })
})

describe("headProblem", () => {
  it("asks the head to be a member of the household", () => {
    assert.strictEqual(Household.headProblem({ id: "h" }, undefined), undefined)
    assert.strictEqual(Household.headProblem({ id: "h", headId: "p" }, { householdId: "h" }), undefined)
    assert.strictEqual(
      Household.headProblem({ id: "h", headId: "p" }, { householdId: "other" })?.path,
      "headId",
    )
    assert.strictEqual(Household.headProblem({ id: "h", headId: "p" }, undefined)?.path, "headId")
  })
})
