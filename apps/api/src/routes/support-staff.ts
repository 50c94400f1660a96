/**
 * `/api/support-staff`: list, get, create, update and delete.
 */
import * as SupportStaff from "../resources/SupportStaff.js"
import { crudRoutes } from "./crud.js"

/** The support-staff routes. */
export const supportStaffRoutes = crudRoutes(SupportStaff, SupportStaff.service)
