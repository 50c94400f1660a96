/**
 * The OpenAPI 3.1 document of the API, generated from the route declarations (`routes/**`): every
 * route with its parameters, body, responses by status, access and caching, in the JSON that travels
 * (request bodies and responses as their JSON encoding, query and path parameters as the values they
 * stand for: `page` is an integer, `asOf` a date). Shared schemas are components, named by their
 * `identifier`.
 */
import { JsonSchema, Schema, SchemaRepresentation } from "effect"
import * as AccessTable from "@bdhv/domain/Access"
import { cookieName as csrfCookieName } from "../security/Csrf.js"
import { ErrorBody } from "./ErrorResponse.js"
import * as Route from "./Route.js"

type Json = Record<string, unknown>

const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)(\{[^}]*\})?/g, "{$1}")
const pathParams = (path: string) => [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] ?? "")

const readMethods = new Set(["get"])

const isNonFinite = (branch: unknown): boolean => {
  const values = (branch as Json | undefined)?.enum
  return Array.isArray(values) && values.length === 3 && values.includes("NaN") && values.includes("Infinity")
}

/** A component's name: a domain class's identifier (`@bdhv/domain/Worklist/HouseholdEntry`) made plain. */
const componentName = (name: string): string =>
  name
    .replace(/^_bdhv_domain_/, "")
    .replace(/Encoded$/, "")
    .replaceAll("_", "")

/**
 * Makes the compiled schemas read as a client generator needs them:
 * - JSON numbers cannot be `NaN` or infinite, and no route answers with one, so the branch "or one of the
 *   strings Infinity, -Infinity, NaN" that Effect adds to a `number` is left out;
 * - a union that names the same branch twice (`string | null | null`) names it once;
 * - an integer's bounds that only say "a safe integer" are left out;
 * - components named after domain classes get plain names.
 */
const tidy = (schema: unknown): unknown => {
  if (Array.isArray(schema)) return schema.map(tidy)
  if (typeof schema !== "object" || schema === null) return schema
  const object = Object.fromEntries(Object.entries(schema as Json).map(([key, value]) => [key, tidy(value)]))
  if (typeof object.$ref === "string") {
    const name = object.$ref.replace("#/components/schemas/", "")
    object.$ref = `#/components/schemas/${componentName(name)}`
  }
  if (object.type === "integer") {
    if (object.minimum === Number.MIN_SAFE_INTEGER) delete object.minimum
    if (object.maximum === Number.MAX_SAFE_INTEGER) delete object.maximum
  }
  if (Array.isArray(object.anyOf)) {
    const seen = new Set<string>()
    const branches = (object.anyOf as ReadonlyArray<unknown>).filter((branch) => {
      const key = JSON.stringify(branch)
      if (isNonFinite(branch) || seen.has(key)) return false
      seen.add(key)
      return true
    })
    const { anyOf: _anyOf, ...rest } = object
    return branches.length === 1 ? { ...rest, ...(branches[0] as Json) } : { ...rest, anyOf: branches }
  }
  return object
}

/** Who may call a route, in words, from the access table. */
const accessNote = (route: Route.AnyRoute): string => {
  if (route.resource === "open") return "Open: no account needed."
  if (typeof route.resource === "function") return "Signed in, with read access to the list exported."
  const mode = readMethods.has(route.method) ? "read" : "write"
  const resource = route.resource
  const allowed = AccessTable.roles.filter((role) => AccessTable.allows(role, resource, mode))
  return `Signed in as ${allowed.join(", ")} (resource \`${resource}\`, ${mode}); rows outside the user's scope are 404.`
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
})

/** Builds the OpenAPI 3.1 document of a list of routes. */
export const document = (routes: ReadonlyArray<Route.AnyRoute>): Json => {
  // Every schema the document names, compiled together so shared ones become one component.
  const roots: Array<Schema.Top> = [ErrorBody]
  const indexOf = new Map<Schema.Top, number>([[ErrorBody, 0]])
  const add = (schema: Schema.Top) => {
    if (indexOf.has(schema)) return
    indexOf.set(schema, roots.length)
    roots.push(schema)
  }
  // Parameters are documented as the values they decode to (query strings are strings on the wire).
  const asValues = new Map<Schema.Top, Schema.Top>()
  const addValues = (schema: Schema.Top | undefined) => {
    if (schema === undefined || asValues.has(schema)) return
    const values = Schema.toType(schema)
    asValues.set(schema, values)
    add(values)
  }
  for (const route of routes) {
    addValues(route.params)
    addValues(route.query)
    if (route.body !== undefined) add(route.body)
    for (const spec of Object.values(route.responses) as ReadonlyArray<Route.ResponseSpec>) {
      if (Schema.isSchema(spec)) add(spec)
    }
  }
  const [first, ...rest] = roots.map((schema) => Schema.toCodecJson(schema).ast)
  const representations = SchemaRepresentation.toRepresentations([first!, ...rest])
  const compiled = JsonSchema.toMultiDocumentOpenApi3_1(
    SchemaRepresentation.toJsonSchemaMultiDocument(representations, { onExcessProperty: "error" }),
  )
  const definitions = Object.fromEntries(
    Object.entries(compiled.definitions).map(([name, schema]) => [componentName(name), tidy(schema)]),
  ) as Record<string, Json>
  const schemas = compiled.schemas.map(tidy) as ReadonlyArray<Json>
  const schemaOf = (schema: Schema.Top): Json => schemas[indexOf.get(schema) ?? 0] ?? {}
  const resolve = (schema: Json): Json => {
    const ref = schema.$ref
    if (typeof ref !== "string") return schema
    return definitions[ref.replace("#/components/schemas/", "")] ?? schema
  }
  const parameters = (schema: Schema.Top | undefined, where: "path" | "query") => {
    if (schema === undefined) return []
    const object = resolve(schemaOf(asValues.get(schema) ?? schema))
    const properties = (object.properties ?? {}) as Record<string, Json>
    const required = new Set((object.required ?? []) as ReadonlyArray<string>)
    return Object.entries(properties).map(([name, property]) => {
      const { description, ...rest } = property
      return {
        name,
        in: where,
        required: where === "path" || required.has(name),
        ...(typeof description === "string" ? { description } : {}),
        schema: rest,
      }
    })
  }

  const paths: Record<string, Record<string, Json>> = {}
  for (const route of routes) {
    const path = openApiPath(route.path)
    const open = route.resource === "open"
    const write = !readMethods.has(route.method)
    const notes = [
      route.description?.en,
      route.description === undefined ? undefined : `(vi) ${route.description.vi}`,
      accessNote(route),
      !open && write
        ? `Send the \`${csrfCookieName}\` cookie's value in the \`X-CSRF-Token\` header (CSRF).`
        : undefined,
      route.cachedSeconds === undefined
        ? undefined
        : `Cached for ${route.cachedSeconds} s per URL and language (Cache-Control: public, ETag, 304 on If-None-Match).`,
    ].filter((note) => note !== undefined)
    const responses: Record<string, Json> = {}
    for (const [status, spec] of Object.entries(route.responses) as ReadonlyArray<
      [string, Route.ResponseSpec]
    >) {
      const main = Number(status) >= 200 && Number(status) < 300
      responses[status] = Schema.isSchema(spec)
        ? {
            description: main ? "OK" : "See the summary",
            content: {
              "application/json": {
                schema: schemaOf(spec),
                ...(main && route.examples?.response !== undefined
                  ? { example: route.examples.response }
                  : {}),
              },
            },
          }
        : Route.isFile(spec)
          ? {
              description: "A file",
              content: {
                [spec.contentType]: {
                  schema: spec.contentType === "application/json" ? {} : { type: "string" },
                },
              },
            }
          : { description: "Done, no body" }
    }
    const hasInput = route.body !== undefined || route.query !== undefined || route.params !== undefined
    if (hasInput || route.multipart !== undefined)
      responses["400"] = errorResponse("Invalid input, each field named")
    if (!open) {
      responses["401"] = errorResponse("Not signed in")
      responses["403"] = errorResponse("The role may not do this (or, on a write, the CSRF token is missing)")
    }
    if (route.path.includes(":")) responses["404"] = errorResponse("Not found, or outside your scope")
    if (write) responses["409"] = errorResponse("A stale version or a conflict with the current data")
    if (route.body !== undefined || route.multipart !== undefined) {
      responses["413"] = errorResponse("Body too large")
      responses["415"] = errorResponse("Wrong content type")
    }
    if (route.path.startsWith("/api/public/") && write) responses["429"] = errorResponse("Too many requests")
    responses["500"] = errorResponse("Unexpected failure (logged with the request id)")

    const operation: Json = {
      tags: [route.tag],
      summary: route.summary.en,
      description: [`(vi) ${route.summary.vi}`, ...notes].join("\n\n"),
      "x-summary-vi": route.summary.vi,
      operationId: `${route.method}${route.path.replace(/\{[^}]*\}/g, "").replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
      parameters: [
        ...(route.params === undefined
          ? pathParams(route.path).map((name) => ({
              name,
              in: "path",
              required: true,
              schema: { type: "string" },
            }))
          : parameters(route.params, "path")),
        ...parameters(route.query, "query"),
      ],
      ...(route.body === undefined
        ? {}
        : {
            requestBody: {
              required: true,
              content: {
                "application/json": {
                  schema: schemaOf(route.body),
                  ...(route.examples?.body === undefined ? {} : { example: route.examples.body }),
                },
              },
            },
          }),
      ...(route.multipart === undefined
        ? {}
        : {
            requestBody: {
              required: true,
              content: {
                "multipart/form-data": {
                  schema: {
                    type: "object",
                    properties: Object.fromEntries(
                      Object.entries(route.multipart.fields).map(([name, field]) => [
                        name,
                        field.binary === true
                          ? { type: "string", format: "binary", description: field.description }
                          : { type: "string", description: field.description },
                      ]),
                    ),
                    required: route.multipart.required,
                  },
                },
              },
            },
          }),
      ...(open ? { security: [] } : { security: write ? [{ session: [], csrf: [] }] : [{ session: [] }] }),
      responses,
    }
    paths[path] = { ...paths[path], [route.method]: operation }
  }

  return {
    openapi: "3.1.0",
    info: {
      title: "BDHV API",
      version: "0.1.0",
      description:
        "The API of BDHV, the platform of the “Bình dân học vụ số” digital-literacy campaign. Errors have one " +
        "shape, `{ error, message, issues: [{ path, message }] }`, in Vietnamese unless `Accept-Language: en`. " +
        `Sign in with \`POST /api/auth/login\`: the session is the httpOnly cookie \`bdhv_session\`; every write ` +
        `of a signed-in user echoes the \`${csrfCookieName}\` cookie in the \`X-CSRF-Token\` header. ` +
        "Public reads are cached briefly (see each route).",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: definitions,
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "bdhv_session",
          description: "Set by POST /api/auth/login",
        },
        csrf: {
          type: "apiKey",
          in: "header",
          name: "X-CSRF-Token",
          description: `The value of the \`${csrfCookieName}\` cookie, on every write of a signed-in user`,
        },
      },
    },
  }
}
