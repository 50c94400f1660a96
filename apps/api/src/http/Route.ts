/**
 * A route of the API, declared once: method, path, the resource it reaches (for the access guard),
 * the request's schemas (path parameters, query, JSON body), a schema per response status, and a
 * summary in Vietnamese and English. The router (`mount`), the OpenAPI document (`OpenApi.ts`), the
 * access guard (`security/Access.ts` → `classify`) and the admin's typed client (`hc<AppType>`, typed
 * from {@link HonoSchemaOf}) all read this declaration, so a new endpoint is one declaration in one
 * file of `src/routes/`.
 *
 * Responses are encoded by their schemas (as canonical JSON), refusing a field the schema does not
 * name: a service that returns more than the contract says fails loudly in the tests instead of
 * leaking a column.
 */
import { Schema } from "effect"
import type { Context, Hono, MiddlewareHandler } from "hono"
import type { Resource } from "@bdhv/domain/Access"
import type { Env } from "./Env.js"
import * as Validate from "./Validate.js"

/** The HTTP methods the API uses. */
export type Method = "get" | "post" | "patch" | "delete"

/** A text in both languages of the product. */
export interface Bilingual {
  readonly vi: string
  readonly en: string
}

type Decoder = Schema.Top & Schema.ConstraintDecoder<unknown>

/** A response that is a file (CSV, XLSX, a JSON download), written by the handler itself. */
export interface FileResponse {
  readonly _tag: "File"
  readonly contentType: string
}

/** A response with no body (204). */
export interface NoContent {
  readonly _tag: "NoContent"
}

/** A file response of a content type. */
export const file = (contentType: string): FileResponse => ({ _tag: "File", contentType })

/** The response with no body. */
export const noContent: NoContent = { _tag: "NoContent" }

/** What a status answers with: a JSON body of a schema, a file, or nothing. */
export type ResponseSpec = Schema.Top | FileResponse | NoContent

/** The responses of a route by status (2xx, and any other status the route itself answers with a body). */
export type Responses = { readonly [status: number]: ResponseSpec }

/** Who may call a route: a resource of the access table, or nobody in particular (`open`). */
export type Reach<Params> = Resource | "open" | ((params: Params) => Resource | undefined)

/** A multipart form body, for the document (the handler reads the form itself). */
export interface MultipartBody {
  readonly fields: Readonly<Record<string, { readonly description: string; readonly binary?: true }>>
  readonly required: ReadonlyArray<string>
}

/** The validated input of a request. */
export interface Input<P, Q, B> {
  readonly param: P
  readonly query: Q
  readonly body: B
}

/** A response of one of several statuses: the status and its body. */
export interface Reply<S extends number, A> {
  readonly status: S
  readonly body: A
}

/** A reply with a status, for routes that declare several. */
export const reply = <const S extends number, A>(status: S, body: A): Reply<S, A> => ({ status, body })

// A service may hand back the JSON form already (the CRUD lists do); both are checked by the encoder.
type BodyOf<R> = R extends NoContent ? undefined : R extends Schema.Top ? R["Type"] | R["Encoded"] : never

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never

type JsonStatuses<R extends Responses> = {
  [S in keyof R & number]: R[S] extends FileResponse ? never : S
}[keyof R & number]

/**
 * What a handler returns: the body of the route's one response, or a {@link Reply} when it declares
 * several, or a `Response` it built itself (files, and answers written by other layers).
 */
export type Output<R extends Responses> =
  | Response
  | (true extends IsUnion<JsonStatuses<R>>
      ? { [S in JsonStatuses<R>]: Reply<S, BodyOf<R[S]>> }[JsonStatuses<R>]
      : [JsonStatuses<R>] extends [never]
        ? never
        : BodyOf<R[JsonStatuses<R>]>)

type TypeOf<S> = S extends Schema.Top ? S["Type"] : undefined

/** A route's declaration. */
export interface Route<
  M extends Method = Method,
  P extends string = string,
  Par extends Decoder | undefined = Decoder | undefined,
  Q extends Decoder | undefined = Decoder | undefined,
  B extends Decoder | undefined = Decoder | undefined,
  R extends Responses = Responses,
> {
  readonly method: M
  /** Hono's form of the path: `/api/people/:id`. */
  readonly path: P
  /** The resource the route reaches, which the access guard checks for the signed-in role. */
  readonly resource: Reach<TypeOf<Par>>
  /** The group in the document. */
  readonly tag: string
  readonly summary: Bilingual
  /** More on what the route does: its rules, what it caches. */
  readonly description?: Bilingual
  readonly params?: Par
  readonly query?: Q
  readonly body?: B
  readonly multipart?: MultipartBody
  readonly responses: R
  /**
   * How long the answer is cached, in seconds: per URL and language in the app's response cache, and by
   * browsers (`Cache-Control`, `ETag`).
   */
  readonly cachedSeconds?: number
  /** Examples for the document: a request body and the main response's body. */
  readonly examples?: { readonly body?: unknown; readonly response?: unknown }
  /** Middleware that runs before the request is validated (body limits, caches, spam checks). */
  readonly before?: ReadonlyArray<MiddlewareHandler<Env>>
  readonly handler: (input: Input<TypeOf<Par>, TypeOf<Q>, TypeOf<B>>, c: Context<Env>) => Promise<Output<R>>
}

/** Any route, whatever its schemas. */
// biome-ignore lint/suspicious/noExplicitAny: a list of routes of different schemas
export type AnyRoute = Route<Method, string, any, any, any, any>

/** Declares a route (the identity, with the literal types kept for the router and the client). */
export const define = <
  const M extends Method,
  const P extends string,
  Par extends Decoder | undefined = undefined,
  Q extends Decoder | undefined = undefined,
  B extends Decoder | undefined = undefined,
  const R extends Responses = Responses,
>(
  route: Route<M, P, Par, Q, B, R>,
): Route<M, P, Par, Q, B, R> => route

/**
 * A handler's answer whose type TypeScript cannot relate to the route's schema (a route factory generic
 * in its record's schema): the encoder checks it against the schema when it is sent.
 */
export const checkedWhenSent = (answer: Promise<unknown>): Promise<never> => answer as Promise<never>

/** Whether a response is a file the handler writes. */
export const isFile = (spec: ResponseSpec): spec is FileResponse =>
  !Schema.isSchema(spec) && spec._tag === "File"

/** Whether a response has no body. */
export const isNoContent = (spec: ResponseSpec): spec is NoContent =>
  !Schema.isSchema(spec) && spec._tag === "NoContent"

const encoders = new WeakMap<Schema.Top, (value: unknown) => unknown>()

/**
 * Encodes a response body as canonical JSON, refusing fields the schema does not name. A service may
 * hand back the JSON form already (the CRUD resources read rows into it): that is decoded by the same
 * schema first, so it is checked just the same.
 */
const encode = (schema: Schema.Top, value: unknown): unknown => {
  let encoder = encoders.get(schema)
  if (encoder === undefined) {
    const codec = Schema.toCodecJson(schema as Schema.Codec<unknown, unknown>)
    const strict = { onExcessProperty: "error" } as const
    const fromType = Schema.encodeUnknownExit(codec, strict)
    const fromJson = Schema.decodeUnknownSync(codec, strict)
    const toJson = Schema.encodeUnknownSync(codec, strict)
    encoder = (value) => {
      const exit = fromType(value)
      return exit._tag === "Success" ? exit.value : toJson(fromJson(value))
    }
    encoders.set(schema, encoder)
  }
  return encoder(value)
}

const isReply = (value: unknown): value is Reply<number, unknown> =>
  typeof value === "object" && value !== null && "status" in value && "body" in value

/** Answers a handler's output with the route's declared response for its status. */
const respond = (c: Context<Env>, route: AnyRoute, output: unknown): Response => {
  if (output instanceof Response) return output
  const json = Object.keys(route.responses)
    .map(Number)
    .filter((status) => !isFile(route.responses[status] as ResponseSpec))
  const [status, body] =
    json.length > 1 && isReply(output) ? [output.status, output.body] : [json[0] ?? 200, output]
  const spec = route.responses[status] as ResponseSpec | undefined
  if (spec === undefined) throw new Error(`${route.method} ${route.path}: no response declared for ${status}`)
  if (isNoContent(spec)) return c.body(null, status as 204)
  return c.json(encode(spec as Schema.Top, body) as object, status as 200)
}

/** The query parameters a route reads (its query schema's fields): what its cached answers are keyed by. */
export const queryParams = (route: AnyRoute): ReadonlyArray<string> => {
  const query = route.query as { readonly fields?: Readonly<Record<string, unknown>> } | undefined
  return Object.keys(query?.fields ?? {})
}

/** Mounts a route on the app: its middleware, its validators, and its handler's encoded answer. */
export const mount = (app: Hono<Env>, route: AnyRoute): void => {
  const validators: Array<MiddlewareHandler<Env>> = []
  const seconds = route.cachedSeconds
  if (seconds !== undefined) {
    // The cache is keyed by the parameters the route reads; any other parameter is refused (a 400),
    // so `?x=1`, `?x=2`… cannot each compute a fresh answer.
    const params = queryParams(route)
    validators.push((c, next) => c.var.responseCache.cached(seconds * 1000, params)(c, next))
  }
  if (route.params !== undefined) validators.push(Validate.param(route.params) as never)
  if (route.query !== undefined) validators.push(Validate.query(route.query) as never)
  if (route.body !== undefined) validators.push(Validate.requireJson, Validate.json(route.body) as never)
  const valid = (c: Context<Env>, target: "param" | "query" | "json", declared: unknown) =>
    declared === undefined ? undefined : (c.req.valid as (target: string) => unknown)(target)
  const on = app.on.bind(app) as (
    method: string,
    path: string,
    ...handlers: Array<MiddlewareHandler<Env>>
  ) => unknown
  on(route.method.toUpperCase(), route.path, ...(route.before ?? []), ...validators, async (c) => {
    const output = await route.handler(
      {
        param: valid(c, "param", route.params),
        query: valid(c, "query", route.query),
        body: valid(c, "json", route.body),
      },
      c,
    )
    return respond(c, route, output)
  })
}

// --- The route's type for Hono's typed client -------------------------------------------------

type Present<T> = [NonNullable<T>] extends [never] ? never : NonNullable<T>
type Part<T, K extends string> = [Present<T>] extends [never]
  ? Record<never, never>
  : Present<T> extends Schema.Top
    ? { [_ in K]: Present<T>["Encoded"] }
    : Record<never, never>

type InputTypeOf<Rt extends AnyRoute> = Part<Rt["params"], "param"> &
  Part<Rt["query"], "query"> &
  Part<Rt["body"], "json">

type EncodedOf<S> = S extends Schema.Top ? S["Encoded"] : never

type EndpointOf<Rt extends AnyRoute, S extends number> = Rt["responses"][S] extends NoContent
  ? { input: InputTypeOf<Rt>; output: {}; outputFormat: "body"; status: S }
  : Rt["responses"][S] extends FileResponse
    ? { input: InputTypeOf<Rt>; output: {}; outputFormat: "body"; status: S }
    : { input: InputTypeOf<Rt>; output: EncodedOf<Rt["responses"][S]>; outputFormat: "json"; status: S }

/** One route as Hono's `Schema` (the type `hc` reads). */
export type HonoSchemaOf<Rt extends AnyRoute> = Rt extends AnyRoute
  ? {
      [K in Rt["path"]]: {
        [M in `$${Rt["method"]}`]: {
          [S in keyof Rt["responses"] & number]: EndpointOf<Rt, S>
        }[keyof Rt["responses"] & number]
      }
    }
  : never
