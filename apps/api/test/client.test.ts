/**
 * Pins the typed client's view of some routes (checked by `tsc` in `pnpm typecheck`), and uses it
 * against the app.
 */
import { beforeAll, describe, expect, expectTypeOf, it } from "vitest"
import { makeClient } from "../src/client.js"
import { createTree, type Tree } from "./fixtures.js"
import { forEachDatabase } from "./harness.js"

forEachDatabase((db) => {
  let cookie = ""
  let tree: Tree
  const client = () =>
    makeClient("http://bdhv.test/", {
      fetch: (input: Parameters<typeof fetch>[0], init?: RequestInit) => db.app().request(input, init),
      headers: () => ({
        cookie,
        "x-csrf-token": /(?:^|;\s*)bdhv_csrf=([^;]+)/.exec(cookie)?.[1] ?? "",
      }),
    })

  beforeAll(async () => {
    cookie = await db.login()
    tree = await createTree(db, cookie)
  })

  describe("typed client", () => {
    it("creates and lists households with typed inputs and outputs", async () => {
      const api = client()
      const created = await api.api.households.$post({
        json: { code: "HC-1", unitId: tree.villageA, isRemote: false },
      })
      expect(created.status).toBe(201)
      if (created.status !== 201) return
      const household = await created.json()
      expectTypeOf(household.code).toEqualTypeOf<string>()
      expectTypeOf(household.version).toEqualTypeOf<number>()
      expectTypeOf(household.isRemote).toEqualTypeOf<boolean>()

      const list = await api.api.households.$get({ query: { q: "hc", pageSize: "10" } })
      const page = await list.json()
      if (!("items" in page)) throw new Error("expected a page")
      expectTypeOf(page.total).toEqualTypeOf<number>()
      expect(page.items.map((h) => h.code)).toEqual(["HC-1"])
    })

    it("types the people's groups and a unit's history", async () => {
      const api = client()
      const people = await (await api.api.people.$get({ query: {} })).json()
      if ("items" in people) {
        type Person = (typeof people.items)[number]
        expectTypeOf<Person["vneidLevel"]>().toEqualTypeOf<0 | 1 | 2>()
        expectTypeOf<Person["groups"][number]["_tag"]>().toEqualTypeOf<
          | "civil_servant"
          | "party_member"
          | "student"
          | "worker"
          | "small_trader"
          | "farmer"
          | "youth_union_member"
          | "disability"
          | "remote_area"
        >()
      }
      const unit = await api.api.units[":id"].$get({ param: { id: tree.villageA } })
      expect(unit.status).toBe(200)
      const detail = await unit.json()
      if ("links" in detail) {
        expectTypeOf<(typeof detail.links)[number]["validTo"]>().toEqualTypeOf<string | null>()
        expect(detail.links).toHaveLength(2)
      }
    })
  })
})
