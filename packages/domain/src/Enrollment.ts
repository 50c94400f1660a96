/**
 * Enrollment — being written.
 */
import { Schema } from "effect"

/** Identifies a person's enrollment in a class. */
export const EnrollmentId = Schema.String.pipe(Schema.brand("EnrollmentId"))
/** Identifies a person's enrollment in a class. */
export type EnrollmentId = typeof EnrollmentId.Type
