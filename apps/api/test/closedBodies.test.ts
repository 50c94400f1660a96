import * as Access from "@bdhv/domain/Access"
import { describe, expect, it } from "vitest"
import type { ErrorBody } from "../src/http/ErrorResponse.js"
import { routes } from "../src/routes/index.js"
import { createTree } from "./fixtures.js"
import { forEachDatabase, readJson } from "./harness.js"

// A request path for a route: every path parameter filled with a placeholder id.
const pathOf = (path: string) =>
  path.replace(/:period\b/g, "2026-11").replace(/:([A-Za-z]+)(\{[^}]*\})?/g, "unknown-id")

// A body that is one of several shapes names the shape first: the tag picks the one the key is checked against.
const unionTags: Readonly<Record<string, Record<string, unknown>>> = {
  "post /api/sign-ups/:id/decision": { decision: "reject", version: 1, reason: "Không ở xã" },
}

const withBody = routes.filter((route) => "body" in route && route.body !== undefined)

// A route the signed-in district admin may not write (a commune's own report) is refused by the access
// guard before its body is read; the same `Route.mount` closes its body.
const adminMayWrite = (route: (typeof routes)[number]) =>
  typeof route.resource !== "string" ||
  route.resource === "open" ||
  Access.allows("district_admin", route.resource, "write")

forEachDatabase((db) => {
  describe("request bodies are closed", () => {
    it("declares bodies on the routes that take JSON", () => {
      expect(withBody.map((route) => `${route.method} ${route.path}`)).toEqual(
        expect.arrayContaining(["post /api/people", "patch /api/people/:id", "post /api/public/volunteers"]),
      )
    })

    it("answers 400 naming a key the body's schema does not name, on every route that takes a body", async () => {
      const cookie = await db.login()
      const answers: Array<{ route: string; status: number; issues: ErrorBody["issues"] }> = []
      for (const route of withBody) {
        const response = await db.request(pathOf(route.path), {
          method: route.method.toUpperCase(),
          cookie,
          // `elapsedMs` passes the public forms' spam check, which runs before the body is read.
          body: { ...unionTags[`${route.method} ${route.path}`], nickname: "Tí", elapsedMs: 5_000 },
          headers: { "accept-language": "en" },
        })
        const body = await readJson<ErrorBody>(response)
        answers.push({ route: `${route.method} ${route.path}`, status: response.status, issues: body.issues })
      }
      const guarded = withBody.filter((route) => !adminMayWrite(route)).map((r) => `${r.method} ${r.path}`)
      for (const answer of answers) {
        if (guarded.includes(answer.route)) {
          expect(answer, answer.route).toMatchObject({ status: 403 })
          continue
        }
        expect(answer, answer.route).toMatchObject({ status: 400 })
        expect(answer.issues, answer.route).toContainEqual({
          path: "nickname",
          message: "This field is not allowed",
        })
      }
    })

    it("refuses an unknown key next to a valid person, storing nothing", async () => {
      const cookie = await db.login()
      const tree = await createTree(db, cookie)
      const person = {
        fullName: "Nguyễn Văn Tí",
        birth: { year: 1990 },
        sex: "male",
        householdId: null,
        unitId: tree.villageA,
        groups: [],
        vneidLevel: 0,
        hasDigitalBankAccount: false,
      }
      const refused = await db.request("/api/people", { cookie, body: { ...person, nickname: "Tí" } })
      expect(refused.status).toBe(400)
      expect(await readJson<ErrorBody>(refused)).toMatchObject({
        error: "invalid_input",
        issues: [{ path: "nickname", message: "Trường này không được phép" }],
      })
      const [count] = await db.sql((sql) => sql<{ n: number }>`select count(*)::int as n from people`)
      expect(count?.n).toBe(0)
      const accepted = await db.request("/api/people", { cookie, body: person })
      expect(accepted.status).toBe(201)
    })
  })
})
