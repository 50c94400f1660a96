/**
 * `/api/topics`: list, get, create, update and delete.
 */
import * as Topics from "../resources/Topics.js"
import { crudRoutes } from "./crud.js"

/** The topics routes. */
export const topicRoutes = crudRoutes(Topics, Topics.service)
