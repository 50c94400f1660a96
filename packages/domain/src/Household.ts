/**
 * Household — being written.
 */
import { Schema } from "effect"

/** Identifies a household (hộ gia đình). */
export const HouseholdId = Schema.String.pipe(Schema.brand("HouseholdId"))
/** Identifies a household (hộ gia đình). */
export type HouseholdId = typeof HouseholdId.Type
