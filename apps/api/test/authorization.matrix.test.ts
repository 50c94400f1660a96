/**
 * The authorization matrix: every endpoint of the app × every role (and nobody signed in) × data in the
 * caller's scope and out of it. Each call asserts the status, and every successful body is searched for
 * data the caller must not see: the other commune's records for everyone placed in phường Chương Mỹ, a
 * guide's non-learners, a team leader's unmasked phones, and any personal data for a viewer.
 *
 * The endpoint list comes from the app's own routes: an endpoint without an entry here fails the first
 * test, and so does an entry for an endpoint that no longer exists. Writes are sent bodies that cannot
 * change anything (a bad body for 400, a stale version for 409, an id that does not exist), and the last
 * test checks that no out-of-scope record changed.
 */
import type { Role } from "../src/auth/Actor.js"
import { makeApp } from "../src/http/app.js"
import * as Log from "../src/Log.js"
import * as OpenApi from "../src/http/OpenApi.js"
import { routes as declared } from "../src/routes/index.js"
import * as Access from "../src/security/Access.js"
import { beforeAll, describe, expect, it } from "vitest"
import { type Commune, createWorld, type World } from "./authorization.world.js"
import { forEachDatabase } from "./harness.js"

type Who = Role | "anonymous"
type Scope = "in" | "out"

/** A request of the matrix. */
interface Call {
  readonly path: string
  readonly body?: unknown
}

/** How one endpoint is exercised and what a role that passes the role gate gets. */
interface Entry {
  /** The request(s) on in-scope or out-of-scope data; `undefined` when the endpoint has no such data. */
  readonly call: (w: World, scope: Scope) => Call | ReadonlyArray<Call> | undefined
  /** The status for a role the gate lets through (and for everyone on open endpoints). */
  readonly expect: (who: Who, scope: Scope) => number
  /** In-scope ids a successful list must show to each role that can read it (proves it is not empty). */
  readonly shows?: (w: World, who: Who) => ReadonlyArray<string>
  /** Open endpoints: no role gate. */
  readonly open?: true
  /** Public endpoints: no personal data of anyone, whoever asks. */
  readonly public?: true
  /** Roles that are not sent this request, and why (printed). */
  readonly skip?: { readonly who: ReadonlyArray<Who>; readonly reason: string }
}

const communeOf = (w: World, scope: Scope): Commune => (scope === "in" ? w.inScope : w.outOfScope)

/** An import previewed by the first admin for the other commune, with a bad row (so it cannot be confirmed). */
const otherImport = { id: "" }

/** A certificate import previewed and confirmed by the first admin for the other commune. */
const otherCertificates = { id: "" }

/** A national platform's certificate list whose one row matches nobody, as a form upload. */
const certificateForm = (communeId: string): FormData => {
  const form = new FormData()
  form.set("communeId", communeId)
  form.set(
    "file",
    new Blob(
      [
        "Số điện thoại,Họ và tên,Ngày sinh,Khóa học,Ngày hoàn thành,Số chứng chỉ\n0912000999,Không Ai Cả,01/01/1990,An toàn số,01/12/2025,MX-1\n",
      ],
      { type: "text/csv" },
    ),
    "chung-chi.csv",
  )
  return form
}

/** A commune's list with one bad row, as a form upload. */
const importForm = (communeId: string): FormData => {
  const header =
    "Mã hộ,Họ và tên,Ngày sinh,Giới tính,Thôn/TDP,Nhóm đối tượng,Cấp học,Nơi làm việc,Mức VNeID,Tài khoản ngân hàng số,Số điện thoại,Địa chỉ"
  const form = new FormData()
  form.set("communeId", communeId)
  form.set(
    "file",
    new Blob([`${header}\nHD-X,,không phải ngày,?,,,,,,,,\n`], { type: "text/csv" }),
    "danh-sach.csv",
  )
  return form
}

/** Roles placed at Hà Nội (the whole test tree): both communes are in their scope. */
const wholeTree = (who: Who) => who === "district_admin"

/** A stale version: a write that passes every other check answers 409 and changes nothing. */
const stale = 999_999

/** The five routes of a CRUD resource over a record of each commune. */
const crud = (
  resource: string,
  id: (c: Commune, w: World) => string,
  options: { readonly unscoped?: true; readonly shows?: Entry["shows"] } = {},
): Record<string, Entry> => {
  const out = (scope: Scope) => scope === "out" && options.unscoped === true
  // An out-of-scope record is found only by a role whose scope holds it.
  const found = (who: Who, scope: Scope) => scope === "in" || wholeTree(who)
  return {
    [`GET /api/${resource}`]: {
      call: (_w, scope) => (scope === "in" ? { path: `/api/${resource}?pageSize=200` } : undefined),
      expect: () => 200,
      ...(options.shows === undefined ? {} : { shows: options.shows }),
    },
    [`GET /api/${resource}/:id`]: {
      call: (w, scope) =>
        out(scope) ? undefined : { path: `/api/${resource}/${id(communeOf(w, scope), w)}` },
      expect: (who, scope) => (found(who, scope) ? 200 : 404),
    },
    [`POST /api/${resource}`]: {
      call: (_w, scope) => (scope === "in" ? { path: `/api/${resource}`, body: {} } : undefined),
      expect: () => 400,
    },
    [`PATCH /api/${resource}/:id`]: {
      call: (w, scope) =>
        out(scope)
          ? undefined
          : scope === "in"
            ? { path: `/api/${resource}/${id(w.inScope, w)}`, body: {} }
            : { path: `/api/${resource}/${id(w.outOfScope, w)}`, body: { version: stale } },
      expect: (who, scope) => (scope === "in" ? 400 : found(who, scope) ? 409 : 404),
    },
    [`DELETE /api/${resource}/:id`]: {
      call: (w, scope) =>
        out(scope)
          ? undefined
          : scope === "in"
            ? { path: `/api/${resource}/no-such-record` }
            : { path: `/api/${resource}/${id(w.outOfScope, w)}?version=${stale}` },
      expect: (who, scope) => (scope === "in" ? 404 : found(who, scope) ? 409 : 404),
    },
  }
}

/** The matrix, by route as Hono lists it (`METHOD path`). */
const matrix: Record<string, Entry> = {
  // Open endpoints.
  "GET /api/health": {
    open: true,
    call: (_w, s) => (s === "in" ? { path: "/api/health" } : undefined),
    expect: () => 200,
  },
  "GET /api/openapi.json": {
    open: true,
    call: (_w, s) => (s === "in" ? { path: "/api/openapi.json" } : undefined),
    expect: () => 200,
  },
  "GET /api/docs": {
    open: true,
    call: (_w, s) => (s === "in" ? { path: "/api/docs" } : undefined),
    expect: () => 200,
  },
  "POST /api/auth/login": {
    open: true,
    call: (_w, s) => (s === "in" ? { path: "/api/auth/login", body: {} } : undefined),
    expect: () => 400,
  },
  "POST /api/auth/logout": {
    open: true,
    call: (_w, s) => (s === "in" ? { path: "/api/auth/logout" } : undefined),
    expect: () => 204,
    skip: {
      who: ["district_admin", "commune_officer", "team_leader", "guide", "viewer"],
      reason: "signing out would end the session the rest of the matrix uses (security.test.ts covers it)",
    },
  },
  "GET /api/auth/me": {
    open: true,
    call: (_w, s) => (s === "in" ? { path: "/api/auth/me" } : undefined),
    expect: (who) => (who === "anonymous" ? 401 : 200),
  },

  // The public site's endpoints: open, and never personal.
  ...Object.fromEntries(
    (
      [
        ["GET /api/public/progress", "/api/public/progress", undefined, 200],
        ["GET /api/public/units", "/api/public/units", undefined, 200],
        ["GET /api/public/events", "/api/public/events", undefined, 200],
        ["GET /api/public/classes", "/api/public/classes", undefined, 200],
        ["POST /api/public/volunteers", "/api/public/volunteers", {}, 400],
      ] as const
    ).map(([key, path, body, status]): [string, Entry] => [
      key,
      {
        open: true,
        public: true,
        call: (_w, s) => (s === "in" ? { path, ...(body === undefined ? {} : { body }) } : undefined),
        expect: () => status,
      },
    ]),
  ),
  "POST /api/public/classes/:id/registrations": {
    open: true,
    public: true,
    call: (w, s) =>
      s === "in" ? { path: `/api/public/classes/${w.inScope.classId}/registrations`, body: {} } : undefined,
    expect: () => 400,
  },

  // The unit tree and its structure.
  ...crud("units", (c, w) => (c === w.inScope ? w.tree.villageA : w.tree.villageQ), {
    shows: (w) => [w.tree.villageA],
  }),
  "GET /api/units/tree": {
    call: (_w, s) => (s === "in" ? { path: "/api/units/tree" } : undefined),
    expect: () => 200,
    shows: (w) => [w.tree.chuongMyWard, w.tree.villageA],
  },
  "GET /api/units/scope": {
    call: (_w, s) => (s === "in" ? { path: "/api/units/scope" } : undefined),
    expect: () => 200,
  },
  "POST /api/units/:id/links": {
    call: (w, s) => (s === "in" ? { path: `/api/units/${w.tree.villageA}/links`, body: {} } : undefined),
    expect: () => 400,
  },
  ...crud("topics", () => "", { unscoped: true }),
  "GET /api/topics/:id": {
    call: (_w, s) => (s === "in" ? { path: "/api/topics/no-such-topic" } : undefined),
    expect: () => 404,
  },
  "PATCH /api/topics/:id": {
    call: (_w, s) => (s === "in" ? { path: "/api/topics/no-such-topic", body: {} } : undefined),
    expect: () => 400,
  },
  ...crud("targets", (c) => c.targetId, { shows: (w) => [w.inScope.targetId] }),

  // Non-personal campaign records.
  ...crud("organizations", (c) => c.organizationId, { shows: (w) => [w.inScope.organizationId] }),
  ...crud("classes", (c) => c.classId, { shows: (w) => [w.inScope.classId] }),
  "GET /api/classes/:id/enrollments": {
    call: (w, s) => ({ path: `/api/classes/${communeOf(w, s).classId}/enrollments` }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
    shows: (w) => [w.inScope.enrollmentId],
  },
  "POST /api/classes/:id/enrollments": {
    // Out of scope: the other commune's learner is enrolled there already (409 for a role that sees it).
    call: (w, s) =>
      s === "in"
        ? { path: `/api/classes/${w.inScope.classId}/enrollments`, body: {} }
        : {
            path: `/api/classes/${w.outOfScope.classId}/enrollments`,
            body: { personId: w.outOfScope.learnerId },
          },
    expect: (who, s) => (s === "in" ? 400 : wholeTree(who) ? 409 : 404),
  },
  "POST /api/classes/:id/complete": {
    call: (w, s) =>
      s === "in"
        ? { path: `/api/classes/${w.inScope.classId}/complete`, body: {} }
        : { path: `/api/classes/${w.outOfScope.classId}/complete`, body: { version: stale } },
    expect: (who, s) => (s === "in" ? 400 : wholeTree(who) ? 409 : 404),
  },
  "GET /api/enrollments/:id": {
    call: (w, s) => ({ path: `/api/enrollments/${communeOf(w, s).enrollmentId}` }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
  },
  "PATCH /api/enrollments/:id": {
    call: (w, s) =>
      s === "in"
        ? { path: `/api/enrollments/${w.inScope.enrollmentId}`, body: {} }
        : {
            path: `/api/enrollments/${w.outOfScope.enrollmentId}`,
            body: { status: "attended", version: stale },
          },
    expect: (who, s) => (s === "in" ? 400 : wholeTree(who) ? 409 : 404),
  },
  "DELETE /api/enrollments/:id": {
    call: (w, s) =>
      s === "in"
        ? { path: "/api/enrollments/no-such-record" }
        : { path: `/api/enrollments/${w.outOfScope.enrollmentId}?version=${stale}` },
    expect: (who, s) => (s === "in" ? 404 : wholeTree(who) ? 409 : 404),
  },
  ...crud("posts", (c) => c.postId, { shows: (w) => [w.inScope.postId] }),
  ...crud("events", (c) => c.eventId, { shows: (w) => [w.inScope.eventId] }),
  ...crud("teams", (c) => c.teamId, { shows: (w) => [w.inScope.teamId] }),

  // Personal data.
  ...crud("households", (c) => c.householdId, { shows: (w) => [w.inScope.householdId] }),
  ...crud("people", (c) => c.learnerId, { shows: (w) => [w.inScope.learnerId] }),
  ...crud("skill-records", (c) => c.skillRecordId, { shows: (w) => [w.inScope.skillRecordId] }),
  ...crud("support-staff", (c) => c.supportStaffId, { shows: (w) => [w.inScope.supportStaffId] }),
  ...crud("visits", (c) => c.visitId, { shows: (w) => [w.inScope.visitId] }),
  "GET /api/visits/offline/:teamId": {
    call: (w, s) => ({ path: `/api/visits/offline/${communeOf(w, s).teamId}` }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
  },
  "GET /api/guides/:id/offline": {
    call: (w, s) => ({ path: `/api/guides/${communeOf(w, s).guideId}/offline` }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
    shows: (w) => [w.inScope.learnerId],
  },
  "POST /api/guides/:id/learners/sync": {
    call: (w, s) =>
      s === "in" ? { path: `/api/guides/${w.inScope.guideId}/learners/sync`, body: {} } : undefined,
    expect: () => 400,
  },
  "POST /api/visits/sync": {
    call: (_w, s) => (s === "in" ? { path: "/api/visits/sync", body: {} } : undefined),
    expect: () => 400,
  },
  ...crud("guides", (c) => c.guideId, { shows: (w) => [w.inScope.guideId] }),
  "GET /api/guides/:id/learners": {
    call: (w, s) => ({ path: `/api/guides/${communeOf(w, s).guideId}/learners` }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
    shows: (w) => [w.inScope.learnerId],
  },
  "POST /api/guides/:id/learners": {
    // Out of scope: a learner who does not exist (400 for a role that sees the guide).
    call: (w, s) =>
      s === "in"
        ? { path: `/api/guides/${w.inScope.guideId}/learners`, body: {} }
        : {
            path: `/api/guides/${w.outOfScope.guideId}/learners`,
            body: { learnerId: "no-such-person", date: "2025-05-01" },
          },
    expect: (who, s) => (s === "in" ? 400 : wholeTree(who) ? 400 : 404),
  },
  "DELETE /api/guides/:id/learners/:linkId": {
    call: (w, s) => ({ path: `/api/guides/${communeOf(w, s).guideId}/learners/no-such-link` }),
    expect: () => 404,
  },
  "GET /api/volunteers": {
    call: (_w, s) => (s === "in" ? { path: "/api/volunteers?pageSize=200" } : undefined),
    expect: () => 200,
    shows: (w) => [w.inScope.volunteerId],
  },
  "GET /api/volunteers/:id": {
    call: (w, s) => ({ path: `/api/volunteers/${communeOf(w, s).volunteerId}` }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
  },
  "POST /api/volunteers/:id/decision": {
    // In scope: no decision (400); out of scope: a stale version (409 for a role that sees it).
    call: (w, s) =>
      s === "in"
        ? { path: `/api/volunteers/${w.inScope.volunteerId}/decision`, body: {} }
        : {
            path: `/api/volunteers/${w.outOfScope.volunteerId}/decision`,
            body: { decision: "approved", version: stale },
          },
    expect: (who, s) => (s === "in" ? 400 : wholeTree(who) ? 409 : 404),
  },

  "GET /api/sign-ups": {
    call: (_w, s) => (s === "in" ? { path: "/api/sign-ups?pageSize=200" } : undefined),
    expect: () => 200,
    shows: (w) => [w.inScope.signUpId],
  },
  "GET /api/sign-ups/pending-count": {
    call: (_w, s) => (s === "in" ? { path: "/api/sign-ups/pending-count" } : undefined),
    expect: () => 200,
  },
  "GET /api/sign-ups/:id": {
    call: (w, s) => ({ path: `/api/sign-ups/${communeOf(w, s).signUpId}` }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
  },
  "GET /api/sign-ups/:id/candidates": {
    call: (w, s) => ({ path: `/api/sign-ups/${communeOf(w, s).signUpId}/candidates` }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
  },
  "POST /api/sign-ups/:id/decision": {
    // In scope: no decision (400); out of scope: a stale version (409 for a role that sees it).
    call: (w, s) =>
      s === "in"
        ? { path: `/api/sign-ups/${w.inScope.signUpId}/decision`, body: {} }
        : {
            path: `/api/sign-ups/${w.outOfScope.signUpId}/decision`,
            body: { decision: "reject", version: stale, reason: "Không ở xã" },
          },
    expect: (who, s) => (s === "in" ? 400 : wholeTree(who) ? 409 : 404),
  },

  "GET /api/youth-campaigns": {
    call: (_w, s) => (s === "in" ? { path: "/api/youth-campaigns" } : undefined),
    expect: () => 200,
  },
  "POST /api/youth-campaigns": {
    call: (_w, s) => (s === "in" ? { path: "/api/youth-campaigns", body: {} } : undefined),
    expect: () => 400,
  },
  "GET /api/youth-campaigns/counts": {
    call: (_w, s) => (s === "in" ? { path: "/api/youth-campaigns/counts" } : undefined),
    expect: () => 200,
  },
  "GET /api/youth-campaigns/:id": {
    call: (_w, s) => (s === "in" ? { path: "/api/youth-campaigns/no-such-campaign" } : undefined),
    expect: () => 404,
  },

  // Aggregates and worklists, for a unit: the ward, or the other commune.
  ...Object.fromEntries(
    [
      ["GET /api/indicators", "/api/indicators"],
      ["GET /api/indicators/:id/trend", "/api/indicators/adults-basic/trend"],
      ["GET /api/indicators/table.xlsx", "/api/indicators/table.xlsx"],
      ["GET /api/indicators/comparison", "/api/indicators/comparison"],
      ["GET /api/violations", "/api/violations"],
      ["GET /api/violations/groups", "/api/violations/groups"],
      ["GET /api/worklists/households", "/api/worklists/households"],
      ["GET /api/worklists/digital-identity", "/api/worklists/digital-identity"],
    ].map(([key, path]): [string, Entry] => [
      key ?? "",
      {
        call: (w, s) => ({ path: `${path}?unitId=${s === "in" ? w.tree.chuongMyWard : w.tree.quangBi}` }),
        expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
      },
    ]),
  ),

  // Imports: a commune's list, previewed then confirmed; jobs are seen by whoever made them and district admins.
  "POST /api/imports": {
    call: (w, s) => ({
      path: "/api/imports",
      body: importForm(s === "in" ? w.tree.chuongMyWard : w.tree.quangBi),
    }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 201 : 404),
  },
  "GET /api/imports/:id": {
    call: (_w, s) => ({ path: `/api/imports/${s === "in" ? "no-such-import" : otherImport.id}` }),
    expect: (who, s) => (s === "out" && wholeTree(who) ? 200 : 404),
  },
  "GET /api/imports/:id/issues": {
    call: (_w, s) => ({ path: `/api/imports/${s === "in" ? "no-such-import" : otherImport.id}/issues` }),
    expect: (who, s) => (s === "out" && wholeTree(who) ? 200 : 404),
  },
  "POST /api/imports/:id/confirm": {
    call: (_w, s) => ({ path: `/api/imports/${s === "in" ? "no-such-import" : otherImport.id}/confirm` }),
    expect: (who, s) => (s === "out" && wholeTree(who) ? 409 : 404),
  },
  "GET /api/imports/:id/report.xlsx": {
    call: (_w, s) => ({ path: `/api/imports/${s === "in" ? "no-such-import" : otherImport.id}/report.xlsx` }),
    expect: (who, s) => (s === "out" && wholeTree(who) ? 200 : 404),
  },
  "GET /api/imports/template.xlsx": {
    call: (w, s) => ({
      path: `/api/imports/template.xlsx?communeId=${s === "in" ? w.tree.chuongMyWard : w.tree.quangBi}`,
    }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
  },
  "POST /api/imports/certificates": {
    call: (w, s) => ({
      path: "/api/imports/certificates",
      body: certificateForm(s === "in" ? w.tree.chuongMyWard : w.tree.quangBi),
    }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 201 : 404),
  },
  "GET /api/imports/certificates/:id": {
    call: (_w, s) => ({
      path: `/api/imports/certificates/${s === "in" ? "no-such-import" : otherCertificates.id}`,
    }),
    expect: (who, s) => (s === "out" && wholeTree(who) ? 200 : 404),
  },
  "POST /api/imports/certificates/:id/confirm": {
    call: (_w, s) => ({
      path: `/api/imports/certificates/${s === "in" ? "no-such-import" : otherCertificates.id}/confirm`,
    }),
    // Already confirmed: nothing is written again.
    expect: (who, s) => (s === "out" && wholeTree(who) ? 409 : 404),
  },

  // Exports: the report is the indicators; a list as CSV is that list, with its scope and row rules.
  "GET /api/exports/report.xlsx": {
    call: (w, s) => ({
      path: `/api/exports/report.xlsx?unitId=${s === "in" ? w.tree.chuongMyWard : w.tree.quangBi}`,
    }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
  },
  "GET /api/exports/:list{[a-z-]+\\.csv}": {
    // The other commune's rows asked for by filter: a role that cannot see them gets none.
    call: (w, s) =>
      ["people", "households", "visits", "guides", "skill-records", "support-staff", "teams", "classes"].map(
        (list) => ({
          path: `/api/exports/${list}.csv${s === "in" ? "" : `?unitId=${w.tree.quangBi}`}`,
        }),
      ),
    expect: () => 200,
  },

  // Administration.
  "POST /api/account/password": {
    call: (_w, s) => (s === "in" ? { path: "/api/account/password", body: {} } : undefined),
    expect: () => 400,
  },
  "GET /api/users": {
    call: (_w, s) => (s === "in" ? { path: "/api/users?pageSize=200" } : undefined),
    expect: () => 200,
    shows: (w) => [w.userIds.viewer],
  },
  "GET /api/users/:id": {
    call: (w, s) => ({ path: `/api/users/${s === "in" ? w.userIds.viewer : w.userIds.otherOfficer}` }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
  },
  "POST /api/users": {
    call: (_w, s) => (s === "in" ? { path: "/api/users", body: {} } : undefined),
    expect: () => 400,
  },
  "PATCH /api/users/:id": {
    call: (w, s) =>
      s === "in"
        ? { path: `/api/users/${w.userIds.viewer}`, body: {} }
        : { path: `/api/users/${w.userIds.otherOfficer}`, body: { version: stale } },
    expect: (who, s) => (s === "in" ? 400 : wholeTree(who) ? 409 : 404),
  },
  "POST /api/users/:id/password": {
    call: (w, s) => ({
      path: `/api/users/${s === "in" ? w.userIds.viewer : w.userIds.otherOfficer}/password`,
      body: {},
    }),
    expect: () => 400,
  },
  "GET /api/audit": {
    call: (_w, s) => (s === "in" ? { path: "/api/audit?pageSize=200" } : undefined),
    expect: () => 200,
  },
  "GET /api/backup": {
    // The whole database, only to a district admin with no unit (this world's admin has the district's,
    // so it is refused too; test/backup.live.test.ts takes one as the first admin).
    call: (_w, s) => (s === "in" ? { path: "/api/backup" } : undefined),
    expect: () => 403,
  },
  "GET /api/privacy/people/:id": {
    call: (w, s) => ({ path: `/api/privacy/people/${communeOf(w, s).learnerId}` }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
  },
  "POST /api/privacy/people/:id/erasure": {
    call: (w, s) => ({ path: `/api/privacy/people/${communeOf(w, s).learnerId}/erasure`, body: {} }),
    expect: () => 400,
  },
  "GET /api/privacy/volunteer-applications/:id": {
    call: (w, s) => ({ path: `/api/privacy/volunteer-applications/${communeOf(w, s).volunteerId}` }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
  },
  "POST /api/privacy/volunteer-applications/:id/erasure": {
    call: (w, s) => ({
      path: `/api/privacy/volunteer-applications/${communeOf(w, s).volunteerId}/erasure`,
      body: {},
    }),
    expect: () => 400,
  },

  // Periodic reports of a commune for an ended period: the ward, or the other commune.
  "GET /api/reports": {
    call: (w, s) => ({
      path: `/api/reports?period=2025-10${s === "in" ? "" : `&parentId=${w.tree.quangBi}`}`,
    }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
    shows: (w) => [w.tree.chuongMyWard],
  },
  "GET /api/reports/completeness": {
    call: (w, s) => ({
      path: `/api/reports/completeness?period=2025-10${s === "in" ? "" : `&parentId=${w.tree.quangBi}`}`,
    }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
  },
  "GET /api/reports/:unitId/:period": {
    call: (w, s) => ({ path: `/api/reports/${s === "in" ? w.tree.chuongMyWard : w.tree.quangBi}/2025-10` }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 200 : 404),
  },
  ...Object.fromEntries(
    (
      [
        ["", { done: "Đã mở lớp", difficulties: "", proposals: "", version: stale }],
        ["/submit", { done: "Đã mở lớp", difficulties: "", proposals: "", version: stale }],
        ["/return", { comment: "Thiếu số liệu", version: stale }],
        ["/approve", { version: stale }],
      ] as const
    ).map(([suffix, body]): [string, Entry] => [
      `POST /api/reports/:unitId/:period${suffix}`,
      {
        // In scope: an empty body (400); out of scope: a stale version or a report not submitted (409
        // for a role that sees the other commune), so nothing changes.
        call: (w, s) =>
          s === "in"
            ? { path: `/api/reports/${w.tree.chuongMyWard}/2025-10${suffix}`, body: {} }
            : { path: `/api/reports/${w.tree.quangBi}/2025-10${suffix}`, body },
        expect: (who, s) => (s === "in" ? 400 : wholeTree(who) ? 409 : 404),
      },
    ]),
  ),
  "GET /api/reports/:unitId/:period/report.xlsx": {
    // Only an approved report is exported: neither commune's is.
    call: (w, s) => ({
      path: `/api/reports/${s === "in" ? w.tree.chuongMyWard : w.tree.quangBi}/2025-10/report.xlsx`,
    }),
    expect: (who, s) => (s === "in" || wholeTree(who) ? 409 : 404),
  },
}

/** The app's endpoints as `METHOD path`, from its router (middleware entries left out). */
const endpoints = (): ReadonlyArray<string> => {
  const app = makeApp({ runtime: undefined as never, log: Log.make("silent"), secureCookies: false })
  const keys = app.routes
    .filter((route) => route.method !== "ALL")
    .map((route) => `${route.method} ${route.path}`)
  return [...new Set(keys)]
}

const methodOf = (key: string) => key.slice(0, key.indexOf(" "))

/** Personal data of both communes: never in a public body. */
const personalData = (w: World): ReadonlyArray<string> =>
  [w.inScope, w.outOfScope].flatMap((c) => [
    c.residentName,
    c.residentPhone,
    c.learnerName,
    c.residentId,
    c.learnerId,
    c.guidePersonId,
    c.householdId,
  ])

/** Strings that must not appear in a body the role receives. */
const forbiddenIn = (w: World, who: Who): ReadonlyArray<string> => {
  const other = w.outOfScope
  const otherCommune = wholeTree(who)
    ? []
    : [
        w.tree.quangBi,
        w.tree.villageQ,
        other.householdId,
        other.residentId,
        other.residentName,
        other.residentPhone,
        other.learnerId,
        other.learnerName,
        other.guidePersonId,
        other.guideId,
        other.teamId,
        other.visitId,
        other.organizationId,
        other.classId,
        other.enrollmentId,
        other.skillRecordId,
        other.supportStaffId,
        other.postId,
        other.eventId,
        other.targetId,
        ...other.titles,
      ]
  const own = w.inScope
  switch (who) {
    case "guide":
      // A guide sees their learners, not the other residents of their commune.
      return [...otherCommune, own.residentName, own.residentPhone]
    case "team_leader":
      // A team leader sees that a resident has a phone, never the number.
      return [...otherCommune, own.residentPhone, "0912000111", "0912 000 111"]
    case "viewer":
      return [...otherCommune, own.residentName, own.learnerName, own.residentPhone, "+84912000222"]
    default:
      return otherCommune
  }
}

const routes = endpoints()

describe("the authorization matrix", () => {
  it("has an entry for every endpoint of the app, and none for endpoints that are gone", () => {
    expect(routes.filter((key) => matrix[key] === undefined)).toEqual([])
    expect(Object.keys(matrix).filter((key) => !routes.includes(key))).toEqual([])
  })

  it("has an entry for every operation of the OpenAPI document", () => {
    const document = OpenApi.document(declared) as { paths: Record<string, Record<string, unknown>> }
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    )
    const entries = new Set(
      Object.keys(matrix).map((key) => key.replace(/:([A-Za-z]+)(\{[^}]*\})?/g, "{$1}")),
    )
    expect(operations.filter((operation) => !entries.has(operation))).toEqual([])
  })
})

forEachDatabase((db) => {
  let world: World
  const cookies = {} as Record<Who, string | undefined>
  const versions = async () =>
    db.sql(
      (sql) => sql<{ row: string }>`
        select concat_ws('|', 'people', id, version, deleted_at) as row from people where unit_id = ${world.tree.villageQ}
        union all select concat_ws('|', 'households', id, version, deleted_at) from households where unit_id = ${world.tree.villageQ}
        union all select concat_ws('|', 'users', id, version, disabled_at) from users where id = ${world.userIds.otherOfficer}
        union all select concat_ws('|', 'enrollments', id, version, status) from enrollments where id = ${world.outOfScope.enrollmentId}
        union all select concat_ws('|', 'class enrollments', count(*)) from enrollments where class_id = ${world.outOfScope.classId}
        union all select concat_ws('|', 'guide links', count(*)) from guide_learners where guide_id = ${world.outOfScope.guideId}
        union all select concat_ws('|', 'skill records', count(*)) from skill_records r join people p on p.id = r.person_id
          where p.unit_id = ${world.tree.villageQ}
        union all select concat_ws('|', 'reports', count(*)) from reports where unit_id = ${world.tree.quangBi}
        union all select concat_ws('|', t.table_name, t.id, t.version, t.deleted_at) from (
          select 'visits' as table_name, id, version, deleted_at from visits where id = ${world.outOfScope.visitId}
          union all select 'teams', id, version, deleted_at from teams where id = ${world.outOfScope.teamId}
          union all select 'guides', id, version, deleted_at from guides where id = ${world.outOfScope.guideId}
          union all select 'volunteers', id, version, null from volunteer_applications
            where id = ${world.outOfScope.volunteerId}
          union all select 'sign-ups', id, version, null from sign_ups where id = ${world.outOfScope.signUpId}
          union all select 'classes', id, version, deleted_at from classes where id = ${world.outOfScope.classId}
          union all select 'units', id, version, deleted_at from units where id = ${world.tree.villageQ}
        ) t
        order by 1`,
    )
  let before: ReadonlyArray<{ row: string }> = []

  beforeAll(async () => {
    const admin = await db.login()
    world = await createWorld(db, admin)
    const previewed = await db.request("/api/imports", {
      cookie: admin,
      body: importForm(world.tree.quangBi),
    })
    if (previewed.status !== 201)
      throw new Error(`import not previewed: ${previewed.status} ${await previewed.text()}`)
    otherImport.id = (JSON.parse(await previewed.text()) as { id: string }).id
    const certificates = await db.request("/api/imports/certificates", {
      cookie: admin,
      body: certificateForm(world.tree.quangBi),
    })
    if (certificates.status !== 201)
      throw new Error(`certificates not previewed: ${certificates.status} ${await certificates.text()}`)
    otherCertificates.id = (JSON.parse(await certificates.text()) as { id: string }).id
    const confirmed = await db.request(`/api/imports/certificates/${otherCertificates.id}/confirm`, {
      method: "POST",
      cookie: admin,
    })
    if (confirmed.status !== 200) throw new Error(`certificates not confirmed: ${confirmed.status}`)
    cookies.anonymous = undefined
    for (const role of Access.roles) cookies[role] = world.accounts[role]
    before = await versions()
  })

  describe("every endpoint × every role × in and out of scope", () => {
    for (const key of routes) {
      const entry = matrix[key]
      if (entry === undefined) continue
      it(key, async () => {
        const method = methodOf(key)
        const mode = method === "GET" ? "read" : "write"
        const failures: Array<string> = []
        for (const who of ["anonymous", ...Access.roles] as const) {
          if (entry.skip?.who.includes(who)) {
            console.info(`${key} as ${who}: not sent — ${entry.skip.reason}`)
            continue
          }
          for (const scope of ["in", "out"] as const) {
            const made = entry.call(world, scope)
            for (const call of made === undefined ? [] : Array.isArray(made) ? made : [made as Call]) {
              const path = call.path.split("?")[0] ?? call.path
              const what = Access.classify(path)
              const expected =
                entry.open === true
                  ? entry.expect(who, scope)
                  : who === "anonymous"
                    ? 401
                    : what._tag !== "Resource" || !Access.allows(who, what.resource, mode, path)
                      ? 403
                      : entry.expect(who, scope)
              const cookie = cookies[who]
              const response = await db.request(call.path, {
                method,
                ...(call.body === undefined ? {} : { body: call.body }),
                ...(cookie === undefined ? {} : { cookie }),
              })
              const text = await response.text()
              const label = `${who} ${scope} ${method} ${call.path}`
              if (response.status !== expected) {
                failures.push(`${label}: ${response.status}, expected ${expected} — ${text.slice(0, 200)}`)
                continue
              }
              if (response.status !== 200) continue
              for (const secret of entry.public === true ? personalData(world) : forbiddenIn(world, who)) {
                if (text.includes(secret)) failures.push(`${label}: the body shows ${JSON.stringify(secret)}`)
              }
              if (scope === "in") {
                for (const shown of entry.shows?.(world, who) ?? []) {
                  if (!text.includes(shown))
                    failures.push(`${label}: the list misses ${JSON.stringify(shown)}`)
                }
              }
            }
          }
        }
        expect(failures).toEqual([])
      })
    }
  })

  it("changed no out-of-scope record", async () => {
    expect(await versions()).toEqual(before)
  })
})
