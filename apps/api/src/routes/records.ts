/**
 * The campaign's records with the five routes of a resource each (list, get, create, update, delete):
 * households, people, organizations, topics, skill records, support staff, teams, visits, posts,
 * events and targets.
 */
import * as Communication from "../resources/Communication.js"
import * as Households from "../resources/Households.js"
import * as Organizations from "../resources/Organizations.js"
import * as People from "../resources/People.js"
import * as SkillRecords from "../resources/SkillRecords.js"
import * as SupportStaff from "../resources/SupportStaff.js"
import * as Targets from "../resources/Targets.js"
import * as Teams from "../resources/Teams.js"
import * as Topics from "../resources/Topics.js"
import { crudRoutes } from "./crud.js"

/** The routes of every record kept as a plain resource. */
export const recordRoutes = [
  ...crudRoutes(
    "/api/households",
    "households",
    { tag: "Households", vi: "hộ gia đình", en: "households" },
    Households,
    Households.service,
  ),
  ...crudRoutes(
    "/api/people",
    "people",
    { tag: "People", vi: "người dân", en: "people" },
    People,
    People.service,
  ),
  ...crudRoutes(
    "/api/organizations",
    "organizations",
    { tag: "Organizations", vi: "tổ chức", en: "organizations" },
    Organizations,
    Organizations.service,
  ),
  ...crudRoutes(
    "/api/topics",
    "topics",
    { tag: "Topics", vi: "nội dung học", en: "topics" },
    Topics,
    Topics.service,
  ),
  ...crudRoutes(
    "/api/skill-records",
    "skill-records",
    { tag: "Skill records", vi: "kết quả học", en: "skill records" },
    SkillRecords,
    SkillRecords.service,
  ),
  ...crudRoutes(
    "/api/support-staff",
    "support-staff",
    { tag: "Support staff", vi: "người hỗ trợ tại bộ phận một cửa", en: "support staff" },
    SupportStaff,
    SupportStaff.service,
  ),
  ...crudRoutes(
    "/api/teams",
    "teams",
    { tag: "Teams", vi: "tổ công nghệ số cộng đồng", en: "teams" },
    { ...Teams.Teams, Item: Teams.TeamItem },
    Teams.teamsService,
  ),
  ...crudRoutes(
    "/api/visits",
    "visits",
    { tag: "Teams", vi: "lượt đến nhà", en: "visits" },
    { ...Teams.Visits, Item: Teams.VisitItem },
    Teams.visitsService,
  ),
  ...crudRoutes(
    "/api/posts",
    "posts",
    { tag: "Communication", vi: "bài truyền thông", en: "posts" },
    { ...Communication.Posts, Item: Communication.PostItem },
    Communication.postsService,
  ),
  ...crudRoutes(
    "/api/events",
    "events",
    { tag: "Communication", vi: "sự kiện", en: "events" },
    { ...Communication.Events, Item: Communication.EventItem },
    Communication.eventsService,
  ),
  ...crudRoutes(
    "/api/targets",
    "targets",
    { tag: "Targets", vi: "chỉ tiêu", en: "targets" },
    Targets,
    Targets.service,
  ),
] as const
