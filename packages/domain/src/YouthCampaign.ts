/**
 * YouthCampaign — task group 7's "Chiến dịch Thanh niên chung tay phổ cập kỹ năng số": a youth union
 * base (cơ sở đoàn) runs a campaign over a period, on a theme, with youth volunteers. A volunteer
 * approved from the public site joins a campaign (or a community team, `Team`).
 *
 * What the dashboard counts per base is defined here, from the stored records only:
 * - **volunteers** — the distinct people who joined any of the base's campaigns;
 * - **sessions held** — the distinct classes, dated within a campaign's period and held (status `held`),
 *   that at least one of that campaign's volunteers taught (an instructor of the class);
 * - **people helped** — the distinct learners who attended or completed one of those sessions.
 *
 * @since 0.2.0
 */
import { Schema } from "effect"
import * as CalendarDate from "./CalendarDate.js"
import { OrganizationId } from "./Organization.js"
import type { PersonId } from "./Person.js"
import * as ValidationMessage from "./ValidationMessage.js"

/** Identifies a youth campaign. */
export const YouthCampaignId = Schema.String.pipe(Schema.brand("YouthCampaignId"))
/** Identifies a youth campaign. */
export type YouthCampaignId = typeof YouthCampaignId.Type

/** The theme of a campaign, in the base's words ("Mùa hè xanh số 2025"): 1–200 characters. */
export const Theme = Schema.Trim.check(
  Schema.isMinLength(1, ValidationMessage.message({ vi: "Vui lòng nhập chủ đề", en: "Enter the theme" })),
  Schema.isMaxLength(
    200,
    ValidationMessage.message({
      vi: "Chủ đề dài quá 200 ký tự",
      en: "The theme is longer than 200 characters",
    }),
  ),
).annotate(ValidationMessage.label({ vi: "Chủ đề", en: "Theme" }))

const fields = {
  /** The youth union base that runs the campaign (an organization of kind `youth_union_base`). */
  organizationId: OrganizationId.annotate(
    ValidationMessage.label({ vi: "Cơ sở đoàn", en: "Youth union base" }),
  ),
  theme: Theme,
  from: CalendarDate.CalendarDate.annotate(ValidationMessage.label({ vi: "Từ ngày", en: "From" })),
  to: CalendarDate.CalendarDate.annotate(ValidationMessage.label({ vi: "Đến ngày", en: "To" })),
}

/** A youth campaign: its base, theme and period (both days included). */
export class YouthCampaign extends Schema.Class<YouthCampaign>("@bdhv/domain/YouthCampaign")({
  id: YouthCampaignId,
  ...fields,
}) {}

/** What a form or the API sends to create a campaign. */
export const YouthCampaignInput = Schema.Struct(fields)
/** What a form or the API sends to create a campaign. */
export type YouthCampaignInput = typeof YouthCampaignInput.Type

/** What is wrong with a campaign beyond its schema: a period that ends before it starts. */
export const problems = (campaign: {
  readonly from: CalendarDate.CalendarDate
  readonly to: CalendarDate.CalendarDate
}): ReadonlyArray<ValidationMessage.FieldMessage> =>
  campaign.to < campaign.from
    ? [
        {
          path: "to",
          message: {
            vi: `Ngày kết thúc (${campaign.to}) trước ngày bắt đầu (${campaign.from})`,
            en: `The end (${campaign.to}) is before the start (${campaign.from})`,
          },
        },
      ]
    : []

/** Whether a day falls within the campaign's period. */
export const isWithin = (
  campaign: { readonly from: CalendarDate.CalendarDate; readonly to: CalendarDate.CalendarDate },
  date: CalendarDate.CalendarDate,
): boolean => campaign.from <= date && date <= campaign.to

/** A class as the counts read it: its day, whether it was held, who taught and who came. */
export interface Session {
  readonly classId: string
  readonly date: CalendarDate.CalendarDate
  readonly held: boolean
  readonly instructorIds: ReadonlyArray<PersonId>
  /** The learners who attended or completed it. */
  readonly learnerIds: ReadonlyArray<PersonId>
}

/** A campaign with the people who joined it. */
export interface CampaignRecord {
  readonly campaign: {
    readonly organizationId: string
    readonly from: CalendarDate.CalendarDate
    readonly to: CalendarDate.CalendarDate
  }
  readonly volunteerIds: ReadonlyArray<PersonId>
}

/** The counts of one youth union base. */
export interface BaseCounts {
  readonly organizationId: string
  readonly campaigns: number
  readonly volunteers: number
  readonly sessionsHeld: number
  readonly peopleHelped: number
}

/** Whether a session counts for a campaign: held within its period and taught by one of its volunteers. */
export const isCampaignSession = (record: CampaignRecord, session: Session): boolean =>
  session.held &&
  isWithin(record.campaign, session.date) &&
  session.instructorIds.some((id) => record.volunteerIds.includes(id))

/**
 * The counts of each base (see the module's definitions), bases in the order they first appear. A
 * volunteer in two campaigns of a base, a class taught for two campaigns, a learner of two sessions,
 * each counts once for the base.
 *
 * @example
 * ```ts
 * YouthCampaign.countsByBase(records, sessions)[0] // { organizationId, campaigns: 1, volunteers: 3, sessionsHeld: 2, peopleHelped: 17 }
 * ```
 */
export const countsByBase = (
  records: ReadonlyArray<CampaignRecord>,
  sessions: ReadonlyArray<Session>,
): ReadonlyArray<BaseCounts> => {
  const bases = new Map<
    string,
    { campaigns: number; volunteers: Set<string>; sessions: Set<string>; helped: Set<string> }
  >()
  for (const record of records) {
    const base = bases.get(record.campaign.organizationId) ?? {
      campaigns: 0,
      volunteers: new Set<string>(),
      sessions: new Set<string>(),
      helped: new Set<string>(),
    }
    base.campaigns += 1
    for (const id of record.volunteerIds) base.volunteers.add(id)
    for (const session of sessions) {
      if (!isCampaignSession(record, session)) continue
      base.sessions.add(session.classId)
      for (const id of session.learnerIds) base.helped.add(id)
    }
    bases.set(record.campaign.organizationId, base)
  }
  return [...bases.entries()].map(([organizationId, base]) => ({
    organizationId,
    campaigns: base.campaigns,
    volunteers: base.volunteers.size,
    sessionsHeld: base.sessions.size,
    peopleHelped: base.helped.size,
  }))
}
