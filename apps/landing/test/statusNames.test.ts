import * as Indicator from "@bdhv/domain/Indicator"
import { describe, expect, it } from "vitest"
import { messages } from "../src/i18n/messages.ts"

// The site keeps its own copy of the status names so its first page loads without the domain's schema
// library; the names are the domain's, and this keeps them so.
describe("the public site's status names", () => {
  it("are the domain's, in both languages", () => {
    for (const lang of ["vi", "en"] as const) {
      expect(messages[lang].progress.status).toEqual(
        Object.fromEntries(Indicator.Status.literals.map((s) => [s, Indicator.statusNames[s][lang]])),
      )
    }
  })
})
