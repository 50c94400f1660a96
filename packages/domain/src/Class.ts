/**
 * Class — being written.
 */
import { Schema } from "effect"

/** Identifies a class: a session or course held in a unit. */
export const ClassId = Schema.String.pipe(Schema.brand("ClassId"))
/** Identifies a class: a session or course held in a unit. */
export type ClassId = typeof ClassId.Type
