/**
 * SupportStaff — being written.
 */
import { Schema } from "effect"

/** Identifies a duty assignment at a commune's public-service desk. */
export const SupportStaffId = Schema.String.pipe(Schema.brand("SupportStaffId"))
/** Identifies a duty assignment at a commune's public-service desk. */
export type SupportStaffId = typeof SupportStaffId.Type
