/**
 * A `datetime-local` input shows Vietnam's wall-clock time whatever the device's zone; the API
 * takes instants. Vietnam is UTC+7 all year (the domain's `vietnamOffsetMs`).
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"

/** `2025-10-10T08:00` (Vietnam) → `2025-10-10T01:00:00.000Z`; `""` when the input is not a time. */
export const localToInstant = (local: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return ""
  const utc = Date.parse(`${local.slice(0, 16)}:00Z`) - CalendarDate.vietnamOffsetMs
  return Number.isNaN(utc) ? "" : new Date(utc).toISOString()
}

/** `2025-10-10T01:00:00Z` → `2025-10-10T08:00`, for a `datetime-local` input. */
export const instantToLocal = (instant: string): string => {
  const ms = Date.parse(instant)
  return Number.isNaN(ms) ? "" : new Date(ms + CalendarDate.vietnamOffsetMs).toISOString().slice(0, 16)
}
