/**
 * Calendar dates in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
 * @since 0.1.0
 */
import { Schema } from "effect"

/** An ISO calendar date, `YYYY-MM-DD`. */
export const CalendarDate = Schema.String.pipe(Schema.brand("CalendarDate"))
export type CalendarDate = typeof CalendarDate.Type
