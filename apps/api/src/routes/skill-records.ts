/**
 * `/api/skill-records`: list, get, create, update and delete.
 */
import * as SkillRecords from "../resources/SkillRecords.js"
import { crudRoutes } from "./crud.js"

/** The skill-records routes. */
export const skillRecordRoutes = crudRoutes(SkillRecords, SkillRecords.service)
