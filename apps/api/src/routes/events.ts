/**
 * `/api/events`: list, get, create, update and delete.
 */
import * as Communication from "../resources/Communication.js"
import { crudRoutes } from "./crud.js"

/** The events routes. */
export const eventRoutes = crudRoutes(Communication.Events, Communication.eventsService)
