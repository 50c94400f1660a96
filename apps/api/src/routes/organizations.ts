/**
 * `/api/organizations`: list, get, create, update and delete.
 */
import * as Organizations from "../resources/Organizations.js"
import { crudRoutes } from "./crud.js"

/** The organizations routes. */
export const organizationRoutes = crudRoutes(Organizations, Organizations.service)
