/**
 * Organization — being written.
 */
import { Schema } from "effect"

/** Identifies an organization: enterprise, cooperative, school, agency, party cell, youth union base. */
export const OrganizationId = Schema.String.pipe(Schema.brand("OrganizationId"))
/** Identifies an organization: enterprise, cooperative, school, agency, party cell, youth union base. */
export type OrganizationId = typeof OrganizationId.Type
