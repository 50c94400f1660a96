/** The registries' REST resources. */
import type {
  EventItem,
  GuideItem,
  GuideLinkItem,
  PostItem,
  SkillRecordItem,
  SupportStaffItem,
  TargetItem,
  TeamItem,
  VisitItem,
} from "../registry/schemas"
import { ApiError } from "./ApiError"
import type { Api } from "./client"
import { type Page, resource } from "./rest"

export { households, organizations, people, users } from "./typed"
export const skillRecords = resource<SkillRecordItem>("skill-records")
export const teams = resource<TeamItem>("teams")
export const visits = resource<VisitItem>("visits")
export const supportStaff = resource<SupportStaffItem>("support-staff")
export const guides = resource<GuideItem>("guides")
export const posts = resource<PostItem>("posts")
export const events = resource<EventItem>("events")
export const targets = resource<TargetItem>("targets")

export const guideLearners = async (api: Api, guideId: string): Promise<Page<GuideLinkItem>> => {
  const response = await api.fetch(`/api/guides/${encodeURIComponent(guideId)}/learners?pageSize=200`)
  if (!response.ok) throw await ApiError.fromResponse(response)
  return (await response.json()) as Page<GuideLinkItem>
}

export const addLearner = async (
  api: Api,
  guideId: string,
  learnerId: string,
  date: string,
): Promise<void> => {
  const response = await api.fetch(`/api/guides/${encodeURIComponent(guideId)}/learners`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ learnerId, date }),
  })
  if (!response.ok) throw await ApiError.fromResponse(response)
}
