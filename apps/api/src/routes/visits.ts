/**
 * `/api/visits`: list, get, create, update and delete.
 */
import * as Teams from "../resources/Teams.js"
import { crudRoutes } from "./crud.js"

/** The visits routes. */
export const visitRoutes = crudRoutes(Teams.Visits, Teams.visitsService)
