/**
 * Target — being written.
 */
import { Schema } from "effect"

/** Identifies a target: indicator × unit scope × value × deadline. */
export const TargetId = Schema.String.pipe(Schema.brand("TargetId"))
/** Identifies a target: indicator × unit scope × value × deadline. */
export type TargetId = typeof TargetId.Type
