/**
 * "As at today" follows Effect's Clock: with the API on a `TestClock`, the default date of the reports
 * and who is 16 and over move with the clock, in Vietnam time.
 */
import { TestClock } from "effect/testing"
import { describe, expect, it } from "vitest"
import { createTree } from "./fixtures.js"
import { forEachDatabase, readJson } from "./harness.js"

const at = (instant: string) => TestClock.setTime(Date.parse(instant))

forEachDatabase(
  (db) => {
    describe("as at today", () => {
      it("answers the indicators and the digital-identity worklist as at the clock's date in Vietnam", async () => {
        await db.run(at("2025-07-01T12:00:00+07:00"))
        const cookie = await db.login()
        const tree = await createTree(db, cookie)
        const created = await db.request("/api/people", {
          cookie,
          body: {
            fullName: "Trần Thị Mai",
            birth: { date: "2009-07-02" },
            sex: "female",
            householdId: null,
            unitId: tree.villageA,
            groups: [],
            vneidLevel: 0,
            hasDigitalBankAccount: false,
          },
        })
        expect(created.status).toBe(201)
        const { id } = await readJson<{ id: string }>(created)
        const worklist = async () => {
          const response = await db.request(`/api/worklists/digital-identity?unitId=${tree.chuongMyWard}`, {
            cookie,
          })
          expect(response.status).toBe(200)
          return (await readJson<{ items: ReadonlyArray<{ personId: string }> }>(response)).items.map(
            (entry) => entry.personId,
          )
        }
        const asOf = async () => {
          const response = await db.request(`/api/indicators?unitId=${tree.chuongMyWard}`, { cookie })
          expect(response.status).toBe(200)
          return (await readJson<{ asOf: string }>(response)).asOf
        }

        // 15 on 1 July 2025: not yet on the list of people who need a digital identity.
        expect(await asOf()).toBe("2025-07-01")
        expect(await worklist()).not.toContain(id)

        // 17:30 UTC on 1 July is already 00:30 on 2 July in Vietnam: her sixteenth birthday.
        await db.run(at("2025-07-01T17:30:00Z"))
        expect(await asOf()).toBe("2025-07-02")
        expect(await worklist()).toContain(id)
      })
    })
  },
  {},
  { testClock: true },
)
