/**
 * Communication — being written.
 */
import { Schema } from "effect"

/** Identifies a communication post. */
export const PostId = Schema.String.pipe(Schema.brand("PostId"))
/** Identifies a communication post. */
export type PostId = typeof PostId.Type

/** Identifies a communication event. */
export const EventId = Schema.String.pipe(Schema.brand("EventId"))
/** Identifies a communication event. */
export type EventId = typeof EventId.Type
