/**
 * Person — being written.
 */
import { Schema } from "effect"

/** Identifies a person. */
export const PersonId = Schema.String.pipe(Schema.brand("PersonId"))
/** Identifies a person. */
export type PersonId = typeof PersonId.Type
