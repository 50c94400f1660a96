/**
 * Request validation from Effect schemas, each compiled once per route.
 *
 * A failure answers 400 with every bad field named and described by the domain's bilingual
 * `ValidationMessage`s, before the handler runs, so bad input never reaches the database. A JSON body
 * is closed, as the OpenAPI document says (`additionalProperties: false`): a key the schema does not
 * name is refused by name instead of being dropped silently. A JSON body with another content type
 * answers 415.
 */
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Result, type Schema, SchemaParser } from "effect"
import { createMiddleware } from "hono/factory"
import { validator } from "hono/validator"
import type { Env } from "./Env.js"
import { failures, HttpFailure } from "./ErrorResponse.js"

const invalid = (issues: ReadonlyArray<ValidationMessage.FieldMessage>) =>
  new HttpFailure(400, "invalid_input", { vi: "Dữ liệu không hợp lệ", en: "The input is not valid" }, issues)

type Target = "json" | "query" | "param"

/** Decodes a part of the request once, with every field's message on failure. */
const decoding = <S extends Schema.Top & Schema.ConstraintDecoder<unknown>>(target: Target, schema: S) => {
  const decode = SchemaParser.decodeUnknownResult(schema, {
    errors: "all",
    onExcessProperty: target === "json" ? "error" : "ignore",
  })
  return validator(target, (value): S["Type"] => {
    const decoded = decode(value)
    if (Result.isSuccess(decoded)) return decoded.success
    throw invalid(ValidationMessage.fromIssue(decoded.failure))
  })
}

const jsonContentType = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i

/** Refuses a request whose body is not JSON (415) — before the body is read. */
export const requireJson = createMiddleware<Env>(async (c, next) => {
  const type = c.req.header("content-type")
  if (type === undefined || !jsonContentType.test(type))
    throw failures.unsupportedMediaType("application/json")
  await next()
})

/** Validates the JSON body, refusing keys the schema does not name. */
export const json = <S extends Schema.Top & Schema.ConstraintDecoder<unknown>>(schema: S) =>
  decoding("json", schema)

/** Validates the query string. */
export const query = <S extends Schema.Top & Schema.ConstraintDecoder<unknown>>(schema: S) =>
  decoding("query", schema)

/** Validates path parameters. */
export const param = <S extends Schema.Top & Schema.ConstraintDecoder<unknown>>(schema: S) =>
  decoding("param", schema)
