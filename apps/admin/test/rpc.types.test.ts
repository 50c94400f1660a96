/**
 * Pins the API routes the admin app calls: a change of path, input or output in apps/api breaks
 * this file's type check (and so the build), not the app in production.
 */
import { describe, expectTypeOf, it } from "vitest"
import * as Household from "@bdhv/domain/Household"
import { Schema, Struct } from "effect"
import type { Rpc } from "../src/api/client"
import type { SuccessBody } from "../src/api/http"
import { households, sender } from "../src/api/typed"

describe("the typed API client", () => {
  it("knows the health route and its body", () => {
    type Health = SuccessBody<Awaited<ReturnType<Rpc["api"]["health"]["$get"]>>>
    expectTypeOf<Health["status"]>().toEqualTypeOf<"ok">()
    expectTypeOf<Health["database"]>().toHaveProperty("ok")
  })

  it("signs in with email and password and returns the user with role and scope", () => {
    type Login = Parameters<Rpc["api"]["auth"]["login"]["$post"]>[0]
    expectTypeOf<Login["json"]>().toEqualTypeOf<{ readonly email: string; readonly password: string }>()
    type Me = SuccessBody<Awaited<ReturnType<Rpc["api"]["auth"]["me"]["$get"]>>>
    expectTypeOf<Me["role"]>().toEqualTypeOf<
      "district_admin" | "commune_officer" | "team_leader" | "guide" | "viewer"
    >()
    expectTypeOf<Me["unitId"]>().toEqualTypeOf<string | null>()
  })

  it("reads the unit tree as at a date", () => {
    type Query = Parameters<Rpc["api"]["units"]["tree"]["$get"]>[0]["query"]
    expectTypeOf<Query>().toHaveProperty("asOf")
    type Tree = SuccessBody<Awaited<ReturnType<Rpc["api"]["units"]["tree"]["$get"]>>>
    expectTypeOf<Tree["units"][number]>().toHaveProperty("parentId").toEqualTypeOf<string | null>()
  })

  it("reads the indicators report as the route declares it: integer counts, a status, the children", () => {
    type Report = SuccessBody<Awaited<ReturnType<Rpc["api"]["indicators"]["$get"]>>>
    expectTypeOf<Report["indicators"][number]["numerator"]>().toEqualTypeOf<number>()
    expectTypeOf<Report["indicators"][number]["status"]>().toEqualTypeOf<
      "met" | "on_track" | "at_risk" | "off_track" | "no_data"
    >()
    expectTypeOf<Report["children"][number]["unit"]["parentId"]>().toEqualTypeOf<string | null>()
  })

  it("enrolls a person with the body the route declares", () => {
    type Enroll = Parameters<Rpc["api"]["classes"][":id"]["enrollments"]["$post"]>[0]
    expectTypeOf<Enroll["json"]>().toHaveProperty("personId")
    expectTypeOf<Enroll["param"]>().toEqualTypeOf<{ readonly id: string }>()
  })

  it("types a resource's bodies by its routes, and refuses a form schema the route does not take", () => {
    type Create = Parameters<typeof households.create>[1]
    expectTypeOf<Create["code"]>().toEqualTypeOf<string>()
    type Update = Parameters<typeof households.update>[2]
    expectTypeOf<Update["version"]>().toEqualTypeOf<number>()
    type Listed = Awaited<ReturnType<typeof households.list>>["items"][number]
    expectTypeOf<Listed["headName"]>().toEqualTypeOf<string | null>()
    // The household form's schema encodes to what the routes take …
    sender(households, Schema.Struct(Struct.omit(Household.Household.fields, ["id"])))
    // … and one that lacks a required field (the household's code) is a compile error.
    // @ts-expect-error the route requires `code`
    sender(households, Schema.Struct(Struct.omit(Household.Household.fields, ["id", "code"])))
  })
})
