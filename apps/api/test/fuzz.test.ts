/**
 * A fuzz suite driven by the OpenAPI document: every operation `/api/openapi.json` lists is sent
 * generated and mutated inputs (fast-check, seeded) as a district admin and as an anonymous client.
 * Whatever comes in: no response is a 5xx, a JSON response matches its declared schema where the
 * document declares one for that status, and a 4xx leaves every table as it was (a digest of the rows).
 *
 * `FUZZ_RUNS` sets the inputs per operation and actor (1 in the normal suite, to stay near a minute; the
 * `fuzz` script runs 40), `FUZZ_SEED` the seed.
 */
import { Ajv2020 } from "ajv/dist/2020.js"
import { Effect } from "effect"
import fc from "fast-check"
import { beforeAll, describe, expect, it } from "vitest"
import * as Seed from "../src/demo/Seed.js"
import { forEachDatabase, type TestDatabase } from "./harness.js"

const runs = Number(process.env.FUZZ_RUNS ?? 1)
const seed = Number(process.env.FUZZ_SEED ?? 20_251_201)

interface Parameter {
  readonly name: string
  readonly in: "path" | "query" | "header" | "cookie"
  readonly schema?: { readonly type?: string; readonly enum?: ReadonlyArray<unknown> }
}
interface Operation {
  readonly parameters?: ReadonlyArray<Parameter>
  readonly requestBody?: { readonly content?: Record<string, { readonly schema?: JsonSchema }> }
  readonly responses?: Record<string, { readonly content?: Record<string, { readonly schema?: unknown }> }>
}
interface JsonSchema {
  readonly type?: string | ReadonlyArray<string>
  readonly properties?: Record<string, JsonSchema>
  readonly $ref?: string
}
interface Document {
  readonly paths: Record<string, Record<string, Operation>>
  readonly components?: { readonly schemas?: Record<string, JsonSchema> }
}

/** Strings a careless or hostile client sends. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "%",
    "%00",
    "../../etc/passwd",
    "'; drop table people; --",
    "<script>alert(1)</script>",
    '=HYPERLINK("http://x")',
    "9".repeat(400),
    "-1",
    "0",
    "1e309",
    "NaN",
    "true",
    "null",
    "[]",
    "{}",
    "2025-02-30",
    "Nguyễn Văn Đức",
    "\u202e",
    "a".repeat(5_000),
  ),
  fc.integer().map(String),
)

const valueFor = (schema: JsonSchema | undefined, doc: Document, depth = 0): fc.Arbitrary<unknown> => {
  const resolved =
    schema?.$ref !== undefined ? doc.components?.schemas?.[schema.$ref.split("/").pop() ?? ""] : schema
  const anything = fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileText)
  if (resolved === undefined || depth > 2) return anything
  if (resolved.properties !== undefined) {
    const fields = Object.fromEntries(
      Object.entries(resolved.properties).map(([key, value]) => [key, valueFor(value, doc, depth + 1)]),
    )
    // Mutated objects: some declared keys with wrong or odd values, sometimes an extra key.
    return fc.oneof(
      fc.record(fields, { requiredKeys: [] }),
      fc.record({ ...fields, extra: anything }, { requiredKeys: [] }),
      anything,
    )
  }
  const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type
  if (type === "integer" || type === "number")
    return fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-1, 0, 2 ** 53), hostileText)
  if (type === "boolean") return fc.oneof(fc.boolean(), hostileText)
  if (type === "array") return fc.oneof(fc.array(anything, { maxLength: 3 }), hostileText)
  return fc.oneof(hostileText, anything)
}

/** A request for an operation: its path with generated parameters, its query and its body. */
const requestFor = (path: string, method: string, op: Operation, doc: Document) => {
  const parameters = op.parameters ?? []
  const pathParams = parameters.filter((p) => p.in === "path").map((p) => p.name)
  const queryParams = parameters.filter((p) => p.in === "query")
  const bodySchema = op.requestBody?.content?.["application/json"]?.schema
  return fc.record({
    path: fc
      .tuple(...pathParams.map(() => hostileText))
      .map((values) =>
        pathParams.reduce(
          (at, name, i) => at.replace(`{${name}}`, encodeURIComponent(String(values[i] ?? ""))),
          path,
        ),
      ),
    query: fc
      .subarray(queryParams)
      .chain((chosen) =>
        fc
          .tuple(
            ...chosen.map((p) =>
              p.schema?.enum ? fc.oneof(fc.constantFrom(...p.schema.enum), hostileText) : hostileText,
            ),
          )
          .map((values) =>
            new URLSearchParams(
              chosen.map((p, i): [string, string] => [p.name, String(values[i])]),
            ).toString(),
          ),
      ),
    body: ["post", "put", "patch"].includes(method)
      ? fc.oneof(
          valueFor(bodySchema, doc).map((value) => JSON.stringify(value)),
          fc.string({ maxLength: 30 }),
        )
      : fc.constant(undefined),
  })
}

/** A digest of every table's rows, to tell whether a request changed anything. */
const digest = (db: TestDatabase) =>
  db.sql((sql) =>
    Effect.gen(function* () {
      const tables = yield* sql<{ name: string }>`
        select c.relname as name from pg_class c
        where c.relkind = 'r' and c.relnamespace = current_schema()::regnamespace
          and c.relname not in ('sessions', 'login_failures', 'schema_migrations')
        order by c.relname`
      const parts: Array<string> = []
      for (const { name } of tables) {
        const [row] = yield* sql.unsafe<{ d: string | null }>(
          `select md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '')) as d from "${name}" t`,
        )
        parts.push(`${name}:${row?.d}`)
      }
      return parts.join(" ")
    }),
  )

forEachDatabase((db) => {
  describe("the API under fuzzed input", () => {
    let doc: Document
    beforeAll(async () => {
      await db.run(Seed.seed({ people: 150 }))
      doc = (await (await db.request("/api/openapi.json")).json()) as Document
    }, 180_000)

    it("answers every operation of the OpenAPI document with no 5xx, its schemas, and no change on a 4xx", async () => {
      const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false })
      ajv.addSchema({ ...doc, $id: "openapi" })
      const pointer = (parts: ReadonlyArray<string>) =>
        parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/")
      const failures: Array<string> = []
      let requests = 0
      let checkedSchemas = 0
      const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => ({ path, method, op })),
      )
      expect(operations.length).toBeGreaterThan(10)
      let adminCookie = await db.login()
      for (const { path, method, op } of operations) {
        // Signing out and changing the password are the admin's own session: fuzzed anonymously only.
        const selfService = path === "/api/auth/logout" || path === "/api/account/password"
        for (const actor of selfService ? (["anonymous"] as const) : (["admin", "anonymous"] as const)) {
          const cookie = actor === "admin" ? adminCookie : undefined
          // Reads are compared too, but only writes are worth a digest per operation.
          const before = method === "get" ? "" : await digest(db)
          let wrote = false
          const samples = fc.sample(requestFor(path, method, op, doc), {
            numRuns: runs,
            seed: seed + requests,
          })
          for (const sample of samples) {
            requests++
            const url = `${sample.path}${sample.query === "" ? "" : `?${sample.query}`}`
            const response = await db.request(url, {
              method: method.toUpperCase(),
              ...(cookie === undefined ? {} : { cookie }),
              ...(sample.body === undefined
                ? {}
                : { body: sample.body, headers: { "content-type": "application/json" } }),
            })
            const where = `${actor} ${method.toUpperCase()} ${url.slice(0, 120)} → ${response.status}`
            if (response.status >= 500) failures.push(where)
            if (actor === "admin" && response.status === 401) adminCookie = await db.login()
            if (response.status < 400 && method !== "get") wrote = true
            const declared = op.responses?.[String(response.status)]?.content?.["application/json"]?.schema
            const type = response.headers.get("content-type") ?? ""
            if (declared !== undefined && type.includes("json")) {
              const validate = ajv.getSchema(
                `openapi#/${pointer(["paths", path, method, "responses", String(response.status), "content", "application/json", "schema"])}`,
              )
              if (validate !== undefined) {
                checkedSchemas++
                if (!validate(await response.json()))
                  failures.push(
                    `${where}: outside its schema (${ajv.errorsText(validate.errors).slice(0, 200)})`,
                  )
              }
            }
            // Read what is left, as any client does: a streamed body (the backup) holds its snapshot
            // until it is read.
            if (!response.bodyUsed) await response.arrayBuffer()
          }
          if (!wrote && method !== "get") {
            const after = await digest(db)
            if (after !== before)
              failures.push(`${actor} ${method.toUpperCase()} ${path}: a 4xx changed the data`)
          }
        }
      }
      console.info(
        `fuzz: ${requests} requests over ${operations.length} operations, ${checkedSchemas} bodies checked against their schema`,
      )
      expect(failures).toEqual([])
    }, 600_000)
  })
})
