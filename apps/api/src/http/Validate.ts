/**
 * Request validation from Effect schemas (through Standard Schema and @hono/standard-validator).
 *
 * A failure answers 400 with every bad field named and described by the domain's bilingual
 * `ValidationMessage`s, before the handler runs, so bad input never reaches the database. A JSON body
 * with another content type answers 415.
 */
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { sValidator } from "@hono/standard-validator"
import { Result, Schema } from "effect"
import { createMiddleware } from "hono/factory"
import type { Env } from "./Env.js"
import { failures, HttpFailure } from "./ErrorResponse.js"

const invalid = (issues: ReadonlyArray<ValidationMessage.FieldMessage>) =>
  new HttpFailure(400, "invalid_input", { vi: "Dữ liệu không hợp lệ", en: "The input is not valid" }, issues)

const hook =
  <S extends Schema.ConstraintDecoder<unknown>>(schema: S) =>
  (result: { success: boolean; data: unknown }): undefined => {
    if (result.success) return undefined
    // The validator's own messages are English strings; decode again for the bilingual field messages.
    const decoded = ValidationMessage.decodeWithMessages(schema, result.data)
    throw invalid(
      Result.isFailure(decoded)
        ? decoded.failure
        : [{ path: "", message: { vi: "Dữ liệu không hợp lệ", en: "The input is not valid" } }],
    )
  }

const jsonContentType = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i

/** Refuses a request whose body is not JSON (415) — before the body is read. */
export const requireJson = createMiddleware<Env>(async (c, next) => {
  const type = c.req.header("content-type")
  if (type === undefined || !jsonContentType.test(type))
    throw failures.unsupportedMediaType("application/json")
  await next()
})

/** Validates the JSON body. */
export const json = <S extends Schema.Top & Schema.ConstraintDecoder<unknown>>(schema: S) =>
  sValidator("json", Schema.toStandardSchemaV1(schema), hook(schema))

/** Validates the query string. */
export const query = <S extends Schema.Top & Schema.ConstraintDecoder<unknown>>(schema: S) =>
  sValidator("query", Schema.toStandardSchemaV1(schema), hook(schema))

/** Validates path parameters. */
export const param = <S extends Schema.Top & Schema.ConstraintDecoder<unknown>>(schema: S) =>
  sValidator("param", Schema.toStandardSchemaV1(schema), hook(schema))
