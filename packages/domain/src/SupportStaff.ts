/**
 * Support staff at the commune's public-service desk: "Mỗi xã, thị trấn bố trí ít nhất một nhân sự hỗ
 * trợ, hướng dẫn khi người dân đến làm thủ tục hành chính chưa thành thạo kỹ năng, thao tác trên cổng
 * dịch vụ công trực tuyến" — every commune-level unit keeps at least one person on duty to help citizens
 * with the online public-service portal.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import { PersonId } from "./Person.js"
import { UnitId } from "./Unit.js"

/** Identifies a duty assignment at a commune's public-service desk. */
export const SupportStaffId = Schema.String.pipe(Schema.brand("SupportStaffId"))
/** Identifies a duty assignment at a commune's public-service desk. */
export type SupportStaffId = typeof SupportStaffId.Type

/** The least number of support staff on duty per commune-level unit ("ít nhất một nhân sự"). */
export const MINIMUM_PER_COMMUNE = 1

/**
 * A duty assignment: a person on duty at a commune-level unit's desk from `validFrom` to `validTo`
 * (both inclusive; `null` while open-ended). `active: false` suspends the assignment (leave, transfer)
 * without rewriting its dates.
 */
export class SupportStaff extends Schema.Class<SupportStaff>("@bdhv/domain/SupportStaff")({
  id: SupportStaffId,
  personId: PersonId,
  unitId: UnitId,
  validFrom: CalendarDate.CalendarDate,
  validTo: Schema.NullOr(CalendarDate.CalendarDate),
  active: Schema.Boolean,
}) {}

/** Whether the assignment has its person on duty at the date. */
export const isOnDutyAt = (staff: SupportStaff, date: CalendarDate.CalendarDate): boolean =>
  staff.active && CalendarDate.isWithin(date, staff.validFrom, staff.validTo)

/** How many distinct persons are on duty at a commune-level unit at the date. */
export const onDutyCount = (
  unitId: UnitId,
  staff: ReadonlyArray<SupportStaff>,
  date: CalendarDate.CalendarDate,
): number =>
  new Set(staff.filter((s) => s.unitId === unitId && isOnDutyAt(s, date)).map((s) => s.personId)).size

/**
 * The commune-level units with fewer than {@link MINIMUM_PER_COMMUNE} support staff on duty at the date,
 * in the order given, each once.
 */
export const uncoveredCommunes = (
  communeIds: ReadonlyArray<UnitId>,
  staff: ReadonlyArray<SupportStaff>,
  date: CalendarDate.CalendarDate,
): ReadonlyArray<UnitId> => {
  const onDuty = new Map<UnitId, Set<PersonId>>()
  for (const s of staff) {
    if (!isOnDutyAt(s, date)) continue
    const persons = onDuty.get(s.unitId) ?? new Set<PersonId>()
    persons.add(s.personId)
    onDuty.set(s.unitId, persons)
  }
  return [...new Set(communeIds)].filter((id) => (onDuty.get(id)?.size ?? 0) < MINIMUM_PER_COMMUNE)
}
