/**
 * The five routes of a resource, declared from its schemas and its service:
 * `GET /` (list), `GET /:id`, `POST /` (create, 201), `PATCH /:id` (update with `version`),
 * `DELETE /:id[?version=]` (204). Every route needs a signed-in user whose role may use the resource;
 * the service applies scope.
 */
import type { Effect } from "effect"
import { Schema } from "effect"
import type { AppServices } from "../AppLayer.js"
import type { Actor } from "../auth/Actor.js"
import { actorOf } from "../auth/Session.js"
import * as Route from "../http/Route.js"
import * as ListQuery from "../resources/ListQuery.js"
import type { Resource } from "@bdhv/domain/Access"
import type { ServiceError } from "../ServiceError.js"

type Fx<A> = Effect.Effect<A, ServiceError | { readonly _tag: string }, AppServices>

/** What a resource's service offers the routes. */
export interface CrudService<Item, Params, Input, Patch> {
  readonly list: (actor: Actor, params: Params) => Fx<ListQuery.CursorPage<Item>>
  readonly get: (actor: Actor, id: string) => Fx<Item>
  readonly create: (actor: Actor, input: Input) => Fx<Item>
  readonly update: (actor: Actor, id: string, patch: Patch) => Fx<Item>
  readonly remove: (actor: Actor, id: string, version: number | undefined) => Fx<void>
}

type Decoder = Schema.Top & Schema.ConstraintDecoder<unknown>

/** The schemas of a resource's requests and records. */
export interface CrudSchemas<
  Item extends Schema.Top,
  ListParams extends Decoder,
  Input extends Decoder,
  Patch extends Decoder,
> {
  readonly Item: Item
  readonly ListParams: ListParams
  readonly Input: Input
  readonly Patch: Patch
}

/** The id in a record's path. */
export const IdParam = Schema.Struct({
  id: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(100)),
}).annotate({ identifier: "IdParam" })

/** The version a delete was based on (optional: without it the current record is deleted). */
export const DeleteParams = Schema.Struct({
  version: Schema.optionalKey(
    Schema.NumberFromString.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(1)),
  ),
})

/** How a resource is named in the document. */
export interface Names {
  readonly tag: string
  /** The plural, lower case: "hộ gia đình" / "households". */
  readonly vi: string
  readonly en: string
}

/** The routes of a resource. */
export const crudRoutes = <
  const Base extends string,
  Item extends Schema.Top,
  ListParams extends Decoder,
  Input extends Decoder,
  Patch extends Decoder,
>(
  base: Base,
  resource: Resource,
  names: Names,
  schemas: CrudSchemas<Item, ListParams, Input, Patch>,
  service: CrudService<Item["Type"] | Item["Encoded"], ListParams["Type"], Input["Type"], Patch["Type"]>,
) => {
  const { tag } = names
  return [
    Route.define({
      method: "get",
      path: base,
      resource,
      tag,
      summary: { vi: `Danh sách ${names.vi}`, en: `List ${names.en}` },
      query: schemas.ListParams,
      responses: { 200: ListQuery.CursorPageOf(schemas.Item) },
      handler: ({ query }, c) => Route.checkedWhenSent(c.var.run(service.list(actorOf(c), query))),
    }),
    Route.define({
      method: "get",
      path: `${base}/:id` as const,
      resource,
      tag,
      summary: { vi: `Xem một bản ghi ${names.vi}`, en: `Get one of the ${names.en}` },
      params: IdParam,
      responses: { 200: schemas.Item },
      handler: ({ param }, c) => Route.checkedWhenSent(c.var.run(service.get(actorOf(c), param.id))),
    }),
    Route.define({
      method: "post",
      path: base,
      resource,
      tag,
      summary: { vi: `Thêm ${names.vi}`, en: `Create one of the ${names.en}` },
      body: schemas.Input,
      responses: { 201: schemas.Item },
      handler: ({ body }, c) => Route.checkedWhenSent(c.var.run(service.create(actorOf(c), body))),
    }),
    Route.define({
      method: "patch",
      path: `${base}/:id` as const,
      resource,
      tag,
      summary: {
        vi: `Sửa ${names.vi} (gửi kèm phiên bản hiện tại; phiên bản cũ bị từ chối với 409)`,
        en: `Update one of the ${names.en} (send the current version; a stale one gets 409)`,
      },
      params: IdParam,
      body: schemas.Patch,
      responses: { 200: schemas.Item },
      handler: ({ param, body }, c) =>
        Route.checkedWhenSent(c.var.run(service.update(actorOf(c), param.id, body))),
    }),
    Route.define({
      method: "delete",
      path: `${base}/:id` as const,
      resource,
      tag,
      summary: { vi: `Xoá ${names.vi}`, en: `Delete one of the ${names.en}` },
      params: IdParam,
      query: DeleteParams,
      responses: { 204: Route.noContent },
      handler: async ({ param, query }, c) => {
        await c.var.run(service.remove(actorOf(c), param.id, query.version))
        return undefined
      },
    }),
  ] as const
}
