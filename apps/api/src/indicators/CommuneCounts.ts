/**
 * The counts read straight from their records, as at each snapshot: guides and the guides meeting the
 * quota (`Guide.QUOTA` learners), and per commune-level unit the support desk (`SupportStaff`), the
 * weeks with a community class (`Class.communityAudiences`, in person, in the period) and the party
 * cells' pioneer session. The commune counts' records grow with the classes and communes, not with
 * people, so both the rollup report and the oracle use that statement as it is; the guides' statement
 * ranks every teaching (tens of thousands of rows at a district of 300,000) and is the oracle's only:
 * the report reads `guide_facts` (migration 0100), kept by triggers (`Rollups.ts`).
 */
import * as CalendarDate from "@bdhv/domain/CalendarDate"
import * as Class from "@bdhv/domain/Class"
import * as Guide from "@bdhv/domain/Guide"
import type * as Organization from "@bdhv/domain/Organization"
import * as SupportStaff from "@bdhv/domain/SupportStaff"
import {
  classDateSql,
  communeKinds,
  countColumns,
  type Params as ParamsType,
  Params,
  type Period,
  periodEndAt,
  type Statement,
  scopeCte,
} from "./AggregateSql.js"

const partyCell: Organization.OrganizationKind = "party_cell"
const pioneerAudience: Class.Audience = "party_members"
const held: Class.ClassStatus = "held"
const online: Class.Mode = "online"

/** Guides of the scope (by `since`) and those with their fifth distinct learner by each snapshot. */
export const guidesStatement = (
  unitId: string,
  date: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
): Statement => {
  const params: ParamsType = new Params()
  const scope = scopeCte(params, unitId, date)
  const quota = params.add(Guide.QUOTA, "integer")
  const select = countColumns(snapshots, (s) => {
    const on = params.add(s, "date")
    return [
      ["guides", () => `g.since <= ${on}`],
      ["guides_meeting_quota", () => `g.since <= ${on} and q.quota_on <= ${on}`],
    ]
  })
  return {
    text: `with ${scope},
    g as (
      select s.child_id, g.id, g.person_id, g.since
      from guides g join scope s on s.unit_id = g.unit_id where g.deleted_at is null
    ),
    learners as (
      select l.guide_id, l.person_id, min(l.taught_on) as first_on
      from g join guide_learners l on l.guide_id = g.id and l.person_id <> g.person_id
      group by l.guide_id, l.person_id
    ),
    ranked as (
      select guide_id, first_on, row_number() over (partition by guide_id order by first_on) as n from learners
    ),
    q as (select guide_id, first_on as quota_on from ranked where n = ${quota})
    select g.child_id,
    ${select}
    from g left join q on q.guide_id = g.id
    group by g.child_id`,
    params: params.values,
  }
}

/** Commune-level units, their desks, their weeks with a community class in the period, party cells. */
export const communesStatement = (
  unitId: string,
  date: CalendarDate.CalendarDate,
  snapshots: ReadonlyArray<CalendarDate.CalendarDate>,
  period: Period,
): Statement => {
  const params: ParamsType = new Params()
  const scope = scopeCte(params, unitId, date)
  const d = params.add(date, "date")
  const kinds = params.add(communeKinds, "text[]")
  const audiences = params.add(Class.communityAudiences, "text[]")
  const firstMonday = params.add(CalendarDate.mondayOf(period.from), "date")
  const lastDay = params.add(periodEndAt(period, date), "date")
  const minimum = params.add(SupportStaff.MINIMUM_PER_COMMUNE, "integer")
  const select = countColumns(snapshots, (s) => {
    const on = params.add(s, "date")
    return [
      ["communes", () => "c.kind = 'commune'"],
      [
        "communes_with_support_staff",
        () => `c.kind = 'commune' and (select count(distinct st.person_id) from support_staff st
          where st.unit_id = c.id and st.deleted_at is null and st.active
            and st.valid_from <= ${on} and (st.valid_to is null or st.valid_to >= ${on})) >= ${minimum}`,
      ],
      [
        "commune_weeks_with_community_class",
        () =>
          `c.kind = 'week' and c.first_on <= ${on} and c.monday <= ${params.add(periodEndAt(period, s), "date")}`,
      ],
      ["party_cells", () => "c.kind = 'cell'"],
      ["party_cells_with_pioneer_session", () => `c.kind = 'cell' and c.first_on <= ${on}`],
    ]
  })
  return {
    text: `with ${scope},
    communes as (
      select s.child_id, u.id from units u join scope s on s.unit_id = u.id
      where u.deleted_at is null and u.kind = any (${kinds})
        and u.valid_from <= ${d} and (u.valid_to is null or u.valid_to >= ${d})
    ),
    commune_units as materialized (
      select cm.child_id, cm.id, cc.descendant_id as unit_id
      from communes cm join unit_closure cc on cc.ancestor_id = cm.id
        and cc.valid_from <= ${d} and (cc.valid_to is null or cc.valid_to >= ${d})
    ),
    weeks as (
      select cm.child_id, cm.id as commune_id, date_trunc('week', ${classDateSql("k")})::date as monday,
        min(${classDateSql("k")}) as first_on
      from commune_units cm
      join classes k on k.unit_id = cm.unit_id
      where k.deleted_at is null and k.status = '${held}' and k.audience = any (${audiences})
        and k.mode <> '${online}'
        and ${classDateSql("k")} >= ${firstMonday} and ${classDateSql("k")} <= ${d}
        and date_trunc('week', ${classDateSql("k")})::date <= ${lastDay}
      group by cm.child_id, cm.id, monday
    ),
    cells as (
      select s.child_id, o.id,
        (select min(${classDateSql("k")}) from classes k
         where k.organization_id = o.id and k.audience = '${pioneerAudience}' and k.status = '${held}'
           and k.deleted_at is null) as first_on
      from organizations o join scope s on s.unit_id = o.unit_id
      where o.deleted_at is null and o.kind = '${partyCell}'
    ),
    c as (
      select child_id, 'commune' as kind, id, null::date as first_on, null::date as monday from communes
      union all select child_id, 'week', commune_id, first_on, monday from weeks
      union all select child_id, 'cell', id, first_on, null::date from cells
    )
    select c.child_id,
    ${select}
    from c
    group by c.child_id`,
    params: params.values,
  }
}
