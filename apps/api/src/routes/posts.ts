/**
 * `/api/posts`: list, get, create, update and delete.
 */
import * as Communication from "../resources/Communication.js"
import { crudRoutes } from "./crud.js"

/** The posts routes. */
export const postRoutes = crudRoutes(Communication.Posts, Communication.postsService)
