import { assert, describe, it } from "@effect/vitest"
import { Schema } from "effect"
import { TestSchema } from "effect/testing"
import * as Organization from "../src/Organization.js"

const make = (kind: Organization.OrganizationKind) =>
  Schema.decodeUnknownSync(Organization.Organization)({
    id: "org-1",
    name: "HTX Nông nghiệp Phú Nghĩa",
    kind,
    unitId: "u",
  })

describe("Organization", () => {
  it("has the six kinds of the campaign, each named in Vietnamese and English", () => {
    assert.deepStrictEqual(Object.keys(Organization.kindNames), [
      "enterprise",
      "cooperative",
      "school",
      "state_agency",
      "party_cell",
      "youth_union_base",
    ])
    assert.strictEqual(Organization.kindNames.cooperative.vi, "Hợp tác xã")
  })

  it("counts the workers of enterprises and cooperatives only", () => {
    assert.isTrue(Organization.employsCountedWorkers(make("enterprise")))
    assert.isTrue(Organization.employsCountedWorkers(make("cooperative")))
    assert.isFalse(Organization.employsCountedWorkers(make("school")))
    assert.isFalse(Organization.employsCountedWorkers(make("state_agency")))
  })

  it("round-trips every organization through encode and decode", async () => {
    await new TestSchema.Asserts(Organization.Organization).verifyRoundTrip()
  })
})
