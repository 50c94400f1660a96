import { describe, expect, it } from "vitest"
import { instantToLocal, localToInstant } from "../src/forms/vietnamTime"

describe("Vietnam wall-clock time", () => {
  it("turns 8:00 in Hà Nội into 1:00 UTC and back", () => {
    expect(localToInstant("2025-10-10T08:00")).toBe("2025-10-10T01:00:00.000Z")
    expect(instantToLocal("2025-10-10T01:00:00.000Z")).toBe("2025-10-10T08:00")
  })

  it("crosses midnight the right way", () => {
    expect(localToInstant("2025-07-01T06:30")).toBe("2025-06-30T23:30:00.000Z")
  })

  it("gives nothing for an empty or broken input", () => {
    expect(localToInstant("")).toBe("")
    expect(instantToLocal("not a time")).toBe("")
  })
})
