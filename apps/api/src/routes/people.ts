/**
 * `/api/people`: list, get, create, update and delete.
 */
import * as People from "../resources/People.js"
import { crudRoutes } from "./crud.js"

/** The people routes. */
export const peopleRoutes = crudRoutes(People, People.service)
