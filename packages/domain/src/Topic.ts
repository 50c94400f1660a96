/**
 * Topic — being written.
 */
import { Schema } from "effect"

/** Identifies a topic of the skills catalogue, e.g. `vneid`. */
export const TopicId = Schema.String.pipe(Schema.brand("TopicId"))
/** Identifies a topic of the skills catalogue, e.g. `vneid`. */
export type TopicId = typeof TopicId.Type
