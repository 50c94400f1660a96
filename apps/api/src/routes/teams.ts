/**
 * `/api/teams`: list, get, create, update and delete.
 */
import * as Teams from "../resources/Teams.js"
import { crudRoutes } from "./crud.js"

/** The teams routes. */
export const teamRoutes = crudRoutes(Teams.Teams, Teams.teamsService)
