/**
 * Team — being written.
 */
import { Schema } from "effect"

/** Identifies a community digital transformation team (Tổ chuyển đổi số cộng đồng) or youth/student team. */
export const TeamId = Schema.String.pipe(Schema.brand("TeamId"))
/** Identifies a community digital transformation team (Tổ chuyển đổi số cộng đồng) or youth/student team. */
export type TeamId = typeof TeamId.Type

/** Identifies a team's visit to a household. */
export const VisitId = Schema.String.pipe(Schema.brand("VisitId"))
/** Identifies a team's visit to a household. */
export type VisitId = typeof VisitId.Type
