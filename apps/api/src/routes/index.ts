/**
 * Every route of the API, in the order the router tries them. The router (`http/app.ts`), the access
 * guard (`security/Access.ts`), the OpenAPI document and the typed client all read this list.
 */
import * as Access from "../security/Access.js"
import { accountRoutes } from "./account.js"
import { auditRoutes } from "./audit.js"
import { authRoutes } from "./auth.js"
import { backupRoutes } from "./backup.js"
import { classRoutes } from "./classes.js"
import { docsRoutes } from "./docs.js"
import { exportRoutes } from "./exports.js"
import { guideRoutes } from "./guides.js"
import { healthRoutes } from "./health.js"
import { importRoutes } from "./imports.js"
import { indicatorRoutes, violationRoutes, worklistRoutes } from "./indicators.js"
import { privacyRoutes } from "./privacy.js"
import { publicRoutes } from "./public.js"
import { recordRoutes } from "./records.js"
import { reportRoutes } from "./reports.js"
import { signUpRoutes } from "./signUps.js"
import { unitRoutes } from "./units.js"
import { userRoutes } from "./users.js"
import { visitOfflineRoutes } from "./visits.js"
import { volunteerRoutes } from "./volunteers.js"
import { youthCampaignRoutes } from "./youthCampaigns.js"

/** The routes. */
export const routes = [
  ...healthRoutes,
  ...authRoutes,
  ...unitRoutes,
  ...visitOfflineRoutes,
  ...recordRoutes,
  ...classRoutes,
  ...guideRoutes,
  ...volunteerRoutes,
  ...indicatorRoutes,
  ...violationRoutes,
  ...worklistRoutes,
  ...publicRoutes,
  ...importRoutes,
  ...exportRoutes,
  ...docsRoutes,
  ...accountRoutes,
  ...userRoutes,
  ...auditRoutes,
  ...privacyRoutes,
  ...backupRoutes,
  ...reportRoutes,
  ...signUpRoutes,
  ...youthCampaignRoutes,
] as const

Access.declareRoutes(routes)
