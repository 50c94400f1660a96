import { beforeAll, describe, expect, it } from "vitest"
import { createWorld, type World } from "./authorization.world.js"
import { forEachDatabase, readJson } from "./harness.js"

/** Every object of a JSON value, depth first. */
const objectsOf = (json: unknown): ReadonlyArray<Record<string, unknown>> => {
  if (Array.isArray(json)) return json.flatMap(objectsOf)
  if (json !== null && typeof json === "object") {
    const record = json as Record<string, unknown>
    return [record, ...Object.values(record).flatMap(objectsOf)]
  }
  return []
}

interface Figure {
  readonly id: string
  readonly numerator: { readonly _tag: string }
  readonly denominator: { readonly _tag: string; readonly count?: number }
  readonly value: { readonly _tag: string }
  readonly status: string
}

forEachDatabase((db) => {
  let world: World

  beforeAll(async () => {
    const admin = await db.login()
    world = await createWorld(db, admin)
    // A village with a group large enough to publish: eight adults, five of them with level-2 VNeID.
    for (let n = 0; n < 8; n++) {
      const response = await db.request("/api/people", {
        cookie: admin,
        body: {
          fullName: `Đặng Văn Số ${["Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám"][n]}`,
          birth: { year: 1970 + n },
          sex: "male",
          householdId: null,
          unitId: world.tree.villageB,
          groups: [],
          vneidLevel: n < 5 ? 2 : 0,
          hasDigitalBankAccount: false,
        },
      })
      if (response.status !== 201) throw new Error(`person not created: ${await response.text()}`)
    }
  })

  const progress = async (unitId: string) => {
    const response = await db.request(`/api/public/progress?unitId=${unitId}`)
    expect(response.status).toBe(200)
    const text = await response.text()
    return { text, json: JSON.parse(text) as unknown }
  }

  describe("public figures", () => {
    it("never state a count under five, for the ward or its villages", async () => {
      for (const unitId of [world.tree.chuongMyWard, world.tree.villageA, world.tree.villageB]) {
        const { json } = await progress(unitId)
        const exact = objectsOf(json).filter((o) => o._tag === "Exact" && typeof o.count === "number")
        expect(exact.filter((o) => (o.count as number) < 5)).toEqual([])
      }
    })

    it("still publish a group of five or more exactly", async () => {
      const { json } = await progress(world.tree.villageB)
      const figures = objectsOf(json).filter(
        (o) => o.id === "digital-identity",
      ) as unknown as ReadonlyArray<Figure>
      expect(figures.some((f) => f.denominator._tag === "Exact" && (f.denominator.count ?? 0) >= 8)).toBe(
        true,
      )
    })

    it("do not give away a withheld share through its status", async () => {
      const { json } = await progress(world.tree.chuongMyWard)
      const figures = objectsOf(json).filter(
        (o) => typeof o.status === "string" && typeof o.value === "object",
      ) as unknown as ReadonlyArray<Figure>
      expect(figures.length).toBeGreaterThan(0)
      const revealing = figures.filter((f) => f.value._tag === "Withheld" && f.status !== "no_data")
      expect(revealing.map((f) => `${f.id}: ${f.status}`)).toEqual([])
    })

    it("hold no name, phone or record id of a person", async () => {
      const texts = [
        (await progress(world.tree.chuongMyWard)).text,
        await (await db.request("/api/public/units")).text(),
        await (await db.request("/api/public/events")).text(),
        await (await db.request("/api/public/classes?pageSize=50")).text(),
      ]
      for (const commune of [world.inScope, world.outOfScope]) {
        for (const secret of [
          commune.residentName,
          commune.learnerName,
          commune.residentPhone,
          commune.residentId,
          commune.learnerId,
          commune.guidePersonId,
          commune.householdId,
        ]) {
          for (const text of texts) expect(text).not.toContain(secret)
        }
      }
    })

    it("are served to anyone, and cacheable", async () => {
      const response = await db.request(`/api/public/progress?unitId=${world.tree.chuongMyWard}`)
      expect(response.headers.get("cache-control")).toMatch(/public|max-age/)
      expect((await readJson<{ communes: ReadonlyArray<unknown> }>(response)).communes).toBeDefined()
    })
  })
})
