import { describe, expect, it } from "vitest"
import { startSpamGuard } from "../src/forms/spamGuard.ts"

describe("spamGuard", () => {
  it("sends the honeypot as typed and the time the form was open", () => {
    let clock = 1_000
    const guard = startSpamGuard(() => clock)
    clock += 4_250
    expect(guard.fields("")).toEqual({ website: "", elapsedMs: 4_250 })
    expect(guard.fields("http://spam.example").website).toBe("http://spam.example")
  })

  it("never sends a negative time, even if the clock steps back", () => {
    let clock = 5_000
    const guard = startSpamGuard(() => clock)
    clock = 4_000
    expect(guard.fields("").elapsedMs).toBe(0)
  })
})
