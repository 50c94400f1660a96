/**
 * Guide — being written.
 */
import { Schema } from "effect"

/** Identifies a digital ambassador (Đại sứ số, "Người hướng dẫn"). */
export const GuideId = Schema.String.pipe(Schema.brand("GuideId"))
/** Identifies a digital ambassador (Đại sứ số, "Người hướng dẫn"). */
export type GuideId = typeof GuideId.Type
