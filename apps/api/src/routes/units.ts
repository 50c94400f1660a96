/**
 * `/api/units`: the administrative tree as at a date, a unit's history, and its changes.
 */
import { Effect, Schema } from "effect"
import { actorOf } from "../auth/Session.js"
import * as Route from "../http/Route.js"
import { PageOf } from "../resources/ListQuery.js"
import * as Units from "../resources/Units.js"
import * as Today from "../Today.js"
import * as DeploymentScope from "../units/DeploymentScope.js"
import { DeleteParams, IdParam } from "./crud.js"

const tag = "Units"
const ScopeParams = Schema.Struct({ asOf: Units.TreeParams.fields.asOf })

/** The unit routes. */
export const unitRoutes = [
  Route.define({
    method: "get",
    path: "/api/units",
    resource: "units",
    tag,
    summary: { vi: "Các đơn vị hành chính có hiệu lực vào một ngày", en: "Units valid at a date" },
    query: Units.ListParams,
    responses: { 200: PageOf(Units.Item) },
    handler: ({ query }, c) => c.var.run(Units.list(actorOf(c), query)),
  }),
  Route.define({
    method: "get",
    path: "/api/units/tree",
    resource: "units",
    tag,
    summary: { vi: "Cây đơn vị hành chính vào một ngày", en: "The tree at a date" },
    query: Units.TreeParams,
    responses: { 200: Units.Tree },
    handler: ({ query }, c) => c.var.run(Units.tree(actorOf(c), query)),
  }),
  Route.define({
    method: "get",
    path: "/api/units/scope",
    resource: "units",
    tag,
    summary: {
      vi: "Phạm vi mà hệ thống này phục vụ (tỉnh, huyện hoặc xã) vào một ngày",
      en: "The province, district or commune this deployment serves, at a date",
    },
    query: ScopeParams,
    responses: { 200: DeploymentScope.Shape },
    handler: ({ query }, c) => c.var.run(Effect.flatMap(Today.orToday(query.asOf), DeploymentScope.describe)),
  }),
  Route.define({
    method: "get",
    path: "/api/units/:id",
    resource: "units",
    tag,
    summary: { vi: "Một đơn vị và lịch sử của nó", en: "A unit and its history" },
    params: IdParam,
    responses: { 200: Units.Detail },
    handler: ({ param }, c) => c.var.run(Units.get(actorOf(c), param.id)),
  }),
  Route.define({
    method: "post",
    path: "/api/units",
    resource: "units",
    tag,
    summary: { vi: "Thêm một đơn vị", en: "Create a unit" },
    body: Units.Input,
    responses: { 201: Units.Detail },
    handler: ({ body }, c) => c.var.run(Units.create(actorOf(c), body)),
  }),
  Route.define({
    method: "patch",
    path: "/api/units/:id",
    resource: "units",
    tag,
    summary: { vi: "Sửa một đơn vị", en: "Update a unit" },
    params: IdParam,
    body: Units.Patch,
    responses: { 200: Units.Detail },
    handler: ({ param, body }, c) => c.var.run(Units.update(actorOf(c), param.id, body)),
  }),
  Route.define({
    method: "post",
    path: "/api/units/:id/links",
    resource: "units",
    tag,
    summary: {
      vi: "Chuyển đơn vị sang đơn vị cấp trên mới từ một ngày",
      en: "Place a unit under a new parent from a date",
    },
    params: IdParam,
    body: Units.LinkInput,
    responses: { 201: Units.Detail },
    handler: ({ param, body }, c) => c.var.run(Units.link(actorOf(c), param.id, body)),
  }),
  Route.define({
    method: "delete",
    path: "/api/units/:id",
    resource: "units",
    tag,
    summary: { vi: "Xoá một đơn vị nhập nhầm", en: "Delete a unit entered by mistake" },
    params: IdParam,
    query: DeleteParams,
    responses: { 204: Route.noContent },
    handler: async ({ param, query }, c) => {
      await c.var.run(Units.remove(actorOf(c), param.id, query.version))
      return undefined
    },
  }),
] as const
