/**
 * Pins the API routes the admin app calls: a change of path, input or output in apps/api breaks
 * this file's type check (and so the build), not the app in production.
 */
import { describe, expectTypeOf, it } from "vitest"
import type { Rpc } from "../src/api/client"
import type { SuccessBody } from "../src/api/http"

describe("the typed API client", () => {
  it("knows the health route and its body", () => {
    type Health = SuccessBody<Awaited<ReturnType<Rpc["api"]["health"]["$get"]>>>
    expectTypeOf<Health["status"]>().toEqualTypeOf<"ok">()
    expectTypeOf<Health["database"]>().toHaveProperty("ok")
  })
})
