import { assert, describe, it } from "@effect/vitest"
import { Arbitrary, Schema } from "effect"
import * as DisclosureText from "../src/DisclosureText.js"
import * as Percent from "../src/Percent.js"

const ratio = Arbitrary.schema(Schema.Number.check(Schema.isBetween({ minimum: 0, maximum: 1 })))

describe("Percent", () => {
  it("rounds a share down to a tenth of a percent, so the card and the panel say the same", () => {
    // The dashboard's cards said 64,1% and 49,8% where the violations said 64% and 49,7%.
    assert.strictEqual(Percent.toText(0.64099, "vi"), "64%")
    assert.strictEqual(Percent.toText(0.4979, "vi"), "49,7%")
    assert.strictEqual(Percent.toText(0.4979, "en"), "49.7%")
    assert.strictEqual(Percent.toText(0.29, "vi"), "29%")
    assert.strictEqual(Percent.toText(0.643, "en"), "64.3%")
  })

  it("says 100% only for a complete share", () => {
    assert.strictEqual(Percent.toText(0.9999, "vi"), "99,9%")
    assert.strictEqual(Percent.toText(1, "vi"), "100%")
  })

  it.prop("never shows more than the share, nor a tenth less", [ratio], ([r]) => {
    const shown = Percent.tenths(r)
    assert.isAtMost(shown, r * 100 + 1e-6)
    assert.isAbove(shown, r * 100 - 0.1 - 1e-6)
  })

  it.prop("words an exact public share by the same rule", [ratio], ([r]) => {
    assert.strictEqual(DisclosureText.shareToText({ _tag: "Exact", value: r }, "vi"), Percent.toText(r, "vi"))
  })

  it("measures a change as the difference of the two shares as shown, with its sign", () => {
    assert.strictEqual(Percent.pointsBetween(0.62, 0.64199), 2.1)
    assert.strictEqual(Percent.pointsBetween(0.5, 0.4), -10)
    assert.strictEqual(Percent.pointsText(2.1, "vi"), "+2,1 điểm")
    assert.strictEqual(Percent.pointsText(-10, "en"), "-10 pts")
    assert.strictEqual(Percent.pointsText(0, "vi"), "0 điểm")
  })
})
