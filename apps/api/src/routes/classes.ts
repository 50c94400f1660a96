/**
 * `/api/classes`: classes with list, get, create, update and delete; their enrollments
 * (`GET|POST /api/classes/:id/enrollments`) and completion (`POST /api/classes/:id/complete`).
 * `/api/enrollments/:id`: an enrollment, its status change (PATCH) and removal (DELETE).
 */
import { actorOf } from "../auth/Session.js"
import * as Route from "../http/Route.js"
import * as Classes from "../resources/Classes.js"
import { CursorPageOf } from "../resources/ListQuery.js"
import { crudRoutes, DeleteParams, IdParam } from "./crud.js"

const tag = "Classes"

/** The classes and enrollments routes. */
export const classRoutes = [
  ...crudRoutes("/api/classes", "classes", { tag, vi: "lớp học", en: "classes" }, Classes, Classes.service),
  Route.define({
    method: "get",
    path: "/api/classes/:id/enrollments",
    resource: "enrollments",
    tag,
    summary: { vi: "Danh sách học viên đăng ký của lớp", en: "Enrollments of a class" },
    params: IdParam,
    query: Classes.EnrollmentListParams,
    responses: { 200: CursorPageOf(Classes.EnrollmentItem) },
    handler: ({ param, query }, c) => c.var.run(Classes.listEnrollments(actorOf(c), param.id, query)),
  }),
  Route.define({
    method: "post",
    path: "/api/classes/:id/enrollments",
    resource: "enrollments",
    tag,
    summary: {
      vi: "Đăng ký một người vào lớp (quy tắc của lĩnh vực xét chỗ trống và đối tượng)",
      en: "Register a person (the domain judges seats and eligibility)",
    },
    params: IdParam,
    body: Classes.EnrollInput,
    responses: { 201: Classes.Registered },
    handler: ({ param, body }, c) => c.var.run(Classes.enroll(actorOf(c), param.id, body)),
  }),
  Route.define({
    method: "post",
    path: "/api/classes/:id/complete",
    resource: "classes",
    tag,
    summary: {
      vi: "Kết thúc lớp: người đã tham dự hoàn thành và được ghi nhận các nội dung của lớp",
      en: "Complete a class: attended enrollments complete and their topics are recorded",
    },
    params: IdParam,
    body: Classes.CompleteInput,
    responses: { 200: Classes.Completion },
    handler: ({ param, body }, c) => c.var.run(Classes.complete(actorOf(c), param.id, body)),
  }),
  Route.define({
    method: "get",
    path: "/api/enrollments/:id",
    resource: "enrollments",
    tag,
    summary: { vi: "Một lượt đăng ký", en: "An enrollment" },
    params: IdParam,
    responses: { 200: Classes.EnrollmentItem },
    handler: ({ param }, c) => c.var.run(Classes.getEnrollment(actorOf(c), param.id)),
  }),
  Route.define({
    method: "patch",
    path: "/api/enrollments/:id",
    resource: "enrollments",
    tag,
    summary: {
      vi: "Đổi trạng thái đăng ký (đã tham dự, vắng, hoàn thành)",
      en: "Change an enrollment's status (attended, no_show, completed)",
    },
    params: IdParam,
    body: Classes.StatusInput,
    responses: { 200: Classes.EnrollmentItem },
    handler: ({ param, body }, c) => c.var.run(Classes.setStatus(actorOf(c), param.id, body)),
  }),
  Route.define({
    method: "delete",
    path: "/api/enrollments/:id",
    resource: "enrollments",
    tag,
    summary: { vi: "Huỷ một lượt đăng ký", en: "Remove a registration" },
    params: IdParam,
    query: DeleteParams,
    responses: { 204: Route.noContent },
    handler: async ({ param, query }, c) => {
      await c.var.run(Classes.unenroll(actorOf(c), param.id, query.version))
      return undefined
    },
  }),
] as const
