/**
 * Unit — being written.
 */
import { Schema } from "effect"

/** Identifies one version of an administrative unit or village (codes are reused across reforms, so a code alone is not an id). */
export const UnitId = Schema.String.pipe(Schema.brand("UnitId"))
/** Identifies one version of an administrative unit or village (codes are reused across reforms, so a code alone is not an id). */
export type UnitId = typeof UnitId.Type
