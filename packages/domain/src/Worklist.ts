/**
 * Worklists: who a door-to-door team ("đi từng ngõ, gõ từng nhà, hướng dẫn từng người") visits next.
 *
 * Two lists per unit: the households with no member with basic digital skills (Gia đình số), and the
 * persons aged 16 or more without a level-2 VNeID account (Mỗi công dân một danh tính số). Both put first
 * those the seed names as needing help most: the elderly ("nhất là người cao tuổi"), people with
 * disabilities, and people far from the centre ("Nhân dân vùng xa trung tâm").
 *
 * The API selects the entries and orders them in SQL with {@link orderBySql}, which mirrors {@link compare}
 * exactly; this module is the one statement of the order.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import { HouseholdId } from "./Household.js"
import * as Person from "./Person.js"
import { PersonId } from "./Person.js"
import { UnitId } from "./Unit.js"

/**
 * Priority tiers, visited in this order. An entry takes the first tier that applies: an elderly person
 * with a disability is in tier 0.
 */
export const TIER = {
  /** Aged 60 or more (a household: with such a member). */
  elderly: 0,
  /** With a disability (a household: with such a member). */
  disability: 1,
  /** Living in a remote area, far from the commune centre. */
  remote: 2,
  /** Everybody else. */
  other: 3,
} as const
/** A priority tier: 0 is visited first. */
export type Tier = (typeof TIER)[keyof typeof TIER]

/** The facts that place an entry in the order; shared by both worklists. */
const priorityFields = {
  /** The unit (village or residential group) the entry lives in. */
  unitId: UnitId,
  /** Aged 60 or more at the reference date (a household: has such a member). */
  elderly: Schema.Boolean,
  /** Has a disability (a household: has such a member). */
  disability: Schema.Boolean,
  /** Lives in a remote area. */
  remote: Schema.Boolean,
  /** The last day a team visited, `null` if never: never-visited come first, then the longest ago. */
  lastVisitedOn: Schema.NullOr(CalendarDate.CalendarDate),
}

/** One household on the "no skilled member" worklist, as the API selects it. */
export class HouseholdEntry extends Schema.Class<HouseholdEntry>("@bdhv/domain/Worklist/HouseholdEntry")({
  householdId: HouseholdId,
  /** How the team finds the household: the head of household's name. */
  name: Schema.String,
  /** Street, alley, house number as recorded; `null` if not recorded. */
  address: Schema.NullOr(Schema.String),
  /** Members of the household. */
  members: Schema.Natural,
  ...priorityFields,
}) {}

/** One person on the "no level-2 VNeID" worklist, as the API selects it. */
export class PersonEntry extends Schema.Class<PersonEntry>("@bdhv/domain/Worklist/PersonEntry")({
  personId: PersonId,
  householdId: Schema.NullOr(HouseholdId),
  name: Schema.String,
  /** The current VNeID level: 0 (none) or 1 (only the upgrade to level 2 is left). */
  vneidLevel: Person.VneidLevel.pick([0, 1]),
  ...priorityFields,
}) {}

/** The fields {@link compare} reads, and the entry's id for a stable order. */
export interface Prioritized {
  readonly unitId: UnitId
  readonly elderly: boolean
  readonly disability: boolean
  readonly remote: boolean
  readonly lastVisitedOn: CalendarDate.CalendarDate | null
}

/** The priority tier of an entry: the first of elderly, disability, remote that applies, else other. */
export const tier = (entry: Prioritized): Tier =>
  entry.elderly ? TIER.elderly : entry.disability ? TIER.disability : entry.remote ? TIER.remote : TIER.other

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const idOf = (entry: HouseholdEntry | PersonEntry): string =>
  "personId" in entry ? entry.personId : entry.householdId

/**
 * The worklist order, for either list:
 * 1. tier ({@link TIER}), lowest first;
 * 2. last visit: never visited first, then the earliest visit;
 * 3. unit id, then the entry's id (household id or person id), in code-unit order, so equal priorities
 *    keep a stable order across pages.
 */
export const compare = <A extends HouseholdEntry | PersonEntry>(a: A, b: A): number =>
  tier(a) - tier(b) ||
  (a.lastVisitedOn === b.lastVisitedOn
    ? 0
    : a.lastVisitedOn === null
      ? -1
      : b.lastVisitedOn === null
        ? 1
        : compareStrings(a.lastVisitedOn, b.lastVisitedOn)) ||
  compareStrings(a.unitId, b.unitId) ||
  compareStrings(idOf(a), idOf(b))

/** The entries in worklist order ({@link compare}); the input is not changed. */
export const sort = <A extends HouseholdEntry | PersonEntry>(entries: ReadonlyArray<A>): ReadonlyArray<A> =>
  [...entries].sort(compare)

/** The SQL column (or expression) names of the fields the order reads. */
export interface Columns {
  readonly elderly: string
  readonly disability: string
  readonly remote: string
  readonly lastVisitedOn: string
  readonly unitId: string
  readonly id: string
}

/**
 * The PostgreSQL `ORDER BY` list equivalent to {@link compare}, for the given column names (trusted
 * identifiers from the API's code, never user input). Ids compare with `COLLATE "C"`, the byte order that
 * matches JavaScript's for the ASCII ids the API issues.
 *
 * @example
 * ```ts
 * Worklist.orderBySql({ elderly: "h.has_elderly", disability: "h.has_disability", remote: "h.remote",
 *   lastVisitedOn: "h.last_visited_on", unitId: "h.unit_id", id: "h.id" })
 * // CASE WHEN h.has_elderly THEN 0 WHEN h.has_disability THEN 1 WHEN h.remote THEN 2 ELSE 3 END,
 * // h.last_visited_on ASC NULLS FIRST, h.unit_id COLLATE "C", h.id COLLATE "C"
 * ```
 */
export const orderBySql = (columns: Columns): string =>
  `CASE WHEN ${columns.elderly} THEN ${TIER.elderly} WHEN ${columns.disability} THEN ${TIER.disability} ` +
  `WHEN ${columns.remote} THEN ${TIER.remote} ELSE ${TIER.other} END, ` +
  `${columns.lastVisitedOn} ASC NULLS FIRST, ${columns.unitId} COLLATE "C", ${columns.id} COLLATE "C"`
