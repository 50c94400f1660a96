/**
 * `/api/targets`: list, get, create, update and delete.
 */
import * as Targets from "../resources/Targets.js"
import { crudRoutes } from "./crud.js"

/** The targets routes. */
export const targetRoutes = crudRoutes(Targets, Targets.service)
