/**
 * `/api/households`: list, get, create, update and delete.
 */
import * as Households from "../resources/Households.js"
import { crudRoutes } from "./crud.js"

/** The households routes. */
export const householdRoutes = crudRoutes(Households, Households.service)
