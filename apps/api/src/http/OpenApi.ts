/**
 * The OpenAPI 3.1 document of the API, generated from the same Effect schemas the routes validate with
 * (through `Schema.toCodecJson` and effect's JSON Schema compiler, so request and response shapes are the
 * JSON that travels). Each operation is listed once here; the resources' CRUD operations come from their
 * schema modules.
 */
import { JsonSchema, Schema, SchemaRepresentation } from "effect"
import { Credentials, Me } from "../routes/auth.js"
import * as Classes from "../resources/Classes.js"
import * as Communication from "../resources/Communication.js"
import * as Guides from "../resources/Guides.js"
import * as Households from "../resources/Households.js"
import { CursorPageOf, PageOf } from "../resources/ListQuery.js"
import * as Organizations from "../resources/Organizations.js"
import * as People from "../resources/People.js"
import * as SkillRecords from "../resources/SkillRecords.js"
import * as SupportStaff from "../resources/SupportStaff.js"
import * as Volunteers from "../resources/Volunteers.js"
import * as Targets from "../resources/Targets.js"
import * as Teams from "../resources/Teams.js"
import * as Topics from "../resources/Topics.js"
import * as Units from "../resources/Units.js"
import * as DeploymentScope from "../units/DeploymentScope.js"
import { ErrorBody } from "./ErrorResponse.js"

type AnySchema = Schema.Top

/** One operation of the API. */
export interface Operation {
  readonly method: "get" | "post" | "patch" | "put" | "delete"
  /** Hono-style path: `/api/people/:id`. */
  readonly path: string
  readonly tag: string
  readonly summary: string
  readonly query?: AnySchema
  readonly body?: AnySchema
  readonly response?: AnySchema
  readonly status?: number
  /** Whether the operation needs a signed-in user (default true). */
  readonly auth?: boolean
}

interface CrudSchemas {
  readonly Item: AnySchema
  readonly Input: AnySchema
  readonly Patch: AnySchema
  readonly ListParams: AnySchema
}

const VersionQuery = Schema.Struct({ version: Schema.optionalKey(Schema.String) })

/** The five operations of a resource. */
const crud = (path: string, tag: string, name: string, schemas: CrudSchemas): ReadonlyArray<Operation> => [
  {
    method: "get",
    path,
    tag,
    summary: `List ${name}`,
    query: schemas.ListParams,
    response: CursorPageOf(schemas.Item),
  },
  {
    method: "post",
    path,
    tag,
    summary: `Create ${name}`,
    body: schemas.Input,
    response: schemas.Item,
    status: 201,
  },
  { method: "get", path: `${path}/:id`, tag, summary: `Get ${name}`, response: schemas.Item },
  {
    method: "patch",
    path: `${path}/:id`,
    tag,
    summary: `Update ${name} (send the current version; a stale one gets 409)`,
    body: schemas.Patch,
    response: schemas.Item,
  },
  { method: "delete", path: `${path}/:id`, tag, summary: `Delete ${name}`, query: VersionQuery, status: 204 },
]

/** Every operation of the core API. */
export const operations: ReadonlyArray<Operation> = [
  {
    method: "get",
    path: "/api/health",
    tag: "System",
    summary: "Database reachability",
    auth: false,
    response: Schema.Struct({ status: Schema.String, database: Schema.Struct({ ok: Schema.Boolean }) }),
  },
  {
    method: "post",
    path: "/api/auth/login",
    tag: "Auth",
    summary: "Sign in",
    auth: false,
    body: Credentials,
    response: Me,
  },
  { method: "post", path: "/api/auth/logout", tag: "Auth", summary: "Sign out", auth: false, status: 204 },
  { method: "get", path: "/api/auth/me", tag: "Auth", summary: "The signed-in user", response: Me },
  {
    method: "get",
    path: "/api/units",
    tag: "Units",
    summary: "Units valid at a date",
    query: Units.ListParams,
    response: PageOf(Units.Item),
  },
  {
    method: "get",
    path: "/api/units/tree",
    tag: "Units",
    summary: "The tree at a date",
    query: Units.TreeParams,
    response: Units.Tree,
  },
  {
    method: "get",
    path: "/api/units/scope",
    tag: "Units",
    summary: "The unit the deployment serves, as at a date",
    query: Schema.Struct({ asOf: Units.TreeParams.fields.asOf }),
    response: DeploymentScope.Shape,
  },
  {
    method: "get",
    path: "/api/units/:id",
    tag: "Units",
    summary: "A unit and its history",
    response: Units.Detail,
  },
  {
    method: "post",
    path: "/api/units",
    tag: "Units",
    summary: "Create a unit",
    body: Units.Input,
    response: Units.Detail,
    status: 201,
  },
  {
    method: "patch",
    path: "/api/units/:id",
    tag: "Units",
    summary: "Update a unit",
    body: Units.Patch,
    response: Units.Detail,
  },
  {
    method: "post",
    path: "/api/units/:id/links",
    tag: "Units",
    summary: "Place a unit under a new parent from a date",
    body: Units.LinkInput,
    response: Units.Detail,
    status: 201,
  },
  {
    method: "delete",
    path: "/api/units/:id",
    tag: "Units",
    summary: "Delete a unit entered by mistake",
    query: VersionQuery,
    status: 204,
  },
  ...crud("/api/households", "Households", "households", Households),
  ...crud("/api/people", "People", "people", People),
  ...crud("/api/organizations", "Organizations", "organizations", Organizations),
  ...crud("/api/topics", "Topics", "topics", Topics),
  ...crud("/api/classes", "Classes", "classes", Classes),
  {
    method: "get",
    path: "/api/classes/:id/enrollments",
    tag: "Classes",
    summary: "Enrollments of a class",
    query: Classes.EnrollmentListParams,
    response: CursorPageOf(Classes.EnrollmentItem),
  },
  {
    method: "post",
    path: "/api/classes/:id/enrollments",
    tag: "Classes",
    summary: "Register a person (the domain judges seats and eligibility)",
    body: Classes.EnrollInput,
    response: Classes.Registered,
    status: 201,
  },
  {
    method: "post",
    path: "/api/classes/:id/complete",
    tag: "Classes",
    summary: "Complete a class: attended enrollments complete and their topics are recorded",
    body: Classes.CompleteInput,
    response: Classes.Completion,
  },
  {
    method: "get",
    path: "/api/enrollments/:id",
    tag: "Classes",
    summary: "An enrollment",
    response: Classes.EnrollmentItem,
  },
  {
    method: "patch",
    path: "/api/enrollments/:id",
    tag: "Classes",
    summary: "Change an enrollment's status (attended, no_show, completed)",
    body: Classes.StatusInput,
    response: Classes.EnrollmentItem,
  },
  {
    method: "delete",
    path: "/api/enrollments/:id",
    tag: "Classes",
    summary: "Remove a registration",
    query: VersionQuery,
    status: 204,
  },
  ...crud("/api/skill-records", "Skill records", "skill records", SkillRecords),
  ...crud("/api/guides", "Guides", "guides", Guides),
  {
    method: "get",
    path: "/api/guides/:id/learners",
    tag: "Guides",
    summary: "A guide's teachings",
    response: Schema.Array(Guides.LinkItem),
  },
  {
    method: "post",
    path: "/api/guides/:id/learners",
    tag: "Guides",
    summary: "Record a teaching",
    body: Guides.LinkInput,
    response: Guides.LinkItem,
    status: 201,
  },
  {
    method: "delete",
    path: "/api/guides/:id/learners/:linkId",
    tag: "Guides",
    summary: "Remove a teaching",
    status: 204,
  },
  {
    method: "get",
    path: "/api/volunteers",
    tag: "Volunteers",
    summary: "Volunteer applications from the public site",
    query: Volunteers.ListParams,
    response: CursorPageOf(Volunteers.Item),
  },
  {
    method: "get",
    path: "/api/volunteers/:id",
    tag: "Volunteers",
    summary: "A volunteer application",
    response: Volunteers.Item,
  },
  {
    method: "post",
    path: "/api/volunteers/:id/decision",
    tag: "Volunteers",
    summary: "Approve (a guide's application creates the guide record) or reject a pending application",
    body: Volunteers.DecisionInput,
    response: Volunteers.Item,
  },
  ...crud("/api/support-staff", "Support staff", "support staff", SupportStaff),
  ...crud("/api/teams", "Teams", "teams", { ...Teams.Teams, Item: Teams.TeamItem }),
  ...crud("/api/visits", "Teams", "visits", { ...Teams.Visits, Item: Teams.VisitItem }),
  ...crud("/api/posts", "Communication", "posts", { ...Communication.Posts, Item: Communication.PostItem }),
  ...crud("/api/events", "Communication", "events", {
    ...Communication.Events,
    Item: Communication.EventItem,
  }),
  ...crud("/api/targets", "Targets", "targets", Targets),
]

const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, "{$1}")
const pathParams = (path: string) => [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] ?? "")

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
})

type Json = Record<string, unknown>

/** Builds the OpenAPI 3.1 document for a list of operations. */
export const document = (ops: ReadonlyArray<Operation> = operations): Json => {
  const roots: Array<AnySchema> = [ErrorBody]
  const indexOf = new Map<AnySchema, number>([[ErrorBody, 0]])
  const add = (schema: AnySchema | undefined) => {
    if (schema === undefined || indexOf.has(schema)) return
    indexOf.set(schema, roots.length)
    roots.push(schema)
  }
  for (const op of ops) {
    add(op.query)
    add(op.body)
    add(op.response)
  }
  const [first, ...rest] = roots.map((schema) => Schema.toCodecJson(schema).ast)
  const representations = SchemaRepresentation.toRepresentations([first!, ...rest])
  const compiled = JsonSchema.toMultiDocumentOpenApi3_1(
    SchemaRepresentation.toJsonSchemaMultiDocument(representations),
  )
  const definitions = compiled.definitions as Record<string, Json>
  const schemaOf = (schema: AnySchema): Json => compiled.schemas[indexOf.get(schema) ?? 0] as Json
  const resolve = (schema: Json): Json => {
    const ref = schema.$ref
    if (typeof ref !== "string") return schema
    return definitions[ref.replace("#/components/schemas/", "")] ?? schema
  }
  const queryParameters = (schema: AnySchema) => {
    const object = resolve(schemaOf(schema))
    const properties = (object.properties ?? {}) as Record<string, Json>
    const required = new Set((object.required ?? []) as ReadonlyArray<string>)
    return Object.entries(properties).map(([name, property]) => ({
      name,
      in: "query",
      required: required.has(name),
      schema: property,
    }))
  }

  const paths: Record<string, Record<string, Json>> = {}
  for (const op of ops) {
    const path = openApiPath(op.path)
    const status = String(op.status ?? 200)
    const operation: Json = {
      tags: [op.tag],
      summary: op.summary,
      operationId: `${op.method}${op.path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
      parameters: [
        ...pathParams(op.path).map((name) => ({
          name,
          in: "path",
          required: true,
          schema: { type: "string" },
        })),
        ...(op.query === undefined ? [] : queryParameters(op.query)),
      ],
      ...(op.body === undefined
        ? {}
        : {
            requestBody: { required: true, content: { "application/json": { schema: schemaOf(op.body) } } },
          }),
      ...(op.auth === false ? {} : { security: [{ session: [] }] }),
      responses: {
        [status]:
          op.response === undefined
            ? { description: "Done" }
            : { description: "OK", content: { "application/json": { schema: schemaOf(op.response) } } },
        ...(op.body === undefined && op.query === undefined
          ? {}
          : { 400: errorResponse("Invalid input, with the fields named") }),
        ...(op.auth === false ? {} : { 401: errorResponse("Not signed in") }),
        ...(op.path.includes(":id") ? { 404: errorResponse("Not found, or outside your scope") } : {}),
        ...(op.method === "patch" || op.method === "delete" || op.method === "post"
          ? { 409: errorResponse("A stale version or a conflict with the current data") }
          : {}),
        ...(op.body === undefined
          ? {}
          : { 413: errorResponse("Body too large"), 415: errorResponse("Not JSON") }),
      },
    }
    paths[path] = { ...paths[path], [op.method]: operation }
  }

  return {
    openapi: "3.1.0",
    info: {
      title: "BDHV API",
      version: "0.1.0",
      description:
        "The API of BDHV, the platform of the “Bình dân học vụ số” digital-literacy campaign. Errors have one " +
        "shape, `{ error, message, issues: [{ path, message }] }`, in Vietnamese unless `Accept-Language: en`.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: definitions,
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "bdhv_session" } },
    },
  }
}
