/**
 * The failures services report to their callers. Each maps to one HTTP status in one table
 * (`http/ErrorResponse.ts`); messages are given in Vietnamese and English.
 */
import * as ValidationMessage from "@bdhv/domain/ValidationMessage"
import { Schema } from "effect"

/** A message in both languages of the product. */
export const Message = ValidationMessage.Bilingual
/** A message in both languages of the product. */
export type Message = ValidationMessage.Bilingual

/** One problem with one field of the input: its dotted path (`"members.0.name"`) and what is wrong. */
export const FieldIssue = ValidationMessage.FieldMessage
/** One problem with one field of the input. */
export type FieldIssue = ValidationMessage.FieldMessage

/** The input breaks a rule (400): every problem with its field path. */
export class InvalidInput extends Schema.TaggedError<InvalidInput>()("InvalidInput", {
  issues: Schema.Array(FieldIssue),
}) {}

/** No such record, or it is outside the caller's scope (404: out of scope is not revealed). */
export class NotFound extends Schema.TaggedError<NotFound>()("NotFound", {
  entity: Schema.String,
  id: Schema.String,
}) {}

/** The update was based on a version that is no longer current (409). */
export class StaleVersion extends Schema.TaggedError<StaleVersion>()("StaleVersion", {
  entity: Schema.String,
  id: Schema.String,
  expected: Schema.Number,
  actual: Schema.Number,
}) {}

/** The request conflicts with the current state, e.g. a duplicate or a forbidden transition (409). */
export class Conflict extends Schema.TaggedError<Conflict>()("Conflict", {
  message: Message,
  issues: Schema.optionalKey(Schema.Array(FieldIssue)),
}) {}

/** No valid session (401). */
export class Unauthenticated extends Schema.TaggedError<Unauthenticated>()("Unauthenticated", {}) {}

/** The caller's role may not do this (403). */
export class Forbidden extends Schema.TaggedError<Forbidden>()("Forbidden", {
  message: Message,
}) {}

/** Every failure a service may report. */
export type ServiceError = InvalidInput | NotFound | StaleVersion | Conflict | Unauthenticated | Forbidden
